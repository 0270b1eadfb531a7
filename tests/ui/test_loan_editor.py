"""The loan editor: typing a loan with fees, field-level refusals, nothing saved half-way."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import numpy_financial as npf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from app.core.clock import Clock
from app.core.money import Money
from app.core.real_cost import real_cost
from app.core.records import FeeCharge, FeeKind, LenderType, Loan, RateBasis, RepaymentMethod
from app.ui.loans.fees_editor import FeesEditor
from app.ui.loans.inputs import from_qdate, select, to_qdate
from app.ui.loans.table_model import Column
from tests.ui.conftest import settle
from tests.ui.loans_helpers import cell, page, reload, type_text  # noqa: F401 — fixtures

pytestmark = pytest.mark.usefixtures("ops_wait")

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


def test_an_absurd_rate_or_a_date_no_calculator_handles_cannot_be_saved(qtbot, page, ctx):
    """The import's bounds (app/core/bounds.py) hold in the editor too (issue 9 item 6)."""
    page.add_loan()
    editor = page.editor
    _type_basics(qtbot, editor)
    editor.rate.selectAll()
    qtbot.keyClicks(editor.rate, "5")
    select(editor.rate_basis, RateBasis.DAILY)  # 5 % a day = 1 825 % a year
    assert editor.boxes["rate_percent"].warning_text == "A rate above 1000% a year is almost certainly a typing mistake."
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert editor.boxes["rate_percent"].error_text == "A rate above 1000% a year is almost certainly a typing mistake."
    assert ctx.repo.count(Loan) == 0
    editor.rate.selectAll()
    qtbot.keyClicks(editor.rate, "2.73")  # 996 % a year: within the bounds, still warned about
    _type_date(qtbot, editor.first_due, "9999-12-31")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert editor.boxes["rate_percent"].error_text == ""
    assert editor.boxes["first_due_date"].error_text == "Must be between 1900-01-01 and 2199-12-31."
    assert ctx.repo.count(Loan) == 0
    editor.first_due.setDate(to_qdate(dt.date(2025, 2, 10)))
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [stored] = ctx.repo.list(Loan)
    assert stored.rate_percent == Decimal("2.73") and stored.rate_basis == RateBasis.DAILY


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


# --- half-typed amounts (issue 8 item 11) -------------------------------------------------------
NUMERIC_FIELDS = ("principal", "received", "rate", "penalty_rate", "late_fee", "fee")
PARTIAL = st.text(alphabet="0123456789.,-+%万wWkKeE ", max_size=9)


@pytest.fixture
def editor(qtbot, ctx):
    from app.ui.loans.editor_dialog import LoanEditorDialog

    ctx.clock = Clock.at(dt.date(2025, 3, 31))
    dialog = LoanEditorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_basics(qtbot, dialog)
    dialog.fees.add_row()
    return dialog


def _numeric_edit(editor, name: str):
    if name == "fee":
        return editor.fees.table.cellWidget(0, FeesEditor.AMOUNT)
    return getattr(editor, name)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(NUMERIC_FIELDS), typed=PARTIAL)
def test_any_half_typed_amount_shows_fill_in_or_sane_figures(qtbot, editor, name, typed):
    edit = _numeric_edit(editor, name)
    edit.clear()
    type_text(edit, typed)  # one character at a time, as a person types
    wait_preview(qtbot, editor)
    shown = editor.preview.text()
    assert shown.startswith("Preview: ")
    assert "Invalid" not in shown and "Error" not in shown and "{" not in shown
    for figure in re.findall(r"(-?[\d.]+) %", shown):
        assert abs(Decimal(figure)) <= 1000, shown


def test_a_received_amount_typed_halfway_asks_to_fill_in_rather_than_showing_a_huge_rate(qtbot, editor):
    editor.received.clear()
    qtbot.keyClicks(editor.received, "9")  # on the way to 9000
    wait_preview(qtbot, editor)
    assert editor.preview.text() == "Preview: fill in the amounts completely: these figures give a cost beyond belief"


def test_nothing_marked_names_what_is_missing_and_marked_items_are_pointed_to(qtbot, page, ctx):
    page.add_loan()
    editor = page.editor
    assert editor.preview.text() == "Preview: fill in the principal, the amount received."
    qtbot.keyClicks(editor.principal, "10000")
    qtbot.keyClicks(editor.received, "10000")
    wait_preview(qtbot, editor)
    assert editor.preview.text().startswith("Preview: first instalment ")  # no lender yet: figures all the same
    editor.principal.clear()
    qtbot.keyClicks(editor.principal, "x")
    assert editor.preview.text() == "Preview: fill in the marked items."


# --- the mutations issue 7 named -------------------------------------------------------------
def test_a_custom_schedule_saves_as_many_instalments_as_rows(qtbot, page, ctx):
    page.add_loan()
    editor = page.editor
    _type_basics(qtbot, editor)
    select(editor.method, RepaymentMethod.CUSTOM)
    for principal in ("3000", "3000", "4000"):
        editor.custom.add_row()
        qtbot.keyClicks(editor.custom.table.cellWidget(editor.custom.table.rowCount() - 1, 1), principal)
    assert editor.instalments.value() == 12  # the spin box is not what counts
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [stored] = ctx.repo.list(Loan)
    assert stored.instalments == 3 and len(stored.custom_schedule) == 3


