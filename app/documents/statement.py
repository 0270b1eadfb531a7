"""The 财务状况说明 (statement of financial circumstances), built once as a model Document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from app.core.budget import BudgetInputs, Statement, monthly_income
from app.core.labels import label
from app.core.messages import text
from app.core.money import Money
from app.core.records import Profile
from app.documents.labels import long_date
from app.documents.model import Align, Block, Document, Heading, Paragraph, SignatureBlock, Table, Title
from app.documents.wording import Wording

L, R = Align.LEFT, Align.RIGHT
# The sentences a user may reword (Documents page → wording); headings, labels and figures stay ours.
PROSE = ("empty", "intro", "capacity", "gap", "overdue_note", "lump_note", "no_hardship", "declaration")

def _w(key: str, lang: str, **params: object) -> str:
    return text(f"statement.{key}", lang, **params)


def _money(amount: Money) -> str:
    return amount.format(symbol=False)


def _in_text(amount: Money, lang: str) -> str:
    """An amount inside a sentence: '3,000.00元' in Chinese, '¥3,000.00' in English."""
    return amount.format(lang, in_text=True)


def build_statement(statement: Statement, profile: Profile, inputs: BudgetInputs, on: dt.date, lang: str,
                    edits: Mapping[str, str] | None = None) -> Document:
    """The 财务状况说明 for `statement` (computed from `inputs`), dated `on`, in `lang`; `edits` reword PROSE."""
    prose = Wording("statement.", lang, {key: value for key, value in (edits or {}).items() if key in PROSE})
    name = profile.full_name.strip() or _w("unnamed", lang)
    blocks: list[Block] = [
        Title(_w("title", lang)),
        Paragraph(f"{_w('name', lang)}{name}\u3000\u3000{_w('date', lang)}{long_date(on, lang)}", align=Align.CENTER),
    ]
    if statement.empty:
        blocks.append(Paragraph(prose("empty"), bold=True))
    blocks.append(Paragraph(prose("intro", date=long_date(on, lang)), indent_first_line=True))
    blocks += _income(statement, inputs, lang)
    blocks += _expenses(statement, inputs, lang)
    blocks += _assets(statement, inputs, lang)
    blocks += _debts(statement, inputs, lang)
    blocks += _summary(statement, lang, prose)
    blocks += _hardship(profile, lang, prose)
    blocks.append(Paragraph(prose("declaration"), indent_first_line=True))
    blocks.append(SignatureBlock(((_w("signature", lang), ""), (_w("signed_on", lang), long_date(on, lang)))))
    return Document(title=_w("title", lang), blocks=tuple(blocks), lang=lang)


def _section(heading: str, table: Table, lang: str) -> list[Block]:
    return [Heading(heading), table if table.rows else Paragraph(_w("none", lang))]


def _income(statement: Statement, inputs: BudgetInputs, lang: str) -> list[Block]:
    rows = tuple(
        (s.name, label(s.category, lang), _money(s.amount), label(s.frequency, lang), _money(monthly_income(s)))
        for s in inputs.incomes
    )
    table = Table(
        header=tuple(_w(k, lang) for k in ("item", "category", "amount", "frequency", "per_month")),
        rows=rows,
        align=(L, L, R, L, R),
        total=(_w("total", lang), "", "", "", _money(statement.monthly_income)),
        widths=(4, 3, 3, 3, 3),
    )
    return _section(_w("h_income", lang), table, lang)


def _expenses(statement: Statement, inputs: BudgetInputs, lang: str) -> list[Block]:
    rows = tuple(
        (e.name, label(e.category, lang), label(e.kind, lang), _w("essential" if e.essential else "cuttable", lang), _money(e.monthly))
        for e in inputs.expenses
    )
    table = Table(
        header=tuple(_w(k, lang) for k in ("item", "category", "kind", "need", "per_month")),
        rows=rows,
        align=(L, L, L, L, R),
        total=(_w("total", lang), "", "", "", _money(statement.total_spending)),
        widths=(4, 3, 2, 3, 3),
    )
    return _section(_w("h_expenses", lang), table, lang)


def _assets(statement: Statement, inputs: BudgetInputs, lang: str) -> list[Block]:
    rows = tuple((a.name, label(a.kind, lang), _money(a.value)) for a in inputs.assets)
    table = Table(
        header=tuple(_w(k, lang) for k in ("item", "category", "value")),
        rows=rows,
        align=(L, L, R),
        total=(_w("total", lang), "", _money(statement.total_assets)),
        widths=(4, 3, 3),
    )
    return _section(_w("h_assets", lang), table, lang)


def _debts(statement: Statement, inputs: BudgetInputs, lang: str) -> list[Block]:
    loan_rows = tuple(
        (loan.lender, _w("loan", lang), _money(loan.outstanding), _money(loan.monthly_demand), _money(loan.overdue))
        for loan in inputs.loans
    )
    other_rows = tuple(
        (item.creditor, label(item.kind, lang), _money(item.balance), _money(item.monthly_payment), "")
        for item in inputs.liabilities
    )
    table = Table(
        header=tuple(_w(k, lang) for k in ("creditor", "category", "outstanding", "monthly_due", "overdue")),
        rows=loan_rows + other_rows,
        align=(L, L, R, R, R),
        widths=(5, 3, 3, 3, 3),
        total=(
            _w("total", lang),
            "",
            _money(statement.total_liabilities),
            _money(statement.debt_service),
            _money(statement.overdue),
        ),
    )
    return _section(_w("h_debts", lang), table, lang)


def _ratio(statement: Statement, lang: str) -> str:
    if statement.debt_to_income is None:
        return _w("na", lang)
    return f"{(statement.debt_to_income * 100).quantize(Decimal('0.1'))}%"


def summary_rows(statement: Statement, lang: str) -> tuple[tuple[str, str], ...]:
    """The headline figures as (label, amount) pairs, as the statement's summary table shows them."""
    s = statement
    gap_key = "s_shortfall" if s.surplus.is_negative() else "s_surplus"
    return (
        (_w("s_income", lang), _money(s.monthly_income)),
        (_w("s_spending", lang), _money(s.total_spending)),
        (_w("s_essential", lang), _money(s.essential_spending)),
        (_w("s_cuttable", lang), _money(s.cuttable_spending)),
        (_w("s_protected", lang), _money(s.protected_minimum)),
        (_w("s_liability_payments", lang), _money(s.liability_payments)),
        (_w("s_available", lang), _money(s.available)),
        (_w("s_demand", lang), _money(s.contract_demand)),
        (_w(gap_key, lang), _money(abs(s.surplus))),
        (_w("s_overdue_now", lang), _money(s.overdue_now)),
        (_w("s_penalties", lang), _money(s.overdue_penalties)),
        (_w("s_lumps", lang), _money(s.lump_sums_12m)),
        (_w("s_dti", lang), _ratio(s, lang)),
        (_w("s_assets", lang), _money(s.total_assets)),
        (_w("s_liabilities", lang), _money(s.total_liabilities)),
        (_w("s_net_worth", lang), _money(s.net_worth)),
    )


