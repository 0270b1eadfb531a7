"""The dashboard page in the main window: every card and table from the hand-worked vault."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from app.core.clock import Clock
from tests.ui.conftest import settle, visible_text
from tests.ui.dashboard_vault import TODAY, fill

pytestmark = pytest.mark.usefixtures("ops_wait")


def _main(qtbot, ctx):
    from app.ui.main_window import MainWindow

    ctx.clock = Clock.at(TODAY)
    window = MainWindow(ctx)
    window.skip_quit_confirmation = True
    qtbot.addWidget(window)
    dashboard = window.pages[0]
    return window, dashboard


def _rows(table) -> list[tuple[str, ...]]:
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def test_cards(qtbot, ctx):
    fill(ctx.repo)
    _window, page = _main(qtbot, ctx)
    assert page.owed_total.text() == "¥2,914.90"
    assert page.owed_principal.text() == "¥2,600.00"
    assert page.open_loans.text() == "3"
    assert page.demand.text() == "¥657.33"
    assert page.available.text() == "¥600.00"
    assert (page.balance_caption.text(), page.balance.text()) == ("Shortfall:", "¥57.33")
    assert "#b3261e" in page.balance.styleSheet()
    assert page.above_line.text() == "1"
    assert "Not legal advice" in page.legal_note.text()
    assert page.overdue_count.text() == "1"
    assert page.longest_overdue.text() == "70 days"


def test_surplus_is_green_and_a_missing_budget_says_so(qtbot, ctx):
    from app.core.money import Money
    from app.core.records import IncomeCategory, IncomeSource

    fill(ctx.repo)
    ctx.repo.add(IncomeSource(name="兼职", category=IncomeCategory.SIDE_JOB, amount=Money.yuan("100")))
    window, page = _main(qtbot, ctx)
    window.show()
    assert (page.balance_caption.text(), page.balance.text()) == ("Surplus:", "¥42.67")  # 700 − 657.33
    assert "#1b6e20" in page.balance.styleSheet()
    assert not page.budget_hint.isVisibleTo(page)


def test_no_budget_shows_a_hint_instead_of_a_shortfall(qtbot, ctx):
    fill(ctx.repo, budget=False)
    window, page = _main(qtbot, ctx)
    window.show()
    assert page.budget_hint.isVisibleTo(page)
    assert not page.balance.isVisibleTo(page)
    assert page.available.text() == "—"


def test_tables(qtbot, ctx):
    fill(ctx.repo)
    _window, page = _main(qtbot, ctx)
    assert _rows(page.payments_table) == [
        ("2025-06-12", "丁小贷", "¥100.00"), ("2025-06-15", "乙金融", "¥124.00"), ("2025-06-19", "丁小贷", "¥100.00"),
        ("2025-06-26", "丁小贷", "¥100.00"), ("2025-07-01", "甲平台", "¥100.00"), ("2025-07-03", "丁小贷", "¥100.00"),
    ]
    assert _rows(page.overdue_table) == [("甲平台", "70", "¥300.00", "¥26.90")]
    assert _rows(page.follow_up_table) == [("2025-06-13", "催收员小李 (甲平台)", "要求今天还清")]
    assert _rows(page.recent_table) == [
        ("2025-06-09 21:15", "Phone", "催收员小李 (甲平台)", "要求今天还清"),
        ("2025-06-02 10:00", "WeChat", "乙金融", "申请延期"),
    ]
    assert page.follow_up_box.title() == "Follow-ups overdue or due in the next 14 days"


def test_clicking_a_loan_opens_it_on_the_loans_page(qtbot, ctx):
    ids = fill(ctx.repo)
    window, page = _main(qtbot, ctx)
    window.show()
    rect = page.overdue_table.visualItemRect(page.overdue_table.item(0, 1))
    qtbot.mouseClick(page.overdue_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, ctx)
    assert window.current_page().key == "loans"
    assert window.current_page().selected_loan().id == ids["甲平台"]
    window.show_page(0)
    page.payments_table.cellClicked.emit(1, 0)
    settle(qtbot, ctx)
    assert window.current_page().selected_loan().id == ids["乙金融"]


def test_clear_leaves_no_personal_data(qtbot, ctx):
    fill(ctx.repo)
    window, page = _main(qtbot, ctx)
    window.clear_pages()
    text = visible_text(page)
    for secret in ("甲平台", "催收员小李", "2,914.90", "657.33"):
        assert secret not in text
    assert page.summary is None and page.payments_table.rowCount() == 0


def test_month_card_shows_overdue_and_lump_sums_apart_from_the_monthly_figure(qtbot, ctx):
    import datetime as dt
    from decimal import Decimal

    from app.core.money import Money
    from app.core.records import LenderType, Loan, RepaymentMethod

    fill(ctx.repo)
    ctx.repo.add(Loan(  # 6 000 + 6 % interest in one sum on 2026-01-01: a lump sum, not a monthly demand
        lender="戊亲戚", lender_type=LenderType.PRIVATE, principal=Money.yuan("6000"), received=Money.yuan("6000"),
        contract_date=dt.date(2025, 1, 1), first_due_date=dt.date(2025, 2, 1), instalments=12, rate_percent=Decimal(6),
        method=RepaymentMethod.BULLET,
    ))
    _window, page = _main(qtbot, ctx)
    assert page.demand.text() == "¥657.33"  # unchanged by the bullet
    assert page.overdue_now.text() == "¥300.00 (+ ¥26.90 penalties)"
    assert page.lump_sums.text() == "¥6,360.00"
    page.clear()
    assert page.overdue_now.text() == page.lump_sums.text() == "—"


def test_still_owed_tooltip_says_what_is_summed_in_both_languages(qtbot, ctx):
    """QA: the total includes interest and fees of future instalments, so "accrued to today" was wrong."""
    from PySide6.QtCore import QTranslator

    from tests.ui.conftest import QM

    _window, page = _main(qtbot, ctx)
    source = page.owed_total.toolTip()
    assert "still to come (future instalments included)" in source
    assert "accrued to today" not in source
    translator = QTranslator()
    assert translator.load(str(QM))
    chinese = translator.translate("DashboardPage", source)
    assert "剩余利息和费用（含尚未到期的各期）" in chinese and "截至今天已产生的罚息" in chinese
