"""借款 Loans: a read-only list of the loans in the vault (the full editor comes in a later issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStyle, QWidget

from app.core.records import Loan
from app.ui.context import AppContext
from app.ui.pages import labels
from app.ui.pages.base import Page, clear_table, fill_table, page_layout, read_only_table


class LoansPage(Page):
    key = "loans"
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout, _ = page_layout(self, self.title())
        note = QLabel(self.tr("Every loan in the vault. Adding and editing loans comes in a later version."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = read_only_table([
            self.tr("Lender"), self.tr("Type"), self.tr("Principal"), self.tr("Received"),
            self.tr("Contract date"), self.tr("Instalments"), self.tr("Status"),
        ])
        layout.addWidget(self.table)

    def title(self) -> str:
        return self.tr("Loans")

    def refresh(self) -> None:
        if self.ctx.repo is None:
            return
        lang = self.ctx.lang
        rows = [
            (
                loan.lender, labels.lender_type(loan.lender_type), loan.principal.format(lang),
                loan.received.format(lang), loan.contract_date.isoformat(), str(loan.instalments),
                labels.loan_status(loan.status),
            )
            for loan in self.ctx.repo.list(Loan)
        ]
        fill_table(self.table, rows, right_aligned=(2, 3, 5))

    def clear(self) -> None:
        clear_table(self.table)
