"""文书 Documents (coming in a later version)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from app.ui.pages.coming import ComingPage


class DocumentsPage(ComingPage):
    key = "documents"
    icon = QStyle.StandardPixmap.SP_FileDialogNewFolder

    def title(self) -> str:
        return self.tr("Documents")

    def description(self) -> str:
        return self.tr(
            "Coming in a later version: Word drafts filled from your vault — a negotiation request, an "
            "extension request, an instalment agreement, a statement of your finances, a complaint about "
            "collection misconduct and a credit-record objection — with amounts in figures and in capital "
            "Chinese numerals."
        )
