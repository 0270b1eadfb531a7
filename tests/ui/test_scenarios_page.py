"""The Scenarios page on the demo vault: the plan shows, a what-if changes the summary, typing is
debounced, saved scenarios and proposals go through the vault thread, exports, lock clears it."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from app.core.clock import Clock
from app.core.records import Loan, PayoffStrategy, Scenario
from app.store.demo import fill_demo
from app.ui.context import AppContext
from app.ui.pages.scenarios import ScenariosPage
from app.ui.scenarios.charts_panel import hover_text
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import settle


@pytest.fixture
def page(qtbot, tmp_vault, tmp_path):
    fill_demo(tmp_vault.repo, DEMO_TODAY)
    ctx = AppContext("en", QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx.vault = tmp_vault
    ctx.clock = Clock.at(DEMO_TODAY)
    page = ScenariosPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.refresh()
    yield page
    ctx.vault = None
    ctx.shutdown()


def computed(qtbot, page) -> None:
    """Wait for the vault read and the worker's computation to reach the page."""
    settle(qtbot, page.ctx)
    qtbot.waitUntil(lambda: not page.debounce.isActive() and not page.ctx.worker.busy and page.outcome is not None, timeout=10_000)


def test_the_plan_for_the_demo_vault_shows(qtbot, page):
    computed(qtbot, page)
    assert "Due in the first month ¥11,444.32, of which already overdue ¥4,122.88; shortfall ¥7,823.32." in page.summary.text()
    assert "below the minimum payments" in page.notes.text()
    assert page.lenders.rowCount() == 5 and page.lenders.item(0, 0).text() == "闪借花（虚构平台）"
    assert page.month_model.rowCount() == page.outcome.result.months
    assert page.charts.figures == {}  # not built while the charts are not on screen
    assert page.budget.placeholderText().endswith("¥3,621.00")


def test_the_charts_are_built_on_a_worker_when_shown_and_hover_shows_values(qtbot, page):
    computed(qtbot, page)
    page.tabs.setCurrentWidget(page.charts)
    qtbot.waitUntil(lambda: "balance" in page.charts.canvases, timeout=10_000)
    assert set(page.charts.figures) == {"balance", "cost", "payments", "compare"}
    page.charts.setCurrentIndex(2)
    assert set(page.charts.canvases) == {"balance", "payments"}
    first = page.outcome.result.table[0]
    tip = hover_text(page.outcome.result, 1, "behind")
    assert tip.startswith("2025-04") and f"Σ {first.paid.format()} / ¥3,621.00" in tip and "behind" in tip


def test_changing_a_what_if_updates_the_summary(qtbot, page):
    computed(qtbot, page)
    before = page.summary.text()
    assert "interest and fees ¥0.00" in before  # no what-if yet: the same as the contract
    editor = page.what_ifs
    editor.loan.setCurrentIndex(1)
    editor.extend_months.setValue(24)
    editor.extend.setChecked(True)
    assert page.debounce.isActive()
    qtbot.waitUntil(lambda: page.summary.text() != before, timeout=10_000)
    computed(qtbot, page)
    assert "Compared with the contract: interest and fees +¥" in page.summary.text()
    assert page.outcome.scenario.what_ifs[0].months == 24


def test_conflicting_what_ifs_show_a_message_and_keep_the_last_result(qtbot, page):
    computed(qtbot, page)
    shown = page.outcome
    page.what_ifs.grace_months.setValue(99)
    page.what_ifs.grace.setChecked(True)
    qtbot.waitUntil(lambda: "grace period must be shorter" in page.error.text(), timeout=10_000)
    assert page.error.text().startswith("闪借花（虚构平台）: ")
    assert page.outcome is shown


def test_typing_an_amount_recomputes_once_after_the_pause(qtbot, page):
    computed(qtbot, page)
    generation = page.generation
    for text in ("2", "20", "200", "2000", "20000"):
        page.budget.setText(text)
        page.budget.textEdited.emit(text)
    assert page.generation == generation  # nothing computed while typing
    qtbot.waitUntil(lambda: page.generation == generation + 1, timeout=5_000)
    computed(qtbot, page)
    assert "shortfall ¥0.00" in page.summary.text() and page.outcome.result.repaid
    page.budget.setText("abc")
    page.budget.textEdited.emit("abc")
    qtbot.waitUntil(lambda: "not an amount" in page.budget_error.text(), timeout=5_000)


def test_save_mark_as_proposal_and_delete(qtbot, page, monkeypatch):
    computed(qtbot, page)
    page.name_edit.setText("按比例")
    page.strategy.setCurrentIndex(page.strategy.findData(PayoffStrategy.PRO_RATA))
    page.save_button.click()
    settle(qtbot, page.ctx)
    kept = page.ctx.repo.list(Scenario)
    assert [s.name for s in kept] == ["按比例"] and kept[0].strategy == PayoffStrategy.PRO_RATA
    page.proposal_combo.setCurrentIndex(2)
    page.proposal_button.click()
    settle(qtbot, page.ctx)
    loan = page.ctx.repo.list(Loan)[2]
    assert page.ctx.repo.list(Scenario)[0].loan_id == loan.id
    qtbot.waitUntil(lambda: loan.lender in page.proposal_label.text(), timeout=5_000)
    monkeypatch.setattr("app.ui.pages.scenarios.confirm", lambda *args: True)
    page.delete_button.click()
    settle(qtbot, page.ctx)
    assert page.ctx.repo.list(Scenario) == []


def test_csv_and_chart_exports(qtbot, page, tmp_path, monkeypatch):
    computed(qtbot, page)
    target = tmp_path / "plan.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    page.csv_button.click()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert rows[0][0] == "Month" and len(rows) == page.outcome.result.months + 1
    chart = tmp_path / "chart.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(chart), ""))
    page.chart_button.click()
    assert chart.read_bytes().startswith(b"%PDF")


def test_lock_clears_everything(qtbot, page):
    computed(qtbot, page)
    page.clear()
    assert page.summary.text() == "" and page.lenders.rowCount() == 0 and page.month_model.rowCount() == 0
    assert page.charts.result is None and page.saved_combo.count() == 0


def test_the_bundled_cjk_font_is_registered_for_qt(qtbot):
    from PySide6.QtGui import QFontDatabase

    from app.ui.i18n import register_bundled_fonts

    assert register_bundled_fonts() == ["Noto Sans SC RepayDesk"]
    assert QFontDatabase.isSmoothlyScalable("Noto Sans SC RepayDesk")


def test_the_spread_what_if_says_it_counts_new_instalments_from_the_plans_start(qtbot):
    """'展期至 24 期' read as 24 in all; it spreads what is left over 24 new months."""
    from app.ui.i18n import install_translators
    from app.ui.scenarios.editors import WhatIfEditor

    try:
        install_translators("zh_CN")
        editor = WhatIfEditor()
        qtbot.addWidget(editor)
        assert editor.extend.text() == "剩余欠款分期（自方案开始起）" and editor.extend_months.text() == "24 期"
        assert "不是贷款的总期数" in editor.extend.toolTip() and editor.extend_months.toolTip() == editor.extend.toolTip()
    finally:
        install_translators("en")
    english = WhatIfEditor()
    qtbot.addWidget(english)
    assert english.extend.text() == "Spread what is left (from the plan's start)"
    assert "new equal monthly instalments counted from the plan's first month" in english.extend.toolTip()
