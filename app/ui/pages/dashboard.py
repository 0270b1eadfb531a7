"""总览 Dashboard: what is owed, this month's demand against what can be paid, what is due and overdue."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGridLayout, QGroupBox, QHeaderView, QLabel, QStyle, QTableWidget, QVBoxLayout, QWidget,
)

from app.core.money import Money
from app.core.records import ContactEntry
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.pages.base import Page, clear_table, fill_table, page_layout, read_only_table
from app.core.dashboard import PAYMENTS_WINDOW_DAYS, DashboardSummary
from app.services.dashboard import load_dashboard
from app.ui import ops
from app.ui.widgets import large_label

RED = "#b3261e"
GREEN = "#1b6e20"
MUTED = "color: palette(placeholder-text);"
LOAN_ID_ROLE = Qt.ItemDataRole.UserRole


def fitted_table(headers: list[str], *text_columns: int) -> QTableWidget:
    """A read-only table as wide as its box: the text columns share the room and cut long text short."""
    table = read_only_table(headers)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in text_columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)
    return table


class Card(QFrame):
    """A headline figure with its caption above and label–value lines below."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        title = QLabel(caption)
        title.setWordWrap(True)
        title.setStyleSheet(MUTED)
        layout.addWidget(title)
        self.value = large_label("—", 1.7)
        layout.addWidget(self.value)
        self.lines = QFormLayout()
        self.lines.setContentsMargins(0, 4, 0, 0)
        self.lines.setHorizontalSpacing(10)
        self.lines.setVerticalSpacing(2)
        layout.addLayout(self.lines)
        layout.addStretch(1)

    def add_line(self, caption: str) -> QLabel:
        value = QLabel("—")
        self.lines.addRow(caption, value)
        return value

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet(MUTED)
        self.lines.addRow(note)
        return note


