"""`repaydesk-cli diary add|search|attach|export-evidence` and `repaydesk-cli doc evidence`.

`doc evidence` is added to the `doc` command that app.cli.budget creates (this module is
registered after it in COMMAND_MODULES), so no other module needs to know about it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from app.cli import CliError, add_doc_lang_argument, now
from app.cli.vault import add_vault_arguments, open_vault_from_args
from app.core.diary import DEFAULT_ATTACHMENT_LIMIT_MB
from app.core.misconduct import BY_CODE
from app.core.records import Channel, ContactEntry, Direction, Loan

DIRECTIONS = {"in": Direction.INCOMING, "out": Direction.OUTGOING}


def _when(text: str | None) -> dt.datetime:
    if not text:
        return now()
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise CliError("diary.bad_time", text=text) from None
    if moment.tzinfo is not None:
        raise CliError("diary.bad_time", text=text)
    return moment


def _lender(repo, name: str) -> tuple[int | None, str]:
    """(loan id, "") when a loan's lender has this name (case-insensitive), else (None, name)."""
    wanted = name.strip().casefold()
    for loan in repo.list(Loan):
        if loan.lender.casefold() == wanted:
            return loan.id, ""
    return None, name.strip()


def cmd_add(args: argparse.Namespace) -> int:
    from app.core.errors import ValidationFailed
    from app.services import diary

    for flag in args.flag:
        if flag not in BY_CODE:
            raise CliError("diary.bad_flag", flag=flag, known=", ".join(BY_CODE))
    with open_vault_from_args(args) as vault:
        loan_id, lender_name = _lender(vault.repo, args.lender)
        entry = ContactEntry(
            _when(args.when), Channel(args.channel), args.summary, DIRECTIONS[args.direction],
            loan_id=loan_id, lender_name=lender_name, misconduct=tuple(dict.fromkeys(args.flag)),
        )
        try:
            stored = diary.add_entry(vault.repo, entry)
        except ValidationFailed as exc:
            raise CliError(exc.errors[0].code, **exc.errors[0].params) from None
    print(stored.id)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from app.services import diary

    with open_vault_from_args(args) as vault:
        lines = diary.search(vault.repo, args.query, limit=args.limit)
    if args.json:
        found = [{"id": line.entry.id, "when": line.entry.happened_at.isoformat(), "lender": line.lender,
                  "summary": line.entry.summary, "flags": list(line.entry.misconduct)} for line in lines]
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    for line in lines:
        flags = f"  [{', '.join(line.entry.misconduct)}]" if line.entry.misconduct else ""
        print(f"{line.entry.id}\t{line.entry.happened_at:%Y-%m-%d %H:%M}\t{line.lender}\t{line.entry.summary}{flags}")
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    from app.services import diary

    with open_vault_from_args(args) as vault:
        diary.get_line(vault.repo, args.entry)
        stored = diary.attach(vault.repo, args.entry, Path(args.file), now(), args.limit_mb)
    print(f"{stored.id}\t{stored.sha256}\t{stored.size}\t{stored.filename}")
    return 0


def _scope(repo, lender: str | None) -> dict:
    if not lender:
        return {}
    loan_id, name = _lender(repo, lender)
    return {"loan_id": loan_id} if loan_id is not None else {"lender_name": name}


def cmd_export_evidence(args: argparse.Namespace) -> int:
    from app.services import diary

    with open_vault_from_args(args) as vault:
        written = diary.evidence_package(vault.repo, Path(args.out), now(), args.doc_lang,
                                         as_zip=args.zip, **_scope(vault.repo, args.lender))
    print(written)
    return 0


def cmd_doc_evidence(args: argparse.Namespace) -> int:
    from app.services import diary
    from app.services.documents import docx_bytes, keep

    moment = now()
    out = Path(args.out) if args.out else Path(diary.report_name(args.doc_lang))
    if out.suffix.lower() != ".docx":
        raise CliError("document.format", suffix=out.suffix or out.name)
    with open_vault_from_args(args) as vault:
        model = diary.evidence_report(vault.repo, moment, args.doc_lang, **_scope(vault.repo, args.lender))
        keep(vault.repo, "evidence", model.title, args.doc_lang, docx_bytes(model), out, moment)
    print(out)
    return 0


def _doc_kinds(subparsers: argparse._SubParsersAction) -> argparse._SubParsersAction | None:
    """The `doc` command's kinds, when app.cli.budget has created it."""
    doc = subparsers.choices.get("doc")
    if doc is None:
        return None
    return next((a for a in doc._actions if isinstance(a, argparse._SubParsersAction)), None)


def register(subparsers: argparse._SubParsersAction) -> None:
    diary = subparsers.add_parser("diary", help="the contact diary: add, search, attach evidence, export it")
    commands = diary.add_subparsers(dest="diary_command", metavar="COMMAND")
    diary.set_defaults(func=lambda args: diary.print_help() or 2)

    add = commands.add_parser("add", help="record a contact with a lender or collector")
    add_vault_arguments(add)
    add.add_argument("--lender", required=True, help="a loan's lender, or any name (collection agency, unknown caller)")
    add.add_argument("--summary", required=True, help="what happened, in a line")
    add.add_argument("--when", help="date and time, YYYY-MM-DDTHH:MM (default: now)")
    add.add_argument("--channel", choices=[c.value for c in Channel], default=Channel.PHONE.value)
    add.add_argument("--direction", choices=tuple(DIRECTIONS), default="in", help="in: they contacted me; out: I contacted them")
    add.add_argument("--flag", action="append", default=[], help=f"misconduct flag, repeatable: {', '.join(BY_CODE)}")
    add.set_defaults(func=cmd_add)

    search = commands.add_parser("search", help="full-text search (Chinese, English, numbers)")
    add_vault_arguments(search)
    search.add_argument("query")
    search.add_argument("--json", action="store_true", help="a JSON list of {id, when, lender, summary, flags}")
    search.add_argument("--limit", type=int, default=200)
    search.set_defaults(func=cmd_search)

    attach = commands.add_parser("attach", help="copy a file into the vault as evidence for an entry")
    add_vault_arguments(attach)
    attach.add_argument("--entry", type=int, required=True, help="the diary entry's id")
    attach.add_argument("--limit-mb", type=int, default=DEFAULT_ATTACHMENT_LIMIT_MB, help="refuse larger files")
    attach.add_argument("file")
    attach.set_defaults(func=cmd_attach)

    export = commands.add_parser("export-evidence", help="a folder with the evidence report, the files and SHA256SUMS")
    add_vault_arguments(export)
    export.add_argument("--out", required=True, help="a new (or empty) folder")
    export.add_argument("--lender", help="only this lender")
    export.add_argument("--zip", action="store_true", help="write OUT.zip instead of a folder")
    add_doc_lang_argument(export)
    export.set_defaults(func=cmd_export_evidence)

    kinds = _doc_kinds(subparsers)
    if kinds is not None:
        evidence = kinds.add_parser("evidence", help="证据材料清单 — the evidence report (.docx)")
        add_vault_arguments(evidence)
        evidence.add_argument("--lender", help="only this lender")
        evidence.add_argument("--out", help="file to write (default: 证据材料清单.docx in the current folder)")
        add_doc_lang_argument(evidence)
        evidence.set_defaults(func=cmd_doc_evidence)
