"""Schema 5: bullet loans (一次性还本付息) carry their term, and their first due date is the real due date.

Before, a bullet loan's `instalments` was its term and the one instalment fell `instalments − 1`
periods after `first_due_date`. Now `term` holds the term, `instalments` is 1 and
`first_due_date` is the day the instalment is due: the same schedule, read plainly.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection

from app.core.records import Period
from app.core.schedule import due_date


def upgrade(connection: Connection) -> None:
    connection.exec_driver_sql("ALTER TABLE loans ADD COLUMN term INTEGER")
    rows = connection.exec_driver_sql(
        "SELECT id, first_due_date, instalments, period FROM loans WHERE method = 'bullet'").fetchall()
    for loan_id, first_due, instalments, period in rows:
        due = due_date(dt.date.fromisoformat(str(first_due)), Period(period), instalments - 1)
        connection.exec_driver_sql(
            "UPDATE loans SET term = ?, instalments = 1, first_due_date = ? WHERE id = ?",
            (instalments, due.isoformat(), loan_id))