class Section(QGroupBox):
    """A titled table that says so in words when it has no rows."""

    def __init__(self, title: str, table: QTableWidget, empty_text: str) -> None:
        super().__init__(title)
        self.table = table
        self.empty = QLabel(empty_text)
        self.empty.setStyleSheet(MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(table, 1)
        self.show_rows(0)

    def show_rows(self, count: int) -> None:
        self.table.setVisible(count > 0)
        self.empty.setVisible(count == 0)


class DashboardPage(Page):
    """Emits `loan_chosen(loan_id)` when a loan row is clicked (the main window opens it on the Loans page)."""

    key = "dashboard"
    icon = QStyle.StandardPixmap.SP_ComputerIcon
    loan_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary: DashboardSummary | None = None
        layout, _ = page_layout(self, self.title())
        layout.addLayout(self._build_cards())
        layout.addWidget(self._build_tables(), 1)

    def title(self) -> str:
        return self.tr("Dashboard")

    # building -----------------------------------------------------------------------------
    def _build_cards(self) -> QGridLayout:
        owed = Card(self.tr("Still owed on your loans"))
        self.owed_total = owed.value
        self.owed_total.setToolTip(self.tr(
            "Principal not yet repaid + all contract interest and fees still to come (future instalments"
            " included) + penalty interest and late fees charged up to today"))
        self.owed_principal = owed.add_line(self.tr("of which principal:"))
        self.open_loans = owed.add_line(self.tr("Open loans:"))

        month = Card(self.tr("Regular instalments per month"))
        self.demand = month.value
        self.demand.setToolTip(self.tr("Loans still within their term, from now on"))
        self.available = month.add_line(self.tr("You can pay:"))
        self.available.setToolTip(self.tr("The monthly amount available for repayment, from the Budget page"))
        self.balance_caption = QLabel(self.tr("Shortfall:"))
        self.balance = QLabel("—")
        month.lines.addRow(self.balance_caption, self.balance)
        self.budget_hint = month.add_note(self.tr("Enter your income and spending on the Budget page to compare."))
        self.overdue_now = month.add_line(self.tr("Overdue now:"))
        self.overdue_now.setToolTip(self.tr("Arrears to negotiate, not a monthly amount; penalties and late fees in brackets"))
        self.lump_sums = month.add_line(self.tr("Lump sums in 12 months:"))

        legal = Card(self.tr("Loans above a legal line"))
        self.above_line = legal.value
        self.legal_note = legal.add_note(self.tr("Not legal advice: see the Guide, and ask legal aid (12348)."))

        overdue = Card(self.tr("Overdue loans"))
        self.overdue_count = overdue.value
        self.longest_overdue = overdue.add_line(self.tr("Longest overdue:"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column, card in enumerate((owed, month, legal, overdue)):
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
        return grid

    def _build_tables(self) -> QWidget:
        self.payments_table = self._loan_table([self.tr("Due"), self.tr("Lender"), self.tr("Amount")], (2,), 1)
        self.payments_box = Section(
            self.tr("Due in the next %1 days").replace("%1", str(PAYMENTS_WINDOW_DAYS)), self.payments_table,
            self.tr("Nothing falls due in this period."),
        )
        self.overdue_table = self._loan_table(
            [self.tr("Lender"), self.tr("Days overdue"), self.tr("Overdue amount"), self.tr("Penalties to date")], (1, 2, 3), 0,
        )
        self.overdue_box = Section(self.tr("Overdue"), self.overdue_table, self.tr("No loan is overdue."))
        self.follow_up_table = fitted_table([self.tr("Follow up on"), self.tr("Who"), self.tr("About")], 1, 2)
        self.follow_up_box = Section("", self.follow_up_table, self.tr("No follow-ups due."))
        self.recent_table = fitted_table([self.tr("When"), self.tr("Channel"), self.tr("Who"), self.tr("Summary")], 2, 3)
        self.recent_box = Section(self.tr("Recent contacts"), self.recent_table, self.tr("No contacts recorded yet."))

        tables = QWidget()
        grid = QGridLayout(tables)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(self.payments_box, 0, 0)
        grid.addWidget(self.overdue_box, 0, 1)
        grid.addWidget(self.follow_up_box, 1, 0)
        grid.addWidget(self.recent_box, 1, 1)
        for index in range(2):
            grid.setColumnStretch(index, 1)
            grid.setRowStretch(index, 1)
        return tables

    def _loan_table(self, headers: list[str], right_aligned: Sequence[int], text_column: int) -> QTableWidget:
        table = fitted_table(headers, text_column)
        table.setProperty("right_aligned", tuple(right_aligned))
        table.setToolTip(self.tr("Click a loan to open it on the Loans page"))
        table.viewport().setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        table.cellClicked.connect(lambda row, _column, t=table: self._choose(t, row))
        return table

    def _choose(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        loan_id = item.data(LOAN_ID_ROLE) if item is not None else None
        if loan_id is not None:
            self.loan_chosen.emit(int(loan_id))

    # data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        today, horizon = self.ctx.today(), self.ctx.setting("follow_up_days")
        ops.query(self.ctx, lambda repo: load_dashboard(repo, today, horizon),
                  lambda summary: self.show_summary(summary, horizon), parent=self)

    def show_summary(self, summary: DashboardSummary, horizon: int) -> None:
        self.summary = summary
        lenders = summary.lenders
        self._show_cards(summary)
        self._fill_loans(self.payments_box, [
            (p.loan_id, (p.due.isoformat(), p.lender, self._money(p.amount))) for p in summary.next_payments
        ])
        self._fill_loans(self.overdue_box, [
            (o.loan_id, (o.lender, str(o.days_overdue), self._money(o.overdue_amount), self._money(o.penalties)))
            for o in summary.overdue
        ])
        self.follow_up_box.setTitle(
            self.tr("Follow-ups overdue or due by tomorrow") if horizon == 1
            else self.tr("Follow-ups overdue or due in the next %1 days").replace("%1", str(horizon))
        )
        self._fill(self.follow_up_box, [
            (c.follow_up.isoformat(), self._who(c, lenders), c.summary) for c in summary.follow_ups
        ])
        self._fill(self.recent_box, [
            (c.happened_at.strftime("%Y-%m-%d %H:%M"), label(c.channel), self._who(c, lenders), c.summary)
            for c in summary.recent_contacts
        ])

    def _show_cards(self, summary: DashboardSummary) -> None:
        self.owed_total.setText(self._money(summary.owed_total))
        self.owed_principal.setText(self._money(summary.owed_principal))
        self.open_loans.setText(str(summary.open_loans))
        self.demand.setText(self._money(summary.contract_demand))
        self.available.setText(self._money(summary.available) if summary.budget_entered else "—")
        short = summary.surplus.is_negative()
        self.balance_caption.setText(self.tr("Shortfall:") if short else self.tr("Surplus:"))
        self.balance.setText(self._money(-summary.surplus if short else summary.surplus))
        self.balance.setStyleSheet(f"color: {RED if short else GREEN}; font-weight: bold;")
        for widget in (self.balance_caption, self.balance):
            widget.setVisible(summary.budget_entered)
        self.budget_hint.setVisible(not summary.budget_entered)
        overdue = self._money(summary.overdue_now)
        if summary.overdue_penalties:
            overdue = self.tr("%1 (+ %2 penalties)").replace("%1", overdue).replace("%2", self._money(summary.overdue_penalties))
        self.overdue_now.setText(overdue)
        self.overdue_now.setStyleSheet(f"color: {RED};" if summary.overdue_now else "")
        self.lump_sums.setText(self._money(summary.lump_sums_12m))
        self.above_line.setText(str(summary.above_legal_line))
        self.above_line.setStyleSheet(f"color: {RED};" if summary.above_legal_line else "")
        self.overdue_count.setText(str(len(summary.overdue)))
        self.overdue_count.setStyleSheet(f"color: {RED};" if summary.overdue else "")
        days = summary.longest_overdue_days
        self.longest_overdue.setText(self._days(days) if days else "—")

    def _days(self, count: int) -> str:
        return self.tr("1 day") if count == 1 else self.tr("%1 days").replace("%1", str(count))

    def _money(self, amount: Money) -> str:
        return amount.format(self.ctx.lang)

    def _fill_loans(self, section: Section, rows: list[tuple[int | None, tuple[str, ...]]]) -> None:
        self._fill(section, [cells for _loan_id, cells in rows])
        for row, (loan_id, _cells) in enumerate(rows):
            section.table.item(row, 0).setData(LOAN_ID_ROLE, loan_id)

    @staticmethod
    def _fill(section: Section, rows: list[tuple[str, ...]]) -> None:
        table = section.table
        fill_table(table, rows, right_aligned=table.property("right_aligned") or ())
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                item.setToolTip(item.text())  # the full text of a cut-off cell
        section.show_rows(len(rows))

    @staticmethod
    def _who(contact: ContactEntry, lenders: dict[int | None, str]) -> str:
        lender = lenders.get(contact.loan_id, "")
        if contact.counterparty and lender and contact.counterparty != lender:
            return f"{contact.counterparty} ({lender})"
        return contact.counterparty or lender

    def clear(self) -> None:
        self.summary = None
        for figure in (self.owed_total, self.owed_principal, self.open_loans, self.demand, self.available,
                      self.balance, self.above_line, self.overdue_count, self.longest_overdue, self.overdue_now, self.lump_sums):
            figure.setText("—")
        for section in (self.payments_box, self.overdue_box, self.follow_up_box, self.recent_box):
            clear_table(section.table)
            section.show_rows(0)
