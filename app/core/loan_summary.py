"""One loan at a glance on a date: what was paid, what is owed, what is next, what it really costs.

This is what the Loans table, the dashboard, the budget and `repaydesk-cli loans` show. It
never raises for a loan that validates: a schedule or cost that cannot be computed is reported
through `problem` (a catalogue code). A settled or written-off loan owes nothing and demands
nothing.

The budget sees three figures per loan, never added together:
- `monthly_demand`: the regular instalment per month from now on, for a loan still within its
  term (weekly and daily instalments converted; a bullet loan has none, an interest-only loan
  its interest);
- `overdue_amount` (arrears) and `penalties` (unpaid penalty interest and late fees): overdue now;
- `lump_sums_12m`: single repayments falling due in the next 12 months (a bullet loan's one
  repayment, an interest-only loan's principal at the end).

`status` is derived: overdue when an instalment is unpaid past its due date, else current;
the user sets only what the app cannot know (negotiating, under agreement, settled, written off).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.core.irr import IrrError
from app.core.lawful_balance import LawfulBalance, lawful_balance
from app.core.legal_lines import Verdict, assess, worst_level
from app.core.lpr import LprTable
from app.core.messages import CodedError
from app.core.money import Money
from app.core.overdue import Account, InstalmentState, OverdueStatus, account, status_of
from app.core.real_cost import RealCost, real_cost
from app.core.records import Loan, LoanStatus, Payment, RepaymentMethod
from app.core.schedule import PERIODS_PER_YEAR, Schedule, ScheduleError, add_months, build_schedule

CLOSED = frozenset({LoanStatus.SETTLED, LoanStatus.WRITTEN_OFF})
USER_SET = frozenset({LoanStatus.NEGOTIATING, LoanStatus.AGREEMENT}) | CLOSED  # what the app cannot know
LUMP_MONTHS = 12


def derived_status(loan: Loan, days_overdue: int) -> LoanStatus:
    """The user's status when it is one only they can know, else overdue or current from the payments."""
    if loan.status in USER_SET:
        return loan.status
    return LoanStatus.OVERDUE if days_overdue > 0 else LoanStatus.CURRENT


@dataclass(frozen=True, slots=True)
class LoanSummary:
    loan: Loan
    on: dt.date
    schedule: Schedule | None
    paid_total: Money
    paid_principal: Money
    paid_interest: Money
    paid_fees: Money
    outstanding_principal: Money
    outstanding_interest: Money  # contractual interest not yet paid
    outstanding_fees: Money  # per-instalment fees not yet paid
    penalties: Money  # penalty interest + late fees accrued to `on`
    next_due_date: dt.date | None
    next_due_amount: Money
    days_overdue: int
    overdue_amount: Money
    monthly_demand: Money  # the regular instalment per month from now on (see the module docstring)
    real_cost: RealCost | None
    verdicts: tuple[Verdict, ...]
    overdue: OverdueStatus | None
    problem: str | None = None  # catalogue code when the schedule or the cost could not be computed
    lump_sums_12m: Money = Money(0)  # single repayments due in the next 12 months
    lawful: LawfulBalance | None = None  # what the law would count as owed (open loans)
    account: Account | None = None  # how every payment was applied

    @property
    def worst_level(self) -> str | None:
        return worst_level(self.verdicts)

    @property
    def status(self) -> LoanStatus:
        """Derived: see the module docstring."""
        return derived_status(self.loan, self.days_overdue)

    @property
    def is_overdue(self) -> bool:
        """An open loan with an instalment unpaid past its due date (whatever the user's status)."""
        return self.loan.status not in CLOSED and self.days_overdue > 0

    @property
    def statuses(self) -> tuple[LoanStatus, ...]:
        """The status shown, and overdue too when it applies beneath a user-set one (for filters)."""
        shown = self.status
        return (shown, LoanStatus.OVERDUE) if self.is_overdue and shown != LoanStatus.OVERDUE else (shown,)

    @property
    def outstanding_total(self) -> Money:
        return self.outstanding_principal + self.outstanding_interest + self.outstanding_fees + self.penalties


def _monthly(amount: Money, loan: Loan) -> Money:
    return amount * (Decimal(PERIODS_PER_YEAR[loan.period]) / 12)


