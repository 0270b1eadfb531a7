"""The one clock: pages, services and CLI commands ask it for today and now; tests fix it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class Clock:
    """The wall clock, or a fixed moment when `fixed` is set (tests, `--on` style options)."""

    fixed: dt.datetime | None = None

    def now(self) -> dt.datetime:
        return self.fixed if self.fixed is not None else dt.datetime.now().replace(microsecond=0)

    def today(self) -> dt.date:
        return self.now().date()

    @classmethod
    def at(cls, day: dt.date, time: dt.time = dt.time(12, 0)) -> Clock:
        return cls(dt.datetime.combine(day, time))
