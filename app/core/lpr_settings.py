"""The user's own LPR entries, kept in the vault as a JSON setting and merged with the shipped table.

Pure: the service layer reads and writes the setting; these functions only turn it into entries and back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import InvalidOperation

from app.core.lpr import LprEntry, LprError, LprTable, parse_entry

SETTING_KEY = "lpr.extra"


def parse_extra(raw: str | None) -> tuple[LprEntry, ...]:
    """The entries the user added, from the stored JSON; a damaged setting yields none rather than an error."""
    if not raw:
        return ()
    try:
        items = json.loads(raw)
    except ValueError:
        return ()
    entries = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            entry, errors = parse_entry(str(item.get("date", "")), str(item.get("rate", "")))
            if entry is not None and not errors:
                entries.append(entry)
    return tuple(sorted(entries))


def extra_json(entries: Iterable[LprEntry]) -> str:
    return json.dumps([{"date": e.date.isoformat(), "rate": f"{e.rate_percent}"} for e in sorted(set(entries))])


def table_with(extra: Iterable[LprEntry]) -> LprTable:
    """The shipped history with the user's entries; the shipped one alone if theirs cannot be used."""
    try:
        return LprTable.load(extra=tuple(extra))
    except (LprError, OSError, InvalidOperation):
        return LprTable.load()
