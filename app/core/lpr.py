"""The one-year Loan Prime Rate (LPR) history: shipped in resources/data/lpr.csv, extended by the user.

The shipped table lists each published change (date, rate %) since the reform of
2019-08-20; the user adds new publications in the app (kept in the vault) and passes
them in as `extra`; an extra entry on a shipped date replaces it.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.core.errors import FieldError
from app.core.messages import CodedError
from app.core.paths import resource_dir

MAX_RATE = Decimal(20)


class LprError(CodedError, LookupError):
    """No LPR for the date asked, or a damaged table."""


@dataclass(frozen=True, order=True, slots=True)
class LprEntry:
    """The one-year LPR published on `date`, in force until the next entry."""

    date: dt.date
    rate_percent: Decimal

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        if not isinstance(self.date, dt.date):
            errors.append(FieldError("date", "date.invalid", {"text": str(self.date)}))
        if not isinstance(self.rate_percent, Decimal) or not self.rate_percent.is_finite() or not 0 < self.rate_percent < MAX_RATE:
            errors.append(FieldError("rate_percent", "lpr.rate_range"))
        return tuple(errors)


def parse_entry(date_text: str, rate_text: str) -> tuple[LprEntry | None, tuple[FieldError, ...]]:
    """An entry from what the user typed, or None and the field errors."""
    errors: list[FieldError] = []
    day: dt.date | None = None
    rate: Decimal | None = None
    try:
        day = dt.date.fromisoformat(str(date_text).strip())
    except ValueError:
        errors.append(FieldError("date", "date.invalid", {"text": str(date_text).strip()}))
    try:
        rate = Decimal(str(rate_text).strip().rstrip("%").strip())
    except InvalidOperation:
        errors.append(FieldError("rate_percent", "rate.invalid", {"text": str(rate_text).strip()}))
    if rate is not None and (not rate.is_finite() or not 0 < rate < MAX_RATE):
        errors.append(FieldError("rate_percent", "lpr.rate_range"))
    if errors:
        return None, tuple(errors)
    return LprEntry(day, rate), ()


def shipped_path() -> Path:
    return resource_dir() / "data" / "lpr.csv"


def read_csv(path: Path) -> tuple[LprEntry, ...]:
    """Entries from a `date,rate_percent` file; LprError(lpr.file_bad) names the bad line."""
    entries = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for line, row in enumerate(csv.reader(handle), start=1):
            if line == 1 and row and row[0].strip() == "date":
                continue
            if not row:
                continue
            entry = parse_entry(row[0], row[1])[0] if len(row) == 2 else None
            if entry is None:
                raise LprError("lpr.file_bad", line=line)
            entries.append(entry)
    return tuple(entries)


@dataclass(frozen=True, slots=True)
class LprTable:
    entries: tuple[LprEntry, ...]  # sorted by date, one per date

    @classmethod
    def load(cls, extra: Iterable[LprEntry] = (), path: Path | None = None) -> LprTable:
        """The shipped history merged with the user's entries (theirs win on the same date)."""
        by_date = {e.date: e for e in read_csv(path or shipped_path())}
        by_date.update({e.date: e for e in extra})
        return cls(tuple(sorted(by_date.values())))

    @property
    def first(self) -> LprEntry:
        return self.entries[0]

    def rate_on(self, day: dt.date) -> LprEntry:
        """The entry in force on `day` (the latest published on or before it)."""
        index = bisect.bisect_right([e.date for e in self.entries], day)
        if index == 0:
            raise LprError("lpr.before_history", first=self.entries[0].date.isoformat() if self.entries else "—")
        return self.entries[index - 1]
