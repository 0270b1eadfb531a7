"""The "repaydesk/1" JSON exchange: every record of a vault, ids renumbered densely.

Export → import into a new vault → export gives the same document. Import checks the
whole document before touching the vault, then adds everything in one transaction.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import hashlib
import json
import re
from decimal import ROUND_DOWN, Decimal

from app import __version__
from app.core import records as r
from app.core.bounds import DATE_RANGE, LOAN_RATES, PER_YEAR, RATE_RANGE
from app.core.messages import text
from app.store import codec
from app.store.errors import VaultError
from app.store.models import DocumentBlobRow, SettingRow
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
    "scenarios": r.Scenario,
    "custody": r.CustodyEvent,
}
SECTION_OF = {kind: name for name, kind in SECTIONS.items()}
MAX_RECORDS = 1_000_000
# What an imported value may be, so that every later command can compute with it.
MAX_DEPTH = 12  # the deepest a repaydesk/1 document nests is 5 (document, section, record, fee, date)
MAX_INT_DIGITS = 18
RATE_MIN_EXPONENT = -10  # at most 10 decimal places
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab, newline and carriage return are text


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
        return text("import.at", lang, place=place, problem=text(code, lang, **params))


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
            if kind is r.DocumentRecord and rec.sha256:
                entry["data"] = base64.b64encode(repo.document_data(rec.id) or b"").decode("ascii")
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
    if isinstance(rec, r.Scenario):
        changes.update(_scenario_loans(rec, id_maps[r.Loan]))
    return dataclasses.replace(rec, **changes)


def _scenario_loans(scenario: r.Scenario, loans: dict[int, int]) -> dict[str, object]:
    """A scenario's order and what-ifs with loan ids translated; those of deleted loans drop out."""
    return {
        "custom_order": tuple(loans[i] for i in scenario.custom_order if i in loans),
        "what_ifs": tuple(
            dataclasses.replace(w, loan_id=loans[w.loan_id]) for w in scenario.what_ifs if w.loan_id in loans
        ),
    }


# --- import ---------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True, slots=True)
class Parsed:
    records: dict[type, list[object]]
    blobs: dict[int, bytes]  # attachment id in the file -> bytes
    document_blobs: dict[int, bytes]  # document id in the file -> the generated file's bytes
    profile: r.Profile | None
    settings: dict[str, str]


def load_json(raw: bytes) -> object:
    """The JSON document in `raw` (UTF-8, BOM allowed); VaultError for anything that is not sane JSON."""
    try:
        return json.loads(raw.decode("utf-8-sig"), parse_int=_bounded_int, parse_constant=_no_constant)
    except RecursionError:
        raise VaultError("import.too_deep") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise VaultError("import.not_json", reason=str(exc)[:200]) from None


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"an integer of {len(digits)} digits")
    return int(digits)


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def _check_shape(document: dict) -> None:
    """Bounded nesting, and text that the vault can store (valid Unicode, no control characters)."""
    pending: list[tuple[object, tuple[str, ...]]] = [(document, ())]
    while pending:
        value, path = pending.pop()
        if len(path) > MAX_DEPTH:
            raise VaultError("import.too_deep")
        if isinstance(value, dict):
            pending += [(item, (*path, key if isinstance(key, str) else "?")) for key, item in value.items()]
            pending += [(key, (*path, "(key)")) for key in value]
        elif isinstance(value, list):
            pending += [(item, (*path, f"[{i}]")) for i, item in enumerate(value)]
        elif isinstance(value, str):
            code = _text_problem(value)
            if code:
                raise _refusal_at(path, code)


def _text_problem(value: str) -> str | None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "import.bad_text"
    return "import.control_char" if CONTROL.search(value) else None


def _refusal_at(path: tuple[str, ...], code: str, **params: object) -> ImportRefused:
    section = path[0] if path else "$"
    index = int(path[1][1:-1]) if len(path) > 1 and path[1].startswith("[") else None
    rest = path[2:] if index is not None else path[1:]
    field = "".join(part if part.startswith("[") else f".{part}" for part in rest).lstrip(".")
    return ImportRefused(str(section)[:50], index, field[:100], code, **params)


def _check_ranges(section: str, index: int | None, value: object, path: str = "") -> None:
    """Rates and dates within what the calculators and documents handle, in the record and its parts."""
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            _check_ranges(section, index, getattr(value, field.name), f"{path}.{field.name}" if path else field.name)
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            _check_ranges(section, index, item, f"{path}[{i}]")
    elif isinstance(value, Decimal):
        low, high = RATE_RANGE
        if not low <= value <= high or (value and value.as_tuple().exponent < RATE_MIN_EXPONENT):
            raise ImportRefused(section, index, path, "import.out_of_range", value=f"{value:.6g}"[:30], low=low, high=high)
    elif isinstance(value, (dt.date, dt.datetime)):
        day = value.date() if isinstance(value, dt.datetime) else value
        low, high = DATE_RANGE
        if not low <= day <= high:
            raise ImportRefused(section, index, path, "import.out_of_range", value=day.isoformat(), low=low, high=high)


