"""Fixtures shared by the Loans page tests: a page over a fresh vault (conftest's `ctx`), with a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.clock import Clock
from tests.ui.conftest import settle

TODAY = dt.date(2025, 3, 31)


@pytest.fixture
def page(qtbot, ctx):
    from app.ui.pages.loans import LoansPage

    ctx.clock = Clock.at(TODAY)
    widget = LoansPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    reload(qtbot, widget)
    return widget


def reload(qtbot, page) -> None:
    """Refresh the page and wait for the register to arrive from the vault thread."""
    page.refresh()
    settle(qtbot, page.ctx)


def cell(page, row: int, column: int) -> str:
    return page.proxy.index(row, column).data()


def type_text(widget, text: str) -> None:
    """Type `text` one key press at a time, Chinese characters too (QTest only types ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))
