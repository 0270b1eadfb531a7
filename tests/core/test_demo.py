import datetime as dt

import pytest

from app.core.demo import DEMO_OVERDUE_DAYS, demo_data
from app.core.loan_summary import summarise
from app.core.lpr import LprTable
from app.core.records import LoanStatus


@pytest.mark.parametrize("today", [dt.date(2024, 1, 31), dt.date(2024, 3, 1), dt.date(2025, 12, 31), dt.date(2026, 11, 23)])
def test_the_demo_tells_one_consistent_story_on_any_day(today):
    """Loans marked current are paid up; only the overdue one (and the one under negotiation) is in arrears."""
    data = demo_data(today)
    table = LprTable.load()
    days = {}
    for position, loan in enumerate(data.loans, start=1):
        summary = summarise(loan, [p for p in data.payments if p.loan_id == position], today, table)
        assert summary.problem is None
        days[loan.status, position] = summary.days_overdue
    assert days[LoanStatus.OVERDUE, 1] == DEMO_OVERDUE_DAYS
    assert 30 < days[LoanStatus.NEGOTIATING, 3] < 90
    assert all(d == 0 for (status, _), d in days.items() if status == LoanStatus.CURRENT)
