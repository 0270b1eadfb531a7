"""Fixtures shared by the Loans page tests: a page over a fresh vault (conftest's `ctx`), with a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2025, 3, 31)


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
