"""Internal rate of return in Decimal: per period for regular flows, annual (Actual/365) for dated flows.

Both solve a polynomial in x = 1 / (1 + rate) (per period, or per day for `xirr`), so the
flows' signs tell how many roots there can be (Descartes' rule). With one sign change the
root is unique: it is bracketed (x from 0 up, doubling) and found by Newton's method
safeguarded with bisection (Numerical Recipes' rtsafe), which always converges inside a
bracket, negative rates and long terms included. With more, the rates from −99 % to
+10 000 % (a period, or a year for `xirr`) are scanned: one crossing is solved, several
raise `irr.not_unique`, none raises `irr.no_solution`. Rates whose compound annual figure
exceeds `MAX_ANNUAL` raise `irr.out_of_range` rather than overflow later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import MAX_EMAX, MIN_EMIN, Decimal, DecimalException, localcontext

from app.core.messages import CodedError
from app.core.money import Money

PRECISION = 30
_TOLERANCE = Decimal("1e-22")
_MAX_STEPS = 300
_RESULT_PLACES = Decimal("1e-18")
DAYS_PER_YEAR = 365
MAX_ANNUAL = Decimal(10) ** 8  # a compound annual rate (fraction) of 10^10 %: beyond any real loan


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

    Newton's step where it stays inside the bracket and at least halves the step before,
    bisection otherwise: the bracket shrinks every time, so it converges whenever a root
    lies between low and high.
    """
    f_low, f_high = poly.value(low), poly.value(high)
    if f_low == 0:
        return low
    if f_high == 0:
        return high
    negative, positive = (low, high) if f_low < 0 else (high, low)
    x = (low + high) / 2
    step = previous = abs(high - low)
    f, slope = poly.value_and_slope(x)
    for _ in range(_MAX_STEPS):
        outside = ((x - positive) * slope - f) * ((x - negative) * slope - f) > 0
        if outside or abs(2 * f) > abs(previous * slope):
            previous, step = step, (positive - negative) / 2
            x = negative + step
        else:
            previous, step = step, f / slope
            x -= step
        if abs(step) <= _TOLERANCE * max(Decimal(1), abs(x)):
            return x
        f, slope = poly.value_and_slope(x)
        if f == 0:
            return x
        if f < 0:
            negative = x
        else:
            positive = x
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
    if abs(rate) >= 10**9:
        return +rate
    rate = rate.quantize(_RESULT_PLACES)
    return rate if rate else Decimal(0)


def _solving(ctx) -> None:
    """Working precision, with room for the powers of a long term at extreme rates."""
    ctx.prec = PRECISION
    ctx.Emax, ctx.Emin = MAX_EMAX, MIN_EMIN


def _bounded(compound_annual: Decimal) -> Decimal:
    if compound_annual > MAX_ANNUAL:
        raise IrrError("irr.out_of_range")
    return compound_annual


def irr(flows: Sequence[Money | int | Decimal]) -> Decimal:
    """The rate per period (0.01 = 1 %) at which the flows' present value is zero.

    flows[0] is at time 0, flows[t] one period later each; signs are the caller's choice
    (money received negative and repayments positive, or the reverse).
    Raises IrrError: irr.no_sign_change, irr.no_solution, irr.not_unique.
    """
    terms = [(t, _fen(a)) for t, a in enumerate(flows)]
    with localcontext() as ctx:
        _solving(ctx)
        try:
            x = _root(terms)
            if not x:
                raise IrrError("irr.out_of_range")
            return _tidy(1 / x - 1)
        except DecimalException:
            raise IrrError("irr.out_of_range") from None


def xirr(dated_flows: Iterable[tuple[dt.date, Money | int | Decimal]]) -> Decimal:
    """The effective annual rate (Actual/365) for flows on arbitrary dates; same errors as irr()."""
    daily = xirr_daily(dated_flows)
    with localcontext() as ctx:
        _solving(ctx)
        return _tidy((1 + daily) ** DAYS_PER_YEAR - 1)


def xirr_daily(dated_flows: Iterable[tuple[dt.date, Money | int | Decimal]]) -> Decimal:
    """The rate per day at which flows on arbitrary dates have a present value of zero."""
    flows = list(dated_flows)
    if not flows:
        raise IrrError("irr.no_sign_change")
    start = min(day for day, _ in flows)
    by_day: dict[int, Decimal] = {}
    for day, amount in flows:
        offset = (day - start).days
        by_day[offset] = by_day.get(offset, Decimal(0)) + _fen(amount)
    with localcontext() as ctx:
        _solving(ctx)
        try:
            x = _root(list(by_day.items()), DAYS_PER_YEAR)
            if not x:
                raise IrrError("irr.out_of_range")
            _bounded(x**-DAYS_PER_YEAR - 1)
            return 1 / x - 1
        except DecimalException:
            raise IrrError("irr.out_of_range") from None


def daily_rates(daily: Decimal, periods_per_year: int) -> tuple[Decimal, Decimal, Decimal]:
    """(period rate, simple %, compound %) from a daily rate, as PBOC 公告〔2021〕第3号 reads for dated flows.

    simple = daily × 365, compound = (1 + daily)^365 − 1; the period rate compounds to the same year.
    """
    with localcontext() as ctx:
        _solving(ctx)
        annual = _bounded((1 + daily) ** DAYS_PER_YEAR - 1)
        period = (1 + daily) ** (Decimal(DAYS_PER_YEAR) / periods_per_year) - 1
        return _tidy(period), daily * DAYS_PER_YEAR * 100, annual * 100


def annualise(rate: Decimal, periods_per_year: int) -> tuple[Decimal, Decimal]:
    """(simple, compound) annual percent from a period rate, as PBOC 公告〔2021〕第3号 defines them."""
    with localcontext() as ctx:
        _solving(ctx)
        return rate * periods_per_year * 100, _bounded((1 + rate) ** periods_per_year - 1) * 100


def period_rate_from_annual(annual: Decimal, periods_per_year: int) -> Decimal:
    """The period rate compounding to the effective annual rate `annual` (a fraction)."""
    with localcontext() as ctx:
        _solving(ctx)
        return (1 + _bounded(annual)) ** (Decimal(1) / periods_per_year) - 1
