"""Payoff simulation: every loan paid month by month from one monthly amount, by a strategy.

The month's convention (the CLI's too): interest (annual rate / 12 on the balance, rounded
half-up to the fen) is added first, with penalty interest on what is already behind; then the
minimum payments due are paid (the regular instalment plus any arrears); then the rest of the
month's amount goes to the loans in the strategy's order. A payment never exceeds a balance.

- avalanche: highest real annual cost first (`cost_rate`, the real APR with fees; else the rate);
- snowball: smallest balance first;
- custom: the order given;
- pro-rata: the month's amount shared by balance or by minimum — the strategy for a budget
  below the sum of the minimums. The other strategies, when short, pay the minimums in their
  own order until the money runs out.

A minimum not paid in full stays `behind` (arrears) and is due the next month with the next
instalment; penalty interest runs on it and a late fee is charged each month it stays unpaid.
What is already overdue at the start is due in month 1: it is part of the minimums total and the
shortfall (`PayoffResult.arrears` says how much of them it is).

After its term (from the month after the last instalment; from month 1 for a loan with no term
left) a debt with a `lawful_rate` is charged interest at its rate but never above that line, and
penalty interest only up to what the line leaves: interest and penalty interest after maturity
together stay within the line a court would allow that lender (法发〔2017〕22号 art. 2: 24 % for
licensed lenders; 法释〔2020〕17号 arts. 25, 29: 4 × LPR for private lending). Late fees are not
capped. A what-if's new term (展期, restructuring) runs at its own rate until its own last instalment.

The loop runs in integer fen for speed and stops when everything is repaid, when nothing can
ever be paid, or at a 50-year horizon.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from app.core.errors import FieldError
from app.core.money import Money
from app.core.records import PayoffStrategy as Strategy
from app.core.records import ProRataBasis
from app.core.schedule import add_months

HORIZON_MONTHS = 600  # 50 years
FIRST_MONTHS = 3  # how many months of payments per lender a proposal quotes
MAX_DEBTS = 100_000


@dataclass(frozen=True, slots=True)
class Debt:
    """One loan as the simulation sees it. Rates are annual percent.

    `rate_steps` are (from month, annual rate) changes; before `first_due_month` no minimum is
    due (a grace period); from its last instalment on (with a `term`) the whole balance is due. `behind` is what is already overdue at the start.
    """

    name: str
    balance: Money
    annual_rate: Decimal
    min_payment: Money
    behind: Money = Money(0)
    penalty_rate: Decimal = Decimal(0)
    late_fee: Money = Money(0)
    first_due_month: int = 1
    term: int | None = None  # instalments: the last one, in month first_due_month + term − 1, is the whole balance
    rate_steps: tuple[tuple[int, Decimal], ...] = ()
    loan_id: int | None = None
    cost_rate: Decimal | None = None  # what avalanche ranks by (the real APR); None: annual_rate
    lawful_rate: Decimal | None = None  # after the term: interest + penalty interest capped at this annual rate

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        if not self.name.strip():
            errors.append(FieldError("name", "field.required"))
        for name in ("balance", "min_payment", "behind", "late_fee"):
            if getattr(self, name).is_negative():
                errors.append(FieldError(name, "money.negative"))
        for name in ("annual_rate", "penalty_rate"):
            if getattr(self, name) < 0:
                errors.append(FieldError(name, "rate.negative"))
        if any(rate < 0 for _, rate in self.rate_steps):
            errors.append(FieldError("rate_steps", "rate.negative"))
        if self.behind > self.balance:
            errors.append(FieldError("behind", "payoff.behind_gt_balance"))
        if self.lawful_rate is not None and self.lawful_rate < 0:
            errors.append(FieldError("lawful_rate", "rate.negative"))
        return tuple(errors)

    def rate_in(self, month: int) -> Decimal:
        rate = self.annual_rate
        for start, stepped in sorted(self.rate_steps):
            if month >= start:
                rate = stepped
        return rate

    @property
    def capped_from(self) -> int:
        """The first month after the term, when `lawful_rate` applies (1: already past it)."""
        return 1 if self.term is None else self.first_due_month + self.term

    def rates_in(self, month: int) -> tuple[Decimal, Decimal]:
        """(interest, penalty) annual rates charged in `month`, the lawful cap applied after the term."""
        rate, penalty = self.rate_in(month), self.penalty_rate
        cap = self.lawful_rate
        if cap is None or month < self.capped_from:
            return rate, penalty
        rate = min(rate, cap)
        return rate, min(penalty, cap - rate)

    def capped(self) -> bool:
        """Whether the lawful cap lowers what the contract would charge after the term."""
        months = [self.capped_from] + [start for start, _ in self.rate_steps if start > self.capped_from]
        return any(self.rates_in(m) != (self.rate_in(m), self.penalty_rate) for m in months)


@dataclass(frozen=True, slots=True)
class Plan:
    """What the user can pay: a monthly amount from `start` (a month), lump sums, income changes.

    `lump_sums` and `income_changes` are (month number from 1, amount); an income change is a
    signed change of the monthly amount from that month on. `custom_order` lists debt positions.
    `budget=None` means "pay exactly the minimums due" (the plan as contracted).
    """

    budget: Money | None
    strategy: Strategy = Strategy.AVALANCHE
    start: dt.date = dt.date(2000, 1, 1)
    lump_sums: tuple[tuple[int, Money], ...] = ()
    income_changes: tuple[tuple[int, Money], ...] = ()
    custom_order: tuple[int, ...] = ()
    basis: ProRataBasis = ProRataBasis.BALANCE

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        if self.budget is not None and self.budget.is_negative():
            errors.append(FieldError("budget", "money.negative"))
        for index, (month, amount) in enumerate(self.lump_sums):
            if not 1 <= month <= HORIZON_MONTHS:
                errors.append(FieldError(f"lump_sums[{index}].month", "field.range", {"low": 1, "high": HORIZON_MONTHS}))
            if amount.is_negative():
                errors.append(FieldError(f"lump_sums[{index}].amount", "money.negative"))
        for index, (month, _amount) in enumerate(self.income_changes):
            if not 1 <= month <= HORIZON_MONTHS:
                errors.append(FieldError(f"income_changes[{index}].month", "field.range", {"low": 1, "high": HORIZON_MONTHS}))
        return tuple(errors)

    def month_date(self, month: int) -> dt.date:
        """The first day of month number `month` (1 = the start month)."""
        return add_months(self.start.replace(day=1), month - 1)


class DebtMonth(NamedTuple):
    """One loan in one month, in fen: paid, interest and penalties charged, balance and arrears after."""

    paid: int
    interest: int
    penalty: int
    balance: int
    behind: int


SETTLED = DebtMonth(0, 0, 0, 0, 0)
_new_tuple = tuple.__new__  # builds a DebtMonth without the Python-level __new__ (the hot loop's cost)


@dataclass(frozen=True, slots=True)
class MonthRow:
    month: int  # from 1
    available: Money  # the month's amount (lump sums and income changes included)
    due: Money  # minimums due this month (arrears included)
    debts: tuple[DebtMonth, ...]

    @property
    def paid(self) -> Money:
        return Money(sum(d.paid for d in self.debts))

    @property
    def interest(self) -> Money:
        return Money(sum(d.interest for d in self.debts))

    @property
    def penalties(self) -> Money:
        return Money(sum(d.penalty for d in self.debts))

    @property
    def balance(self) -> Money:
        return Money(sum(d.balance for d in self.debts))

    @property
    def behind(self) -> Money:
        return Money(sum(d.behind for d in self.debts))

    @property
    def shortfall(self) -> Money:
        """Minimums due that the month's amount could not cover."""
        return Money(max(0, self.due.fen - self.available.fen))


