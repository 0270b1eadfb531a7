"""An editable table of small records (schedule lines, facts): one column per field, typed as text."""

from __future__ import annotations

import dataclasses
import typing

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.core.messages import CodedError
from app.ui.documents.labels import field_label
from app.ui.documents.values import InputProblem, from_text, to_text


class RecordTable(QWidget):
    """Rows of `record_type` (a frozen dataclass); `records()` parses them back or raises CodedError."""

    def __init__(self, record_type: type, records: tuple = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_type = record_type
        self.fields = dataclasses.fields(record_type)
        self.hints = typing.get_type_hints(record_type)
        self.table = QTableWidget(0, len(self.fields))
        self.table.setHorizontalHeaderLabels([field_label(f.name) for f in self.fields])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(160)
        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        self.set_records(records)

    def set_records(self, records: tuple) -> None:
        self.table.setRowCount(0)
        for record in records:
            self.add_row([to_text(getattr(record, f.name)) for f in self.fields])
        self.table.resizeColumnsToContents()

    def add_row(self, texts: list[str] | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if not texts and self.fields[0].name == "period":
            texts = [str(row + 1)]
        for column, value in enumerate(texts or []):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def remove_row(self) -> None:
        row = self.table.currentRow()
        self.table.removeRow(row if row >= 0 else self.table.rowCount() - 1)

    def records(self) -> tuple:
        """The rows as records; a row left wholly empty is skipped."""
        found = []
        for row in range(self.table.rowCount()):
            texts = [self.table.item(row, c).text() if self.table.item(row, c) else "" for c in range(len(self.fields))]
            if not any(t.strip() for t in texts):
                continue
            values = {}
            for field, text in zip(self.fields, texts):
                try:
                    values[field.name] = from_text(text, self.hints[field.name])
                except CodedError as exc:
                    where = self.tr("Row %1, %2").replace("%1", str(row + 1)).replace("%2", field_label(field.name))
                    raise InputProblem(where, exc) from None
            found.append(self.record_type(**values))
        return tuple(found)
