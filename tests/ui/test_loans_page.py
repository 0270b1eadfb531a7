"""The Loans page: table, filter and sort, payments and their split, delete + undo, schedule export, LPR table."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.lpr import LprEntry
from app.core.money import Money
from app.core.records import FeeCharge, FeeKind, Fee, LenderType, Loan, LoanStatus, Payment
from app.core.schedule import build_schedule
from app.core.lpr_settings import SETTING_KEY
from app.services.register import lpr_extra as load_extra, lpr_table
from app.ui.loans.table_model import Column, Role
from tests.ui.conftest import settle
from tests.ui.loans_helpers import TODAY, cell, page, reload  # noqa: F401 — fixtures

pytestmark = pytest.mark.usefixtures("ops_wait")


def _loan(lender: str, **changes) -> Loan:
    terms = dict(
        lender=lender, lender_type=LenderType.BANK, principal=Money.yuan("12000"), received=Money.yuan("12000"),
        contract_date=dt.date(2025, 1, 10), first_due_date=dt.date(2025, 2, 10), instalments=12,
        rate_percent=Decimal(12),
    )
    terms.update(changes)
    return Loan(**terms)


@pytest.fixture
def two_loans(ctx):
    cheap = ctx.repo.add(_loan("Bank A"))
    dear = ctx.repo.add(_loan(
        "Platform B", lender_type=LenderType.PLATFORM, principal=Money.yuan("10000"), received=Money.yuan("9000"),
        fees=(Fee(FeeKind.SERVICE, FeeCharge.UPFRONT, amount=Money.yuan("1000")),), status=LoanStatus.OVERDUE,
    ))
    ctx.repo.add(Payment(dear.id, dt.date(2025, 2, 10), Money.yuan("888.49")))
    return cheap, dear


def _select(page, lender: str) -> None:
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data(Role.LOAN).lender == lender)
    page.view.selectRow(row)


def test_table_shows_figures_sorts_by_number_and_filters(qtbot, page, two_loans):
    reload(qtbot, page)
    assert page.proxy.rowCount() == 2
    _select(page, "Platform B")
    # 12 000 at 12 %: 11 × 1 066.19; Platform B: 10 000 at 12 % from 9 000, first instalment paid
    assert cell(page, 1, Column.OUTSTANDING) == "¥9,211.51"  # 10 000 − (888.49 − 100.00 interest) = 9 211.51
    assert cell(page, 1, Column.NEXT_DUE) == "2025-04-10  ¥888.49"
    assert cell(page, 1, Column.DAYS_OVERDUE) == "21"  # the March instalment, due 2025-03-10
    assert page.proxy.index(1, Column.DAYS_OVERDUE).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert cell(page, 0, Column.DAYS_OVERDUE) == "49"
    assert cell(page, 1, Column.REAL_APR) == "37.81 %"
    assert cell(page, 0, Column.REAL_APR) == "12.68 %"  # (1 + 1 %)^12 − 1

    page.view.sortByColumn(Column.REAL_APR, Qt.SortOrder.DescendingOrder)
    assert [cell(page, r, Column.LENDER) for r in range(2)] == ["Platform B", "Bank A"]
    page.view.sortByColumn(Column.OUTSTANDING, Qt.SortOrder.AscendingOrder)
    assert [cell(page, r, Column.OUTSTANDING) for r in range(2)] == ["¥9,211.51", "¥12,000.00"]

    qtbot.keyClicks(page.filter_edit, "platform")
    assert [cell(page, r, Column.LENDER) for r in range(page.proxy.rowCount())] == ["Platform B"]
    page.filter_edit.clear()
    # status is derived (issue 8 item 10): Bank A was entered "current" but is 49 days overdue
    page.status_filter.setCurrentIndex(page.status_filter.findData(str(LoanStatus.CURRENT)))
    assert page.proxy.rowCount() == 0
    page.status_filter.setCurrentIndex(page.status_filter.findData(str(LoanStatus.OVERDUE)))
    assert sorted(cell(page, r, Column.LENDER) for r in range(page.proxy.rowCount())) == ["Bank A", "Platform B"]
    assert cell(page, 0, Column.STATUS) == cell(page, 1, Column.STATUS) == "Overdue"


def test_record_a_partial_payment_shows_the_split_and_lowers_outstanding(qtbot, page, ctx, two_loans):
    cheap, _ = two_loans
    reload(qtbot, page)
    _select(page, "Bank A")
    page.record_payment()
    dialog = page.payment_dialog
    assert (dialog.date.edit.text(), dialog.amount.text()) == ("2025-02-10", "1066.19")  # the next unpaid instalment
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "500")
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.split is not None)
    # first instalment of 12 000 at 1 % a month: interest 120.00, so 500 = 120.00 interest + 380.00 principal
    split = dialog.split
    assert (split.fees, split.penalty, split.interest, split.principal, split.surplus) == (
        Money(0), Money(0), Money.yuan("120"), Money.yuan("380"), Money(0))
    assert "penalty interest and late fees ¥0.00 → interest ¥120.00 → principal ¥380.00" in dialog.split_label.text()
    assert "¥12,000.00 → ¥11,620.00" in dialog.split_label.text()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)

    assert [(p.paid_on, p.amount) for p in ctx.repo.list(Payment, loan_id=cheap.id)] == [(dt.date(2025, 2, 10), Money.yuan("500"))]
    reload(qtbot, page)
    _select(page, "Bank A")
    row = next(r for r in range(2) if cell(page, r, Column.LENDER) == "Bank A")
    assert cell(page, row, Column.OUTSTANDING) == "¥11,620.00"
    assert [page.payments_tab.table.item(0, c).text() for c in range(2)] == ["2025-02-10", "¥500.00"]
    assert page.schedule_tab.model.cells(0)[-1] == "Overdue"  # 566.19 of the first instalment is still unpaid


def test_a_bad_payment_amount_is_refused(qtbot, page, ctx, two_loans):
    reload(qtbot, page)
    _select(page, "Bank A")
    page.record_payment()
    dialog = page.payment_dialog
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "abc")
    dialog.submit()
    settle(qtbot, ctx)
    assert dialog.amount_box.error_text == "“abc” is not an amount of money."
    assert ctx.repo.count(Payment) == 1


def test_delete_asks_then_undo_restores_the_loan_and_its_payments(qtbot, page, ctx, two_loans, monkeypatch):
    _, dear = two_loans
    reload(qtbot, page)
    _select(page, "Platform B")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or next(answers)))
    page.delete_action.trigger()
    settle(qtbot, ctx)
    assert ctx.repo.count(Loan) == 2 and asked == ["Delete the loan “Platform B” and its 1 payment(s)?"]
    page.delete_action.trigger()
    settle(qtbot, ctx)
    assert [loan.lender for loan in ctx.repo.list(Loan)] == ["Bank A"]
    assert ctx.repo.count(Payment) == 0
    assert page.undo_bar.isVisible() and page.proxy.rowCount() == 1

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert sorted(loan.lender for loan in ctx.repo.list(Loan)) == ["Bank A", "Platform B"]
    assert [(p.loan_id, p.amount) for p in ctx.repo.list(Payment)] == [(dear.id, Money.yuan("888.49"))]
    assert not page.undo_bar.isVisible()
    assert page.selected_loan().id == dear.id


def test_archive_hides_the_loan_until_shown(qtbot, page, ctx, two_loans):
    reload(qtbot, page)
    _select(page, "Bank A")
    page.archive_action.trigger()
    settle(qtbot, ctx)
    assert ctx.repo.list(Loan)[0].archived is True
    assert [cell(page, r, Column.LENDER) for r in range(page.proxy.rowCount())] == ["Platform B"]
    page.archived_check.setChecked(True)
    assert page.proxy.rowCount() == 2
    _select(page, "Bank A")
    assert page.archive_action.text() == "Unarchive"


def test_schedule_export_writes_the_core_schedule_as_csv(qtbot, page, ctx, two_loans, tmp_path, monkeypatch):
    cheap, _ = two_loans
    reload(qtbot, page)
    _select(page, "Bank A")
    target = tmp_path / "bank-a"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.schedule_tab.export_button.click()
    data = (tmp_path / "bank-a.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    schedule = build_schedule(cheap)
    assert rows[0][:3] == ["period", "due date", "payment"]
    assert [r[2] for r in rows[1:13]] == [row.payment.plain() for row in schedule.rows]
    assert rows[1][:3] == ["1", "2025-02-10", "1066.19"]
    assert rows[1][-1] == "Overdue" and rows[12][-1] == "Not yet due"
    assert page.schedule_tab.model.rowCount() == 12


def test_lpr_added_in_the_dialog_is_kept_in_the_vault(qtbot, page, ctx):
    page.show_lpr_table()
    settle(qtbot, ctx)
    dialog = page.lpr_dialog
    shipped = dialog.table.rowCount()
    dialog.date.edit.clear()
    qtbot.keyClicks(dialog.date.edit, "2026/5/20")  # typed, not picked
    qtbot.keyClicks(dialog.rate, "25")
    dialog.add_button.click()
    settle(qtbot, ctx)
    assert dialog.rate_box.error_text == "An LPR must be above 0 and below 20%."
    assert ctx.repo.get_setting(SETTING_KEY) is None
    dialog.rate.clear()
    qtbot.keyClicks(dialog.rate, "2.95")
    qtbot.keyClick(dialog.rate, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert json.loads(ctx.repo.get_setting(SETTING_KEY)) == [{"date": "2026-05-20", "rate": "2.95"}]
    assert load_extra(ctx.repo) == (LprEntry(dt.date(2026, 5, 20), Decimal("2.95")),)
    assert dialog.table.rowCount() == shipped + 1
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["2026-05-20", "2.95", "added by you"]
    assert lpr_table(ctx.repo).rate_on(dt.date(2026, 6, 1)).rate_percent == Decimal("2.95")


def test_private_loan_shows_the_lpr_used(qtbot, page, ctx):
    ctx.repo.add(_loan("Uncle", lender_type=LenderType.PRIVATE, rate_percent=Decimal(18),
                       contract_date=dt.date(2024, 8, 1), first_due_date=dt.date(2024, 9, 1)))
    reload(qtbot, page)
    [row] = page.cost_panel.verdict_rows
    assert row.verdict.line_id == "private_4lpr" and row.verdict.level == "red"  # 19.56 % simple > 4 × 3.35 %
    assert "One-year LPR used: 3.35 % (published 2024-07-22)" in row.details.text()
    assert "4 × the one-year LPR" in row.sentence.text()


def test_overdue_charges_to_a_chosen_date(qtbot, page, ctx):
    from app.ui.loans.inputs import to_qdate

    ctx.repo.add(_loan("Late Co", lender_type=LenderType.PLATFORM, instalments=1, term=1, late_fee=Money.yuan("50"),
                       penalty_rate_percent=Decimal("0.05"), method="bullet"))
    reload(qtbot, page)
    panel = page.cost_panel
    panel.on_date.setDate(to_qdate(dt.date(2025, 3, 12)))
    # bullet: 12 000 + 120 interest due 2025-02-10; 30 days late × 0.05 % × 12 120 = 181.80; late fee 50
    assert (panel.overdue_status.penalty_interest, panel.overdue_status.late_fees) == (Money.yuan("181.80"), Money.yuan("50"))
    assert "Days overdue: 30" in panel.overdue_text.text()
    assert "above the 24.00 % line" in panel.overdue_text.text()


def test_clear_drops_every_loan_from_the_widgets(qtbot, page, two_loans):
    reload(qtbot, page)
    page.clear()
    assert page.model.rowCount() == 0 and page.payments_tab.table.rowCount() == 0
    assert page.cost_panel.compound.text() == "—" and page.schedule_tab.model.rowCount() == 0


def test_choosing_another_loan_shows_only_its_own_legal_lines(qtbot, page, two_loans):
    from PySide6.QtWidgets import QApplication

    from app.ui.loans.real_cost_panel import VerdictRow

    def shown_rows():
        QApplication.processEvents()  # runs the layout's queued show(), but not deferred deletes
        return [row for row in page.cost_panel.findChildren(VerdictRow) if row.isVisibleTo(page.cost_panel)]

    reload(qtbot, page)
    _select(page, "Platform B")
    dear_rows = len(page.register.get(two_loans[1].id).summary.verdicts)
    assert len(shown_rows()) == dear_rows
    _select(page, "Bank A")  # the rows of Platform B must leave the screen at once
    assert len(shown_rows()) == len(page.register.get(two_loans[0].id).summary.verdicts) < dear_rows


def test_mark_several_instalments_paid_on_their_due_dates_in_one_step(qtbot, page, ctx, two_loans):
    cheap, _ = two_loans
    reload(qtbot, page)
    _select(page, "Bank A")
    schedule = page.schedule_tab
    assert not schedule.mark_button.isEnabled()
    schedule.view.selectRow(0)
    schedule.view.selectionModel().select(
        schedule.model.index(1, 0), schedule.view.selectionModel().SelectionFlag.Select | schedule.view.selectionModel().SelectionFlag.Rows)
    assert schedule.selected_numbers() == [1, 2]
    qtbot.mouseClick(schedule.mark_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert [(p.paid_on, p.amount) for p in ctx.repo.list(Payment, loan_id=cheap.id)] == [
        (dt.date(2025, 2, 10), Money.yuan("1066.19")), (dt.date(2025, 3, 10), Money.yuan("1066.19"))]
    assert page.selected_loan().id == cheap.id
    assert [schedule.model.cells(r)[-1] for r in range(3)] == ["Paid", "Paid", "Not yet due"]
    assert page.undo_label.text() == "Recorded 2 payment(s) on the instalments' due dates."
    page.record_payment()
    dialog = page.payment_dialog  # the next unpaid instalment is the third, due after today
    assert (dialog.date.edit.text(), dialog.amount.text()) == (TODAY.isoformat(), "1066.19")


def test_ctrl_n_on_the_loans_page_opens_a_diary_entry_and_add_loan_has_its_own_key(qtbot, ctx):
    from app.ui.main_window import MainWindow
    from app.ui.pages import PAGE_CLASSES
    from app.ui.pages.diary import DiaryPage
    from app.ui.pages.loans import LoansPage

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(next(i for i, page_class in enumerate(PAGE_CLASSES) if page_class is LoansPage))
    settle(qtbot, ctx)
    loans = window.current_page()
    assert isinstance(loans, LoansPage)
    assert loans.add_action.shortcut().toString() == "Ctrl+Shift+N"
    assert "Ctrl+Shift+N" in loans.add_action.toolTip()
    window.activateWindow()
    loans.view.setFocus()
    qtbot.keyClick(loans.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    diary = window.current_page()
    assert isinstance(diary, DiaryPage) and diary.dialog is not None and diary.dialog.isVisible()
    diary.dialog.reject()
