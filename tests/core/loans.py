"""The loan the core tests start from: ¥10 000 at 12 % a year over 12 months, contract 2024-01-10."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.core.money import Money
from app.core.records import LenderType, Loan, Payment

Y = Money.yuan


def make_loan(**changes) -> Loan:
    """The base loan, first due 2024-02-10 (888.49 a month, 661.86 interest in all), with `changes` applied."""
    fields = dict(
        lender="Test",
        lender_type=LenderType.PLATFORM,
        principal=Y(10000),
        received=Y(10000),
        contract_date=dt.date(2024, 1, 10),
        first_due_date=dt.date(2024, 2, 10),
        instalments=12,
        rate_percent=Decimal(12),
    )
    fields.update(changes)
    return Loan(**fields)


def pay(day: dt.date, amount: str | int) -> Payment:
    """A payment of `amount` yuan on `day` against loan 1."""
    return Payment(1, day, Y(amount))
