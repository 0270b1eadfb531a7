"""Internal rate of return in Decimal: per period for regular flows, annual (Actual/365) for dated flows.

Both solve a polynomial in x = 1 / (1 + rate) (per period, or per day for `xirr`), so the
flows' signs tell how many roots there can be (Descartes' rule). With one sign change the
root is unique and found by Newton's method kept inside a bracket (bisection when a step
would leave it). With more, the rates from −99 % to +10 000 % (a period, or a year for `xirr`) are scanned: one
crossing is solved, several raise `irr.not_unique`, none raises `irr.no_solution`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal, localcontext

from app.core.messages import CodedError
from app.core.money import Money

PRECISION = 30
_TOLERANCE = Decimal("1e-22")
_MAX_STEPS = 300
_RESULT_PLACES = Decimal("1e-18")
DAYS_PER_YEAR = 365


class IrrError(CodedError, ValueError):
    """No rate, or more than one, makes the flows' present value zero."""


def _fen(amount: Money | int | Decimal) -> Decimal:
    if isinstance(amount, Money):
        return Decimal(amount.fen)
    if isinstance(amount, bool) or isinstance(amount, float) or not isinstance(amount, (int, Decimal)):
        raise TypeError(f"cash flows are Money, int fen or Decimal, not {type(amount).__name__}")
    return Decimal(amount)


def sign_changes(values: Iterable[Decimal | int]) -> int:
    """How many times the sign flips, zeros skipped."""
    changes, last = 0, 0
    for value in values:
        sign = (value > 0) - (value < 0)
        if sign and last and sign != last:
            changes += 1
        last = sign or last
    return changes


class _Polynomial:
    """Σ c·x^e over sorted integer exponents, evaluated with incremental powers."""

    def __init__(self, terms: list[tuple[int, Decimal]]) -> None:
        self.terms = terms
        degree = terms[-1][0]
        self.dense: list[Decimal] | None = None
        if degree < 4 * len(terms):
            dense = [Decimal(0)] * (degree + 1)
            for exponent, coefficient in terms:
                dense[exponent] = coefficient
            self.dense = dense[::-1]

    def value_and_slope(self, x: Decimal) -> tuple[Decimal, Decimal]:
        if self.dense is not None:
            value = slope = Decimal(0)
            for coefficient in self.dense:
                slope = slope * x + value
                value = value * x + coefficient
            return value, slope
        if x == 0:
            return self.terms[0][1] if self.terms[0][0] == 0 else Decimal(0), Decimal(0)
        total = slope = Decimal(0)
        power, at = Decimal(1), 0
        for exponent, coefficient in self.terms:
            if exponent != at:
                power *= x if exponent - at == 1 else x ** (exponent - at)
                at = exponent
            term = coefficient * power
            total += term
            slope += term * exponent
        return total, slope / x

    def value(self, x: Decimal) -> Decimal:
        return self.value_and_slope(x)[0]


def _sign(value: Decimal) -> int:
    return (value > 0) - (value < 0)


def _solve_in(poly: _Polynomial, low: Decimal, high: Decimal) -> Decimal:
    """The root of `poly` between low and high (values of opposite sign there).

    Newton starts from the high end: with one sign change the polynomial is convex (or
    concave) towards it, so the steps approach the root from that side without overshooting;
    a step that would leave the bracket is replaced by bisection.
    """
    f_low = poly.value(low)
    x = high
    for _ in range(_MAX_STEPS):
        f, slope = poly.value_and_slope(x)
        if f == 0:
            return x
        if _sign(f) == _sign(f_low):
            low, f_low = x, f
        else:
            high = x
        candidate = x - f / slope if slope else x
        if slope and abs(candidate - x) <= _TOLERANCE * max(Decimal(1), abs(x)):
            return candidate
        if not low < candidate < high:
            candidate = (low + high) / 2
        x = candidate
    raise IrrError("irr.no_solution")


