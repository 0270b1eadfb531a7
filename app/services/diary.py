"""The contact diary and evidence locker: one function per user action or query (no Qt).

Functions take the Repository and plain values (`now`, limits, paths); the GUI runs them on the
vault thread, the CLI calls them directly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from app.core import misconduct
from app.core.diary import DEFAULT_ATTACHMENT_LIMIT_MB, PAGE_SIZE, AttachmentInfo, DiaryFilter, DiaryLine
from app.core.messages import CodedError, text
from app.core.records import Attachment, ContactEntry, CustodyAction, Loan
from app.documents.model import Document
from app.store import diary as store
from app.store.diary import Cancelled, Progress
from app.store.repository import Deleted, Repository

MB = 1024 * 1024
DAILY_LIMIT_KEY = "diary_daily_limit"
LIMIT_KEY = "attachment_limit_mb"
MANIFEST = "SHA256SUMS"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


# --- entries --------------------------------------------------------------------------------
def add_entry(repo: Repository, entry: ContactEntry) -> ContactEntry:
    return repo.add(entry)


def update_entry(repo: Repository, entry: ContactEntry) -> ContactEntry:
    return repo.update(entry)


def delete_entry(repo: Repository, entry_id: int) -> Deleted:
    """Remove an entry with its files and their custody logs; keep the result to undo."""
    return repo.delete(ContactEntry, entry_id)


def undo_delete(repo: Repository, deleted: Deleted) -> None:
    repo.undelete(deleted)


def get_line(repo: Repository, entry_id: int) -> DiaryLine:
    try:
        return store.line(repo, entry_id)
    except KeyError:
        raise CodedError("diary.no_entry", id=entry_id) from None


def count(repo: Repository, f: DiaryFilter = DiaryFilter()) -> int:
    return store.count(repo, f)


def list_page(repo: Repository, f: DiaryFilter = DiaryFilter(), offset: int = 0, limit: int = PAGE_SIZE) -> list[DiaryLine]:
    """One page of entries, newest first: the GUI's lazy table asks for the next page as it scrolls."""
    return store.page(repo, f, offset, limit)


def first_page(repo: Repository, f: DiaryFilter = DiaryFilter(), limit: int = PAGE_SIZE) -> tuple[int | None, list[DiaryLine]]:
    """The first page and how many entries match, when that is quick to know (no filter, or a search
    alone: the full-text index counts); with other filters the count is None and pages come until a short one."""
    cheap = dataclasses.replace(f, query="") == DiaryFilter()
    return (store.count(repo, f) if cheap else None), store.page(repo, f, 0, limit)


def search(repo: Repository, query: str, limit: int = PAGE_SIZE) -> list[DiaryLine]:
    return store.page(repo, DiaryFilter(query=query), 0, limit)


def mark_follow_up_done(repo: Repository, entry_id: int, now: dt.datetime) -> ContactEntry:
    entry = repo.get(ContactEntry, entry_id)
    return repo.update(dataclasses.replace(entry, follow_up_done_at=now))


def follow_ups_due(repo: Repository, today: dt.date) -> list[DiaryLine]:
    """Follow-ups due today or overdue and not yet done, oldest first."""
    return store.follow_ups_due(repo, today)


def daily_limit(repo: Repository) -> int:
    """More contacts than this from one lender in a day suggest the 'flooding' flag (a vault setting)."""
    raw = repo.get_setting(DAILY_LIMIT_KEY)
    return int(raw) if raw and raw.isdigit() else misconduct.DEFAULT_DAILY_LIMIT


def attachment_limit_mb(repo: Repository) -> int:
    """Larger evidence files are refused (a vault setting, 1 GB unless changed)."""
    raw = repo.get_setting(LIMIT_KEY)
    return int(raw) if raw and raw.isdigit() else DEFAULT_ATTACHMENT_LIMIT_MB


