"""还款方案 Scenarios (coming in a later version)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from app.ui.pages.coming import ComingPage


class ScenariosPage(ComingPage):
    key = "scenarios"
    icon = QStyle.StandardPixmap.SP_BrowserReload

    def title(self) -> str:
        return self.tr("Scenarios")

    def description(self) -> str:
        return self.tr(
            "Coming in a later version: payoff plans across all your loans within what you can pay each month "
            "(avalanche, snowball, your own order, pro-rata), and what-ifs for a negotiation: extension, grace "
            "period, waived penalties, a principal discount, more instalments — with charts."
        )