def _summary(statement: Statement, lang: str, prose: Wording) -> list[Block]:
    s = statement
    rows = summary_rows(statement, lang)
    table = Table(header=(_w("item", lang), _w("amount", lang)), rows=rows, align=(L, R), widths=(3, 2))
    blocks: list[Block] = [
        Heading(_w("h_summary", lang)),
        table,
        Paragraph(prose("capacity", figure=_in_text(s.available, lang), upper=s.available.upper()), bold=True, indent_first_line=True),
    ]
    if s.shortfall:
        blocks.append(
            Paragraph(
                prose("gap", demand=_in_text(s.contract_demand, lang), shortfall=_in_text(s.shortfall, lang)),
                indent_first_line=True,
            )
        )
    if s.overdue_now or s.overdue_penalties:
        overdue, penalties = _in_text(s.overdue_now, lang), _in_text(s.overdue_penalties, lang)
        blocks.append(Paragraph(prose("overdue_note", overdue=overdue, penalties=penalties), indent_first_line=True))
    if s.lump_sums_12m:
        blocks.append(Paragraph(prose("lump_note", lumps=_in_text(s.lump_sums_12m, lang)), indent_first_line=True))
    return blocks


def _hardship(profile: Profile, lang: str, prose: Wording) -> list[Block]:
    text = profile.hardship.strip()
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if not paragraphs:
        return [Heading(_w("h_hardship", lang)), Paragraph(prose("no_hardship"))]
    return [Heading(_w("h_hardship", lang))] + [Paragraph(p, indent_first_line=True) for p in paragraphs]