def _scan_grid(units: int) -> list[Decimal]:
    """x = (1+r)^(−1/units) for r from +10 000 % down to −99 %, denser near r = 0.

    r is a rate per `units` steps of the exponent: per period for irr(), per year for xirr().
    """
    rates = [Decimal(-99) / 100 + Decimal(i) / 100 for i in range(0, 99, 3)]
    rates += [Decimal(i) / 1000 for i in range(0, 200)]
    rates += [Decimal(i) / 10 for i in range(2, 1001)]
    power = Decimal(-1) / units
    return sorted({(1 + r) ** power for r in rates})


def _root(terms: list[tuple[int, Decimal]], units: int = 1) -> Decimal:
    """The unique positive root x of Σ c·x^e, or IrrError."""
    terms = [(e, c) for e, c in sorted(terms) if c != 0]
    if len(terms) < 2:
        raise IrrError("irr.no_sign_change")
    changes = sign_changes(c for _, c in terms)
    if changes == 0:
        raise IrrError("irr.no_sign_change")
    shift = terms[0][0]
    poly = _Polynomial([(e - shift, c) for e, c in terms])
    if changes == 1:
        first = _sign(poly.terms[0][1])
        low, high = Decimal(0), Decimal(1)
        while _sign(poly.value(high)) == first:
            low, high = high, high * 2
            if high > 2**60:
                raise IrrError("irr.no_solution")
        return _solve_in(poly, low, high)
    grid = _scan_grid(units)
    values = [poly.value(x) for x in grid]
    brackets = [
        (grid[i], grid[i + 1]) for i in range(len(grid) - 1) if _sign(values[i]) * _sign(values[i + 1]) < 0
    ]
    exact = [x for x, v in zip(grid, values) if v == 0]
    if len(brackets) + len(exact) > 1:
        raise IrrError("irr.not_unique", count=len(brackets) + len(exact))
    if exact:
        return exact[0]
    if not brackets:
        raise IrrError("irr.no_solution")
    return _solve_in(poly, *brackets[0])


def _tidy(rate: Decimal) -> Decimal:
    """Drop the solver's last-digit noise (1e-25 for an exact 0)."""
    rate = rate.quantize(_RESULT_PLACES)
    return rate if rate else Decimal(0)


def irr(flows: Sequence[Money | int | Decimal]) -> Decimal:
    """The rate per period (0.01 = 1 %) at which the flows' present value is zero.

    flows[0] is at time 0, flows[t] one period later each; signs are the caller's choice
    (money received negative and repayments positive, or the reverse).
    Raises IrrError: irr.no_sign_change, irr.no_solution, irr.not_unique.
    """
    with localcontext() as ctx:
        ctx.prec = PRECISION
        x = _root([(t, _fen(a)) for t, a in enumerate(flows)])
        return _tidy(1 / x - 1)


def xirr(dated_flows: Iterable[tuple[dt.date, Money | int | Decimal]]) -> Decimal:
    """The effective annual rate (Actual/365) for flows on arbitrary dates; same errors as irr()."""
    flows = list(dated_flows)
    if not flows:
        raise IrrError("irr.no_sign_change")
    start = min(day for day, _ in flows)
    by_day: dict[int, Decimal] = {}
    for day, amount in flows:
        offset = (day - start).days
        by_day[offset] = by_day.get(offset, Decimal(0)) + _fen(amount)
    with localcontext() as ctx:
        ctx.prec = PRECISION
        x = _root(list(by_day.items()), DAYS_PER_YEAR)
        return _tidy(x**-DAYS_PER_YEAR - 1)


def annualise(rate: Decimal, periods_per_year: int) -> tuple[Decimal, Decimal]:
    """(simple, compound) annual percent from a period rate, as PBOC 公告〔2021〕第3号 defines them."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return rate * periods_per_year * 100, ((1 + rate) ** periods_per_year - 1) * 100


def period_rate_from_annual(annual: Decimal, periods_per_year: int) -> Decimal:
    """The period rate compounding to the effective annual rate `annual` (a fraction)."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return (1 + annual) ** (Decimal(1) / periods_per_year) - 1


def rates_from_annual(annual: Decimal, periods_per_year: int) -> tuple[Decimal, Decimal, Decimal]:
    """(period rate, simple %, compound %) for an effective annual rate such as xirr() gives."""
    rate = period_rate_from_annual(annual, periods_per_year)
    return rate, rate * periods_per_year * 100, annual * 100
