"""The Loans page's use cases: the register, saving and deleting loans, previewing and recording payments.

Each function takes a `Repository` (or plain records) and plain values such as `today`; the GUI runs
the ones with a repository on the vault thread, so every IRR and summary is computed there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import IntEnum

from app.core.errors import ValidationFailed
from app.core.loan_summary import LoanSummary, summarise
from app.core.lpr import LprTable
from app.services.register import lpr_table, payments_by_loan, summarise_loan, summarise_register
from app.core.messages import CodedError, text
from app.core.money import Money
from app.core.overdue import InstalmentState, apply_payments
from app.core.real_cost import RealCost, real_cost
from app.core.records import ABSURD_ANNUAL_RATE, Loan, Payment, Period, RateBasis
from app.core.schedule import ScheduleRow, advertised_annual_percent, build_schedule, due_date


class Mark(IntEnum):
    """Where an instalment stands on a date."""

    PAID = 0
    PART_PAID = 1
    UNPAID = 2
    OVERDUE = 3


def mark_of(state: InstalmentState, today: dt.date) -> Mark:
    if state.unpaid.fen <= 0:
        return Mark.PAID
    if state.row.due_date is not None and state.row.due_date < today:
        return Mark.OVERDUE
    return Mark.PART_PAID if state.paid.fen > 0 else Mark.UNPAID


@dataclass(frozen=True, slots=True)
class LoanView:
    """One loan as the page shows it: its summary, its payments, and each instalment with its mark."""

    summary: LoanSummary
    payments: tuple[Payment, ...]
    instalments: tuple[InstalmentState, ...]
    marks: tuple[Mark, ...]

    @property
    def loan(self) -> Loan:
        return self.summary.loan

    @property
    def next_unpaid(self) -> InstalmentState | None:
        """The oldest instalment not paid in full (what a new payment would go to first)."""
        return next((s for s in self.instalments if s.unpaid.fen > 0), None)


@dataclass(frozen=True, slots=True)
class RegisterView:
    on: dt.date
    loans: tuple[LoanView, ...]

    def get(self, loan_id: int | None) -> LoanView | None:
        return next((v for v in self.loans if v.loan.id == loan_id), None)


def loan_view(loan: Loan, payments: Sequence[Payment], today: dt.date, table: LprTable) -> LoanView:
    return _view(summarise_loan(loan, payments, today, table), payments, today)


def _view(summary: LoanSummary, payments: Sequence[Payment], today: dt.date) -> LoanView:
    ordered = tuple(sorted(payments, key=lambda p: (p.paid_on, p.id or 0)))
    states = apply_payments(summary.schedule, ordered, today)[0] if summary.schedule else ()
    return LoanView(summary, ordered, states, tuple(mark_of(s, today) for s in states))


def register_view(repo, today: dt.date) -> RegisterView:
    """Every loan with its summary (real cost, verdicts, what is owed) and payments, computed once."""
    payments = payments_by_loan(repo)
    summaries = summarise_register(repo, today, payments=payments)
    return RegisterView(today, tuple(_view(s, payments[s.loan.id], today) for s in summaries))


# --- loans ----------------------------------------------------------------------------------
def save_loan(repo, loan: Loan) -> Loan:
    """Add a new loan or replace a stored one; raises ValidationFailed with field errors."""
    return repo.update(loan) if loan.id is not None else repo.add(loan)


def set_archived(repo, loan_id: int, archived: bool) -> Loan:
    return repo.update(replace(repo.get(Loan, loan_id), archived=archived))


def delete_loan(repo, loan_id: int):
    """Remove the loan and its payments; the returned `Deleted` undoes it through `undelete`."""
    return repo.delete(Loan, loan_id)


def delete_payment(repo, payment_id: int):
    return repo.delete(Payment, payment_id)


def undelete(repo, deleted) -> None:
    repo.undelete(deleted)


def bullet_due_date(contract_date: dt.date, period: Period, term: int) -> dt.date:
    """When a bullet loan (一次性还本付息) of `term` periods from `contract_date` falls due."""
    return due_date(contract_date, period, term)


def rate_warning(rate_percent: Decimal, basis: RateBasis, period: Period, lang: str) -> str:
    """A warning when the stated rate is beyond belief as a yearly rate (usually a misplaced basis), else ""."""
    if advertised_annual_percent(rate_percent, basis, period) > ABSURD_ANNUAL_RATE:
        return text("rate.absurd", lang, limit=ABSURD_ANNUAL_RATE)
    return ""


@dataclass(frozen=True, slots=True)
class LoanPreview:
    first: ScheduleRow
    cost: RealCost


def preview_loan(loan: Loan) -> LoanPreview:
    """The first instalment and the real cost of a loan being typed in.

    Raises CodedError ("loan.preview_check" when the figures are beyond belief, which is what a
    half-typed amount gives) rather than ever showing an absurd rate or an arithmetic error.
    """
    try:
        schedule = build_schedule(loan)
        cost = real_cost(loan, schedule)
    except CodedError as error:
        if error.code != "irr.out_of_range":  # a rate beyond any loan: a half-typed amount
            raise
        raise CodedError("loan.preview_check") from None
    except (ArithmeticError, ValueError):  # e.g. dates beyond the calendar
        raise CodedError("loan.preview_check") from None
    if max(abs(cost.apr_simple), abs(cost.apr_compound)) > ABSURD_ANNUAL_RATE:
        raise CodedError("loan.preview_check")
    return LoanPreview(schedule.rows[0], cost)


# --- payments -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PaymentSplit:
    """What a payment pays off, by part, as the loan's own accounting applies it (Civil Code art. 561:
    fees, then penalty interest and late fees, then interest, then principal)."""

    fees: Money
    penalty: Money  # accrued penalty interest (罚息) and late fees (滞纳金)
    interest: Money
    principal: Money
    surplus: Money
    outstanding_before: Money
    outstanding_after: Money


def _charges_paid(summary: LoanSummary) -> Money:
    return summary.account.charges_paid if summary.account is not None else Money(0)


def split_payment(loan: Loan, payments: Sequence[Payment], new: Payment, table: LprTable, today: dt.date) -> PaymentSplit:
    """The difference the payment makes to the loan's paid fees, charges, interest and principal.

    Everything recorded up to today counts, and so does the new payment even when dated later.
    """
    on = max(today, new.paid_on)
    before = summarise(loan, payments, on, table)
    after = summarise(loan, [*payments, new], on, table)
    fees = after.paid_fees - before.paid_fees
    penalty = _charges_paid(after) - _charges_paid(before)
    interest = after.paid_interest - before.paid_interest
    principal = after.paid_principal - before.paid_principal
    return PaymentSplit(fees, penalty, interest, principal, new.amount - fees - penalty - interest - principal,
                        before.outstanding_principal, after.outstanding_principal)


def _checked(repo, payment: Payment) -> Loan:
    loan = repo.get(Loan, payment.loan_id)
    errors = payment.validate_for(loan)
    if errors:
        raise ValidationFailed(errors)
    return loan


def preview_payment(repo, payment: Payment, today: dt.date) -> PaymentSplit:
    """How `payment` would be split; raises ValidationFailed when it could not be recorded."""
    loan = _checked(repo, payment)
    return split_payment(loan, repo.list(Payment, loan_id=loan.id), payment, lpr_table(repo), today)


def record_payment(repo, payment: Payment) -> Payment:
    """Store a payment after the rules that belong to it (`Payment.validate_for`: positive, not before the contract)."""
    _checked(repo, payment)
    return repo.add(payment)


def mark_paid(repo, loan_id: int, periods: Iterable[int], today: dt.date, lang: str) -> tuple[Payment, ...]:
    """Record the chosen instalments (1-based row numbers) as paid in full on their due dates, in one step.

    A due date still to come is recorded as paid today. Payments go to the oldest instalment
    first, so every unpaid instalment before a chosen one must be chosen too (else CodedError
    "payment.mark_in_order").
    """
    loan = repo.get(Loan, loan_id)
    view = loan_view(loan, repo.list(Payment, loan_id=loan_id), today, lpr_table(repo))
    chosen = set(periods)
    unpaid = [(number, s) for number, s in enumerate(view.instalments, start=1) if s.unpaid.fen > 0]
    wanted = [(number, s) for number, s in unpaid if number in chosen]
    if not wanted:
        return ()
    if any(number not in chosen for number, _ in unpaid if number < wanted[-1][0]):
        raise CodedError("payment.mark_in_order")
    new = [
        Payment(loan_id, min(s.row.due_date or today, today), s.unpaid, text("payment.marked_paid", lang, number=number))
        for number, s in wanted
    ]
    for payment in new:
        errors = payment.validate_for(loan)
        if errors:
            raise ValidationFailed(errors)
    with repo.session(write=True) as session:
        return tuple(repo.insert(session, payment) for payment in new)
