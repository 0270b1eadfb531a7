"""What is overdue on a date, and the penalty interest (罚息) and late fees (滞纳金) it has drawn.

Payments are applied to instalments oldest first (within an instalment: fee, interest,
principal). Penalty interest accrues day by day on the unpaid part of each instalment from
its due date until it is paid or until `on`, at the loan's penalty rate turned into a daily
rate (annual / 365, monthly × 12 / 365, daily as is, per-period / days in the period).
A late fee is charged once for every instalment paid after its due date or still unpaid:
the fixed amount, or the percentage of that instalment. With the charges added as a flow on
`on`, the all-in simple annual cost is recomputed (XIRR) and compared with the 24 % line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext

from app.core.allocation import Allocation, Due, allocate
from app.core.irr import IrrError, rates_from_annual, xirr
from app.core.money import Money
from app.core.real_cost import contract_flows
from app.core.records import Loan, Payment, Period, RateBasis
from app.core.schedule import DAYS_PER_PERIOD, PERIODS_PER_YEAR, Schedule, ScheduleRow

ALL_IN_LINE = Decimal(24)


@dataclass(frozen=True, slots=True)
class InstalmentState:
    """One schedule row and what has been paid against it by a date."""

    row: ScheduleRow
    paid: Money
    payments: tuple[tuple[dt.date, Money], ...]  # the parts of payments that went to this row

    @property
    def unpaid(self) -> Money:
        return self.row.payment - self.paid

    @property
    def settled_on(self) -> dt.date | None:
        """The date the row was paid in full, None while it is not."""
        return self.payments[-1][0] if self.payments and self.unpaid.fen <= 0 else None

    @property
    def paid_split(self) -> Allocation:
        """The paid amount split fee → interest → principal."""
        return allocate(self.paid, Due(fees=self.row.fee, interest=self.row.interest, principal=self.row.principal))


def apply_payments(schedule: Schedule, payments: Sequence[Payment], on: dt.date) -> tuple[tuple[InstalmentState, ...], Money]:
    """Each row's state after the payments made up to `on`, oldest row first; plus any overpayment."""
    rows = list(schedule.rows)
    paid = [0] * len(rows)
    parts: list[list[tuple[dt.date, Money]]] = [[] for _ in rows]
    index, surplus = 0, 0
    for payment in sorted(payments, key=lambda p: p.paid_on):
        if payment.paid_on > on:
            break
        left = payment.amount.fen
        while left > 0 and index < len(rows):
            take = min(left, rows[index].payment.fen - paid[index])
            if take > 0:
                paid[index] += take
                parts[index].append((payment.paid_on, Money(take)))
                left -= take
            if paid[index] >= rows[index].payment.fen:
                index += 1
        surplus += left
    states = tuple(InstalmentState(r, Money(p), tuple(x)) for r, p, x in zip(rows, paid, parts))
    return states, Money(surplus)


@dataclass(frozen=True, slots=True)
class OverdueStatus:
    on: dt.date
    days_overdue: int  # of the oldest unpaid instalment past its due date; 0 when none
    overdue_instalments: int
    overdue_amount: Money
    overdue_principal: Money
    penalty_interest: Money
    late_fees: Money
    all_in_apr: Decimal | None  # simple annual % with the charges; None without charges
    line_percent: Decimal = ALL_IN_LINE

    @property
    def charges(self) -> Money:
        return self.penalty_interest + self.late_fees

    @property
    def above_line(self) -> bool:
        return self.all_in_apr is not None and self.all_in_apr > self.line_percent


def daily_rate(rate_percent: Decimal | None, basis: RateBasis, period: Period) -> Decimal:
    """The penalty rate as a fraction per day."""
    if not rate_percent:
        return Decimal(0)
    rate = Decimal(rate_percent) / 100
    if basis == RateBasis.DAILY:
        return rate
    if basis == RateBasis.MONTHLY:
        return rate * 12 / 365
    if basis == RateBasis.PER_PERIOD_FEE:
        return rate / DAYS_PER_PERIOD[period]
    return rate / 365


def _penalty_fen(state: InstalmentState, daily: Decimal, on: dt.date) -> Decimal:
    due = state.row.due_date
    if due is None or due >= on or not daily:
        return Decimal(0)
    remaining, since, total = state.row.payment.fen, due, Decimal(0)
    for paid_on, amount in state.payments:
        if paid_on > since:
            total += remaining * daily * (paid_on - since).days
            since = paid_on
        remaining -= amount.fen
    if remaining > 0:
        total += remaining * daily * (on - since).days
    return total


def _late(state: InstalmentState, on: dt.date) -> bool:
    due = state.row.due_date
    if due is None or due >= on:
        return False
    settled = state.settled_on
    return settled is None or settled > due


def _all_in(loan: Loan, schedule: Schedule, charges: Money, on: dt.date) -> Decimal | None:
    flows, _ = contract_flows(loan, schedule)
    dated = [(f.on, f.amount) for f in flows] + [(on, charges)]
    try:
        annual = xirr(dated)
    except IrrError:
        return None
    _, simple, _ = rates_from_annual(annual, PERIODS_PER_YEAR[loan.period])
    return simple


def overdue_status(loan: Loan, schedule: Schedule, payments: Sequence[Payment], on: dt.date) -> OverdueStatus:
    """Days overdue, what is overdue and the penalty and late fees accrued to `on`."""
    states, _ = apply_payments(schedule, payments, on)
    overdue = [s for s in states if s.row.due_date is not None and s.row.due_date < on and s.unpaid.fen > 0]
    daily = daily_rate(loan.penalty_rate_percent, loan.penalty_rate_basis, loan.period)
    with localcontext() as ctx:
        ctx.prec = 34
        penalty = Money(1) * sum((_penalty_fen(s, daily, on) for s in states), Decimal(0))
    late_count = [s for s in states if _late(s, on)]
    late = Money(0)
    if loan.late_fee is not None:
        late += Money(loan.late_fee.fen * len(late_count))
    if loan.late_fee_percent:
        late += Money(sum((s.row.payment * (loan.late_fee_percent / 100)).fen for s in late_count))
    charges = penalty + late
    return OverdueStatus(
        on=on,
        days_overdue=(on - overdue[0].row.due_date).days if overdue else 0,
        overdue_instalments=len(overdue),
        overdue_amount=Money(sum(s.unpaid.fen for s in overdue)),
        overdue_principal=Money(sum(s.row.principal.fen - s.paid_split.principal.fen for s in overdue)),
        penalty_interest=penalty,
        late_fees=late,
        all_in_apr=_all_in(loan, schedule, charges, on) if charges else None,
    )
