"""The Payments tab: the payments recorded against the selected loan, with record and delete buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.records import Payment
from app.ui.pages.base import clear_table, fill_table, read_only_table


class PaymentsTab(QWidget):
    record_requested = Signal()
    delete_requested = Signal(object)  # the Payment

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.payments: list[Payment] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record payment…"))
        self.delete_button = QPushButton(self.tr("Delete payment"))
        self.record_button.clicked.connect(self.record_requested)
        self.delete_button.clicked.connect(self._delete_selected)
        row.addWidget(self.totals, 1)
        row.addWidget(self.record_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self.table = read_only_table([self.tr("Paid on"), self.tr("Amount"), self.tr("Note")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.set_payments(None, ())

    def set_payments(self, summary, payments: Sequence[Payment]) -> None:
        self.payments = sorted(payments, key=lambda p: (p.paid_on, p.id or 0))
        fill_table(self.table, [(p.paid_on.isoformat(), p.amount.format(self.lang), p.note) for p in self.payments],
                   right_aligned=(1,))
        self.record_button.setEnabled(summary is not None)
        if summary is None:
            self.totals.setText("")
        else:
            lang = self.lang
            self.totals.setText(self.tr(
                "Paid %1: principal %2, interest %3, fees %4. Still owed: principal %5, interest %6, fees %7, "
                "penalties %8.")
                .replace("%1", summary.paid_total.format(lang)).replace("%2", summary.paid_principal.format(lang))
                .replace("%3", summary.paid_interest.format(lang)).replace("%4", summary.paid_fees.format(lang))
                .replace("%5", summary.outstanding_principal.format(lang))
                .replace("%6", summary.outstanding_interest.format(lang))
                .replace("%7", summary.outstanding_fees.format(lang)).replace("%8", summary.penalties.format(lang)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected() is not None)

    def selected(self) -> Payment | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.payments[min(rows)] if rows else None

    def _delete_selected(self) -> None:
        payment = self.selected()
        if payment is not None:
            self.delete_requested.emit(payment)

    def clear(self) -> None:
        self.payments = []
        clear_table(self.table)
        self.totals.setText("")
