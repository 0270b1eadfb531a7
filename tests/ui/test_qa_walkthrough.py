"""Defects found by using the app as a new user would (QA walk-through), each pinned by a test."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from app.core.clock import Clock
from app.core.money import Money
from app.core.records import IncomeSource
from app.ui.context import AppContext
from app.ui.pages.budget import BudgetPage

from tests.ui.conftest import settle
from tests.ui.loans_helpers import page, type_text  # noqa: F401 — fixtures

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def budget_page(qtbot, tmp_path, tmp_vault):
    ctx = AppContext("zh_CN", QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx.attach_vault(tmp_vault)
    ctx.clock = Clock.at(TODAY)
    page = BudgetPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot, ctx)
    yield page, ctx
    ctx.worker.wait()
    stop = getattr(ctx.vault_worker, "stop", None)
    if stop is not None:
        stop()


def test_enter_in_a_budget_form_saves_the_entry(budget_page, qtbot, tmp_vault):
    """Typing a salary and pressing Enter saved nothing; the next 'Add…' then threw the draft away."""
    page, ctx = budget_page
    page.income.add_button.click()
    form = page.income.form
    form.boxes["name"].edit.setText("Salary")
    amount = form.boxes["amount"].edit
    amount.setText("6500")
    QTest.keyClick(amount, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert [s.amount for s in tmp_vault.repo.list(IncomeSource)] == [Money.yuan("6500")]


def _zh(source: str) -> str:
    tree = ET.parse(ROOT / "resources" / "translations" / "repaydesk_zh_CN.ts")
    found = [m.findtext("translation") for m in tree.iter("message") if m.findtext("source") == source]
    assert found, source
    return found[0]


def test_a_private_lenders_phone_caption_does_not_say_platform():
    """For a private lender (张伟) the editor said '平台电话'."""
    private = _zh("Lender's p&hone numbers:")
    assert "平台" not in private
    assert private != _zh("Platform's p&hone numbers:")


def _type_date(edit, text: str) -> None:
    edit.edit.selectAll()
    type_text(edit.edit, text)
    edit.edit.editingFinished.emit()


def test_the_first_due_date_follows_a_typed_contract_date(qtbot, page):
    """闪借花: contract typed as 2026-02-10, the first due date stayed at today + 1 month (2027-01-01),
    and the preview priced an eleven-month first period."""
    from app.ui.loans.inputs import from_qdate

    page.add_loan()
    editor = page.editor
    _type_date(editor.contract_date, "2026-02-10")
    assert from_qdate(editor.contract_date) == dt.date(2026, 2, 10)
    assert from_qdate(editor.first_due) == dt.date(2026, 3, 10)


def test_a_first_due_date_the_user_chose_is_kept(qtbot, page):
    from app.ui.loans.inputs import from_qdate

    page.add_loan()
    editor = page.editor
    _type_date(editor.contract_date, "2026-02-10")
    _type_date(editor.first_due, "2026-03-25")
    _type_date(editor.contract_date, "2026-02-12")
    assert from_qdate(editor.first_due) == dt.date(2026, 3, 25)


def test_the_all_in_cost_with_charges_says_it_is_the_simple_figure(qtbot):
    """闪借花: the table shows 46.50 % (compound); 'with these charges the all-in cost is 43.59 %' read as if the
    penalties lowered the cost. It is the simple figure (38.80 % without the charges), and must say so."""
    from decimal import Decimal

    from app.core.loan_summary import summarise
    from app.core.lpr import LprTable
    from app.core.records import Fee, FeeCharge, FeeKind, LenderType, Loan, Payment, RateBasis
    from app.ui.loans.real_cost_panel import RealCostPanel

    loan = Loan(
        lender="闪借花", lender_type=LenderType.PLATFORM, principal=Money.yuan(10000), received=Money.yuan(9000),
        contract_date=dt.date(2026, 2, 10), first_due_date=dt.date(2026, 3, 10), instalments=12,
        rate_percent=Decimal(18), rate_basis=RateBasis.ANNUAL, penalty_rate_percent=Decimal("0.05"),
        late_fee=Money.yuan(50), fees=(Fee(FeeKind.AGENCY, FeeCharge.UPFRONT, amount=Money.yuan(1000)),), id=1,
    )
    payments = [Payment(1, dt.date(2026, month, 10), Money.yuan("916.80")) for month in range(3, 8)]
    panel = RealCostPanel("en", TODAY)
    qtbot.addWidget(panel)
    panel.set_date(TODAY)
    panel.show_summary(summarise(loan, payments, TODAY, LprTable.load()), payments)
    assert (panel.simple.text(), panel.compound.text()) == ("38.80 %", "46.50 %")
    assert "all-in cost is 43.59 % a year (simple, comparable with the simple real APR above): above the 24.00 % line" in panel.overdue_text.text()