@dataclass(frozen=True, slots=True)
class DebtResult:
    debt: Debt
    payoff_month: int | None  # None: not repaid within the simulation
    paid: Money
    interest: Money
    penalties: Money
    first_payments: tuple[Money, ...]
    most_behind: Money  # the largest arrears in any month
    proposal: Money  # the monthly amount the budget can give this lender
    proposal_term: int | None  # months that amount needs to repay the balance (None: never)

    @property
    def cost(self) -> Money:
        return self.interest + self.penalties


@dataclass(frozen=True, slots=True)
class PayoffResult:
    plan: Plan
    debts: tuple[DebtResult, ...]
    table: tuple[MonthRow, ...]
    minimums_total: Money  # the first month's minimums, what is already overdue included
    repaid: bool  # every balance reached zero
    messages: tuple[str, ...] = field(default=())  # catalogue codes: payoff.horizon, payoff.never, payoff.shortfall, …
    arrears: Money = Money(0)  # of the minimums total, what is already overdue at the start

    @property
    def months(self) -> int:
        return len(self.table)

    @property
    def shortfall(self) -> Money:
        """Minimums total − the first month's regular amount, when positive."""
        budget = self.plan.budget
        if budget is None:
            return Money(0)
        return Money(max(0, self.minimums_total.fen - budget.fen))

    @property
    def total_paid(self) -> Money:
        return Money(sum(d.paid.fen for d in self.debts))

    @property
    def total_interest(self) -> Money:
        return Money(sum(d.interest.fen for d in self.debts))

    @property
    def total_penalties(self) -> Money:
        return Money(sum(d.penalties.fen for d in self.debts))

    @property
    def total_cost(self) -> Money:
        """Interest, fees and penalties: everything paid beyond the starting balances."""
        return self.total_interest + self.total_penalties

    @property
    def payoff_month(self) -> int | None:
        return self.months if self.repaid else None

    def payoff_date(self, month: int | None = None) -> dt.date | None:
        """The month (first day) when everything, or the loan repaid in `month`, is repaid."""
        month = self.payoff_month if month is None else month
        return None if month is None else self.plan.month_date(month)

    def behind_months(self) -> tuple[tuple[int, int, Money], ...]:
        """(month, debt position, arrears) for every loan behind at the end of a month."""
        return tuple(
            (row.month, index, Money(d.behind)) for row in self.table for index, d in enumerate(row.debts) if d.behind
        )


