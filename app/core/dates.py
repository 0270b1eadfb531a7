"""Dates as people type them: 2025-03-10, 2025/3/10, 2025.3.10, 20250310, 2025年3月10日."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from app.core.messages import CodedError

_SEPARATED = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_day(text: str) -> dt.date:
    """The calendar day in `text` (year first); CodedError "date.invalid" for anything else."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    match = _SEPARATED.fullmatch(cleaned) or _COMPACT.fullmatch(cleaned)
    if match is None:
        raise CodedError("date.invalid", text=text[:50])
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise CodedError("date.invalid", text=text[:50]) from None
