"""Small editors of the Scenarios page: the custom order (drag to reorder), month–amount rows
(lump sums, income changes) and the what-ifs of one loan. Each emits `changed` on every edit."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.core.money import Money, MoneyError
from app.core.records import MAX_INSTALMENTS, WhatIf, WhatIfKind
from app.ui.widgets import ErrorLabel

LOAN_ID = Qt.ItemDataRole.UserRole


class OrderList(QListWidget):
    """The loans in the order the user drags them into (custom strategy)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMaximumHeight(130)
        self.model().rowsMoved.connect(lambda *_: self.changed.emit())

    def set_loans(self, loans: list[tuple[int, str]], order: tuple[int, ...] = ()) -> None:
        rank = {loan_id: index for index, loan_id in enumerate(order)}
        self.clear()
        for loan_id, name in sorted(loans, key=lambda loan: rank.get(loan[0], len(rank))):
            item = QListWidgetItem(name)
            item.setData(LOAN_ID, loan_id)
            self.addItem(item)

    def order(self) -> tuple[int, ...]:
        return tuple(self.item(row).data(LOAN_ID) for row in range(self.count()))


class MonthAmounts(QWidget):
    """Rows of (month number, amount): lump sums, or signed income changes."""

    changed = Signal()

    def __init__(self, amount_header: str, *, signed: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signed = signed
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Month no."), amount_header])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(lambda: self.add_row(1, ""))
        self.remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def add_row(self, month: int, amount: str) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(str(month)))
        self.table.setItem(row, 1, QTableWidgetItem(amount))
        self.table.blockSignals(False)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_rows(self, rows: list[tuple[int, Money]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for month, amount in rows:
            self.add_row(month, amount.plain())

    def rows(self) -> list[tuple[int, Money]] | None:
        """The complete rows; None (with the message shown) when a cell is not a month or an amount."""
        found = []
        for row in range(self.table.rowCount()):
            month_text = (self.table.item(row, 0) or QTableWidgetItem()).text().strip()
            amount_text = (self.table.item(row, 1) or QTableWidgetItem()).text().strip()
            if not amount_text:
                continue
            if not month_text.isdigit() or not 1 <= int(month_text) <= MAX_INSTALMENTS:
                self.error.show_message(self.tr("Row %1: the month is a number from 1 (the first month).").replace("%1", str(row + 1)))
                return None
            try:
                amount = Money.parse(amount_text, allow_negative=self.signed)
            except MoneyError as exc:
                self.error.show_message(f"{row + 1}: {exc.message(self._lang())}")
                return None
            found.append((int(month_text), amount))
        self.error.show_message("")
        return found

    def _lang(self) -> str:
        from PySide6.QtCore import QLocale

        return "zh_CN" if QLocale().name().startswith("zh") else "en"


class WhatIfEditor(QWidget):
    """The negotiated terms for one loan at a time; keeps every loan's what-ifs."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_loan: dict[int, tuple[WhatIf, ...]] = {}
        self.loan = QComboBox()
        self.extend = QCheckBox(self.tr("Spread what is left (from the plan's start)"))
        self.extend_months = self._spin(24)
        self.extend_months.setSuffix(self.tr(" new instalments"))
        spread = self.tr(
            "Everything still owed on this loan, arrears included, is spread over this many new equal monthly "
            "instalments counted from the plan's first month. It is not the loan's total term: with 6 instalments "
            "left, 12 here means 12 more months from the start of the plan."
        )
        for widget in (self.extend, self.extend_months):
            widget.setToolTip(spread)
        self.grace = QCheckBox(self.tr("Grace period (months)"))
        self.grace_months = self._spin(3)
        self.grace_interest = QCheckBox(self.tr("interest runs"))
        self.lower = QCheckBox(self.tr("Lower annual rate (%)"))
        self.lower_rate = QDoubleSpinBox()
        self.lower_rate.setRange(0, 1000)
        self.lower_rate.setDecimals(2)
        self.lower_rate.setValue(7.2)
        self.lower_from = self._spin(1, prefix=self.tr("from month "))
        self.waive = QCheckBox(self.tr("Waive penalty interest and late fees"))
        self.discount = QCheckBox(self.tr("Settle with a discount (%)"))
        self.discount_percent = QDoubleSpinBox()
        self.discount_percent.setRange(0, 100)
        self.discount_percent.setValue(30)
        self.discount_month = self._spin(1, prefix=self.tr("paid in month "))
        self.restructure = QCheckBox(self.tr("Restructure into (instalments)"))
        self.restructure_months = self._spin(36)
        self.restructure_lawful = QCheckBox(self.tr("lawful balance only"))
        self.error = ErrorLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Loan")), 0, 0)
        grid.addWidget(self.loan, 0, 1, 1, 2)
        rows = [
            (self.extend, self.extend_months, None),
            (self.grace, self.grace_months, self.grace_interest),
            (self.lower, self.lower_rate, self.lower_from),
            (self.waive, None, None),
            (self.discount, self.discount_percent, self.discount_month),
            (self.restructure, self.restructure_months, self.restructure_lawful),
        ]
        for row, widgets in enumerate(rows, start=1):
            for column, widget in enumerate(widgets):
                if widget is not None:
                    grid.addWidget(widget, row, column)
        grid.addWidget(self.error, len(rows) + 1, 0, 1, 3)
        self.loan.currentIndexChanged.connect(self._show_loan)
        for widget in (self.extend, self.grace, self.grace_interest, self.lower, self.waive, self.discount,
                       self.restructure, self.restructure_lawful):  # fmt: skip
            widget.toggled.connect(self._edited)
        for spin in (self.extend_months, self.grace_months, self.lower_rate, self.lower_from, self.discount_percent,
                     self.discount_month, self.restructure_months):  # fmt: skip
            spin.valueChanged.connect(self._edited)

    def _spin(self, value: int, prefix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, MAX_INSTALMENTS)
        spin.setValue(value)
        spin.setPrefix(prefix)
        return spin

    def set_loans(self, loans: list[tuple[int, str]], what_ifs: tuple[WhatIf, ...] = ()) -> None:
        self.by_loan = {}
        for what in what_ifs:
            self.by_loan[what.loan_id] = (*self.by_loan.get(what.loan_id, ()), what)
        self.loan.blockSignals(True)
        self.loan.clear()
        for loan_id, name in loans:
            self.loan.addItem(name, loan_id)
        self.loan.blockSignals(False)
        self._show_loan()

    def what_ifs(self) -> tuple[WhatIf, ...]:
        return tuple(what for loan_id in self.by_loan for what in self.by_loan[loan_id])

    def _show_loan(self) -> None:
        terms = {w.kind: w for w in self.by_loan.get(self.loan.currentData(), ())}
        self._loading = True
        try:
            for box in (self.extend, self.grace, self.lower, self.waive, self.discount, self.restructure):
                box.setChecked(False)
            if WhatIfKind.EXTEND in terms:
                self.extend.setChecked(True)
                self.extend_months.setValue(terms[WhatIfKind.EXTEND].months)
            if WhatIfKind.GRACE in terms:
                self.grace.setChecked(True)
                self.grace_months.setValue(terms[WhatIfKind.GRACE].months)
                self.grace_interest.setChecked(terms[WhatIfKind.GRACE].with_interest)
            if WhatIfKind.LOWER_RATE in terms:
                self.lower.setChecked(True)
                self.lower_rate.setValue(float(terms[WhatIfKind.LOWER_RATE].rate_percent or 0))
                self.lower_from.setValue(terms[WhatIfKind.LOWER_RATE].month)
            self.waive.setChecked(WhatIfKind.WAIVE_PENALTIES in terms)
            if WhatIfKind.DISCOUNT in terms:
                self.discount.setChecked(True)
                self.discount_percent.setValue(float(terms[WhatIfKind.DISCOUNT].percent or 0))
                self.discount_month.setValue(terms[WhatIfKind.DISCOUNT].month)
            if WhatIfKind.RESTRUCTURE in terms:
                self.restructure.setChecked(True)
                self.restructure_months.setValue(terms[WhatIfKind.RESTRUCTURE].months)
                self.restructure_lawful.setChecked(terms[WhatIfKind.RESTRUCTURE].lawful)
        finally:
            self._loading = False

    def _edited(self, *_args) -> None:
        if getattr(self, "_loading", False) or self.loan.currentData() is None:
            return
        loan_id = self.loan.currentData()
        chosen: list[WhatIf] = []
        if self.extend.isChecked():
            chosen.append(WhatIf(WhatIfKind.EXTEND, loan_id, months=self.extend_months.value()))
        if self.grace.isChecked():
            chosen.append(WhatIf(WhatIfKind.GRACE, loan_id, months=self.grace_months.value(),
                                 with_interest=self.grace_interest.isChecked()))  # fmt: skip
        if self.lower.isChecked():
            rate = Decimal(self.lower_rate.cleanText().replace(",", ".") or "0")
            chosen.append(WhatIf(WhatIfKind.LOWER_RATE, loan_id, rate_percent=rate, month=self.lower_from.value()))
        if self.waive.isChecked():
            chosen.append(WhatIf(WhatIfKind.WAIVE_PENALTIES, loan_id))
        if self.discount.isChecked():
            percent = Decimal(self.discount_percent.cleanText().replace(",", ".") or "0")
            chosen.append(WhatIf(WhatIfKind.DISCOUNT, loan_id, percent=percent, month=self.discount_month.value()))
        if self.restructure.isChecked():
            chosen.append(WhatIf(WhatIfKind.RESTRUCTURE, loan_id, months=self.restructure_months.value(),
                                 lawful=self.restructure_lawful.isChecked()))  # fmt: skip
        self.by_loan[loan_id] = tuple(chosen)
        self.changed.emit()
