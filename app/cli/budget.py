"""`repaydesk-cli budget` (totals and the monthly repayment capacity) and
`repaydesk-cli doc statement` (the 财务状况说明 as .docx, .html or .csv).

`doc` is a command with kinds: each kind is added by a function taking the `kinds`
subparsers (like `add_statement_kind`), so later document kinds sit beside `statement`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from app.cli import add_doc_lang_argument, display_width, now, parse_date
from app.cli.vault import add_vault_arguments, open_vault_from_args
from app.core.budget import Statement, compute_statement
from app.services.budget import load_budget
_JSON_MONEY = (
    "monthly_income",
    "total_spending",
    "essential_spending",
    "cuttable_spending",
    "protected_minimum",
    "liability_payments",
    "available_signed",
    "available",
    "contract_demand",
    "surplus",
    "shortfall",
    "total_assets",
    "loans_outstanding",
    "other_liabilities",
    "total_liabilities",
    "net_worth",
    "overdue",
)


def statement_json(statement: Statement, on: dt.date) -> dict:
    """The statement's figures for --json: money as '0.00' strings, the ratio as a decimal string.

    `contract_demand` is the regular instalments per month from now on; `overdue_now` (arrears,
    penalties apart in `overdue_penalties`) and `lump_sums_12m` are not monthly amounts.
    """
    document: dict = {"on": on.isoformat(), "empty": statement.empty}
    document.update({name: getattr(statement, name).plain() for name in _JSON_MONEY})
    document["overdue_now"] = statement.overdue_now.plain()
    document["overdue_penalties"] = statement.overdue_penalties.plain()
    document["lump_sums_12m"] = statement.lump_sums_12m.plain()
    document["protected_minimum_is_default"] = statement.protected_minimum_is_default
    document["debt_to_income"] = None if statement.debt_to_income is None else str(statement.debt_to_income)
    return document


def cmd_budget(args: argparse.Namespace) -> int:
    from app.documents.statement import summary_rows

    on = parse_date(args.on)
    with open_vault_from_args(args) as vault:
        inputs, _profile = load_budget(vault.repo, on)
    statement = compute_statement(inputs)
    if args.json:
        print(json.dumps(statement_json(statement, on), ensure_ascii=False, indent=2))
        return 0
    rows = summary_rows(statement, args.lang)
    width = max(display_width(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label}{' ' * (width - display_width(label))}  {value:>16}")
    return 0


def _default_out(lang: str, on: dt.date) -> Path:
    from app.services.statement import default_file_name

    path = Path(default_file_name(lang, on))
    number = 2
    while path.exists():  # never overwrite an earlier export unasked
        path, number = Path(default_file_name(lang, on, f"-{number}.docx")), number + 1
    return path


def cmd_doc_statement(args: argparse.Namespace) -> int:
    from app.services.statement import export_statement, statement_data

    on = parse_date(args.on)
    lang = args.doc_lang
    out = Path(args.out) if args.out else _default_out(lang, on)
    with open_vault_from_args(args) as vault:
        export_statement(vault.repo, statement_data(vault.repo, on, lang), out, now())
    print(out)
    return 0


def add_statement_kind(kinds: argparse._SubParsersAction) -> None:
    """`doc statement`: the 财务状况说明 from the vault."""
    statement = kinds.add_parser("statement", help="财务状况说明 — the financial statement (.docx, .html or .csv by --out's suffix)")
    add_vault_arguments(statement)
    statement.add_argument("--out", help="file to write (default: 财务状况说明-DATE.docx in the current folder)")
    statement.add_argument("--on", help="date of the statement, YYYY-MM-DD (default: today)")
    add_doc_lang_argument(statement)
    statement.set_defaults(func=cmd_doc_statement)


def register(subparsers: argparse._SubParsersAction) -> None:
    budget = subparsers.add_parser("budget", help="monthly totals and the amount available for repayment")
    add_vault_arguments(budget)
    budget.add_argument("--json", action="store_true", help="machine-readable output (money as \"0.00\" strings)")
    budget.add_argument("--on", help="date to summarise the loans on, YYYY-MM-DD (default: today)")
    budget.set_defaults(func=cmd_budget)

    doc = subparsers.add_parser("doc", help="draft a document from the vault")
    doc.set_defaults(func=lambda args: doc.print_help(sys.stderr) or 2)
    kinds = doc.add_subparsers(dest="kind", metavar="KIND")
    add_statement_kind(kinds)
