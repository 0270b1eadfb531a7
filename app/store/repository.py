"""Plain records in, plain records out. Every method opens its own short session."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from app.core import records as r
from app.core.errors import FieldError, ValidationFailed
from app.store import diary_index
from app.store import models as m
from app.store.errors import translated

R = TypeVar("R")
PROFILE_ID = 1

# Which references each kind carries: field -> the kind it points at.
REFERENCES: dict[type, dict[str, type]] = {
    r.Payment: {"loan_id": r.Loan},
    r.ContactEntry: {"loan_id": r.Loan},
    r.Attachment: {"loan_id": r.Loan, "contact_id": r.ContactEntry},
    r.CustodyEvent: {"attachment_id": r.Attachment},
    r.DocumentRecord: {"loan_id": r.Loan},
    r.Scenario: {"loan_id": r.Loan},
}
# Insertion order that satisfies every reference.
KIND_ORDER: tuple[type, ...] = (
    r.Loan, r.ContactEntry, r.Payment, r.IncomeSource, r.Expense, r.Asset, r.Liability,
    r.BudgetSnapshot, r.Attachment, r.DocumentRecord, r.Scenario, r.CustodyEvent,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Deleted:
    """What a delete removed (records with their ids, attachment bytes) and what it detached."""

    removed: tuple[object, ...]
    blobs: tuple[tuple[int, bytes], ...] = ()
    detached: tuple[object, ...] = ()  # records as they were before their link was cleared
    document_blobs: tuple[tuple[int, bytes], ...] = ()  # the bytes of a deleted generated document


class Repository:
    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine = engine
        self._path = path

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A short session; with write=True it commits at the end or rolls everything back."""
        with translated(self._path), Session(self._engine, expire_on_commit=False) as session:
            if write:
                with session.begin():
                    yield session
            else:
                yield session

    # reading -----------------------------------------------------------------------------
    def list(self, kind: type[R], **filters: object) -> list[R]:
        with self.session() as s:
            return self._rows(s, kind, **filters)

    def get(self, kind: type[R], id: int) -> R:
        with self.session() as s:
            row = s.get(m.ROW_FOR[kind], id)
            if row is None:
                raise KeyError(f"{kind.__name__} {id}")
            return m.to_record(kind, row)

    def count(self, kind: type[R], **filters: object) -> int:
        row_type = m.ROW_FOR[kind]
        with self.session() as s:
            return s.scalar(select(func.count()).select_from(row_type).filter_by(**filters))

    # writing -----------------------------------------------------------------------------
    def add(self, record: R) -> R:
        """Store a new record (any id it carries is ignored) and return it with its id."""
        if isinstance(record, r.Attachment):
            raise TypeError("attachments are added with add_attachment(record, data)")
        if isinstance(record, r.DocumentRecord):  # no bytes kept: nothing to describe (add_document keeps them)
            record = dataclasses.replace(record, sha256="", size=0)
        with self.session(write=True) as s:
            return self.insert(s, dataclasses.replace(record, id=None))

    def add_attachment(self, record: r.Attachment, data: bytes) -> r.Attachment:
        """Store evidence bytes inside the vault; sha256 and size are computed here."""
        from app.store.diary import store_attachment

        return store_attachment(self, record, io.BytesIO(data))

    def add_document(self, record: r.DocumentRecord, data: bytes) -> r.DocumentRecord:
        """Record a generated document with its exact file bytes; sha256 and size are computed here."""
        described = dataclasses.replace(record, id=None, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        with self.session(write=True) as s:
            stored = self.insert(s, described)
            s.add(m.DocumentBlobRow(document_id=stored.id, data=bytes(data)))
            return stored

    def document_data(self, document_id: int) -> bytes | None:
        """The bytes kept for a generated document, None when only its description was recorded."""
        with self.session() as s:
            row = s.get(m.DocumentBlobRow, document_id)
            return None if row is None else row.data

    def attachment_data(self, attachment_id: int) -> bytes:
        with self.session() as s:
            if s.get(m.AttachmentRow, attachment_id) is None:
                raise KeyError(f"Attachment {attachment_id}")
            return _chunks(s, attachment_id)

    def update(self, record: R) -> R:
        kind = type(record)
        if record.id is None:
            raise KeyError(f"{kind.__name__} without id")
        with self.session(write=True) as s:
            row = s.get(m.ROW_FOR[kind], record.id)
            if row is None:
                raise KeyError(f"{kind.__name__} {record.id}")
            if isinstance(record, (r.Attachment, r.DocumentRecord)):  # the bytes cannot change, so neither can their hash
                record = dataclasses.replace(record, sha256=row.sha256, size=row.size)
            self.check(s, record)
            m.copy_into(row, record)
            self._reindex(s, record)
            return record

    def delete(self, kind: type[R], id: int) -> Deleted:
        """Remove a record and what depends on it; links from kept records are cleared."""
        with self.session(write=True) as s:
            row = s.get(m.ROW_FOR[kind], id)
            if row is None:
                raise KeyError(f"{kind.__name__} {id}")
            removed: list[object] = [m.to_record(kind, row)]
            detached: list[object] = []
            if kind is r.Loan:
                removed += self._rows(s, r.Payment, loan_id=id)
                for dependent in (r.ContactEntry, r.Attachment, r.DocumentRecord, r.Scenario):
                    detached += self._rows(s, dependent, loan_id=id)
                    s.execute(update(m.ROW_FOR[dependent]).where(m.ROW_FOR[dependent].loan_id == id).values(loan_id=None))
            if kind is r.ContactEntry:
                removed += self._rows(s, r.Attachment, contact_id=id)
            if kind is r.DocumentRecord:
                document_blobs = tuple((id, b.data) for b in s.scalars(select(m.DocumentBlobRow).where(m.DocumentBlobRow.document_id == id)))
                s.execute(delete(m.DocumentBlobRow).where(m.DocumentBlobRow.document_id == id))
            else:
                document_blobs = ()
            attachment_ids = [rec.id for rec in removed if isinstance(rec, r.Attachment)]
            for attachment_id in attachment_ids:
                removed += self._rows(s, r.CustodyEvent, attachment_id=attachment_id)
            blobs = [(attachment_id, _chunks(s, attachment_id)) for attachment_id in attachment_ids]
            s.execute(delete(m.AttachmentChunkRow).where(m.AttachmentChunkRow.attachment_id.in_(attachment_ids)))
            for rec in reversed(removed):
                row_type = m.ROW_FOR[type(rec)]
                s.execute(delete(row_type).where(row_type.id == rec.id))
            diary_index.unindex(s, [rec.id for rec in removed if isinstance(rec, r.ContactEntry)])
            for rec in detached:
                self._reindex(s, dataclasses.replace(rec, loan_id=None))
            return Deleted(tuple(removed), tuple(blobs), tuple(detached), document_blobs)

    def undelete(self, deleted: Deleted) -> None:
        """Put back what `delete` removed, with the same ids, and restore the cleared links."""
        with self.session(write=True) as s:
            for rec in sorted(deleted.removed, key=lambda rec: KIND_ORDER.index(type(rec))):
                s.add(m.to_row(rec))
                s.flush()
            for attachment_id, data in deleted.blobs:
                self.put_chunks(s, attachment_id, data)
            for document_id, data in deleted.document_blobs:
                s.add(m.DocumentBlobRow(document_id=document_id, data=data))
            for rec in deleted.detached:
                row = s.get(m.ROW_FOR[type(rec)], rec.id)
                if row is not None:
                    row.loan_id = rec.loan_id
            for rec in (*deleted.removed, *deleted.detached):
                self._reindex(s, rec)

    # profile and settings ----------------------------------------------------------------
    def get_profile(self) -> r.Profile:
        with self.session() as s:
            row = s.get(m.ProfileRow, PROFILE_ID)
            return r.Profile() if row is None else m.to_record(r.Profile, row)

    def set_profile(self, profile: r.Profile) -> None:
        _validate(profile)
        with self.session(write=True) as s:
            self.store_profile(s, profile)

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.session() as s:
            row = s.get(m.SettingRow, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: str) -> None:
        with self.session(write=True) as s:
            s.merge(m.SettingRow(key=key, value=value))

    def settings(self) -> dict[str, str]:
        with self.session() as s:
            return {row.key: row.value for row in s.scalars(select(m.SettingRow).order_by(m.SettingRow.key))}

    # exchange ----------------------------------------------------------------------------
    def export_data(self) -> dict:
        """Every record of the vault as the JSON-able "repaydesk/1" document."""
        from app.store import exchange

        return exchange.export_vault(self)

    def import_data(self, data: dict) -> dict[str, int]:
        """Add the records of an exported document, all or nothing; counts per section."""
        from app.store import exchange

        return exchange.import_into(self, data)

    # helpers shared with exchange --------------------------------------------------------
    def insert(self, s: Session, record: R) -> R:
        """Validate and insert within an open session; returns the record with its id."""
        self.check(s, record)
        row = m.to_row(record)
        s.add(row)
        s.flush()
        stored = dataclasses.replace(record, id=row.id)
        self._reindex(s, stored, new=True)
        return stored

    def put_chunks(self, s: Session, attachment_id: int, data: bytes) -> None:
        """An attachment's bytes as chunks (undo and import; big files go through store.diary)."""
        from app.store.diary import CHUNK_SIZE

        for seq, start in enumerate(range(0, len(data), CHUNK_SIZE)):
            s.add(m.AttachmentChunkRow(attachment_id=attachment_id, seq=seq, data=bytes(data[start : start + CHUNK_SIZE])))

    def _reindex(self, s: Session, record: object, *, new: bool = False) -> None:
        """Keep the diary's full-text index in step with a contact that was written."""
        if isinstance(record, r.ContactEntry):
            loan = None if record.loan_id is None else s.get(m.LoanRow, record.loan_id)
            diary_index.reindex(s, record, None if loan is None else loan.lender, new=new)

    def check(self, s: Session, record: object) -> None:
        _validate(record)
        missing = [
            FieldError(name, "store.no_such_record", {"id": getattr(record, name)})
            for name, target in REFERENCES.get(type(record), {}).items()
            if getattr(record, name) is not None and s.get(m.ROW_FOR[target], getattr(record, name)) is None
        ]
        if missing:
            raise ValidationFailed(missing)

    def store_profile(self, s: Session, profile: r.Profile) -> None:
        row = m.ProfileRow(id=PROFILE_ID)
        m.copy_into(row, profile)
        s.merge(row)

    def _rows(self, s: Session, kind: type, **filters: object) -> list[object]:
        row_type = m.ROW_FOR[kind]
        return [m.to_record(kind, row) for row in s.scalars(select(row_type).filter_by(**filters).order_by(row_type.id))]


def _chunks(s: Session, attachment_id: int) -> bytes:
    rows = s.scalars(select(m.AttachmentChunkRow.data).where(m.AttachmentChunkRow.attachment_id == attachment_id)
                     .order_by(m.AttachmentChunkRow.seq))
    return b"".join(rows)


def _validate(record: object) -> None:
    validate = getattr(record, "validate", None)
    errors = validate() if validate else ()
    if errors:
        raise ValidationFailed(errors)