# --- integer helpers ---------------------------------------------------------------------
def _monthly_rate(annual_percent: Decimal) -> tuple[int, int, int]:
    """The monthly rate, annual % / 1200 = n / d exactly, as (2n, d, 2d): for fen ≥ 0,
    fen × rate rounded half-up to the fen is (fen × 2n + d) // 2d, in integers."""
    numerator, denominator = Decimal(annual_percent).as_integer_ratio()
    denominator *= 1200
    return 2 * numerator, denominator, 2 * denominator


def share(amount: int, weights: Sequence[int], caps: Sequence[int]) -> list[int]:
    """Split `amount` fen in proportion to `weights`, never above `caps` (largest remainders)."""
    result = [0] * len(weights)
    open_ = [i for i, cap in enumerate(caps) if cap > 0]
    while amount > 0 and open_:
        weighted = [weights[i] for i in open_]
        total = sum(weighted)
        if total <= 0:  # no weight left: equal shares
            weighted = [1] * len(open_)
            total = len(open_)
        parts = [amount * w // total for w in weighted]
        rest = amount - sum(parts)
        if rest:  # the fen left over go to the largest remainders (ties: the earlier position; sorted() is stable)
            remainders = [-(amount * w % total) for w in weighted]
            for k in sorted(range(len(open_)), key=remainders.__getitem__)[:rest]:
                parts[k] += 1
        spent = 0
        for i, part in zip(open_, parts):
            give = min(part, caps[i] - result[i])
            result[i] += give
            spent += give
        amount -= spent
        open_ = [i for i in open_ if result[i] < caps[i]]
        if spent == 0:
            break
    return result


def _pay_in_order(amount: int, order: Sequence[int], caps: Sequence[int], paid: list[int]) -> int:
    for i in order:
        if amount <= 0:
            break
        give = min(amount, caps[i] - paid[i])
        if give > 0:
            paid[i] += give
            amount -= give
    return amount


# --- the simulation ----------------------------------------------------------------------
def plan_errors(debts: Sequence[Debt], plan: Plan) -> tuple[FieldError, ...]:
    errors = list(plan.validate())
    if len(debts) > MAX_DEBTS:
        errors.append(FieldError("debts", "payoff.too_many", {"limit": MAX_DEBTS}))
    for index, debt in enumerate(debts):
        errors += [FieldError(f"debts[{index}].{e.field}", e.code, e.params) for e in debt.validate()]
    for index, position in enumerate(plan.custom_order):
        if not 0 <= position < len(debts):
            errors.append(FieldError(f"custom_order[{index}]", "field.range", {"low": 0, "high": len(debts) - 1}))
    return tuple(errors)


class PlanInvalid(ValueError):
    def __init__(self, errors: tuple[FieldError, ...]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message('en')}" for e in errors))

    def message(self, lang: str = "zh_CN") -> str:
        return "\n".join(f"{e.field}: {e.message(lang)}" for e in self.errors)


def _budget_in(plan: Plan, month: int, lumps: dict[int, int]) -> int:
    base = plan.budget.fen + sum(delta.fen for start, delta in plan.income_changes if month >= start)
    return max(0, base) + lumps.get(month, 0)


def _priority(plan: Plan, debts: Sequence[Debt], rates: list[Decimal], balances: list[int], positions: list[int]) -> list[int]:
    """`positions` in the order the strategy pays them (avalanche ties: the smaller starting balance)."""
    if plan.strategy == Strategy.SNOWBALL:
        return sorted(positions, key=lambda i: (balances[i], -rates[i], i))
    if plan.strategy == Strategy.CUSTOM:
        open_ = set(positions)
        listed = [i for i in dict.fromkeys(plan.custom_order) if i in open_]
        chosen = set(listed)
        return listed + [i for i in positions if i not in chosen]
    return sorted(positions, key=lambda i: (-(debts[i].cost_rate if debts[i].cost_rate is not None else rates[i]), debts[i].balance.fen, i))


def simulate(debts: Sequence[Debt], plan: Plan) -> PayoffResult:
    """Run the plan month by month. Raises PlanInvalid with field-level errors on bad input."""
    errors = plan_errors(debts, plan)
    if errors:
        raise PlanInvalid(errors)
    n = len(debts)
    balances = [d.balance.fen for d in debts]
    behind = [d.behind.fen for d in debts]
    minimums = [d.min_payment.fen for d in debts]
    penalty_ratios = [_monthly_rate(d.penalty_rate) for d in debts]
    late_fees = [d.late_fee.fen for d in debts]
    first_due = [d.first_due_month for d in debts]
    last_due = [HORIZON_MONTHS + 1 if d.term is None else d.first_due_month + d.term - 1 for d in debts]
    capped = [i for i, d in enumerate(debts) if d.capped()]
    steps = sorted({i for i, d in enumerate(debts) if d.rate_steps} | set(capped))
    rates = [d.annual_rate for d in debts]
    penalties = [d.penalty_rate for d in debts]
    ratios = [_monthly_rate(rate) for rate in rates]
    lumps: dict[int, int] = {}
    for month, amount in plan.lump_sums:
        lumps[month] = lumps.get(month, 0) + amount.fen
    last_change = max([m for m, _ in plan.lump_sums] + [m for m, _ in plan.income_changes] + [1])
    contracted = plan.budget is None
    pro_rata = plan.strategy == Strategy.PRO_RATA and not contracted
    weights = balances if plan.basis == ProRataBasis.BALANCE else minimums  # balances: the live list
    by_weight = weights is balances or any(minimums)  # else a short month is shared by what is due
    payoff: list[int | None] = [0 if b == 0 else None for b in balances]
    paid_sum, penalty_sum, most_behind = [0] * n, [0] * n, [0] * n
    active = [i for i in range(n) if balances[i]]  # a loan repaid stays repaid
    settled_rows = [SETTLED] * n
    table: list[MonthRow] = []
    messages: list[str] = []
    idle_months = 0
    order: list[int] | None = None
    for month in range(1, HORIZON_MONTHS + 1):
        if not active:
            break
        for i in steps:
            rate, penalty_rate = debts[i].rates_in(month)
            if rate != rates[i]:
                rates[i], ratios[i], order = rate, _monthly_rate(rate), None
            if penalty_rate != penalties[i]:
                penalties[i], penalty_ratios[i] = penalty_rate, _monthly_rate(penalty_rate)
        interest, penalty, dues = [0] * n, [0] * n, [0] * n
        for i in active:  # interest first, then what falls due
            balance = balances[i]
            twice, half, whole = ratios[i]
            if twice:
                interest[i] = charged = (balance * twice + half) // whole
                balance += charged
            late = behind[i]
            if late:
                twice, half, whole = penalty_ratios[i]
                if twice:
                    penalty[i] = charged = (late * twice + half) // whole
                    balance += charged
            balances[i] = balance
            if month < first_due[i]:
                due = late
            elif month >= last_due[i]:
                due = balance
            else:
                due = late + minimums[i]
            dues[i] = due if due < balance else balance
        due_total = sum(dues)
        available = due_total if contracted else _budget_in(plan, month, lumps)
        if pro_rata:
            if available >= due_total:
                extra = share(available - due_total, weights, [balances[i] - dues[i] for i in range(n)])
                paid = [p + e for p, e in zip(dues, extra)]
            else:
                paid = share(available, weights if by_weight else dues, dues)
        else:
            if order is None or plan.strategy == Strategy.SNOWBALL:
                order = _priority(plan, debts, rates, balances, active)
            if available >= due_total:  # every minimum in full, the rest in order
                paid = dues.copy()
                if not contracted:
                    _pay_in_order(available - due_total, order, balances, paid)
            else:
                paid = [0] * n
                _pay_in_order(available, order, dues, paid)
        rows = settled_rows.copy()
        any_paid = repaid_now = False
        for i in active:
            given = paid[i]
            balance = balances[i] = balances[i] - given
            late = dues[i] - given if balance else 0
            charged = penalty[i]
            if late < 0:
                late = 0
            elif late:
                if late_fees[i]:
                    balance = balances[i] = balance + late_fees[i]
                    charged += late_fees[i]
                if late > most_behind[i]:
                    most_behind[i] = late
            behind[i] = late
            if given:
                any_paid = True
                paid_sum[i] += given
            if charged:
                penalty_sum[i] += charged
            if balance == 0:
                payoff[i], repaid_now = month, True
            rows[i] = _new_tuple(DebtMonth, (given, interest[i], charged, balance, late))
        if repaid_now:
            active = [i for i in active if balances[i]]
            order = None
        table.append(MonthRow(month, Money(available), Money(due_total), tuple(rows)))
        idle_months = 0 if any_paid else idle_months + 1
        if idle_months >= 12 and month >= last_change:
            messages.append("payoff.never")
            break
    repaid = not active
    if not repaid and "payoff.never" not in messages:
        messages.append("payoff.horizon")
    arrears = Money(sum(d.behind.fen for d in debts))
    minimums_total = Money(sum(due_now(d) for d in debts))
    if not contracted and plan.budget < minimums_total:
        messages.insert(0, "payoff.shortfall")
    if capped:
        messages.append("payoff.lawful_after_term")
    proposals = proposals_for(debts, plan)
    results = tuple(
        DebtResult(
            debt=debts[i],
            payoff_month=payoff[i],
            paid=Money(paid_sum[i]),
            interest=Money(paid_sum[i] + balances[i] - debts[i].balance.fen - penalty_sum[i]),  # the rest of what was charged
            penalties=Money(penalty_sum[i]),
            first_payments=tuple(Money(row.debts[i].paid) for row in table[:FIRST_MONTHS]),
            most_behind=Money(most_behind[i]),
            proposal=proposals[i],
            proposal_term=months_to_repay(debts[i].balance.fen, debts[i].rates_in(1)[0], proposals[i].fen),
        )
        for i in range(n)
    )
    return PayoffResult(plan, results, tuple(table), minimums_total, repaid, tuple(messages), arrears)


def due_now(debt: Debt) -> int:
    """Fen due in the first month by the contract: the regular minimum plus what is already overdue."""
    return min(debt.balance.fen, debt.min_payment.fen + debt.behind.fen)


def proposals_for(debts: Sequence[Debt], plan: Plan) -> list[Money]:
    """What the first month's amount can give each lender: its minimum and a share of the rest
    when it covers every minimum, else a share of the whole (by balance or by minimum)."""
    balances = [d.balance.fen for d in debts]
    minimums = [due_now(d) for d in debts]
    if plan.budget is None:
        return [Money(m) for m in minimums]
    budget = max(0, plan.budget.fen + sum(delta.fen for start, delta in plan.income_changes if start <= 1))
    weights = balances if plan.basis == ProRataBasis.BALANCE else minimums
    if budget < sum(minimums):
        return [Money(part) for part in share(budget, weights if any(weights) else balances, balances)]
    extra = share(budget - sum(minimums), weights if any(weights) else balances, [b - m for b, m in zip(balances, minimums)])
    return [Money(m + e) for m, e in zip(minimums, extra)]


def months_to_repay(balance: int, annual_rate: Decimal, monthly: int) -> int | None:
    """Months that `monthly` fen takes to repay `balance` fen (interest first, same convention)."""
    twice, half, whole = _monthly_rate(annual_rate)
    for month in range(1, HORIZON_MONTHS + 1):
        if balance <= 0:
            return month - 1
        interest = (balance * twice + half) // whole
        if monthly <= interest:
            return None
        balance += interest - monthly
    return None if balance > 0 else HORIZON_MONTHS


def compare_all(debts: Sequence[Debt], plan: Plan) -> dict[Strategy, PayoffResult]:
    """The same plan under every strategy (custom only when an order is given)."""
    from dataclasses import replace

    strategies = [s for s in Strategy if s != Strategy.CUSTOM or plan.custom_order]
    return {strategy: simulate(debts, replace(plan, strategy=strategy)) for strategy in strategies}


class ProposalRow(NamedTuple):
    period: int
    due_date: dt.date
    amount: Money
    principal: Money
    interest: Money  # interest, penalties and fees paid first (Civil Code art. 561)


def proposal_schedule(result: PayoffResult, position: int, due_day: int = 1) -> tuple[ProposalRow, ...]:
    """The payments a scenario makes to one lender, as a schedule for a request letter or agreement.

    One row per month with a payment, numbered from 1, due on `due_day` (clamped to the month's end).
    Each payment covers the month's interest and penalties first, the rest goes to principal.
    """
    rows: list[ProposalRow] = []
    unpaid_charges = 0
    for month_row in result.table:
        month = month_row.debts[position]
        unpaid_charges += month.interest + month.penalty
        if not month.paid:
            continue
        charges = min(month.paid, unpaid_charges)
        unpaid_charges -= charges
        first = result.plan.month_date(month_row.month)
        due = first.replace(day=max(1, min(due_day, calendar.monthrange(first.year, first.month)[1])))
        rows.append(ProposalRow(len(rows) + 1, due, Money(month.paid), Money(month.paid - charges), Money(charges)))
    return tuple(rows)
