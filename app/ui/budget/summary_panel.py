"""The budget at a glance: income, spending, the protected minimum, the amount available for
repayment (large), the loans' regular instalments per month and the surplus or shortfall
against them, what is overdue now and the lump sums due within 12 months (shown apart, never
added to the monthly figure), ratios and net worth."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.core.budget import Statement
from app.core.money import Money
from app.ui.widgets import large_label

GOOD = "#1b7a2f"
BAD = "#b3261e"
PREVIEW_STYLE = "background: #fff4ce; color: #5c4400; padding: 3px 6px; border-radius: 3px;"


class SummaryPanel(QFrame):
    """Call `show_statement(statement, preview)`; `clear()` blanks every figure."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("budgetSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)

        self.preview_note = QLabel(self.tr("Showing what you are typing — not saved yet"))
        self.preview_note.setStyleSheet(PREVIEW_STYLE)
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()
        layout.addWidget(self.preview_note)

        caption = QLabel(self.tr("Available for repayment each month"))
        caption.setWordWrap(True)
        layout.addWidget(caption)
        self.available = large_label("—", 2.2)
        self.available.setObjectName("availableAmount")
        self.available.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.available)
        self.available_hint = QLabel()
        self.available_hint.setWordWrap(True)
        self.available_hint.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.available_hint)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self._row = 0
        self.income = self._figure(grid, self.tr("Monthly income"))
        self.essential = self._figure(grid, self.tr("Essential spending"))
        self.spending = self._figure(grid, self.tr("All spending"))
        self.protected = self._figure(grid, self.tr("Protected living minimum"))
        self.other_payments = self._figure(grid, self.tr("Payments on other debts"))
        self._separator(grid)
        self.demand = self._figure(grid, self.tr("Regular loan instalments per month"))
        self.demand.setToolTip(self.tr("Loans still within their term, from now on; overdue amounts and lump sums are shown apart"))
        self.gap_caption, self.gap = self._captioned_figure(grid)
        self.dti = self._figure(grid, self.tr("Debt payments ÷ income"))
        self.overdue_now = self._figure(grid, self.tr("Overdue now"))
        self.penalties = self._figure(grid, self.tr("Penalties and late fees on top"))
        self.lump_sums = self._figure(grid, self.tr("Lump sums due in the next 12 months"))
        self._separator(grid)
        self.assets = self._figure(grid, self.tr("Total assets"))
        self.liabilities = self._figure(grid, self.tr("Total liabilities"))
        self.net_worth = self._figure(grid, self.tr("Net worth"))
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.figures = (self.income, self.essential, self.spending, self.protected, self.other_payments,
                        self.demand, self.gap, self.dti, self.overdue_now, self.penalties, self.lump_sums,
                        self.assets, self.liabilities, self.net_worth)

    def _captioned_figure(self, grid: QGridLayout) -> tuple[QLabel, QLabel]:
        caption = QLabel()
        caption.setWordWrap(True)
        value = QLabel("—")
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(caption, self._row, 0)
        grid.addWidget(value, self._row, 1)
        self._row += 1
        return caption, value

    def _figure(self, grid: QGridLayout, caption: str) -> QLabel:
        label, value = self._captioned_figure(grid)
        label.setText(caption)
        return value

    def _separator(self, grid: QGridLayout) -> None:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, self._row, 0, 1, 2)
        self._row += 1

    def _money(self, amount: Money) -> str:
        return amount.format(self.lang)

    def show_statement(self, statement: Statement, preview: bool = False) -> None:
        s = statement
        self.preview_note.setVisible(preview)
        self.available.setText(self._money(s.available))
        self.available.setStyleSheet(f"color: {GOOD if s.available.fen > 0 else BAD};")
        if s.available_signed.is_negative():
            self.available_hint.setText(self.tr("Income does not cover the protected minimum: %1 short.")
                                        .replace("%1", self._money(-s.available_signed)))
        else:
            self.available_hint.setText(self.tr("Income minus the protected living minimum and payments on other debts."))
        self.income.setText(self._money(s.monthly_income))
        self.essential.setText(self._money(s.essential_spending))
        self.spending.setText(self._money(s.total_spending))
        protected = self._money(s.protected_minimum)
        self.protected.setText(protected if not s.protected_minimum_is_default else self.tr("%1 (default)").replace("%1", protected))
        self.other_payments.setText(self._money(s.liability_payments))
        self.demand.setText(self._money(s.contract_demand))
        if s.surplus.is_negative():
            self.gap_caption.setText(self.tr("Shortfall each month"))
            self.gap.setText(self._money(s.shortfall))
            self.gap.setStyleSheet(f"color: {BAD}; font-weight: bold;")
        else:
            self.gap_caption.setText(self.tr("Surplus each month"))
            self.gap.setText(self._money(s.surplus))
            self.gap.setStyleSheet(f"color: {GOOD}; font-weight: bold;")
        self.dti.setText("—" if s.debt_to_income is None else percent(s.debt_to_income))
        self.overdue_now.setText(self._money(s.overdue_now))
        self.overdue_now.setStyleSheet(f"color: {BAD};" if s.overdue_now else "")
        self.penalties.setText(self._money(s.overdue_penalties))
        self.lump_sums.setText(self._money(s.lump_sums_12m))
        self.assets.setText(self._money(s.total_assets))
        self.liabilities.setText(self._money(s.total_liabilities))
        self.net_worth.setText(self._money(s.net_worth))
        self.net_worth.setStyleSheet(f"color: {BAD};" if s.net_worth.is_negative() else "")

    def clear(self) -> None:
        self.preview_note.hide()
        self.available.setText("—")
        self.available_hint.clear()
        self.gap_caption.clear()
        for label in self.figures:
            label.setText("—")


def percent(ratio: Decimal) -> str:
    return f"{(ratio * 100).quantize(Decimal('0.1'))}%"
