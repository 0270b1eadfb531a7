"""The "repaydesk/1" JSON exchange: every record of a vault, ids renumbered densely.

Export → import into a new vault → export gives the same document. Import checks the
whole document before touching the vault, then adds everything in one transaction.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib

from app import __version__
from app.core import records as r
from app.core.messages import text
from app.store import codec
from app.store.errors import VaultError
from app.store.models import SettingRow
from app.store.repository import KIND_ORDER, REFERENCES, Repository

FORMAT = "repaydesk/1"
SECTIONS: dict[str, type] = {
    "loans": r.Loan,
    "payments": r.Payment,
    "income": r.IncomeSource,
    "expenses": r.Expense,
    "assets": r.Asset,
    "liabilities": r.Liability,
    "snapshots": r.BudgetSnapshot,
    "contacts": r.ContactEntry,
    "attachments": r.Attachment,
    "documents": r.DocumentRecord,
    "custody": r.CustodyEvent,
}
SECTION_OF = {kind: name for name, kind in SECTIONS.items()}
MAX_RECORDS = 1_000_000


class ImportRefused(VaultError):
    """A document that cannot be imported; says which record and field, in the user's language."""

    def __init__(self, section: str, index: int | None, field: str, code: str, **params: object) -> None:
        super().__init__("import.record", section=section, index=index, field=field, problem=text(code, "en", **params))
        self.where = (section, index, field)
        self.problem = (code, params)

    def message(self, lang: str = "zh_CN") -> str:
        section, index, field = self.where
        code, params = self.problem
        place = section if index is None else f"{section}[{index}]"
        place = f"{place}.{field}" if field else place
        separator = "：" if lang == "zh_CN" else ": "
        return f"{place}{separator}{text(code, lang, **params)}"


# --- export ---------------------------------------------------------------------------------
def export_vault(repo: Repository) -> dict:
    records = {kind: repo.list(kind) for kind in SECTIONS.values()}
    new_ids = {kind: {rec.id: n for n, rec in enumerate(items, start=1)} for kind, items in records.items()}
    document: dict[str, object] = {"format": FORMAT, "app_version": __version__}
    for name, kind in SECTIONS.items():
        entries = []
        for rec in records[kind]:
            entry = codec.encode_record(_relinked(rec, new_ids, new_ids[kind][rec.id]))
            if kind is r.Attachment:
                entry["data"] = base64.b64encode(repo.attachment_data(rec.id)).decode("ascii")
            entries.append(entry)
        document[name] = entries
    document["profile"] = codec.encode_record(repo.get_profile())
    document["settings"] = repo.settings()
    return document


def _relinked(rec: object, id_maps: dict[type, dict[int, int]], new_id: int | None) -> object:
    """`rec` with id `new_id` and each reference translated through `id_maps`."""
    changes: dict[str, object] = {"id": new_id}
    for name, target in REFERENCES.get(type(rec), {}).items():
        old = getattr(rec, name)
        changes[name] = None if old is None else id_maps[target][old]
    return dataclasses.replace(rec, **changes)


# --- import ---------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True, slots=True)
class Parsed:
    records: dict[type, list[object]]
    blobs: dict[int, bytes]  # attachment id in the file -> bytes
    profile: r.Profile | None
    settings: dict[str, str]


