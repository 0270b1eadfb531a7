"""The documents generated so far: what, for whom, when, and whether (and to whom) they were sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from app.core.records import DocumentRecord
from app.ui.documents.labels import kind_label
from app.ui.loans.inputs import date_edit, from_qdate
from app.ui.pages.base import clear_table, fill_table
from app.ui.widgets import read_only_view


class HistoryTable(QTableWidget):
    """One row per generated document, newest first; `selected()` is the record under the cursor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[DocumentRecord] = []
        headers = [self.tr("Made"), self.tr("Type"), self.tr("Lender"), self.tr("Language"), self.tr("Sent"),
                   self.tr("To whom"), self.tr("When"), self.tr("File")]  # fmt: skip
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        read_only_view(self)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)

    def show_records(self, records: Sequence[DocumentRecord]) -> None:
        self.records = list(records)
        fill_table(self, [self._row(r) for r in self.records])
        self.resizeColumnsToContents()

    def _row(self, record: DocumentRecord) -> list[str]:
        language = "中文" if record.lang == "zh_CN" else "English"
        sent = self.tr("yes") if record.sent else self.tr("no")
        return [record.created_at.strftime("%Y-%m-%d %H:%M"), kind_label(record.kind), record.lender, language, sent,
                record.sent_to, record.sent_on.isoformat() if record.sent_on else "", record.saved_to]  # fmt: skip

    def selected(self) -> DocumentRecord | None:
        row = self.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def clear_records(self) -> None:
        self.records = []
        clear_table(self)


class SentDialog(QDialog):
    """Whether a document was sent, to whom and on which day."""

    def __init__(self, record: DocumentRecord, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sent?"))
        self.sent = QCheckBox(self.tr("This document was sent"))
        self.sent.setChecked(True)  # opened to say it was sent; untick to take that back
        self.to = QLineEdit(record.sent_to)
        self.to.setPlaceholderText(self.tr("e.g. the lender's complaints e-mail, 12378"))
        self.on = date_edit(record.sent_on or today)
        form = QFormLayout(self)
        form.addRow(self.sent)
        form.addRow(self.tr("To whom"), self.to)
        form.addRow(self.tr("When"), self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.sent.toggled.connect(lambda on: (self.to.setEnabled(on), self.on.setEnabled(on)))
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def values(self) -> tuple[bool, str, dt.date | None]:
        sent = self.sent.isChecked()
        return sent, self.to.text(), from_qdate(self.on) if sent else None
