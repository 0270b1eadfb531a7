"""The 财务状况说明: gathered from the vault, built, rendered by the file's suffix, saved atomically,
and recorded in the vault's list of documents. The one export path for the GUI and the CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.core.budget import BudgetInputs, Statement, compute_statement
from app.core.messages import CodedError, text
from app.core.records import Profile
from app.services.budget import load_budget

FORMATS = (".docx", ".html", ".csv")


@dataclass(frozen=True, slots=True)
class StatementData:
    """Everything one statement needs: the saved budget, the profile (possibly as typed), the date."""

    inputs: BudgetInputs
    profile: Profile
    on: dt.date
    lang: str
    wording: tuple[tuple[str, str], ...] = ()  # the user's own sentences (Documents page), as (key, text)

    @property
    def statement(self) -> Statement:
        return compute_statement(self.inputs)


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    title: str
    empty: bool  # nothing was entered yet, so the statement says so


def statement_data(repo, on: dt.date, lang: str, profile: Profile | None = None) -> StatementData:
    """The vault's budget on `on`; `profile` replaces the stored details (e.g. as typed, not yet saved)."""
    from app.services.documents import wording

    inputs, stored = load_budget(repo, on)
    profile = profile if profile is not None else stored
    inputs = dataclasses.replace(inputs, protected_minimum=profile.protected_minimum)
    return StatementData(inputs, profile, on, lang, tuple(sorted(wording(repo, "statement", lang).items())))


def default_file_name(lang: str, on: dt.date, suffix: str = ".docx") -> str:
    return f"{text('statement.file_stem', lang)}-{on.isoformat()}{suffix}"


def build(data: StatementData):
    from app.documents.statement import build_statement

    return build_statement(data.statement, data.profile, data.inputs, data.on, data.lang, dict(data.wording))


def statement_html(data: StatementData) -> str:
    from app.documents.render_html import render_html

    return render_html(build(data))


def render(data: StatementData, suffix: str) -> tuple[bytes, str]:
    """The statement as .docx, .html or .csv bytes, with its title."""
    from app.services.documents import docx_bytes, html_bytes

    suffix = suffix.lower()
    if suffix not in FORMATS:
        raise CodedError("document.format", suffix=suffix or "?")
    model = build(data)
    if suffix == ".docx":
        return docx_bytes(model), model.title
    if suffix == ".html":
        return html_bytes(model), model.title
    from app.documents.csv_export import statement_csv

    return statement_csv(data.statement, data.inputs, data.lang), model.title


def write_statement(data: StatementData, path: Path) -> Exported:
    """Save the statement (format by the suffix) atomically; nothing is recorded."""
    from app.documents.save import save_bytes

    path = Path(path)
    payload, title = render(data, path.suffix)
    save_bytes(payload, path)
    return Exported(path, title, data.inputs.is_empty())


def export_statement(repo, data: StatementData, path: Path, now: dt.datetime) -> Exported:
    """Save the statement and keep it in the vault's documents, like every generated document."""
    from app.services.documents import keep

    path = Path(path)
    payload, title = render(data, path.suffix)
    keep(repo, "statement", title, data.lang, payload, path, now)
    return Exported(path, title, data.inputs.is_empty())