def _owing_nothing_more(
    loan: Loan,
    on: dt.date,
    paid: tuple[Money, Money, Money, Money],
    *,
    schedule: Schedule | None = None,
    outstanding_principal: Money = Money(0),
    cost: RealCost | None = None,
    verdicts: tuple[Verdict, ...] = (),
    problem: str | None = None,
) -> LoanSummary:
    """A summary with nothing due, demanded or overdue: a closed loan, or one without a schedule."""
    zero = Money(0)
    paid_total, paid_principal, paid_interest, paid_fees = paid
    return LoanSummary(
        loan=loan,
        on=on,
        schedule=schedule,
        paid_total=paid_total,
        paid_principal=paid_principal,
        paid_interest=paid_interest,
        paid_fees=paid_fees,
        outstanding_principal=outstanding_principal,
        outstanding_interest=zero,
        outstanding_fees=zero,
        penalties=zero,
        next_due_date=None,
        next_due_amount=zero,
        days_overdue=0,
        overdue_amount=zero,
        monthly_demand=zero,
        real_cost=cost,
        verdicts=verdicts,
        overdue=None,
        problem=problem,
    )


def cannot_compute(loan: Loan, on: dt.date) -> LoanSummary:
    """The summary of a loan whose figures could not be computed at all: nothing claimed, `problem` says so."""
    return _owing_nothing_more(loan, on, (Money(0),) * 4, problem="loan.cannot_compute")


def _regular_monthly(loan: Loan, upcoming: InstalmentState | None) -> Money:
    """The regular instalment per month from now on; none past the term or for a bullet loan."""
    if upcoming is None or loan.method == RepaymentMethod.BULLET:
        return Money(0)
    row = upcoming.row
    payment = row.payment - row.principal if loan.method == RepaymentMethod.INTEREST_ONLY else row.payment
    return _monthly(payment, loan)


def _lump_sums(loan: Loan, states: Sequence[InstalmentState], on: dt.date) -> Money:
    """Single repayments due after `on` and within LUMP_MONTHS: bullet repayments, interest-only principal."""
    if loan.method not in (RepaymentMethod.BULLET, RepaymentMethod.INTEREST_ONLY):
        return Money(0)
    last = add_months(on, LUMP_MONTHS)
    total = 0
    for state in states:
        due = state.row.due_date
        if due is None or not on <= due <= last or state.unpaid.fen <= 0:
            continue
        if loan.method == RepaymentMethod.BULLET:
            total += state.unpaid.fen
        else:
            total += min(state.unpaid.fen, state.row.principal.fen - state.paid_split.principal.fen)
    return Money(total)


def summarise(loan: Loan, payments: Sequence[Payment], on: dt.date, lpr_table: LprTable) -> LoanSummary:
    """The loan's position on `on` from its contract and the payments recorded against it."""
    try:
        schedule = build_schedule(loan)
    except ScheduleError as exc:
        return _owing_nothing_more(loan, on, (Money(0),) * 4, outstanding_principal=loan.principal, problem=exc.code)
    problem = None
    try:
        cost = real_cost(loan, schedule, payments)
    except (IrrError, CodedError) as exc:
        cost, problem = None, exc.code
    verdicts = assess(loan, cost, lpr_table, on)
    ledger = account(schedule, payments, on, loan)
    states = ledger.states
    paid_total = Money(sum(p.amount.fen for p in payments if p.paid_on <= on))
    splits = [s.paid_split for s in states]
    paid_principal = Money(sum(s.principal.fen for s in splits))
    paid_interest = Money(sum(s.interest.fen for s in splits))
    paid_fees = Money(sum(s.fees.fen for s in splits))
    if loan.status in CLOSED:
        paid = (paid_total, paid_principal, paid_interest, paid_fees)
        return _owing_nothing_more(loan, on, paid, schedule=schedule, cost=cost, verdicts=verdicts, problem=problem)
    zero = Money(0)
    status = status_of(loan, schedule, ledger, on)
    upcoming = next((s for s in states if s.unpaid.fen > 0 and s.row.due_date is not None and s.row.due_date >= on), None)
    outstanding_principal = schedule.total_principal - paid_principal
    outstanding_interest = schedule.total_interest - paid_interest
    outstanding_fees = schedule.total_fees - paid_fees
    penalties = status.charges_outstanding
    claimed = outstanding_principal + outstanding_interest + outstanding_fees + penalties
    return LoanSummary(
        loan=loan,
        on=on,
        schedule=schedule,
        paid_total=paid_total,
        paid_principal=paid_principal,
        paid_interest=paid_interest,
        paid_fees=paid_fees,
        outstanding_principal=outstanding_principal,
        outstanding_interest=outstanding_interest,
        outstanding_fees=outstanding_fees,
        penalties=penalties,
        next_due_date=upcoming.row.due_date if upcoming else None,
        next_due_amount=upcoming.unpaid if upcoming else zero,
        days_overdue=status.days_overdue,
        overdue_amount=status.overdue_amount,
        monthly_demand=_regular_monthly(loan, upcoming),
        real_cost=cost,
        verdicts=verdicts,
        overdue=status,
        problem=problem,
        lump_sums_12m=_lump_sums(loan, states, on),
        lawful=lawful_balance(loan, cost, payments, on, lpr_table, claimed),
        account=ledger,
    )
