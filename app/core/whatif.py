"""Negotiated what-ifs per loan, turned into the `Debt` the payoff simulation runs.

A loan enters as `LoanTerms` (its position today, from the loan summary). Each `WhatIf`
(app.core.records) changes those terms the way an agreement would:

- extend (展期): the balance re-amortised over `months` equal instalments from now;
- grace (宽限期): nothing due for `months` months, interest running or not;
- lower-rate: a lower annual rate from `month` on;
- waive-penalties (减免罚息): accrued penalties and late fees dropped, no more charged;
- discount: `percent` of the balance waived for a settlement paid in `month`;
- restructure: the outstanding (or the lawful) balance, arrears and penalties included, in
  `months` equal instalments; arrears are regularised.

Terms that contradict each other are refused with field-level errors (`whatif_errors`). A
scenario with what-ifs is compared with the same plan on the contracted terms (`compare`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.core.errors import FieldError
from app.core.money import Money
from app.core.payoff import Debt, PayoffResult, Plan, PlanInvalid, simulate
from app.core.records import MAX_INSTALMENTS, RepaymentMethod, WhatIf, WhatIfKind
from app.core.schedule import schedule_for

REPLACES_TERMS = (WhatIfKind.EXTEND, WhatIfKind.RESTRUCTURE, WhatIfKind.DISCOUNT)


@dataclass(frozen=True, slots=True)
class LoanTerms:
    """A loan's position for planning. Rates are annual percent; `instalment` the regular monthly demand."""

    name: str
    balance: Money  # principal still owed
    annual_rate: Decimal  # the contract's rate, annualised: what interest runs at
    instalment: Money
    remaining: int  # instalments left on the contract
    behind: Money = Money(0)  # overdue now
    penalties: Money = Money(0)  # penalty interest and late fees accrued so far
    penalty_rate: Decimal = Decimal(0)
    late_fee: Money = Money(0)
    lawful_balance: Money | None = None  # the principal actually received, less what was repaid
    loan_id: int | None = None
    real_apr: Decimal | None = None  # fees included: what avalanche ranks by
    lawful_rate: Decimal | None = None  # the legal line for this lender: the cap after the due date

    def debt(self) -> Debt:
        """The loan as contracted: what is owed, penalties included, at the contract's instalment."""
        balance = self.balance + self.penalties
        return Debt(
            name=self.name,
            balance=balance,
            annual_rate=self.annual_rate,
            min_payment=self.instalment,
            behind=min(self.behind, balance),
            term=self.remaining or None,
            cost_rate=self.real_apr,
            lawful_rate=self.lawful_rate,
            penalty_rate=self.penalty_rate,
            late_fee=self.late_fee,
            loan_id=self.loan_id,
        )


def instalment(balance: Money, annual_rate: Decimal, count: int) -> Money:
    """The equal monthly instalment (等额本息) that repays `balance` in `count` months."""
    if balance.fen <= 0:
        return Money(0)
    return schedule_for(balance, annual_rate / 1200, count, RepaymentMethod.EQUAL_INSTALMENT).rows[0].payment


def _range(errors: list[FieldError], field: str, value: int, low: int, high: int) -> bool:
    if not low <= value <= high:
        errors.append(FieldError(field, "field.range", {"low": low, "high": high}))
        return False
    return True


def whatif_errors(terms: LoanTerms, what_ifs: Sequence[WhatIf]) -> tuple[FieldError, ...]:
    """Field-level problems with one loan's what-ifs (fields like 'what_ifs[1].months')."""
    errors: list[FieldError] = []
    seen: set[WhatIfKind] = set()
    replacing = [w for w in what_ifs if w.kind in REPLACES_TERMS]
    for index, what in enumerate(what_ifs):
        at = f"what_ifs[{index}]"
        if what.kind in seen:
            errors.append(FieldError(f"{at}.kind", "whatif.duplicate"))
        seen.add(what.kind)
        if what.kind in REPLACES_TERMS and replacing and replacing[0] is not what:
            errors.append(FieldError(f"{at}.kind", "whatif.conflict", {"other": replacing[0].kind.value}))
        if what.kind == WhatIfKind.EXTEND:
            if _range(errors, f"{at}.months", what.months, 1, MAX_INSTALMENTS) and what.months <= terms.remaining:
                errors.append(FieldError(f"{at}.months", "whatif.not_longer", {"remaining": terms.remaining}))
        elif what.kind == WhatIfKind.RESTRUCTURE:
            _range(errors, f"{at}.months", what.months, 1, MAX_INSTALMENTS)
        elif what.kind == WhatIfKind.GRACE:
            if _range(errors, f"{at}.months", what.months, 1, MAX_INSTALMENTS):
                term = next((w.months for w in replacing if w.kind != WhatIfKind.DISCOUNT), terms.remaining)
                if any(w.kind == WhatIfKind.DISCOUNT for w in replacing):
                    errors.append(FieldError(f"{at}.kind", "whatif.conflict", {"other": WhatIfKind.DISCOUNT.value}))
                elif what.months >= term:
                    errors.append(FieldError(f"{at}.months", "whatif.grace_too_long", {"term": term}))
        elif what.kind == WhatIfKind.LOWER_RATE:
            _range(errors, f"{at}.month", what.month, 1, MAX_INSTALMENTS)
            if what.rate_percent is None or what.rate_percent < 0:
                errors.append(FieldError(f"{at}.rate_percent", "rate.negative"))
            elif what.rate_percent >= terms.annual_rate:
                errors.append(FieldError(f"{at}.rate_percent", "whatif.rate_not_lower", {"rate": f"{terms.annual_rate:.2f}"}))
        elif what.kind == WhatIfKind.DISCOUNT:
            _range(errors, f"{at}.month", what.month, 1, MAX_INSTALMENTS)
            if what.percent is None or not 0 < what.percent < 100:
                errors.append(FieldError(f"{at}.percent", "field.range", {"low": 0, "high": 100}))
    return tuple(errors)