def parse(document: object) -> Parsed:
    """Check a whole document; raises ImportRefused naming the first problem."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise VaultError("import.format")
    known = {"format", "app_version", "profile", "settings", *SECTIONS}
    for key in document:
        if key not in known:
            raise ImportRefused(str(key)[:50], None, "", "import.unknown_field")
    records: dict[type, list[object]] = {}
    blobs: dict[int, bytes] = {}
    for name, kind in SECTIONS.items():
        entries = document.get(name, [])
        if not isinstance(entries, list):
            raise ImportRefused(name, None, "", "import.expected_list")
        if len(entries) > MAX_RECORDS:
            raise ImportRefused(name, None, "", "import.too_large")
        records[kind] = [_parse_entry(name, kind, index, entry, blobs) for index, entry in enumerate(entries)]
        _check_unique_ids(name, records[kind])
    ids = {kind: {rec.id for rec in items} for kind, items in records.items()}
    for kind, items in records.items():
        for index, rec in enumerate(items):
            for field, target in REFERENCES.get(kind, {}).items():
                ref = getattr(rec, field)
                if ref is not None and ref not in ids[target]:
                    raise ImportRefused(SECTION_OF[kind], index, field, "import.bad_reference", id=ref)
    return Parsed(records, blobs, _parse_profile(document.get("profile")), _parse_settings(document.get("settings", {})))


def _parse_entry(section: str, kind: type, index: int, entry: object, blobs: dict[int, bytes]) -> object:
    data = entry
    if kind is r.Attachment and isinstance(entry, dict):
        data = {k: v for k, v in entry.items() if k != "data"}
    rec = _decode(section, index, kind, data)
    if rec.id is None:
        raise ImportRefused(section, index, "id", "field.required")
    _check_valid(section, index, rec)
    if kind is r.Attachment:
        blobs[rec.id] = _attachment_bytes(section, index, entry, rec)
    return rec


def _attachment_bytes(section: str, index: int, entry: dict, rec: r.Attachment) -> bytes:
    encoded = entry.get("data")
    if not isinstance(encoded, str):
        raise ImportRefused(section, index, "data", "import.wrong_type", expected="string")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ImportRefused(section, index, "data", "import.invalid", reason="not base64") from None
    if hashlib.sha256(data).hexdigest() != rec.sha256 or len(data) != rec.size:
        raise ImportRefused(section, index, "sha256", "import.invalid", reason="the data does not match its hash or size")
    return data


def _check_unique_ids(section: str, items: list[object]) -> None:
    seen: set[int] = set()
    for index, rec in enumerate(items):
        if rec.id in seen:
            raise ImportRefused(section, index, "id", "import.duplicate_id", id=rec.id)
        seen.add(rec.id)


def _decode(section: str, index: int | None, kind: type, data: object) -> object:
    try:
        return codec.decode_record(kind, data)
    except codec.DecodeError as exc:
        raise ImportRefused(section, index, exc.path, exc.code, **exc.params) from None


def _check_valid(section: str, index: int | None, rec: object) -> None:
    """The record's own validation; its first error refuses the import."""
    errors = rec.validate() if hasattr(rec, "validate") else ()
    if errors:
        raise ImportRefused(section, index, errors[0].field, errors[0].code, **errors[0].params)


def _parse_profile(data: object) -> r.Profile | None:
    if data is None:
        return None
    profile = _decode("profile", None, r.Profile, data)
    _check_valid("profile", None, profile)
    return profile


def _parse_settings(data: object) -> dict[str, str]:
    if not isinstance(data, dict):
        raise ImportRefused("settings", None, "", "import.expected_object")
    for key, value in data.items():
        if not isinstance(value, str):
            raise ImportRefused("settings", None, str(key)[:50], "import.wrong_type", expected="string")
    return dict(data)


def import_into(repo: Repository, document: object) -> dict[str, int]:
    """Add the document's records (new ids, references translated) in one transaction.

    A non-empty profile in the file replaces the vault's; its settings are set key by key.
    """
    parsed = parse(document)
    with repo.session(write=True) as s:
        id_maps: dict[type, dict[int, int]] = {}
        for kind in KIND_ORDER:
            id_maps[kind] = {}
            for rec in parsed.records[kind]:
                stored = repo.insert(s, _relinked(rec, id_maps, None))
                id_maps[kind][rec.id] = stored.id
                if kind is r.Attachment:
                    repo.put_chunks(s, stored.id, parsed.blobs[rec.id])
        if parsed.profile is not None and parsed.profile != r.Profile():
            repo.store_profile(s, parsed.profile)
        for key, value in parsed.settings.items():
            s.merge(SettingRow(key=key, value=value))
    return {name: len(parsed.records[kind]) for name, kind in SECTIONS.items()}
