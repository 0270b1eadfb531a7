"""The collection-misconduct checklist for diary entries, and the flags the app can see itself.

Each item names what it covers, the rule it touches and where that rule is written
(DESIGN.md, "Collection misconduct"); the words are in the catalogue (app/core/messages.py).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.messages import text
from app.core.records import ContactEntry, Direction

NIGHT_STARTS = dt.time(22, 0)
NIGHT_ENDS = dt.time(8, 0)
DEFAULT_DAILY_LIMIT = 3  # answered calls a day (GB/T 45251-2025); the user can change it


@dataclass(frozen=True, slots=True)
class Misconduct:
    """One checklist item; its words live in the catalogue under misconduct.<code>.label and .rule."""

    code: str
    safety: bool = False  # a threat to the person's safety: call 110

    def label(self, lang: str) -> str:
        return text(f"misconduct.{self.code}.label", lang)

    def rule(self, lang: str) -> str:
        """What the rule says, in plain words."""
        return text(f"misconduct.{self.code}.rule", lang)

    def source(self, lang: str, lender_type: str | None = None) -> str:
        """Where the rules are written, for this kind of lender (`LenderType` value; None: not known).

        A rule written for one kind of institution is cited as it is for that kind, left out for the
        other kind when a rule that does apply remains, and otherwise named with whom it binds."""
        cites = CITES[self.code]
        applying = [cite for cite in cites if cite[1] in (None, lender_type)]
        if lender_type not in SCOPES or not applying:
            applying = list(cites)
        return text("misconduct.cite_separator", lang).join(
            text(f"misconduct.cite.{code}", lang)
            + (text(f"misconduct.scope.{scope}", lang) if scope not in (None, lender_type) else "")
            for code, scope in applying
        )


# The kinds of institution a rule can be written for (LenderType values), and each item's rules:
# (catalogue code under misconduct.cite., the kind it binds or None for everyone), DESIGN.md order.
CF, SL = "consumer_finance", "small_loan"
SCOPES = (CF, SL)
CITES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "impersonation": (("sl_37_1", SL),),
    "violence": (("criminal_293_1", None), ("cf_56", CF)),
    "threat": (("cf_56", CF), ("criminal_293_1", None)),
    "stalking": (("criminal_293_1", None),),
    "flooding": (("gbt_45251", None), ("association_2026", None)),
    "night-contact": (("gbt_45251", None), ("association_2026", None)),
    "contact-third-party": (("cf_56", CF), ("sl_37_5", SL)),
    "disclosure": (("sl_37_4", SL), ("pipl_6_10", None)),
    "address-book": (("sl_38", SL), ("pipl_6_10", None)),
    "fake-documents": (("sl_37_2", SL),),
    "extra-fees": (("civil_509", None),),
    "home-entry": (("criminal_293_1", None),),
    "unidentified": (("cf_57", CF),),
}

CHECKLIST: tuple[Misconduct, ...] = (
    Misconduct("impersonation"),
    Misconduct("violence", safety=True),
    Misconduct("threat"),
    Misconduct("stalking", safety=True),
    Misconduct("flooding"),
    Misconduct("night-contact"),
    Misconduct("contact-third-party"),
    Misconduct("disclosure"),
    Misconduct("address-book"),
    Misconduct("fake-documents"),
    Misconduct("extra-fees"),
    Misconduct("home-entry", safety=True),
    Misconduct("unidentified"),
)

BY_CODE: dict[str, Misconduct] = {item.code: item for item in CHECKLIST}


def known(codes: Iterable[str]) -> tuple[Misconduct, ...]:
    """The checklist items among `codes`, in checklist order (unknown codes are skipped)."""
    wanted = set(codes)
    return tuple(item for item in CHECKLIST if item.code in wanted)


def labels(codes: Iterable[str], lang: str) -> list[str]:
    """The labels of the known `codes`, in checklist order."""
    return [item.label(lang) for item in known(codes)]


def advice(codes: Iterable[str], lang: str) -> list[str]:
    """What the user can do about these flags: 110 first when safety is at stake, then complain."""
    items = known(codes)
    if not items:
        return []
    keys = ["safety_first"] if any(item.safety for item in items) else []
    return [text(f"misconduct.advice.{key}", lang) for key in (*keys, "what_to_do", "collection_records")]


def is_night(moment: dt.datetime) -> bool:
    return moment.time() >= NIGHT_STARTS or moment.time() < NIGHT_ENDS


def lender_key(entry: ContactEntry) -> tuple[str, object]:
    """Who an entry is with: its loan, else its free lender name (case-insensitive)."""
    if entry.loan_id is not None:
        return ("loan", entry.loan_id)
    return ("name", entry.lender_name.strip().casefold())


def contacts_that_day(entry: ContactEntry, diary: Iterable[ContactEntry]) -> int:
    """Incoming contacts from the entry's lender on the entry's day, the entry itself included once."""
    key, day = lender_key(entry), entry.happened_at.date()
    others = sum(
        1 for other in diary
        if (entry.id is None or other.id != entry.id)
        and other.direction == Direction.INCOMING and other.happened_at.date() == day and lender_key(other) == key
    )
    return others + (1 if entry.direction == Direction.INCOMING else 0)


def suggest(entry: ContactEntry, same_day: Iterable[ContactEntry], daily_limit: int = DEFAULT_DAILY_LIMIT) -> tuple[str, ...]:
    """Flags the app can see for an entry: a contact at night from their side, more than
    `daily_limit` contacts from one lender that day, someone other than me contacted.

    `same_day` holds the diary's other entries (at least those of the entry's day); the entry
    itself may be among them (matched by id).
    """
    found: list[str] = []
    if entry.direction == Direction.INCOMING and is_night(entry.happened_at):
        found.append("night-contact")
    if entry.direction == Direction.INCOMING and contacts_that_day(entry, same_day) > daily_limit:
        found.append("flooding")
    if entry.third_party.strip():
        found.append("contact-third-party")
    return tuple(found)


def daily_counts(diary: Iterable[ContactEntry]) -> Counter[tuple[tuple[str, object], dt.date]]:
    """Incoming contacts per (lender, day)."""
    return Counter(
        (lender_key(entry), entry.happened_at.date()) for entry in diary if entry.direction == Direction.INCOMING
    )
