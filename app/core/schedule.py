"""Repayment schedules for the usual Chinese loan methods, rounded to the fen as lenders do.

Rate conventions (the rate as the lender states it → the rate per repayment period):

=================  ===========  ==============  ==============
stated basis       month        week            day
=================  ===========  ==============  ==============
annual ``a`` %     a / 12       a / 52          a / 365
monthly ``m`` %    m            m × 12 / 52     m × 12 / 365
daily ``d`` %      d × 30       d × 7           d
per-period fee %   as stated    as stated       as stated
=================  ===========  ==============  ==============

Methods:

- 等额本息 equal instalment: payment = P·r / (1 − (1+r)^−n), rounded half-up to the fen;
  each row's interest is the balance × r rounded half-up, the principal is the rest.
- 等额本金 equal principal: principal P / n rounded half-up, interest on the balance.
- 先息后本 interest only: interest P·r every period, the whole principal with the last.
- 等本等息 flat: interest P·r on the ORIGINAL principal every period, principal P / n.
- 一次性还本付息 bullet: one row at the end of the term, simple interest P·r·n; a daily rate (日息)
  runs on the actual days from the contract date to the due date instead of 30 a month.
- custom: the lender's own rows as typed in.

Every row's interest is charged on the balance it follows, as lenders compute it: round
half-up of (opening balance × period rate) for the two declining-balance methods, and the
last instalment pays the remaining balance plus its own interest, however long the term —
10 000 at 12 %/yr over 12 months: 11 × 888.49, then 888.47 (879.67 + 8.80); total interest 661.86.
Flat, interest-only and bullet rows charge the same rounded interest every period, as
lenders quote. Monthly due dates keep the day of month of the first due date, clamped to
the end of shorter months; weekly dates step 7 days, daily dates 1 day.
Per-instalment fees are shown in their own column and included in `payment`.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from app.core.messages import CodedError
from app.core.money import MAX_FEN, Money
from app.core.records import (
    MAX_INSTALMENTS,
    FeeCharge,
    Loan,
    Period,
    RateBasis,
    RepaymentMethod,
)

PERIODS_PER_YEAR = {Period.MONTH: 12, Period.WEEK: 52, Period.DAY: 365}
DAYS_PER_PERIOD = {Period.MONTH: 30, Period.WEEK: 7, Period.DAY: 1}  # a month counts 30 days for daily rates
_HUNDRED = Decimal(100)
MAX_ANNUAL_PERCENT = Decimal(100_000)  # simple a year; beyond it no schedule is computed (issue 9 item 7)
RATE_PLACES = Decimal("1e-20")  # a period rate finer than this is noise (and would underflow)


class ScheduleError(CodedError, ValueError):
    """A schedule that cannot be built (count out of range, no principal…)."""


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One instalment: `payment` = principal + interest + fee; `balance` is principal still owed after it."""

    period: int
    due_date: dt.date | None
    payment: Money
    principal: Money
    interest: Money
    fee: Money
    balance: Money


@dataclass(frozen=True, slots=True)
class Schedule:
    method: RepaymentMethod
    period: Period
    period_rate: Decimal  # fraction per period (0.01 = 1 %)
    rows: tuple[ScheduleRow, ...]

    @property
    def total_payment(self) -> Money:
        return Money(sum(r.payment.fen for r in self.rows))

    @property
    def total_principal(self) -> Money:
        return Money(sum(r.principal.fen for r in self.rows))

    @property
    def total_interest(self) -> Money:
        return Money(sum(r.interest.fen for r in self.rows))

    @property
    def total_fees(self) -> Money:
        return Money(sum(r.fee.fen for r in self.rows))

    def __len__(self) -> int:
        return len(self.rows)


# --- rates ----------------------------------------------------------------------------------
def period_rate(rate_percent: Decimal, basis: RateBasis, period: Period) -> Decimal:
    """The stated rate (percent) as a fraction per repayment period (see the module table)."""
    with localcontext() as ctx:
        ctx.prec = 34
        rate = Decimal(rate_percent) / _HUNDRED
        if basis == RateBasis.PER_PERIOD_FEE:
            return rate
        if basis == RateBasis.DAILY:
            return rate * DAYS_PER_PERIOD[period]
        annual = rate * 12 if basis == RateBasis.MONTHLY else rate
        if basis == RateBasis.MONTHLY and period == Period.MONTH:
            return rate
        return annual / PERIODS_PER_YEAR[period]


