"""The user's own LPR entries, kept in the vault as a JSON setting and merged with the shipped table."""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import InvalidOperation

from app.core.lpr import LprEntry, LprError, LprTable, parse_entry

SETTING_KEY = "lpr.extra"


def load_extra(repo) -> tuple[LprEntry, ...]:
    """The entries the user added; a damaged setting yields none rather than an error."""
    raw = repo.get_setting(SETTING_KEY) if repo is not None else None
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


def save_extra(repo, entries: Iterable[LprEntry]) -> None:
    data = [{"date": e.date.isoformat(), "rate": f"{e.rate_percent}"} for e in sorted(set(entries))]
    repo.set_setting(SETTING_KEY, json.dumps(data))


def lpr_table(repo) -> LprTable:
    """The shipped history with the user's entries; the shipped one alone if theirs cannot be used."""
    try:
        return LprTable.load(extra=load_extra(repo))
    except (LprError, OSError, InvalidOperation):
        return LprTable.load()

