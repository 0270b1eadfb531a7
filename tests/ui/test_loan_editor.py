"""The loan editor: typing a loan with fees, field-level refusals, nothing saved half-way."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy_financial as npf
from PySide6.QtCore import Qt

from app.core.money import Money
from app.core.real_cost import real_cost
from app.core.records import FeeCharge, FeeKind, LenderType, Loan, RateBasis
from app.ui.loans.fees_editor import FeesEditor
from app.ui.loans.inputs import select, to_qdate
from app.ui.loans.table_model import Column
from tests.ui.conftest import settle
from tests.ui.loans_helpers import cell, page, reload  # noqa: F401 — fixtures

CONTRACT = dt.date(2025, 1, 10)


def _type_basics(qtbot, editor, lender="QuickCash", principal="10000", received="9000"):
    qtbot.keyClicks(editor.lender, lender)
    select(editor.lender_type, LenderType.PLATFORM)
    qtbot.keyClicks(editor.principal, principal)
    qtbot.keyClicks(editor.received, received)
    editor.contract_date.setDate(to_qdate(CONTRACT))
    editor.first_due.setDate(to_qdate(dt.date(2025, 2, 10)))
    qtbot.keyClicks(editor.rate, "12")


def wait_preview(qtbot, editor) -> None:
    """Let the preview timer fire and its result come back from the vault thread."""
    qtbot.waitUntil(lambda: not editor._preview_timer.isActive())
    settle(qtbot, editor.ctx)


def _add_fee(qtbot, editor, kind, charge, amount):
    row = editor.fees.add_row()
    table = editor.fees.table
    select(table.cellWidget(row, FeesEditor.KIND), kind)
    select(table.cellWidget(row, FeesEditor.CHARGE), charge)
    qtbot.keyClicks(table.cellWidget(row, FeesEditor.AMOUNT), amount)


def test_add_a_loan_with_fees_shows_its_real_apr_and_verdict(qtbot, page, ctx):
    page.add_loan()
    editor = page.editor
    _type_basics(qtbot, editor)
    _add_fee(qtbot, editor, FeeKind.SERVICE, FeeCharge.UPFRONT, "1000")
    _add_fee(qtbot, editor, FeeKind.INSURANCE, FeeCharge.PER_INSTALMENT, "20")
    wait_preview(qtbot, editor)
    assert "real APR 43.91 % compound (36.96 % simple)" in editor.preview.text()
    assert "first instalment ¥908.49 on 2025-02-10" in editor.preview.text()
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)

    [stored] = ctx.repo.list(Loan)
    assert stored.principal == Money.yuan("10000") and stored.received == Money.yuan("9000")
    assert stored.rate_percent == Decimal(12) and stored.rate_basis == RateBasis.ANNUAL
    assert [(f.kind, f.charge, f.amount) for f in stored.fees] == [
        (FeeKind.SERVICE, FeeCharge.UPFRONT, Money.yuan("1000")),
        (FeeKind.INSURANCE, FeeCharge.PER_INSTALMENT, Money.yuan("20")),
    ]
    assert page.proxy.rowCount() == 1
    apr_text = cell(page, 0, Column.REAL_APR)
    assert apr_text == f"{real_cost(stored).apr_compound_text} %" == "43.91 %"
    # independent oracle: received 9 000, then 11 × (888.49 + 20) and a last 888.46 + 20
    monthly = Decimal(str(npf.irr([-9000] + [908.49] * 11 + [908.46])))
    oracle = ((1 + monthly) ** 12 - 1) * 100
    assert abs(Decimal(apr_text.rstrip(" %")) - oracle) < Decimal("0.01")
    assert cell(page, 0, Column.VERDICT) == "Above the line"
    assert [row.verdict.line_id for row in page.cost_panel.verdict_rows] == ["licensed_24", "upfront_deduction"]
    assert "Restated principal" in page.cost_panel.restated.text() and "¥9,000.00" in page.cost_panel.restated.text()


def _assert_nothing_saved(ctx, editor):
    assert ctx.repo.count(Loan) == 0
    assert editor.isVisible()


def test_received_above_principal_is_refused_under_the_field(qtbot, page, ctx):
    page.add_loan()
    editor = page.editor
    _type_basics(qtbot, editor, principal="5000", received="6000")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.boxes["received"].error_text == "The amount received cannot be larger than the principal on the contract."
    assert editor.boxes["received"].message.isVisibleTo(editor)
    assert editor.received.styleSheet()  # highlighted
    assert editor.boxes["principal"].error_text == ""
    _assert_nothing_saved(ctx, editor)


def test_zero_instalments_is_refused(qtbot, page, ctx):
    page.add_loan()
    editor = page.editor
    _type_basics(qtbot, editor)
    editor.instalments.selectAll()
    qtbot.keyClicks(editor.instalments, "0")
    assert editor.instalments.value() == 0
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.boxes["instalments"].error_text == "The number of instalments must be between 1 and 1200."
    _assert_nothing_saved(ctx, editor)


def test_text_in_an_amount_is_refused_and_fixing_it_saves(qtbot, page, ctx):
    page.add_loan()
    editor = page.editor
    _type_basics(qtbot, editor, principal="ten thousand", received="9000")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.boxes["principal"].error_text == "“ten thousand” is not an amount of money."
    assert editor.boxes["received"].error_text == ""
    assert editor.focusWidget() is editor.principal
    _assert_nothing_saved(ctx, editor)

    editor.principal.selectAll()
    qtbot.keyClicks(editor.principal, "1.0w")
    assert editor.boxes["principal"].error_text == ""
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert [loan.principal for loan in ctx.repo.list(Loan)] == [Money.yuan("10000")]


def test_a_bad_fee_is_named_by_its_row(qtbot, page, ctx):
    page.add_loan()
    editor = page.editor
    _type_basics(qtbot, editor)
    _add_fee(qtbot, editor, FeeKind.AGENCY, FeeCharge.UPFRONT, "300")
    _add_fee(qtbot, editor, FeeKind.OTHER, FeeCharge.UPFRONT, "20000")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.boxes["fees"].error_text == "Fee 2: A fee cannot be larger than the principal."
    _assert_nothing_saved(ctx, editor)


def test_an_absurd_rate_warns_but_saves(qtbot, page, ctx):
    page.add_loan()
    editor = page.editor
    _type_basics(qtbot, editor)
    editor.rate.selectAll()
    qtbot.keyClicks(editor.rate, "5")
    select(editor.rate_basis, RateBasis.DAILY)  # 5 % a day = 1 825 % a year
    assert editor.boxes["rate_percent"].warning_text == "A rate above 1000% a year is almost certainly a typing mistake."
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [stored] = ctx.repo.list(Loan)
    assert stored.rate_percent == Decimal(5) and stored.rate_basis == RateBasis.DAILY


def test_editing_keeps_the_id_and_changes_only_what_was_typed(qtbot, page, ctx):
    loan = ctx.repo.add(Loan(
        lender="Old name", lender_type=LenderType.BANK, principal=Money.yuan("3000"), received=Money.yuan("3000"),
        contract_date=CONTRACT, first_due_date=dt.date(2025, 2, 10), instalments=6, rate_percent=Decimal("9.5"),
    ))
    reload(qtbot, page)
    page.edit_loan()
    editor = page.editor
    assert editor.principal.text() == "3000.00" and editor.rate.text() == "9.5"
    editor.lender.selectAll()
    qtbot.keyClicks(editor.lender, "New name")
    qtbot.keyClick(editor.lender, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    [stored] = ctx.repo.list(Loan)
    assert stored.id == loan.id and stored.lender == "New name"
    assert stored.rate_percent == Decimal("9.5") and stored.instalments == 6