def _check_loan_rates(section: str, index: int, loan: r.Loan) -> None:
    """A daily or monthly rate counts at its yearly size (a 5 % daily rate is 1 825 % a year)."""
    low, high = RATE_RANGE
    for field, basis_field in LOAN_RATES.items():
        rate = getattr(loan, field)
        per_year = PER_YEAR.get(getattr(loan, basis_field), 1)
        if rate is not None and rate * per_year > high:
            raise ImportRefused(section, index, field, "import.out_of_range", value=rate, low=low, high=(high / per_year).quantize(Decimal("0.01"), ROUND_DOWN))


def parse(document: object) -> Parsed:
    """Check a whole document; raises ImportRefused naming the first problem."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise VaultError("import.format")
    _check_shape(document)
    known = {"format", "app_version", "profile", "settings", *SECTIONS}
    for key in document:
        if key not in known:
            raise ImportRefused(str(key)[:50], None, "", "import.unknown_field")
    records: dict[type, list[object]] = {}
    blobs: dict[int, bytes] = {}
    document_blobs: dict[int, bytes] = {}
    for name, kind in SECTIONS.items():
        entries = document.get(name, [])
        if not isinstance(entries, list):
            raise ImportRefused(name, None, "", "import.expected_list")
        if len(entries) > MAX_RECORDS:
            raise ImportRefused(name, None, "", "import.too_large")
        kept = document_blobs if kind is r.DocumentRecord else blobs
        records[kind] = [_parse_entry(name, kind, index, entry, kept) for index, entry in enumerate(entries)]
        _check_unique_ids(name, records[kind])
    ids = {kind: {rec.id for rec in items} for kind, items in records.items()}
    for kind, items in records.items():
        for index, rec in enumerate(items):
            for field, target in REFERENCES.get(kind, {}).items():
                ref = getattr(rec, field)
                if ref is not None and ref not in ids[target]:
                    raise ImportRefused(SECTION_OF[kind], index, field, "import.bad_reference", id=ref)
    _check_payments(records[r.Payment], {loan.id: loan for loan in records[r.Loan]})
    for index, scenario in enumerate(records[r.Scenario]):
        loans = [("custom_order", i) for i in scenario.custom_order] + [("what_ifs", w.loan_id) for w in scenario.what_ifs]
        for field, ref in loans:
            if ref not in ids[r.Loan]:
                raise ImportRefused("scenarios", index, field, "import.bad_reference", id=ref)
    profile, settings = _parse_profile(document.get("profile")), _parse_settings(document.get("settings", {}))
    return Parsed(records, blobs, document_blobs, profile, settings)


def _check_payments(payments: list[r.Payment], loans: dict[int, r.Loan]) -> None:
    """The rules a payment has against its loan (`Payment.validate_for`), as the payment dialog checks them."""
    for index, payment in enumerate(payments):
        loan = loans.get(payment.loan_id)
        errors = payment.validate_for(loan) if loan is not None else ()
        if errors:
            raise ImportRefused("payments", index, errors[0].field, errors[0].code, **errors[0].params)


def _parse_entry(section: str, kind: type, index: int, entry: object, blobs: dict[int, bytes]) -> object:
    data = entry
    carries_bytes = kind is r.Attachment or kind is r.DocumentRecord
    if carries_bytes and isinstance(entry, dict):
        data = {k: v for k, v in entry.items() if k != "data"}
    rec = _decode(section, index, kind, data)
    if rec.id is None:
        raise ImportRefused(section, index, "id", "field.required")
    _check_valid(section, index, rec)
    _check_ranges(section, index, rec)
    if kind is r.Loan:
        _check_loan_rates(section, index, rec)
    if kind is r.Attachment or (kind is r.DocumentRecord and ("data" in entry or rec.sha256)):
        blobs[rec.id] = _file_bytes(section, index, entry, rec)
    return rec


def _file_bytes(section: str, index: int, entry: dict, rec: r.Attachment | r.DocumentRecord) -> bytes:
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
    _check_ranges("profile", None, profile)
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
                if rec.id in parsed.document_blobs and kind is r.DocumentRecord:
                    s.add(DocumentBlobRow(document_id=stored.id, data=parsed.document_blobs[rec.id]))
        if parsed.profile is not None and parsed.profile != r.Profile():
            repo.store_profile(s, parsed.profile)
        for key, value in parsed.settings.items():
            s.merge(SettingRow(key=key, value=value))
    return {name: len(parsed.records[kind]) for name, kind in SECTIONS.items()}
