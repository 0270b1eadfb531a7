"""The diary's queries and the evidence store: paged listings, search, chunked attachments, custody.

An attachment is copied in chunks inside one transaction: a cancelled or killed import rolls
back whole and leaves no half-stored file. Reading streams the chunks back in order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
from collections.abc import Callable, Iterator
from typing import BinaryIO

from sqlalchemy import Text, and_, func, insert, select, text, type_coerce

from app.core import records as r
from app.core.diary import ANY_FLAG, AttachmentInfo, DiaryFilter, DiaryLine, lender_label
from app.core.messages import CodedError
from app.store import diary_index
from app.store import models as m
from app.store.repository import Repository

CHUNK_SIZE = 1 << 20

Progress = Callable[[int], None]  # bytes stored so far
Cancelled = Callable[[], bool]


class ImportCancelled(CodedError):
    def __init__(self) -> None:
        super().__init__("diary.attachment_cancelled")


# --- listings -----------------------------------------------------------------------------
def _conditions(s, f: DiaryFilter) -> tuple[list, int | None] | None:
    """WHERE conditions for a filter and, for a search, its number of hits; None when it can match nothing."""
    c = m.ContactRow
    where: list = []
    hits = None
    if f.query.strip():
        found = diary_index.matches(s, f.query)
        if found is None:
            return None
        condition, hits = found
        where.append(condition)
    if f.loan_id is not None:
        where.append(c.loan_id == f.loan_id)
    if f.lender_name.strip():
        where.append(and_(c.loan_id.is_(None), func.lower(c.lender_name) == f.lender_name.strip().lower()))
    if f.start is not None:
        where.append(c.happened_at >= dt.datetime.combine(f.start, dt.time()))
    if f.end is not None:
        where.append(c.happened_at < dt.datetime.combine(f.end + dt.timedelta(days=1), dt.time()))
    if f.channel is not None:
        where.append(c.channel == f.channel)
    flags = type_coerce(c.misconduct, Text)  # the stored JSON text, compared as text
    if f.flag == ANY_FLAG:
        where.append(flags != "[]")
    elif f.flag:
        where.append(flags.like(f'%"{f.flag}"%'))
    if f.pending_follow_ups:
        where.append(and_(c.follow_up.is_not(None), c.follow_up_done_at.is_(None)))
    return where, hits


def count(repo: Repository, f: DiaryFilter = DiaryFilter()) -> int:
    with repo.session() as s:
        found = _conditions(s, f)
        if found is None:
            return 0
        where, hits = found
        if hits is not None and len(where) == 1:  # a search alone: the index has counted already
            return hits
        return s.scalar(select(func.count()).select_from(m.ContactRow).where(*where))


def page(repo: Repository, f: DiaryFilter = DiaryFilter(), offset: int = 0, limit: int = 200,
         oldest_first: bool = False) -> list[DiaryLine]:
    """Entries newest first (or oldest first), `limit` of them from `offset` (-1: all)."""
    c = m.ContactRow
    order = (c.happened_at, c.id) if oldest_first else (c.happened_at.desc(), c.id.desc())
    with repo.session() as s:
        found = _conditions(s, f)
        if found is None:
            return []
        query = select(c.__table__).where(*found[0]).order_by(*order).offset(offset).limit(limit)
        return _lines(s, [r.ContactEntry(**row) for row in s.execute(query).mappings()])


def _lines(s, entries: list[r.ContactEntry]) -> list[DiaryLine]:
    """Entries with their lender's name and their number of files."""
    ids = [entry.id for entry in entries]
    loan_ids = {entry.loan_id for entry in entries if entry.loan_id is not None}
    lenders = dict(s.execute(select(m.LoanRow.id, m.LoanRow.lender).where(m.LoanRow.id.in_(loan_ids))).all())
    files = dict(s.execute(
        select(m.AttachmentRow.contact_id, func.count()).where(m.AttachmentRow.contact_id.in_(ids))
        .group_by(m.AttachmentRow.contact_id)
    ).all())
    return [DiaryLine(entry, lender_label(entry, lenders.get(entry.loan_id)), files.get(entry.id, 0)) for entry in entries]


def line(repo: Repository, contact_id: int) -> DiaryLine:
    with repo.session() as s:
        row = s.get(m.ContactRow, contact_id)
        if row is None:
            raise KeyError(f"ContactEntry {contact_id}")
        return _lines(s, [m.to_record(r.ContactEntry, row)])[0]


def on_day(repo: Repository, day: dt.date) -> list[r.ContactEntry]:
    """Every entry of one calendar day (for the frequency suggestion)."""
    c = m.ContactRow
    start = dt.datetime.combine(day, dt.time())
    with repo.session() as s:
        rows = s.scalars(select(c).where(c.happened_at >= start, c.happened_at < start + dt.timedelta(days=1)))
        return [m.to_record(r.ContactEntry, row) for row in rows]


