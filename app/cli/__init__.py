"""`repaydesk-cli`: vault maintenance, calculators and documents from the command line.

No Qt is imported here. Each command group lives in its own module with a
`register(subparsers)` function; a command is a function `(args) -> int`.
Errors reach the user as one line in their language and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from app import __version__
from app.core import language
from app.core.clock import Clock
from app.core.messages import CodedError

COMMAND_MODULES = (
    "app.cli.vault", "app.cli.calc", "app.cli.budget", "app.cli.payoff", "app.cli.documents",
    "app.cli.diary",  # after budget and documents: it adds `doc evidence` to their `doc` command
)


class CliError(CodedError):
    """A failure to report as one line (catalogue code + params)."""


CLOCK = Clock()  # the one clock of a command; tests may fix it


def now() -> dt.datetime:
    return CLOCK.now()


def parse_date(value: str | None) -> dt.date:
    """A --on style date as typed (YYYY-MM-DD); today when none was given."""
    if not value:
        return CLOCK.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise CliError("date.invalid", text=value) from None


def display_width(cell: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in cell)


def add_doc_lang_argument(parser: argparse.ArgumentParser) -> None:
    """Documents go to Chinese institutions: Chinese unless English is asked for explicitly."""
    parser.add_argument("--doc-lang", choices=language.SUPPORTED, default="zh_CN",
                        help="language of the document (default: zh_CN, whatever the message language)")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(prog="repaydesk-cli", description="RepayDesk 还款协商助手 — command line")
    parser.add_argument("--version", action="version", version=f"repaydesk-cli {__version__}")
    parser.add_argument("--lang", choices=language.SUPPORTED, help="language of messages (default: from the environment)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang = args.lang or language.from_environment()
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except CodedError as exc:
        print(f"repaydesk-cli: {exc.message(args.lang)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`repaydesk-cli loans | head`): stop quietly
        _silence_stdout()
        return 141  # 128 + SIGPIPE, what a shell reports for a tool stopped by a closed pipe
    except OSError as exc:
        print(f"repaydesk-cli: {exc.strerror or exc}", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's last flush does not fail again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
