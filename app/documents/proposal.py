"""A default proposal when none has been saved: waive the penalties and spread the rest of what is
owed over equal monthly instalments (the schedule core's 0 % equal-instalment split: equal rows,
the last one absorbing the rounding)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.core.money import Money
from app.core.records import RepaymentMethod
from app.core.schedule import add_months, schedule_for
from app.documents.inputs import Breakdown, Outstanding, Proposal, ScheduleLine

DEFAULT_INSTALMENTS = 12


def equal_instalments(total: Money, count: int, first_due: dt.date) -> tuple[ScheduleLine, ...]:
    """`total` in `count` monthly rows from `first_due`; none when there is nothing to pay."""
    if total.fen <= 0 or count < 1:
        return ()
    schedule = schedule_for(total, Decimal(0), count, RepaymentMethod.EQUAL_INSTALMENT, first_due=first_due)
    return tuple(ScheduleLine(row.period, row.due_date, row.payment) for row in schedule.rows)


def default_proposal(outstanding: Outstanding, today: dt.date, count: int = DEFAULT_INSTALMENTS) -> Proposal:
    """Penalties waived, the rest in `count` equal monthly instalments from a month after `today`."""
    owed = outstanding.stated
    waived = Breakdown(penalties=owed.penalties)
    rows = equal_instalments(owed.total - waived.total, count, add_months(today, 1))
    return Proposal(rows=rows, waived=waived)
