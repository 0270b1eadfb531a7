"""What the law would count as still owed on a loan, beside what the lender claims.

- Principal: the amount actually received (Civil Code art. 670: interest may not be deducted
  up front; the principal is what was paid out).
- Interest: simple, day by day (Actual/365) on the principal still owed, at the loan's own
  annual rate (the higher of the stated and the real simple rate, fees included) but never
  above the line that applies: 24 % for licensed lenders (法发〔2017〕22号 art. 2); for private
  lending 4 × the one-year LPR at the contract date (法释〔2020〕17号 art. 25), or for a contract
  made before 2020-08-20 24 % up to 2020-08-19 and 4 × the latest LPR (as if filed today)
  from 2020-08-20 on (art. 31). The line covers interest, fees and penalties together, so
  nothing else is added.
- Payments: each goes to the interest accrued by its date, then to the principal (Civil Code
  art. 561); paying off early owes interest only for the time used (art. 677).

The figure is the balance if settled on `on`, and never more than the lender claims (the law
caps a contract, it does not add to it); the lender's claim is the contract's remaining
principal, interest and fees plus the unpaid penalties. It is an estimate, not legal advice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from app.core.legal_lines import (
    LICENSED,
    LICENSED_LIMIT,
    LICENSED_SOURCE,
    PRIVATE_2015_LOW,
    PRIVATE_2015_SOURCE,
    PRIVATE_ART31_SOURCE,
    PRIVATE_FROM,
    PRIVATE_SOURCE,
)
from app.core.lpr import LprError, LprTable
from app.core.money import Money
from app.core.real_cost import Explanation, RealCost, percent_text
from app.core.records import Loan, Payment

DAYS_PER_YEAR = 365


@dataclass(frozen=True, slots=True)
class RateSpan:
    """The annual simple rate (percent) allowed from `start` on, and the line's source."""

    start: dt.date
    rate_percent: Decimal
    line_percent: Decimal | None  # None: no line applies
    source: str


@dataclass(frozen=True, slots=True)
class LawfulBalance:
    on: dt.date
    principal: Money  # as received (art. 670)
    spans: tuple[RateSpan, ...]
    interest: Money  # accrued to `on` at the allowed rate
    paid: Money
    paid_interest: Money
    paid_principal: Money
    owed: Money  # principal and interest still owed if settled on `on`
    overpaid: Money  # paid beyond the principal and the allowed interest
    claimed: Money  # what the lender claims
    explanation: Explanation

    @property
    def difference(self) -> Money:
        """How much more the lender claims than the law would count (negative: less)."""
        return self.claimed - self.owed

    @property
    def rate_percent(self) -> Decimal:
        """The rate allowed now (the last span's)."""
        return self.spans[-1].rate_percent


def allowed_spans(loan: Loan, own_rate: Decimal, lpr_table: LprTable, today: dt.date) -> tuple[RateSpan, ...]:
    """The rate the law allows over time: the loan's own rate capped at the line in force."""

    def span(start: dt.date, line: Decimal | None, source: str) -> RateSpan:
        rate = own_rate if line is None else min(own_rate, line)
        return RateSpan(start, rate, line, source)

    start = loan.contract_date
    if loan.lender_type in LICENSED:
        return (span(start, LICENSED_LIMIT, LICENSED_SOURCE),)
    try:  # private lending
        if start < PRIVATE_FROM:
            latest = lpr_table.rate_on(today).rate_percent * 4
            return span(start, PRIVATE_2015_LOW, PRIVATE_2015_SOURCE), span(PRIVATE_FROM, latest, PRIVATE_ART31_SOURCE)
        return (span(start, lpr_table.rate_on(start).rate_percent * 4, PRIVATE_SOURCE),)
    except LprError:
        return (span(start, None, ""),)


def _interest(principal: int, spans: Sequence[RateSpan], start: dt.date, end: dt.date) -> Decimal:
    """Simple interest in fen on `principal` from `start` to `end`, span by span."""
    total = Decimal(0)
    for index, item in enumerate(spans):
        stop = spans[index + 1].start if index + 1 < len(spans) else dt.date.max
        days = (min(end, stop) - max(start, item.start)).days
        if days > 0:
            total += principal * item.rate_percent / 100 * days / DAYS_PER_YEAR
    return total


def _fen(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def lawful_balance(
    loan: Loan,
    cost: RealCost | None,
    payments: Sequence[Payment],
    on: dt.date,
    lpr_table: LprTable,
    claimed: Money,
) -> LawfulBalance:
    """The lawful balance on `on` (see the module docstring) beside `claimed`."""
    own = cost.compared_percent if cost is not None else Decimal(loan.rate_percent)
    spans = allowed_spans(loan, own, lpr_table, on)
    principal, interest = loan.received.fen, Decimal(0)
    accrued_total = Decimal(0)
    paid = paid_interest = paid_principal = overpaid = 0
    last = loan.contract_date
    with localcontext() as ctx:
        ctx.prec = 34
        for payment in sorted(payments, key=lambda p: p.paid_on):
            if payment.paid_on > on:
                break
            grown = _interest(principal, spans, last, payment.paid_on)
            interest += grown
            accrued_total += grown
            last = max(last, payment.paid_on)
            amount = payment.amount.fen
            paid += amount
            to_interest = min(amount, _fen(interest))
            interest -= to_interest
            to_principal = min(amount - to_interest, principal)
            principal -= to_principal
            paid_interest += to_interest
            paid_principal += to_principal
            overpaid += amount - to_interest - to_principal
        grown = _interest(principal, spans, last, on)
        interest += grown
        accrued_total += grown
    owed = min(Money(principal + max(_fen(interest), 0)), claimed)
    rate = spans[-1].rate_percent
    params = {
        "on": on.isoformat(),
        "lawful": owed.format(),
        "principal": loan.received.format(),
        "cap": percent_text(rate),
        "claimed": claimed.format(),
        "difference": (claimed - owed).format(),
    }
    return LawfulBalance(
        on=on,
        principal=loan.received,
        spans=spans,
        interest=Money(_fen(accrued_total)),
        paid=Money(paid),
        paid_interest=Money(paid_interest),
        paid_principal=Money(paid_principal),
        owed=owed,
        overpaid=Money(overpaid),
        claimed=claimed,
        explanation=Explanation("legal.lawful_balance" if owed < claimed else "legal.lawful_claim_within", params),
    )
