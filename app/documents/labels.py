"""Dates as a reader of a document expects them. (Enum labels come from app.core.labels.)"""

from __future__ import annotations

import datetime as dt

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def long_date(day: dt.date, lang: str) -> str:
    """'2026年4月20日' or '20 April 2026'."""
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
