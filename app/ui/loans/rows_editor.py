"""An editable table of rows with Add / Remove buttons: the base of the fee and schedule editors."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableWidget, QVBoxLayout, QWidget


class RowsEditor(QWidget):
    """Subclasses set the headers and button texts and implement `add_row(item=None)`."""

    changed = Signal()

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def add_row(self, item=None):  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def remove_selected(self) -> None:
        """Remove the selected rows, or the last row when none is selected."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.rowCount() - 1]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def replace_rows(self, items) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item)
