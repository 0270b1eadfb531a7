"""The Loans page's use cases, worked by hand: the register, payment splits and their rules, marking instalments paid."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from app.core.errors import ValidationFailed
from app.core.messages import CodedError
from app.core.money import Money
from app.core.records import Fee, FeeCharge, FeeKind, LenderType, Loan, Payment, RepaymentMethod
from app.services import loans as service

Y = Money.yuan
# 12 000 at 12 %/yr (1 % a month), 12 equal instalments of 1 066.19 from 2025-02-10
LOAN = Loan(lender="Bank A", lender_type=LenderType.BANK, principal=Y("12000"), received=Y("12000"),
            contract_date=dt.date(2025, 1, 10), first_due_date=dt.date(2025, 2, 10), instalments=12,
            rate_percent=Decimal(12))
TODAY = dt.date(2025, 3, 31)


@pytest.fixture
def repo(tmp_vault):
    return tmp_vault.repo


def test_register_view_has_each_loan_with_its_payments_marks_and_next_unpaid(repo):
    loan = repo.add(LOAN)
    repo.add(Payment(loan.id, dt.date(2025, 2, 10), Y("1066.19")))
    view = service.register_view(repo, TODAY)
    [one] = view.loans
    assert view.get(loan.id) is one and view.get(999) is None
    assert [p.amount for p in one.payments] == [Y("1066.19")]
    assert one.summary.outstanding_principal == Y("11053.81")  # 12 000 − (1 066.19 − 120.00)
    assert one.marks[:3] == (service.Mark.PAID, service.Mark.OVERDUE, service.Mark.UNPAID)  # March 10 missed
    assert (one.next_unpaid.row.due_date, one.next_unpaid.unpaid) == (dt.date(2025, 3, 10), Y("1066.19"))


def test_the_split_of_a_payment_follows_the_schedule(repo):
    loan = repo.add(LOAN)
    split = service.preview_payment(repo, Payment(loan.id, dt.date(2025, 2, 10), Y("500")), TODAY)
    # first instalment: interest 12 000 × 1 % = 120.00, so 500 = 120.00 + 380.00
    assert (split.fees, split.penalty, split.interest, split.principal, split.surplus) == (Money(0), Money(0), Y("120"), Y("380"), Money(0))
    assert (split.outstanding_before, split.outstanding_after) == (Y("12000"), Y("11620"))


def test_a_late_payment_pays_the_late_fee_before_interest_and_principal(repo):
    loan = repo.add(dataclasses.replace(LOAN, late_fee=Y("50")))
    split = service.preview_payment(repo, Payment(loan.id, dt.date(2025, 2, 20), Y("500")), TODAY)
    # instalment 1 (due 2025-02-10) is late on 02-20: its 50.00 late fee first, then interest 120.00, then 330.00
    assert (split.fees, split.penalty, split.interest, split.principal, split.surplus) == (
        Money(0), Y("50"), Y("120"), Y("330"), Money(0))
    assert (split.outstanding_before, split.outstanding_after) == (Y("12000"), Y("11670"))


def test_a_payment_dated_after_today_is_still_split(repo):
    loan = repo.add(LOAN)
    split = service.preview_payment(repo, Payment(loan.id, dt.date(2025, 2, 10), Y("500")), dt.date(2025, 1, 20))
    assert (split.interest, split.principal) == (Y("120"), Y("380"))


def test_a_backdated_payment_is_split_after_every_payment_recorded_up_to_today(repo):
    loan = repo.add(LOAN)
    repo.add(Payment(loan.id, dt.date(2025, 2, 10), Y("1066.19")))  # the first instalment in full
    split = service.preview_payment(repo, Payment(loan.id, dt.date(2025, 2, 5), Y("500")), TODAY)
    # together they pay instalment 1 and 500 of instalment 2: its interest is 11 053.81 × 1 % = 110.54
    assert (split.interest, split.principal) == (Y("110.54"), Y("389.46"))


def test_a_payment_before_the_contract_date_is_refused_by_the_service(repo):
    loan = repo.add(LOAN)
    early = Payment(loan.id, dt.date(2025, 1, 9), Y("100"))
    with pytest.raises(ValidationFailed) as caught:
        service.record_payment(repo, early)
    assert [(e.field, e.code) for e in caught.value.errors] == [("paid_on", "payment.date_before_contract")]
    with pytest.raises(ValidationFailed):
        service.preview_payment(repo, early, TODAY)
    assert repo.count(Payment) == 0
    stored = service.record_payment(repo, dataclasses.replace(early, paid_on=dt.date(2025, 1, 10)))
    assert repo.list(Payment) == [stored]


def test_mark_paid_records_each_chosen_instalment_on_its_due_date_in_one_step(repo):
    loan = repo.add(LOAN)
    made = service.mark_paid(repo, loan.id, [1, 2], TODAY, "zh_CN")
    assert [(p.paid_on, p.amount, p.note) for p in repo.list(Payment)] == [
        (dt.date(2025, 2, 10), Y("1066.19"), "第 1 期"), (dt.date(2025, 3, 10), Y("1066.19"), "第 2 期")]
    assert len(made) == 2
    view = service.register_view(repo, TODAY).get(loan.id)
    assert view.marks[:3] == (service.Mark.PAID, service.Mark.PAID, service.Mark.UNPAID)


def test_mark_paid_pays_what_is_left_of_a_part_paid_instalment_and_dates_a_future_one_today(repo):
    loan = repo.add(LOAN)
    repo.add(Payment(loan.id, dt.date(2025, 2, 10), Y("66.19")))
    service.mark_paid(repo, loan.id, [1, 2, 3], TODAY, "en")
    assert [(p.paid_on, p.amount) for p in repo.list(Payment)][1:] == [
        (dt.date(2025, 2, 10), Y("1000")), (dt.date(2025, 3, 10), Y("1066.19")), (TODAY, Y("1066.19"))]


def test_mark_paid_refuses_to_skip_an_earlier_unpaid_instalment(repo):
    loan = repo.add(LOAN)
    with pytest.raises(CodedError) as caught:
        service.mark_paid(repo, loan.id, [2], TODAY, "en")
    assert caught.value.code == "payment.mark_in_order"
    assert repo.count(Payment) == 0


def test_a_bullet_loan_charges_its_per_instalment_fee_for_every_period_of_its_term(repo):
    # 30 000 at 15 %/yr simple for 24 months, 10 a month in fees: 30 000 + 9 000 + 240 on 2026-08-01
    bullet = repo.add(dataclasses.replace(
        LOAN, principal=Y("30000"), received=Y("30000"), rate_percent=Decimal(15), method=RepaymentMethod.BULLET,
        contract_date=dt.date(2024, 8, 1), instalments=1, term=24,
        first_due_date=service.bullet_due_date(dt.date(2024, 8, 1), LOAN.period, 24),
        fees=(Fee(FeeKind.SERVICE, FeeCharge.PER_INSTALMENT, amount=Y("10")),)))
    assert bullet.first_due_date == dt.date(2026, 8, 1)
    [row] = service.register_view(repo, TODAY).get(bullet.id).summary.schedule.rows
    assert (row.due_date, row.interest, row.fee, row.payment) == (dt.date(2026, 8, 1), Y("9000"), Y("240"), Y("39240"))


def test_the_preview_of_a_half_typed_loan_says_so_instead_of_an_absurd_rate():
    half_typed = dataclasses.replace(LOAN, principal=Y("12000"), received=Y("12"))  # "12" on the way to "12000"
    with pytest.raises(CodedError) as caught:
        service.preview_loan(half_typed)
    assert caught.value.code == "loan.preview_check"
    preview = service.preview_loan(LOAN)
    assert (preview.first.payment, preview.cost.apr_compound_text) == (Y("1066.19"), "12.68")


def test_save_archive_delete_and_undelete(repo):
    saved = service.save_loan(repo, LOAN)
    assert service.save_loan(repo, dataclasses.replace(saved, lender="Bank B")).lender == "Bank B"
    assert service.set_archived(repo, saved.id, True).archived is True
    repo.add(Payment(saved.id, dt.date(2025, 2, 10), Y("100")))
    deleted = service.delete_loan(repo, saved.id)
    assert repo.count(Loan) == 0 and repo.count(Payment) == 0
    service.undelete(repo, deleted)
    assert [loan.lender for loan in repo.list(Loan)] == ["Bank B"] and repo.count(Payment) == 1
