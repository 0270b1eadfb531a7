"""`repaydesk-cli doc request|extension|agreement|complaint|objection|instalment`: the negotiation
documents drafted from the vault with its defaults, in Chinese unless --doc-lang en.

The `doc` command is shared: `app.cli.budget` creates it with `doc statement`; every other module
adds its kinds to it through `doc_kinds(subparsers)` (this one, and `doc evidence`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.cli import CliError, now, parse_date
from app.cli.vault import add_vault_arguments, open_vault_from_args

KINDS = {
    "request": "协商还款申请书 — request to negotiate repayment",
    "extension": "延期/展期还款申请 — request for an extension or grace period",
    "agreement": "分期还款（补充）协议 — draft instalment agreement",
    "complaint": "投诉信 — complaint about collection misconduct (from the flagged diary entries)",
    "objection": "征信异议申请 — objection to a credit-report entry",
    "instalment": "个性化分期申请 — credit-card personalised instalment plan (art. 70)",
}
FORMATS = (".docx", ".html")


def doc_kinds(subparsers: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The `doc` command's kinds, creating `doc` when no module has yet."""
    doc = subparsers.choices.get("doc")
    if doc is None:
        doc = subparsers.add_parser("doc", help="draft a document from the vault")
        doc.set_defaults(func=lambda args: doc.print_help(sys.stderr) or 2)
    for action in doc._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return doc.add_subparsers(dest="kind", metavar="KIND")


def _default_out(title: str, on: dt.date) -> Path:
    stem = f"{title}-{on.isoformat()}".replace("/", "-").replace(" ", "-")
    path, number = Path(f"{stem}.docx"), 2
    while path.exists():  # never overwrite an earlier draft unasked
        path, number = Path(f"{stem}-{number}.docx"), number + 1
    return path


def cmd_doc(args: argparse.Namespace) -> int:
    from app.services import documents

    on = parse_date(args.on)
    if args.out and Path(args.out).suffix.lower() not in FORMATS:
        raise CliError("document.format", suffix=Path(args.out).suffix or args.out)
    with open_vault_from_args(args) as vault:
        draft = documents.gather(vault.repo, args.kind, on, args.doc_lang, args.loan)
        edits = documents.wording(vault.repo, args.kind, args.doc_lang)
        model = documents.build(draft, args.doc_lang, edits)  # refuses (e.g. no schedule) before writing anything
        out = Path(args.out) if args.out else _default_out(model.title, on)
        documents.export(vault.repo, draft, args.doc_lang, out, now(), model)
    print(out)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    kinds = doc_kinds(subparsers)
    for kind, help_text in KINDS.items():
        parser = kinds.add_parser(kind, help=help_text)
        add_vault_arguments(parser)
        parser.add_argument("--loan", type=int, help="the loan's id (default: the most relevant loan)")
        parser.add_argument("--doc-lang", choices=("zh_CN", "en"), default="zh_CN", help="language of the document (default: zh_CN)")
        parser.add_argument("--out", help="file to write, .docx or .html (default: TITLE-DATE.docx in the current folder)")
        parser.add_argument("--on", help="date of the document, YYYY-MM-DD (default: today)")
        parser.set_defaults(func=cmd_doc, kind=kind)
