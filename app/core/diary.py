"""The contact diary's plain values: what a listing shows, how it is filtered, follow-up states."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.core.messages import text
from app.core.records import Attachment, Channel, ContactEntry, CustodyEvent, Direction

ANY_FLAG = "*"  # DiaryFilter.flag: any misconduct flag at all
PAGE_SIZE = 200
DEFAULT_ATTACHMENT_LIMIT_MB = 1024


@dataclass(frozen=True, slots=True)
class DiaryFilter:
    """Which entries to list; every condition given must hold. Empty values mean 'any'."""

    query: str = ""
    loan_id: int | None = None
    lender_name: str = ""  # a free name (agency, unknown caller), matched exactly, case-insensitive
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive
    channel: Channel | None = None
    flag: str = ""  # a checklist code, or ANY_FLAG
    pending_follow_ups: bool = False  # a follow-up date set and not marked done


@dataclass(frozen=True, slots=True)
class DiaryLine:
    """One entry as a listing shows it: the entry, who it was with, how many files it holds."""

    entry: ContactEntry
    lender: str
    attachments: int


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """An attachment with its custody log, oldest first."""

    attachment: Attachment
    custody: tuple[CustodyEvent, ...]


class FollowUp(StrEnum):
    NONE = "none"
    DONE = "done"
    OVERDUE = "overdue"
    TODAY = "today"
    LATER = "later"


def follow_up_state(entry: ContactEntry, today: dt.date) -> FollowUp:
    if entry.follow_up is None:
        return FollowUp.NONE
    if entry.follow_up_done_at is not None:
        return FollowUp.DONE
    if entry.follow_up < today:
        return FollowUp.OVERDUE
    return FollowUp.TODAY if entry.follow_up == today else FollowUp.LATER


def lender_label(entry: ContactEntry, loan_lender: str | None) -> str:
    """The loan's lender, else the free name the user typed, else the counterparty."""
    return loan_lender or entry.lender_name or entry.counterparty


def who_text(entry: ContactEntry, lang: str = "zh_CN") -> str:
    """Who was on the other side: role and name, then the staff number and phone they gave, labelled."""
    who = " ".join(part for part in (entry.counterparty, entry.person_name) if part)
    details = [text(code, lang, **{key: value}) for code, key, value in (
        ("contact.staff_id", "staff_id", entry.staff_id), ("contact.phone", "phone", entry.phone)) if value]
    comma = "，" if lang == "zh_CN" else ", "
    if not details:
        return who
    if not who:
        return comma.join(details)
    return text("contact.who_details", lang, who=who, details=comma.join(details))


def in_future(moment: dt.datetime, now: dt.datetime, slack: dt.timedelta = dt.timedelta(minutes=5)) -> bool:
    """A contact time later than now (beyond a few minutes of clock slack): worth a warning."""
    return moment > now + slack


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags as typed, separated by commas (either width) or spaces; duplicates dropped, order kept."""
    cleaned = text.replace("，", ",").replace("、", ",").replace(",", " ")
    return tuple(dict.fromkeys(tag for tag in cleaned.split() if tag))


def direction_text(direction: Direction, lang: str) -> str:
    """Who contacted whom, in the user's words ('They contacted me' / '对方联系我')."""
    return text(f"diary.direction.{direction.value}", lang)


def size_text(size: int) -> str:
    """Bytes as people read them: 512 B, 12.5 KB, 3.2 MB (1 KB = 1024 B)."""
    if size < 1024:
        return f"{size} B"
    for unit in ("KB", "MB", "GB"):
        size_tenths = size * 10 // 1024
        if size_tenths < 10240 or unit == "GB":
            return f"{size_tenths // 10}.{size_tenths % 10} {unit}"
        size //= 1024
    raise AssertionError  # pragma: no cover
