"""Dates and lists as a reader of a document expects them, in the catalogue's words.
(Enum labels come from app.core.labels.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.core.messages import text


def long_date(day: dt.date, lang: str) -> str:
    """'2026年4月20日' or '20 April 2026'."""
    month = text(f"doc.parts.month_{day.month}", lang)
    return text("doc.parts.date", lang, year=day.year, month=month, day=day.day)


def joined(items: Iterable[str], lang: str, between: str = "phrases") -> str:
    """The non-empty items as the language lists them: between "phrases" (；), "names" (、) or "parts" (，)."""
    return text(f"doc.parts.between_{between}", lang).join(item for item in items if item)