def apply_whatifs(terms: LoanTerms, what_ifs: Sequence[WhatIf]) -> Debt:
    """The debt under these what-ifs. Raises PlanInvalid when they contradict each other."""
    errors = whatif_errors(terms, what_ifs)
    if errors:
        raise PlanInvalid(errors)
    by_kind = {w.kind: w for w in what_ifs}
    debt = terms.debt()
    if WhatIfKind.WAIVE_PENALTIES in by_kind:
        debt = dataclasses.replace(
            debt, balance=terms.balance, behind=min(debt.behind, terms.balance), penalty_rate=Decimal(0), late_fee=Money(0)
        )
    lower = by_kind.get(WhatIfKind.LOWER_RATE)
    if lower is not None:
        if lower.month <= 1:
            debt = dataclasses.replace(debt, annual_rate=lower.rate_percent, cost_rate=None)
        else:
            debt = dataclasses.replace(debt, rate_steps=((lower.month, lower.rate_percent),))
    if WhatIfKind.EXTEND in by_kind:
        count = by_kind[WhatIfKind.EXTEND].months
        debt = dataclasses.replace(
            debt, min_payment=instalment(debt.balance, debt.annual_rate, count), behind=Money(0), term=count
        )
    elif WhatIfKind.RESTRUCTURE in by_kind:
        what = by_kind[WhatIfKind.RESTRUCTURE]
        balance = debt.balance
        if what.lawful and terms.lawful_balance is not None:
            balance = min(balance, terms.lawful_balance)
        debt = dataclasses.replace(
            debt, balance=balance, min_payment=instalment(balance, debt.annual_rate, what.months), behind=Money(0), term=what.months
        )
    elif WhatIfKind.DISCOUNT in by_kind:
        what = by_kind[WhatIfKind.DISCOUNT]
        settlement = debt.balance * ((100 - what.percent) / Decimal(100))
        debt = dataclasses.replace(
            debt,
            balance=settlement,
            annual_rate=Decimal(0),
            rate_steps=(),
            min_payment=settlement,
            behind=Money(0),
            penalty_rate=Decimal(0),
            late_fee=Money(0),
            first_due_month=what.month,
            term=1,
        )
    grace = by_kind.get(WhatIfKind.GRACE)
    if grace is not None:
        steps = debt.rate_steps
        if not grace.with_interest:
            later = tuple(step for step in steps if step[0] > grace.months + 1)
            steps = ((1, Decimal(0)), (grace.months + 1, debt.rate_in(grace.months + 1)), *later)
        debt = dataclasses.replace(debt, first_due_month=grace.months + 1, behind=Money(0), rate_steps=steps)
    return debt


def scenario_debts(loans: Sequence[LoanTerms], what_ifs: Sequence[WhatIf]) -> list[Debt]:
    """Every loan's debt with the what-ifs for its `loan_id` applied; errors name 'loans[i].what_ifs[j]…'."""
    debts, errors = [], []
    for index, terms in enumerate(loans):
        mine = [w for w in what_ifs if w.loan_id == terms.loan_id]
        problems = whatif_errors(terms, mine)
        errors += [FieldError(f"loans[{index}].{e.field}", e.code, e.params) for e in problems]
        if not problems:
            debts.append(apply_whatifs(terms, mine))
    if errors:
        raise PlanInvalid(tuple(errors))
    return debts


@dataclass(frozen=True, slots=True)
class Comparison:
    contracted: PayoffResult
    negotiated: PayoffResult

    @property
    def cost_change(self) -> Money:
        """Interest, fees and penalties under the what-ifs minus as contracted (negative: saved)."""
        return self.negotiated.total_cost - self.contracted.total_cost

    @property
    def paid_change(self) -> Money:
        return self.negotiated.total_paid - self.contracted.total_paid


def compare(loans: Sequence[LoanTerms], what_ifs: Sequence[WhatIf], plan: Plan) -> Comparison:
    """The plan on the contracted terms and with the what-ifs."""
    contracted = simulate([terms.debt() for terms in loans], plan)
    return Comparison(contracted, simulate(scenario_debts(loans, what_ifs), plan))
