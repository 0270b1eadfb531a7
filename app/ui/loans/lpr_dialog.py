"""The one-year LPR table: the shipped history plus the user's additions, which are kept in the vault."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.core.lpr import LprEntry, LprTable, parse_entry
from app.services.register import lpr_extra, save_lpr_extra
from app.core.real_cost import percent_text
from app.core.errors import FieldError
from app.ui import ops
from app.ui.context import AppContext
from app.ui.errors import error_message
from app.ui.loans.fields import FieldBox
from app.ui.loans.inputs import date_edit, parse_date


class LprDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("One-year LPR table"))
        self.setMinimumSize(480, 520)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "The one-year Loan Prime Rate decides the line for private loans (4 × the LPR at the contract date). "
            "When a new LPR is published, add it here."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("In force from"), self.tr("Rate %"), self.tr("Source")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        add_row = QHBoxLayout()
        self.date = date_edit(ctx.today())
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("e.g. 3.00"))
        self.date_box, self.rate_box = FieldBox(self.date, stretch_first=False), FieldBox(self.rate)
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove mine"))
        add_row.addWidget(QLabel(self.tr("Published:")))
        add_row.addWidget(self.date_box)
        add_row.addWidget(QLabel(self.tr("Rate %:")))
        add_row.addWidget(self.rate_box, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        layout.addLayout(add_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.extra: list[LprEntry] = []
        self._fill()
        ops.query(ctx, lpr_extra, self._loaded, parent=self)

    def _loaded(self, extra: tuple[LprEntry, ...]) -> None:
        self.extra = list(extra)
        self._fill()

    def _fill(self) -> None:
        table = LprTable.load(extra=self.extra)
        mine = {e.date for e in self.extra}
        self.rows: list[LprEntry] = list(reversed(table.entries))
        self.table.setRowCount(len(self.rows))
        for row, entry in enumerate(self.rows):
            source = self.tr("added by you") if entry.date in mine else self.tr("shipped with the app")
            for column, value in enumerate((entry.date.isoformat(), percent_text(entry.rate_percent), source)):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def add_entry(self) -> None:
        lang = self.ctx.lang
        date_errors: list[FieldError] = []
        day = parse_date("date", self.date, date_errors)
        entry, errors = parse_entry(day.isoformat(), self.rate.text())
        errors = date_errors + list(errors)
        entry = entry if not date_errors else None
        by_field = {e.field: e.message(lang) for e in reversed(errors)}
        self.rate_box.set_error(by_field.get("rate_percent", ""))
        self.date_box.set_error(by_field.get("date", ""))
        if entry is None:
            self.rate.setFocus()
            return
        updated = [e for e in self.extra if e.date != entry.date] + [entry]
        added = self.tr("Added: %1 % from %2.").replace("%1", percent_text(entry.rate_percent)).replace(
            "%2", entry.date.isoformat())
        self._store(updated, added)

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        dates = {self.rows[row].date for row in rows}
        mine = {e.date for e in self.extra}
        if not dates & mine:
            self.message.setText(self.tr("Only rows you added can be removed."))
            return
        self._store([e for e in self.extra if e.date not in dates])

    def _store(self, entries: list[LprEntry], done_text: str = "") -> None:
        def stored(_result: object) -> None:
            self.extra = sorted(entries)
            self._fill()
            if done_text:
                self.rate.clear()
                self.message.setText(done_text)

        ops.write(self.ctx, lambda repo: save_lpr_extra(repo, entries), "lpr", stored, parent=self,
                  on_error=lambda error: self.message.setText(error_message(error, self.ctx.lang)))
