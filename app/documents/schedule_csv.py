"""A repayment schedule as CSV text: UTF-8 with a BOM so Excel and WPS show Chinese; money as '1234.50'."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.messages import text
from app.core.schedule import Schedule
from app.documents.csv_text import csv_text

_HEADER = ("period", "due_date", "payment", "principal", "interest", "fee", "balance", "status")


def schedule_rows(schedule: Schedule, lang: str = "zh_CN", marks: Sequence[str] | None = None) -> list[list[str]]:
    """Header, one row per instalment (numbered from 1), then the totals; `marks` (one per row) fills the status column."""
    rows = [[text(f"csv.schedule.{column}", lang) for column in _HEADER]]
    for index, row in enumerate(schedule.rows):
        rows.append([
            str(index + 1),  # the row's number as the user counts it (a bullet loan's one row is 1, not its term)
            row.due_date.isoformat() if row.due_date else "",
            row.payment.plain(),
            row.principal.plain(),
            row.interest.plain(),
            row.fee.plain(),
            row.balance.plain(),
            marks[index] if marks is not None and index < len(marks) else "",
        ])
    rows.append([
        text("csv.schedule.total", lang), "", schedule.total_payment.plain(), schedule.total_principal.plain(),
        schedule.total_interest.plain(), schedule.total_fees.plain(), "", "",
    ])
    return rows


def schedule_csv(schedule: Schedule, lang: str = "zh_CN", marks: Sequence[str] | None = None) -> str:
    """The CSV text, starting with the BOM; rows end with CRLF as spreadsheet programs expect."""
    return csv_text(schedule_rows(schedule, lang, marks))


def schedule_csv_bytes(schedule: Schedule, lang: str = "zh_CN", marks: Sequence[str] | None = None) -> bytes:
    """The CSV file's bytes (UTF-8, BOM first)."""
    return schedule_csv(schedule, lang, marks).encode("utf-8")
