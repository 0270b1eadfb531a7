"""The real annual cost of a loan: IRR of the money actually received and everything repaid.

Cash flows carry the CLI's sign: money the borrower receives is negative, repayments positive.

- At the start: −(amount received). Fees marked up-front are taken to be the deduction
  itself (principal − received) as far as it covers them; any excess was paid out of pocket
  at the start and reduces what was received further. A once-fee dated on or before the
  contract date counts at the start too.
- Every instalment (principal + interest + per-instalment fees) on its due date, and every
  once-fee on its date.

Flows on the schedule's due dates, the first one period after the contract date, are treated
as regular periods (as PBOC 公告〔2021〕第3号 does); the period IRR r gives `apr_simple` =
r × periods a year and `apr_compound` = (1 + r)^periods − 1. When the flows are not regular (a
first period shorter or longer than one period, a once-fee on another day, a custom schedule
with uneven dates, or a settled loan's actual payments) the rate comes from the actual dates
(XIRR, Actual/365): daily rate d, `apr_simple` = d × 365, `apr_compound` = (1 + d)^365 − 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal

from app.core.irr import annualise, daily_rates, irr, xirr_daily
from app.core.messages import text
from app.core.money import Money
from app.core.records import Fee, FeeCharge, Loan, LoanStatus, Payment, RepaymentMethod
from app.core.schedule import PERIODS_PER_YEAR, Schedule, advertised_annual_percent, build_schedule, due_date

IN_LINE_POINTS = Decimal("0.5")
_CENT = Decimal("0.01")


def percent_text(value: Decimal) -> str:
    """A percent Decimal as shown: two decimals, half-up ('12.80')."""
    context = Context(prec=max(28, value.adjusted() + 4))  # never InvalidOperation, however large
    return f"{value.quantize(_CENT, rounding=ROUND_HALF_UP, context=context)}"


@dataclass(frozen=True, slots=True)
class CashFlow:
    """One flow: `period` 0 is the start; negative amounts are money received by the borrower."""

    period: int
    on: dt.date
    amount: Money


@dataclass(frozen=True, slots=True)
class Explanation:
    """One plain sentence as a catalogue code and its parameters."""

    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def message(self, lang: str = "zh_CN") -> str:
        return text(self.code, lang, **self.params)


@dataclass(frozen=True, slots=True)
class RealCost:
    flows: tuple[CashFlow, ...]
    regular: bool  # False: XIRR on dates
    periods_per_year: int
    period_rate: Decimal  # fraction per period
    apr_simple: Decimal  # percent, full precision
    apr_compound: Decimal  # percent, full precision
    advertised_annual: Decimal  # percent, simple
    net_received: Money
    total_repaid: Money
    explanations: tuple[Explanation, ...]

    @property
    def apr_simple_text(self) -> str:
        return percent_text(self.apr_simple)

    @property
    def apr_compound_text(self) -> str:
        return percent_text(self.apr_compound)

    @property
    def compared_percent(self) -> Decimal:
        """What the legal lines compare: the higher of the stated simple rate and the real simple rate."""
        return max(self.apr_simple, self.advertised_annual)

    @property
    def explanation(self) -> Explanation:
        """The most important of the explanations."""
        return self.explanations[0]


def _once_fees(loan: Loan, *, at_start: bool) -> list[Fee]:
    """The dated once-fees charged at the start (on or before the contract date), or those charged later."""
    return [
        f for f in loan.fees
        if f.charge == FeeCharge.ONCE and f.on_date is not None and (f.on_date <= loan.contract_date) == at_start
    ]


def net_received(loan: Loan) -> Money:
    """What the borrower actually had at the start (see the module docstring)."""
    upfront = sum(f.amount_on(loan.principal).fen for f in loan.fees if f.charge == FeeCharge.UPFRONT)
    early_once = sum(f.amount_on(loan.principal).fen for f in _once_fees(loan, at_start=True))
    paid_on_top = max(0, upfront - loan.upfront_deduction.fen)
    return Money(loan.received.fen - paid_on_top - early_once)


def first_period_regular(loan: Loan, schedule: Schedule) -> bool:
    """Whether the first row falls exactly its number of periods after the contract date."""
    first = schedule.rows[0] if schedule.rows else None
    return first is None or first.due_date == due_date(loan.contract_date, loan.period, first.period)


def contract_flows(loan: Loan, schedule: Schedule) -> tuple[tuple[CashFlow, ...], bool]:
    """The contractual flows and whether they fall on regular periods."""
    start = CashFlow(0, loan.contract_date, -net_received(loan))
    flows = [start] + [CashFlow(r.period, r.due_date or loan.contract_date, r.payment) for r in schedule.rows]
    regular = first_period_regular(loan, schedule) and all(
        r.due_date == due_date(loan.first_due_date, loan.period, r.period - 1) for r in schedule.rows
    )
    by_date = {r.due_date: r.period for r in schedule.rows}
    for fee in _once_fees(loan, at_start=False):
        period = by_date.get(fee.on_date)
        regular = regular and period is not None
        flows.append(CashFlow(period or 0, fee.on_date, fee.amount_on(loan.principal)))
    return tuple(sorted(flows, key=lambda f: (f.on, f.period))), regular


def _payment_flows(loan: Loan, payments: Sequence[Payment]) -> tuple[CashFlow, ...]:
    start = CashFlow(0, loan.contract_date, -net_received(loan))
    return (start,) + tuple(CashFlow(0, p.paid_on, p.amount) for p in sorted(payments, key=lambda p: p.paid_on))


def _rates(flows: Sequence[CashFlow], regular: bool, per_year: int) -> tuple[Decimal, Decimal, Decimal]:
    """(period rate, simple %, compound %)."""
    if regular:
        by_period: dict[int, int] = {}
        for flow in flows:
            by_period[flow.period] = by_period.get(flow.period, 0) + flow.amount.fen
        rate = irr([by_period.get(t, 0) for t in range(max(by_period) + 1)])
        simple, compound = annualise(rate, per_year)
        return rate, simple, compound
    return daily_rates(xirr_daily([(f.on, f.amount) for f in flows]), per_year)


def _explain(loan: Loan, schedule: Schedule, simple: Decimal, advertised_annual: Decimal, received: Money) -> tuple[Explanation, ...]:
    apr, advertised = percent_text(simple), percent_text(advertised_annual)
    notes: list[Explanation] = []
    if received < loan.principal:
        notes.append(Explanation("cost.upfront", {"received": received.format(), "principal": loan.principal.format(), "apr": apr}))
    if loan.method == RepaymentMethod.FLAT and schedule.period_rate > 0:
        rate = percent_text(schedule.period_rate * 100)
        notes.append(Explanation("cost.flat_rate", {"rate": rate, "apr": apr, "advertised": advertised}))
    fees = Money(schedule.total_fees.fen + sum(f.amount_on(loan.principal).fen for f in _once_fees(loan, at_start=False)))
    if fees:
        notes.append(Explanation("cost.fees", {"fees": fees.format(), "apr": apr, "advertised": advertised}))
    if not notes:
        if abs(simple - advertised_annual) <= IN_LINE_POINTS:
            code = "cost.in_line"
        else:
            code = "cost.higher" if simple > advertised_annual else "cost.lower"
        notes.append(Explanation(code, {"apr": apr, "advertised": advertised}))
    if not first_period_regular(loan, schedule) and loan.method != RepaymentMethod.CUSTOM:
        notes.append(Explanation("cost.irregular_first", {"days": (schedule.rows[0].due_date - loan.contract_date).days}))
    return tuple(notes)


def real_cost(loan: Loan, schedule: Schedule | None = None, payments: Sequence[Payment] | None = None) -> RealCost:
    """The loan's real cost from its contract, or from its actual payments once it is settled.

    Raises IrrError when the flows have no single rate; ScheduleError when no schedule can be built.
    """
    schedule = schedule or build_schedule(loan)
    per_year = PERIODS_PER_YEAR[loan.period]
    if payments and loan.status == LoanStatus.SETTLED:
        flows, regular = _payment_flows(loan, payments), False
    else:
        flows, regular = contract_flows(loan, schedule)
    rate, simple, compound = _rates(flows, regular, per_year)
    advertised = advertised_annual_percent(loan.rate_percent, loan.rate_basis, loan.period)
    received = net_received(loan)
    return RealCost(
        flows=flows,
        regular=regular,
        periods_per_year=per_year,
        period_rate=rate,
        apr_simple=simple,
        apr_compound=compound,
        advertised_annual=advertised,
        net_received=received,
        total_repaid=Money(sum(f.amount.fen for f in flows if f.amount.fen > 0)),
        explanations=_explain(loan, schedule, simple, advertised, received),
    )