def advertised_annual_percent(rate_percent: Decimal, basis: RateBasis, period: Period) -> Decimal:
    """The stated rate as a simple annual percent (monthly × 12, daily × 365, per-period × periods a year)."""
    rate = Decimal(rate_percent)
    if basis == RateBasis.ANNUAL:
        return rate
    if basis == RateBasis.MONTHLY:
        return rate * 12
    if basis == RateBasis.DAILY:
        return rate * 365
    return rate * PERIODS_PER_YEAR[period]


# --- dates ----------------------------------------------------------------------------------
def add_months(start: dt.date, months: int) -> dt.date:
    """The same day of month `months` later, clamped to the end of a shorter month."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def due_date(first: dt.date, period: Period, index: int) -> dt.date:
    """The due date of instalment `index` (0 = the first)."""
    if period == Period.MONTH:
        return add_months(first, index)
    return first + dt.timedelta(days=index * (7 if period == Period.WEEK else 1))


# --- building -------------------------------------------------------------------------------
def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _annuity_payment(principal: int, rate: Decimal, count: int) -> Decimal:
    """The exact (unrounded) equal instalment in fen."""
    if rate == 0:
        return Decimal(principal) / count
    with localcontext() as ctx:
        ctx.prec = 34
        return Decimal(principal) * rate / (1 - (1 + rate) ** -count)


def _split(principal: int, rate: Decimal, count: int, method: RepaymentMethod) -> list[tuple[int, int]]:
    """(principal, interest) in fen for each row; the last row takes the remaining balance."""
    rows: list[tuple[int, int]] = []
    balance = principal
    if method == RepaymentMethod.BULLET:
        return [(principal, _round(Decimal(principal) * rate * count))]
    payment = _round(_annuity_payment(principal, rate, count)) if method == RepaymentMethod.EQUAL_INSTALMENT else 0
    flat_interest = _round(principal * rate)
    even_part = _round(Decimal(principal) / count)
    for index in range(count):
        last = index == count - 1
        if method == RepaymentMethod.EQUAL_INSTALMENT:
            interest = _round(balance * rate)
            part = balance if last else min(max(payment - interest, 0), balance)
        elif method == RepaymentMethod.INTEREST_ONLY:
            part, interest = (balance if last else 0), flat_interest
        elif method == RepaymentMethod.FLAT:
            part, interest = (balance if last else min(even_part, balance)), flat_interest
        elif method == RepaymentMethod.EQUAL_PRINCIPAL:
            part, interest = (balance if last else min(even_part, balance)), _round(balance * rate)
        else:
            raise ScheduleError("schedule.method", method=str(method))
        rows.append((part, interest))
        balance -= part
    return rows


def bounded_period_rate(rate: Decimal, period: Period) -> Decimal:
    """The period rate if a schedule can be computed with it (finite, 0 ≤ rate, ≤ MAX_ANNUAL_PERCENT a year).

    Raises ScheduleError rate.invalid / rate.negative / rate.too_large. Tiny rates round to RATE_PLACES.
    """
    rate = Decimal(rate)
    if not rate.is_finite():
        raise ScheduleError("rate.invalid", text=str(rate))
    if rate < 0:
        raise ScheduleError("rate.negative")
    if rate.adjusted() > 6 or rate * PERIODS_PER_YEAR[period] * _HUNDRED > MAX_ANNUAL_PERCENT:
        raise ScheduleError("rate.too_large", limit=MAX_ANNUAL_PERCENT)
    return rate.quantize(RATE_PLACES, rounding=ROUND_HALF_UP)


def schedule_for(
    principal: Money,
    period_rate: Decimal,
    count: int,
    method: RepaymentMethod | str,
    *,
    period: Period = Period.MONTH,
    first_due: dt.date | None = None,
    fee_per_instalment: Money = Money(0),
) -> Schedule:
    """A schedule from the bare terms (`period_rate` a fraction: 0.01 = 1 % a period).

    Raises ScheduleError (money.not_positive, money.too_large, rate.negative, rate.too_large,
    loan.instalments_range, schedule.method) on terms that make no schedule. Due dates are None without `first_due`.
    """
    try:
        method = RepaymentMethod(method)
    except ValueError:
        raise ScheduleError("schedule.method", method=str(method)) from None
    if method == RepaymentMethod.CUSTOM:
        raise ScheduleError("loan.custom_schedule_required")
    if principal.fen <= 0:
        raise ScheduleError("money.not_positive")
    if principal.fen > MAX_FEN:
        raise ScheduleError("money.too_large")
    rate = bounded_period_rate(period_rate, period)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_INSTALMENTS:
        raise ScheduleError("loan.instalments_range", high=MAX_INSTALMENTS)
    parts = _split(principal.fen, rate, count, method)
    rows = []
    balance = principal.fen
    first_index = count - 1 if method == RepaymentMethod.BULLET else 0
    for offset, (part, interest) in enumerate(parts):
        index = first_index + offset
        balance -= part
        fee = fee_per_instalment.fen * (count if method == RepaymentMethod.BULLET else 1)
        rows.append(
            ScheduleRow(
                period=index + 1,
                due_date=due_date(first_due, period, index) if first_due else None,
                payment=Money(part + interest + fee),
                principal=Money(part),
                interest=Money(interest),
                fee=Money(fee),
                balance=Money(balance),
            )
        )
    return Schedule(method, period, rate, tuple(rows))


def per_instalment_fee(loan: Loan) -> Money:
    """The sum of the loan's fees charged with every instalment."""
    return Money(sum(f.amount_on(loan.principal).fen for f in loan.fees if f.charge == FeeCharge.PER_INSTALMENT))


