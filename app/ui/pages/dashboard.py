"""总览 Dashboard: loans by status, open principal, overdue loans, follow-ups, recent contacts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QStyle, QVBoxLayout, QWidget

from app.core.records import ContactEntry, Loan
from app.ui.context import AppContext
from app.ui.pages import labels
from app.ui.pages.base import Page, clear_table, fill_table, page_layout, read_only_table
from app.ui.pages.dashboard_summary import DashboardSummary, summarise


class DashboardPage(Page):
    key = "dashboard"
    icon = QStyle.StandardPixmap.SP_ComputerIcon

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout, _ = page_layout(self, self.title())
        self.summary: DashboardSummary | None = None

        figures = QFrame()
        figures.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(figures)
        grid.setHorizontalSpacing(24)
        self.open_loans = self._figure(grid, 0, self.tr("Open loans"))
        self.open_principal = self._figure(grid, 1, self.tr("Principal of open loans"))
        self.overdue_count = self._figure(grid, 2, self.tr("Overdue loans"))
        self.follow_up_count = self._figure(grid, 3, self.tr("Follow-ups due soon"))
        self.by_status = QLabel()
        self.by_status.setWordWrap(True)
        grid.addWidget(self.by_status, 2, 0, 1, 4)
        layout.addWidget(figures)

        self.overdue_table = read_only_table([self.tr("Lender"), self.tr("Principal"), self.tr("Contract date")])
        layout.addWidget(self._box(self.tr("Overdue loans"), self.overdue_table))
        self.follow_up_table = read_only_table([self.tr("Follow up on"), self.tr("Who"), self.tr("About")])
        self.follow_up_box = self._box("", self.follow_up_table)
        layout.addWidget(self.follow_up_box)
        self.recent_table = read_only_table([self.tr("When"), self.tr("Channel"), self.tr("Who"), self.tr("Summary")])
        layout.addWidget(self._box(self.tr("Recent contacts"), self.recent_table))

    def title(self) -> str:
        return self.tr("Dashboard")

    @staticmethod
    def _figure(grid: QGridLayout, column: int, caption: str) -> QLabel:
        value = QLabel("—")
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        value.setFont(font)
        grid.addWidget(value, 0, column)
        grid.addWidget(QLabel(caption), 1, column)
        return value

    @staticmethod
    def _box(title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(content)
        return box

    def refresh(self) -> None:
        repo = self.ctx.repo
        if repo is None:
            return
        loans = repo.list(Loan)
        horizon = self.ctx.setting("follow_up_days")
        summary = summarise(loans, repo.list(ContactEntry), dt.date.today(), horizon)
        self.summary = summary
        lang = self.ctx.lang
        lenders = {loan.id: loan.lender for loan in loans}
        self.open_loans.setText(str(summary.open_loans))
        self.open_principal.setText(summary.open_principal.format(lang))
        self.overdue_count.setText(str(len(summary.overdue)))
        self.follow_up_count.setText(str(len(summary.follow_ups)))
        parts = [f"{labels.loan_status(status)}: {count}" for status, count in summary.loans_by_status]
        self.by_status.setText(self.tr("By status: %1").replace("%1", " · ".join(parts) or "—"))
        self.follow_up_box.setTitle(self.tr("Follow-ups in the next %n day(s)", "", horizon))
        fill_table(
            self.overdue_table,
            [(loan.lender, loan.principal.format(lang), loan.contract_date.isoformat()) for loan in summary.overdue],
            right_aligned=(1,),
        )
        fill_table(
            self.follow_up_table,
            [(c.follow_up.isoformat(), self._who(c, lenders), c.summary) for c in summary.follow_ups],
        )
        fill_table(
            self.recent_table,
            [
                (c.happened_at.strftime("%Y-%m-%d %H:%M"), labels.channel(c.channel), self._who(c, lenders), c.summary)
                for c in summary.recent_contacts
            ],
        )

    @staticmethod
    def _who(contact: ContactEntry, lenders: dict[int | None, str]) -> str:
        lender = lenders.get(contact.loan_id, "")
        if contact.counterparty and lender and contact.counterparty != lender:
            return f"{contact.counterparty} ({lender})"
        return contact.counterparty or lender

    def clear(self) -> None:
        self.summary = None
        for label in (self.open_loans, self.open_principal, self.overdue_count, self.follow_up_count):
            label.setText("—")
        self.by_status.clear()
        for table in (self.overdue_table, self.follow_up_table, self.recent_table):
            clear_table(table)