def follow_ups_due(repo: Repository, today: dt.date) -> list[DiaryLine]:
    """Follow-ups not marked done whose date is today or past, oldest first."""
    c = m.ContactRow
    with repo.session() as s:
        rows = s.scalars(
            select(c).where(c.follow_up.is_not(None), c.follow_up <= today, c.follow_up_done_at.is_(None))
            .order_by(c.follow_up, c.happened_at)
        ).all()
        return _lines(s, [m.to_record(r.ContactEntry, row) for row in rows])


def lender_names(repo: Repository) -> list[str]:
    """The free lender names used so far, for the entry dialog's suggestions and the filter.

    One index seek per distinct name (a skip scan), not a pass over every entry.
    """
    skip_scan = text(
        "WITH RECURSIVE names(name) AS ("
        " SELECT min(lender_name) FROM contacts WHERE lender_name > ''"
        " UNION ALL SELECT (SELECT min(lender_name) FROM contacts WHERE lender_name > name) FROM names"
        " WHERE name IS NOT NULL)"
        " SELECT name FROM names WHERE name IS NOT NULL"
    )
    with repo.session() as s:
        return list(s.scalars(skip_scan))


# --- attachments --------------------------------------------------------------------------
def store_attachment(repo: Repository, record: r.Attachment, stream: BinaryIO, *, progress: Progress | None = None,
                     cancelled: Cancelled | None = None, chunk_size: int = CHUNK_SIZE) -> r.Attachment:
    """Copy `stream` into the vault in chunks, hashing as it goes, and log 'added'; all or nothing.

    Raises ImportCancelled (nothing stored) when `cancelled()` turns true.
    """
    digest, size = hashlib.sha256(), 0
    with repo.session(write=True) as s:
        stored = repo.insert(s, dataclasses.replace(record, id=None, sha256="", size=0))
        for seq in itertools.count():
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            block = stream.read(chunk_size)
            if not block:
                break
            digest.update(block)
            s.execute(insert(m.AttachmentChunkRow), {"attachment_id": stored.id, "seq": seq, "data": block})
            size += len(block)
            if progress is not None:
                progress(size)
        stored = dataclasses.replace(stored, sha256=digest.hexdigest(), size=size)
        m.copy_into(s.get(m.AttachmentRow, stored.id), stored)
        repo.insert(s, r.CustodyEvent(stored.id, r.CustodyAction.ADDED, stored.added_at))
    return stored


def chunks(repo: Repository, attachment_id: int) -> Iterator[bytes]:
    """The attachment's bytes chunk by chunk, each read in its own short session."""
    with repo.session() as s:
        total = s.scalar(select(func.count()).where(m.AttachmentChunkRow.attachment_id == attachment_id))
    for seq in range(total):
        with repo.session() as s:
            yield s.get(m.AttachmentChunkRow, (attachment_id, seq)).data


def write_attachment(repo: Repository, attachment_id: int, out: BinaryIO) -> str:
    """Write the attachment's bytes to `out`; returns their SHA-256, which must match the stored one."""
    stored = repo.get(r.Attachment, attachment_id)
    digest = hashlib.sha256()
    for block in chunks(repo, attachment_id):
        digest.update(block)
        out.write(block)
    if digest.hexdigest() != stored.sha256:
        raise CodedError("diary.attachment_corrupt", name=stored.filename)
    return stored.sha256


def log_custody(repo: Repository, attachment_id: int, action: r.CustodyAction, at: dt.datetime, detail: str = "") -> None:
    repo.add(r.CustodyEvent(attachment_id, action, at, detail))


def attachments(repo: Repository, contact_id: int | None = None) -> list[AttachmentInfo]:
    """Attachments (of one entry, or all) with their custody logs, in the order they were added."""
    with repo.session() as s:
        query = select(m.AttachmentRow).order_by(m.AttachmentRow.id)
        if contact_id is not None:
            query = query.where(m.AttachmentRow.contact_id == contact_id)
        found = [m.to_record(r.Attachment, row) for row in s.scalars(query)]
        events = s.scalars(select(m.CustodyRow).where(m.CustodyRow.attachment_id.in_([a.id for a in found]))
                           .order_by(m.CustodyRow.at, m.CustodyRow.id))
        log: dict[int, list[r.CustodyEvent]] = {}
        for row in events:
            log.setdefault(row.attachment_id, []).append(m.to_record(r.CustodyEvent, row))
        return [AttachmentInfo(a, tuple(log.get(a.id, ()))) for a in found]


def all_lines(repo: Repository, loan_id: int | None = None, lender_name: str = "") -> list[DiaryLine]:
    """Every entry (optionally of one lender), oldest first, for reports."""
    return page(repo, DiaryFilter(loan_id=loan_id, lender_name=lender_name), 0, -1, oldest_first=True)