def _custom(loan: Loan, rate: Decimal) -> Schedule:
    rows = []
    balance = loan.principal.fen
    for index, item in enumerate(sorted(loan.custom_schedule, key=lambda r: r.due_date)):
        balance -= item.principal.fen
        rows.append(ScheduleRow(index + 1, item.due_date, item.amount, item.principal, item.interest, item.fee, Money(balance)))
    return Schedule(RepaymentMethod.CUSTOM, loan.period, rate, tuple(rows))


def _bullet(loan: Loan, rate: Decimal) -> Schedule:
    """A bullet loan with its term (`Loan.term`): interest for the term, the one row due on first_due_date."""
    schedule = schedule_for(loan.principal, rate, loan.term, RepaymentMethod.BULLET, period=loan.period,
                            fee_per_instalment=per_instalment_fee(loan))
    row = dataclasses.replace(schedule.rows[0], due_date=loan.first_due_date)
    if loan.rate_basis == RateBasis.DAILY and loan.period != Period.DAY:  # 日息 runs on the days actually lent
        days = (loan.first_due_date - loan.contract_date).days
        interest = Money(_round(Decimal(loan.principal.fen) * Decimal(loan.rate_percent) / _HUNDRED * days))
        row = dataclasses.replace(row, interest=interest, payment=row.principal + interest + row.fee)
    return dataclasses.replace(schedule, rows=(row,))


def build_schedule(loan: Loan) -> Schedule:
    """The loan's contractual schedule (its method, stated rate, per-instalment fees, due dates)."""
    rate = period_rate(loan.rate_percent, loan.rate_basis, loan.period)
    if loan.method == RepaymentMethod.CUSTOM:
        if not loan.custom_schedule:
            raise ScheduleError("loan.custom_schedule_required")
        return _custom(loan, rate)
    if loan.method == RepaymentMethod.BULLET and loan.term is not None:
        return _bullet(loan, rate)
    return schedule_for(
        loan.principal,
        rate,
        loan.instalments,
        loan.method,
        period=loan.period,
        first_due=loan.first_due_date,
        fee_per_instalment=per_instalment_fee(loan),
    )
