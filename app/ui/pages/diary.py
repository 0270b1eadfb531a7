"""联系日志 Contact diary (coming in a later version)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from app.ui.pages.coming import ComingPage


class DiaryPage(ComingPage):
    key = "diary"
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView

    def title(self) -> str:
        return self.tr("Contact diary")

    def description(self) -> str:
        return self.tr(
            "Coming in a later version: a diary of every call, message and visit from lenders and "
            "collectors — when, who, what was asked, said and promised, the follow-up date — with evidence "
            "files kept inside the encrypted vault and flags for collection misconduct."
        )