def suggest_flags(repo: Repository, entry: ContactEntry) -> tuple[str, ...]:
    """The flags the app can see for `entry` (stored or not yet), counting that day's diary."""
    return misconduct.suggest(entry, store.on_day(repo, entry.happened_at.date()), daily_limit(repo))


def entry_choices(repo: Repository) -> tuple[list[Loan], list[str]]:
    """The loans and the free lender names used so far, for the entry dialog and the filters."""
    return repo.list(Loan), store.lender_names(repo)


# --- evidence files -------------------------------------------------------------------------
def check_file(path: Path, limit_mb: int) -> int:
    """The file's size, or a clear CodedError: unreadable, empty, larger than the limit."""
    path = Path(path)
    try:
        if not path.is_file():
            raise CodedError("diary.attachment_unreadable", name=path.name, reason="not a file")
        size = path.stat().st_size
        with path.open("rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise CodedError("diary.attachment_unreadable", name=path.name, reason=exc.strerror or str(exc)) from None
    if size == 0:
        raise CodedError("diary.attachment_empty", name=path.name)
    if size > limit_mb * MB:
        raise CodedError("diary.attachment_too_large", name=path.name, size=-(-size // MB), limit=limit_mb)
    return size


def attach(repo: Repository, entry_id: int, path: Path, now: dt.datetime, limit_mb: int, *,
           progress: Progress | None = None, cancelled: Cancelled | None = None) -> Attachment:
    """Copy a file into the vault in chunks (the original is only read); SHA-256 and custody 'added'."""
    path = Path(path)
    check_file(path, limit_mb)
    entry = repo.get(ContactEntry, entry_id)
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    record = Attachment(path.name, "", 0, _mime(path), contact_id=entry.id, loan_id=entry.loan_id, added_at=now,
                        file_mtime=mtime)
    try:
        with path.open("rb") as stream:
            return store.store_attachment(repo, record, stream, progress=progress, cancelled=cancelled)
    except OSError as exc:
        raise CodedError("diary.attachment_unreadable", name=path.name, reason=exc.strerror or str(exc)) from None


def attachments(repo: Repository, entry_id: int | None = None) -> list[AttachmentInfo]:
    return store.attachments(repo, entry_id)


def delete_original(path: Path, sha256: str) -> bool:
    """Delete the original file after it was stored, only if it still holds exactly the stored bytes."""
    path = Path(path)
    if _sha256(path) != sha256:
        return False
    path.unlink()
    return True


def private_folder() -> Path:
    """A new folder only the user can read, for opened copies; the caller removes it on lock and quit."""
    return Path(tempfile.mkdtemp(prefix="repaydesk-open-"))


def open_copy(repo: Repository, attachment_id: int, folder: Path, now: dt.datetime) -> Path:
    """A private copy (owner-only) of the attachment in `folder` for the system viewer; custody 'opened'."""
    attachment = repo.get(Attachment, attachment_id)
    inner = Path(tempfile.mkdtemp(dir=folder))  # its own folder, so the file keeps its own name
    target = _write_copy(repo, attachment, inner / _safe_name(attachment.filename), exclusive=False)
    store.log_custody(repo, attachment_id, CustodyAction.OPENED, now)
    return target


def export_attachment(repo: Repository, attachment_id: int, folder: Path, now: dt.datetime) -> Path:
    """Write the attachment to `folder` under its original name (never over an existing file); custody 'exported'."""
    attachment = repo.get(Attachment, attachment_id)
    target = _write_copy(repo, attachment, _free_name(Path(folder), _safe_name(attachment.filename)), exclusive=True)
    store.log_custody(repo, attachment_id, CustodyAction.EXPORTED, now, str(target))
    return target


def _evidence(repo: Repository, loan_id: int | None, lender_name: str) -> tuple[list[DiaryLine], list[AttachmentInfo], str]:
    """The entries of one lender (or all), oldest first, their files, and the lender's name when narrowed."""
    lines = store.all_lines(repo, loan_id, lender_name)
    ids = {line.entry.id for line in lines}
    files = [info for info in store.attachments(repo) if info.attachment.contact_id in ids]
    scope = lines[0].lender if lines and (loan_id is not None or lender_name) else lender_name
    return lines, files, scope


def report_name(lang: str) -> str:
    """The evidence report's file name: '证据材料清单.docx' or 'evidence-report.docx'."""
    return text("diary.report_file", lang) + ".docx"


def evidence_report(repo: Repository, now: dt.datetime, lang: str = "zh_CN", loan_id: int | None = None,
                    lender_name: str = "") -> Document:
    """The evidence report as a model Document (render with render_docx)."""
    from app.documents.evidence import build_evidence_report

    lines, files, scope = _evidence(repo, loan_id, lender_name)
    return build_evidence_report(lines, files, now, lang, scope, daily_limit(repo))


def evidence_package(repo: Repository, out: Path, now: dt.datetime, lang: str = "zh_CN", *, loan_id: int | None = None,
                     lender_name: str = "", as_zip: bool = False) -> Path:
    """A folder `out` (or `out`.zip) with the report, the files and a SHA256SUMS manifest (`sha256sum -c`).

    `out` must not exist yet, or be an empty folder. Each exported file is logged 'exported'.
    """
    from app.documents.evidence import build_evidence_report
    from app.documents.render_docx import render_docx
    from app.documents.save import save_docx

    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise CodedError("diary.exists", path=str(out))
    lines, files, scope = _evidence(repo, loan_id, lender_name)
    out.mkdir(parents=True, exist_ok=True)
    files_dir = out / text("diary.files_folder", lang)
    files_dir.mkdir()
    sums: list[tuple[str, str]] = []
    for info in files:
        written = export_attachment(repo, info.attachment.id, files_dir, now)
        sums.append((info.attachment.sha256, written.relative_to(out).as_posix()))
    report = build_evidence_report(lines, files, now, lang, scope, daily_limit(repo))
    report_path = save_docx(render_docx(report), out / report_name(lang))
    sums.insert(0, (_sha256(report_path), report_path.name))
    manifest = "".join(f"{digest}  {name}\n" for digest, name in sums)
    (out / MANIFEST).write_text(manifest, encoding="utf-8", newline="\n")
    if not as_zip:
        return out
    archive = shutil.make_archive(str(out), "zip", root_dir=out.parent, base_dir=out.name)
    shutil.rmtree(out)
    return Path(archive)


# --- helpers --------------------------------------------------------------------------------
def _write_copy(repo: Repository, attachment: Attachment, target: Path, *, exclusive: bool) -> Path:
    """Write through a temp file beside `target` (owner-only), then move it into place."""
    handle, temp = tempfile.mkstemp(prefix=".part-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            store.write_attachment(repo, attachment.id, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, PRIVATE_FILE)
        if exclusive and target.exists():
            raise CodedError("diary.exists", path=str(target))
        os.replace(temp, target)
    finally:
        Path(temp).unlink(missing_ok=True)
    return target


def _safe_name(name: str) -> str:
    """A file name that is one path part and safe in a SHA256SUMS line."""
    cleaned = "".join("_" if ch in '/\\\n\r\t:*?"<>|' or ord(ch) < 32 else ch for ch in name).strip(" .")
    return cleaned[:150] or "attachment"


def _free_name(folder: Path, name: str) -> Path:
    candidate, number = folder / name, 2
    while candidate.exists():
        stem, suffix = os.path.splitext(name)
        candidate, number = folder / f"{stem}-{number}{suffix}", number + 1
    return candidate


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as stream:
        for block in iter(lambda: stream.read(MB), b""):
            digest.update(block)
    return digest.hexdigest()


def _mime(path: Path) -> str:
    import mimetypes

    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"
