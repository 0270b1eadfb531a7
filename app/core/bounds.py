"""What a loan's rates and dates may be so that every calculator can compute with them: the one
rule for the loan editor and the import (issue 9 item 6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.core.errors import FieldError
from app.core.records import ABSURD_ANNUAL_RATE, Loan, RateBasis

RATE_RANGE = (Decimal(0), ABSURD_ANNUAL_RATE)  # percent a year, the line past which the editor calls a rate absurd
DATE_RANGE = (dt.date(1900, 1, 1), dt.date(2199, 12, 31))
PER_YEAR = {RateBasis.ANNUAL: 1, RateBasis.MONTHLY: 12, RateBasis.DAILY: 365, RateBasis.PER_PERIOD_FEE: 12}
LOAN_RATES = {"rate_percent": "rate_basis", "penalty_rate_percent": "penalty_rate_basis"}


def loan_bound_errors(loan: Loan) -> tuple[FieldError, ...]:
    """Dates outside DATE_RANGE and rates above RATE_RANGE at their yearly size (a 5 % daily rate is 1 825 % a year)."""
    errors: list[FieldError] = []
    low, high = DATE_RANGE
    dates = [("contract_date", loan.contract_date, {}), ("first_due_date", loan.first_due_date, {})]
    dates += [("custom_schedule", row.due_date, {"row": i}) for i, row in enumerate(loan.custom_schedule, start=1)]
    for field, day, where in dates:
        if not low <= day <= high:
            errors.append(FieldError(field, "field.range", {"low": low.isoformat(), "high": high.isoformat(), **where}))
    for field, basis_field in LOAN_RATES.items():
        rate = getattr(loan, field)
        if rate is not None and rate * PER_YEAR.get(getattr(loan, basis_field), 1) > RATE_RANGE[1]:
            errors.append(FieldError(field, "rate.absurd", {"limit": RATE_RANGE[1]}))
    return tuple(errors)
