"""A bullet loan priced by the day (日息) charges the days actually lent (QA walk-through)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.core.money import Money
from app.core.records import LenderType, Loan, Period, RateBasis, RepaymentMethod
from app.core.schedule import build_schedule

Y = Money.yuan


def _bullet(basis: RateBasis, rate: str, period: Period = Period.MONTH, term: int = 6) -> Loan:
    return Loan(
        lender="快易贷", lender_type=LenderType.SMALL_LOAN, principal=Y(8000), received=Y(8000),
        contract_date=dt.date(2026, 5, 20), first_due_date=dt.date(2026, 11, 20), instalments=1, term=term,
        period=period, method=RepaymentMethod.BULLET, rate_percent=Decimal(rate), rate_basis=basis,
    )


def test_six_months_at_a_daily_rate_charge_184_days():
    """2026-05-20 → 2026-11-20 is 184 days: 8 000 × 0.1 % × 184 = 1 472 (the app said 1 440, 6 × 30 days)."""
    (row,) = build_schedule(_bullet(RateBasis.DAILY, "0.1")).rows
    assert (row.interest, row.payment, row.due_date) == (Y(1472), Y(9472), dt.date(2026, 11, 20))


def test_an_annual_rate_still_charges_by_the_month():
    (row,) = build_schedule(_bullet(RateBasis.ANNUAL, "24")).rows
    assert row.interest == Y(960)  # 8 000 × 24 % × 6 / 12
