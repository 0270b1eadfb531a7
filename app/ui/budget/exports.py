"""Building and saving the 财务状况说明 for the page: pure functions, safe to run on a worker thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.core.budget import BudgetInputs, Statement, compute_statement
from app.core.messages import text
from app.core.records import Profile


@dataclass(frozen=True, slots=True)
class StatementData:
    """Everything a statement export needs, read from the vault on the UI thread."""

    inputs: BudgetInputs
    profile: Profile
    on: dt.date
    lang: str

    @property
    def statement(self) -> Statement:
        return compute_statement(self.inputs)


def default_file_name(lang: str, on: dt.date, suffix: str) -> str:
    return f"{text('statement.file_stem', lang)}-{on.isoformat()}{suffix}"


def _model(data: StatementData):
    from app.documents.statement import build_statement

    return build_statement(data.statement, data.profile, data.inputs, data.on, data.lang)


def write_docx(data: StatementData, path: Path) -> tuple[Path, str]:
    """Write the statement as .docx; returns the path and the document's title."""
    from app.documents.render_docx import render_docx
    from app.documents.save import save_docx

    model = _model(data)
    return save_docx(render_docx(model), path), model.title


def write_csv(data: StatementData, path: Path) -> Path:
    from app.documents.csv_export import statement_csv
    from app.documents.save import save_bytes

    return save_bytes(statement_csv(data.statement, data.inputs, data.lang), path)


def statement_html(data: StatementData) -> str:
    from app.documents.render_html import render_html

    return render_html(_model(data))
