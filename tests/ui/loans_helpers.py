"""Fixtures shared by the Loans page tests: a page over a fresh vault, with a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

TODAY = dt.date(2025, 3, 31)


@pytest.fixture
def ctx(tmp_vault, tmp_path):
    from app.ui.context import AppContext

    context = AppContext("en", QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context.vault = tmp_vault
    yield context
    context.vault = None


@pytest.fixture
def page(qtbot, ctx):
    from app.ui.pages.loans import LoansPage

    widget = LoansPage(ctx)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.refresh()
    return widget


def cell(page, row: int, column: int) -> str:
    return page.proxy.index(row, column).data()