# --- bullet loans (item 14) ------------------------------------------------------------------
def test_a_bullet_loan_asks_for_its_term_and_shows_one_row_numbered_1(qtbot, page, ctx):
    page.add_loan()
    editor = page.editor
    type_text(editor.lender, "老王")
    select(editor.lender_type, LenderType.PRIVATE)
    qtbot.keyClicks(editor.principal, "30000")
    qtbot.keyClicks(editor.received, "30000")
    _type_date(qtbot, editor.contract_date, "2024-08-01")
    select(editor.method, RepaymentMethod.BULLET)
    assert editor.row_labels["instalments"].text() == "T&erm:"
    assert not editor.boxes["first_due_date"].isVisibleTo(editor)
    editor.instalments.selectAll()
    qtbot.keyClicks(editor.instalments, "24")
    qtbot.keyClicks(editor.rate, "15")
    assert editor.due_label.text() == "due on 2026-08-01"
    wait_preview(qtbot, editor)
    assert "first instalment ¥39,000.00 on 2026-08-01" in editor.preview.text()  # 30 000 + 15 % × 2 years
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [stored] = ctx.repo.list(Loan)
    assert (stored.term, stored.instalments, stored.first_due_date) == (24, 1, dt.date(2026, 8, 1))
    assert page.schedule_tab.model.rowCount() == 1
    assert page.schedule_tab.model.cells(0)[:3] == ["1", "2026-08-01", "¥39,000.00"]
    page.edit_loan()
    assert page.editor.instalments.value() == 24 and page.editor.due_label.text() == "due on 2026-08-01"


# --- typed dates (item 13) -------------------------------------------------------------------
def _type_date(qtbot, field, typed: str) -> None:
    field.window().activateWindow()
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    field.edit.selectAll()
    type_text(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["2025-03-10", "2025/3/10", "20250310", "2025.3.10", "2025年3月10日"])
def test_a_date_can_be_typed_in_the_usual_ways(qtbot, editor, typed):
    _type_date(qtbot, editor.contract_date, typed)
    assert from_qdate(editor.contract_date) == dt.date(2025, 3, 10)
    assert editor.contract_date.edit.text() == "2025-03-10"  # tidied on leaving the field


def test_a_date_that_is_not_one_is_refused_under_the_field(qtbot, editor, ctx):
    _type_date(qtbot, editor.contract_date, "2025-13-45")
    editor.submit()
    settle(qtbot, ctx)
    assert editor.boxes["contract_date"].error_text == "“2025-13-45” is not a date (use YYYY-MM-DD)."
    assert ctx.repo.count(Loan) == 0


def test_the_calendar_still_picks_a_date(qtbot, editor):
    editor.contract_date.show_calendar()
    editor.contract_date.calendar.clicked.emit(to_qdate(dt.date(2024, 12, 24)))
    assert from_qdate(editor.contract_date) == dt.date(2024, 12, 24) and not editor.contract_date.calendar.isVisible()


# --- layout at 1366×768 (item 16) ------------------------------------------------------------
def test_the_editor_fits_1366_by_768_with_add_fee_in_view(qtbot, editor):
    editor.resize(1366, 768 - 80)  # title bar and task bar take the rest
    qtbot.waitExposed(editor)
    scroll = editor.findChild(QScrollArea)
    assert scroll.verticalScrollBar().maximum() == 0 and scroll.horizontalScrollBar().maximum() == 0
    button = editor.fees.add_button
    assert button.isVisible() and editor.rect().contains(button.mapTo(editor, button.rect().bottomRight()))


def test_an_empty_new_fee_row_is_not_marked_and_the_kind_list_is_not_clipped(qtbot, editor):
    editor.fees.add_row()
    assert editor.fees.styleSheet() == "" and editor.boxes["fees"].error_text == ""
    assert all(editor.fees.table.cellWidget(r, FeesEditor.AMOUNT).styleSheet() == "" for r in range(2))
    kind = editor.fees.table.cellWidget(0, FeesEditor.KIND)
    select(kind, FeeKind.OTHER)
    assert editor.fees.table.columnWidth(FeesEditor.KIND) >= kind.sizeHint().width()
    editor.submit()
    assert editor.boxes["fees"].error_text == "Fee 1: This field is required."


def test_messages_do_not_move_the_fields(qtbot, editor):
    qtbot.waitExposed(editor)
    below = editor.contract_date

    def top() -> int:
        return below.mapTo(editor, below.rect().topLeft()).y()

    before = top()
    editor.received.clear()
    qtbot.keyClicks(editor.received, "99999")  # above the principal: an error under the field
    assert editor.boxes["received"].error_text
    QApplication.processEvents()
    assert top() == before
    editor.received.clear()
    qtbot.keyClicks(editor.received, "5000")  # 砍头息: a warning under the field
    assert editor.boxes["received"].warning_text
    QApplication.processEvents()
    assert top() == before


# --- the phone caption (item 17) -------------------------------------------------------------
def test_the_phone_caption_names_whom_it_reaches(editor):
    select(editor.lender_type, LenderType.PRIVATE)
    assert editor.row_labels["contact_numbers"].text() == "Lender's p&hone numbers:"
    select(editor.lender_type, LenderType.PLATFORM)
    assert editor.row_labels["contact_numbers"].text() == "Platform's p&hone numbers:"


def test_the_upfront_deduction_warning_is_shown_whole_at_1366_by_768(qtbot, editor):
    """QA: the 砍头息 sentence under "Amount actually received" was cut off after "the principal is t…"."""
    editor.resize(1366, 768 - 80)
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    message = editor.boxes["received"].message
    assert editor.boxes["received"].warning_text.endswith("the ¥9,000.00 you received.")
    assert message.text() == editor.boxes["received"].warning_text  # wrapped, not elided
    assert message.heightForWidth(message.width()) <= message.height()  # every wrapped line fits in the box
    scroll = editor.findChild(QScrollArea)
    assert scroll.verticalScrollBar().maximum() == 0  # still no scrolling at 1366×768
