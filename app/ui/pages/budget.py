"""收支 Budget: a read-only list of income, expenses, assets and other debts (the editor comes later)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStyle, QWidget

from app.core.records import Asset, Expense, IncomeSource, Liability
from app.ui.context import AppContext
from app.ui.pages.base import Page, clear_table, fill_table, page_layout, read_only_table


class BudgetPage(Page):
    key = "budget"
    icon = QStyle.StandardPixmap.SP_DriveHDIcon

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout, _ = page_layout(self, self.title())
        note = QLabel(self.tr("Income, spending, assets and other debts in the vault. Editing comes in a later version."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = read_only_table([self.tr("Kind"), self.tr("Name"), self.tr("Amount"), self.tr("Note")])
        layout.addWidget(self.table)

    def title(self) -> str:
        return self.tr("Budget")

    def refresh(self) -> None:
        repo = self.ctx.repo
        if repo is None:
            return
        lang = self.ctx.lang
        monthly = self.tr("%1 a month")
        rows: list[tuple[str, str, str, str]] = []
        rows += [(self.tr("Income"), i.name, self._amount(i.amount.format(lang), i.frequency), i.note)
                 for i in repo.list(IncomeSource)]
        rows += [(self.tr("Expense"), e.name, monthly.replace("%1", e.monthly.format(lang)), e.note)
                 for e in repo.list(Expense)]
        rows += [(self.tr("Asset"), a.name, a.value.format(lang), a.note) for a in repo.list(Asset)]
        rows += [(self.tr("Other debt"), d.creditor, d.balance.format(lang), d.note) for d in repo.list(Liability)]
        fill_table(self.table, rows, right_aligned=(2,))

    def _amount(self, amount: str, frequency: str) -> str:
        per = {
            "monthly": self.tr("%1 a month"), "weekly": self.tr("%1 a week"),
            "yearly": self.tr("%1 a year"), "irregular": self.tr("%1 a month on average"),
        }.get(str(frequency), "%1")
        return per.replace("%1", amount)

    def clear(self) -> None:
        clear_table(self.table)
