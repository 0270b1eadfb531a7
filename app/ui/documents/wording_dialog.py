"""The wording of one document type in one language: our phrase beside the user's, editable,
with placeholders such as {amount} kept; "Reset to default" restores ours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class WordingDialog(QDialog):
    """`phrases` is [(key, our phrase, the user's phrase or "")]; `edits()` gives what the table holds."""

    RESET = 2  # done() code: the user asked for our wording back

    def __init__(self, title: str, phrases: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 560)
        self.keys = [key for key, _, _ in phrases]
        note = QLabel(self.tr(
            "Change any phrase in the right-hand column. Words in braces, such as {amount}, are filled in "
            "from your data: keep them (or leave them out), but do not invent new ones. An empty cell uses our wording."))
        note.setWordWrap(True)
        self.table = QTableWidget(len(phrases), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Our wording"), self.tr("Your wording")])
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 400)
        for row, (_key, default, edited) in enumerate(phrases):
            ours = QTableWidgetItem(default)
            ours.setFlags(ours.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, ours)
            self.table.setItem(row, 1, QTableWidgetItem(edited))
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = QPushButton(self.tr("Reset to default"))
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(lambda: self.done(self.RESET))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def edits(self) -> dict[str, str]:
        return {key: self.table.item(row, 1).text() for row, key in enumerate(self.keys) if self.table.item(row, 1).text().strip()}
