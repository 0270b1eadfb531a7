"""One loan at a glance on a date: what was paid, what is owed, what is next, what it really costs.

This is what the Loans table, the dashboard, the budget ("what the contracts demand each
month") and `repaydesk-cli loans` show. It never raises for a loan that validates: a schedule
or cost that cannot be computed is reported through `problem` (a catalogue code).
A settled or written-off loan owes nothing and demands nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.core.irr import IrrError
from app.core.legal_lines import Verdict, assess, worst_level
from app.core.lpr import LprTable
from app.core.messages import CodedError
from app.core.money import Money
from app.core.overdue import OverdueStatus, apply_payments, overdue_status
from app.core.real_cost import RealCost, real_cost
from app.core.records import Loan, LoanStatus, Payment, RepaymentMethod
from app.core.schedule import PERIODS_PER_YEAR, Schedule, ScheduleError, build_schedule

CLOSED = frozenset({LoanStatus.SETTLED, LoanStatus.WRITTEN_OFF})
BULLET_DEMAND_WINDOW = dt.timedelta(days=31)


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
    monthly_demand: Money  # the contractual payment per month (weekly/daily converted)
    real_cost: RealCost | None
    verdicts: tuple[Verdict, ...]
    overdue: OverdueStatus | None
    problem: str | None = None  # catalogue code when the schedule or the cost could not be computed

    @property
    def worst_level(self) -> str | None:
        return worst_level(self.verdicts)

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
    states, _ = apply_payments(schedule, payments, on)
    paid_total = Money(sum(p.amount.fen for p in payments if p.paid_on <= on))
    splits = [s.paid_split for s in states]
    paid_principal = Money(sum(s.principal.fen for s in splits))
    paid_interest = Money(sum(s.interest.fen for s in splits))
    paid_fees = Money(sum(s.fees.fen for s in splits))
    if loan.status in CLOSED:
        paid = (paid_total, paid_principal, paid_interest, paid_fees)
        return _owing_nothing_more(loan, on, paid, schedule=schedule, cost=cost, verdicts=verdicts, problem=problem)
    zero = Money(0)
    status = overdue_status(loan, schedule, payments, on)
    upcoming = next((s for s in states if s.unpaid.fen > 0 and s.row.due_date is not None and s.row.due_date >= on), None)
    last_unpaid = next((s for s in reversed(states) if s.unpaid.fen > 0), None)
    if upcoming is None and last_unpaid is None:
        demand = zero
    elif upcoming is None:  # past its last due date with money still owed: the contract demands it now
        demand = last_unpaid.unpaid if loan.method == RepaymentMethod.BULLET else _monthly(last_unpaid.row.payment, loan)
    elif loan.method == RepaymentMethod.BULLET:
        demand = upcoming.unpaid if upcoming.row.due_date - on <= BULLET_DEMAND_WINDOW else zero
    else:
        demand = _monthly(upcoming.row.payment, loan)
    return LoanSummary(
        loan=loan,
        on=on,
        schedule=schedule,
        paid_total=paid_total,
        paid_principal=paid_principal,
        paid_interest=paid_interest,
        paid_fees=paid_fees,
        outstanding_principal=schedule.total_principal - paid_principal,
        outstanding_interest=schedule.total_interest - paid_interest,
        outstanding_fees=schedule.total_fees - paid_fees,
        penalties=status.charges,
        next_due_date=upcoming.row.due_date if upcoming else None,
        next_due_amount=upcoming.unpaid if upcoming else zero,
        days_overdue=status.days_overdue,
        overdue_amount=status.overdue_amount,
        monthly_demand=demand,
        real_cost=cost,
        verdicts=verdicts,
        overdue=status,
        problem=problem,
    )
