"""A page that says, in the user's language, what will arrive here in a later version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.context import AppContext
from app.ui.pages.base import Page, page_layout


class ComingPage(Page):
    """Subclasses implement `title()` and `description()`; there is no personal data to clear."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout, _ = page_layout(self, self.title())
        body = QLabel(self.description())
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        layout.addStretch(1)

    def description(self) -> str:
        raise NotImplementedError
