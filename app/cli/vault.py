"""`repaydesk-cli vault init|check|passwd|backup|restore|salvage`, `export` and `import`.

The store (SQLAlchemy, SQLCipher) is imported when a command first opens a vault, so the
calculators, which never do, start without it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import private_files
from app.cli import CliError
from app.core.messages import text
from app.core.paths import default_vault_path

if TYPE_CHECKING:
    from app.store.vault import Vault

PASSWORD_ENV = "REPAYDESK_PASSWORD"
NEW_PASSWORD_ENV = "REPAYDESK_NEW_PASSWORD"


def add_vault_arguments(parser: argparse.ArgumentParser) -> None:
    """--vault PATH and --password-stdin, shared by every command that opens a vault."""
    parser.add_argument("--vault", type=Path, default=None, help="vault file (default: REPAYDESK_VAULT or the user-data folder)")
    parser.add_argument("--password-stdin", action="store_true", help=f"read the password from the first line of stdin instead of {PASSWORD_ENV}")


def vault_path(args: argparse.Namespace) -> Path:
    return args.vault or default_vault_path()


def _stdin_lines(args: argparse.Namespace) -> list[str]:
    """The first two lines of stdin; bytes that are not UTF-8 survive as surrogates for the vault to refuse."""
    if not hasattr(args, "_stdin_lines"):
        lines: list[str] = []
        if args.password_stdin:
            raw = getattr(sys.stdin, "buffer", None)
            if raw is None:
                lines = sys.stdin.readlines()[:2]
            else:
                lines = [line.decode("utf-8", "surrogateescape") for line in raw.readlines()[:2]]
        args._stdin_lines = [line.rstrip("\r\n") for line in lines]
    return args._stdin_lines


def _password(args: argparse.Namespace, line: int, env: str) -> str:
    """Stdin's line `line` (0-based) with --password-stdin, else the variable `env`; never empty."""
    if args.password_stdin:
        lines = _stdin_lines(args)
        password = lines[line] if len(lines) > line else ""
    else:
        password = os.environ.get(env, "")
    if not password:
        raise CliError("vault.password_empty")
    return password


def read_password(args: argparse.Namespace) -> str:
    return _password(args, 0, PASSWORD_ENV)


def read_new_password(args: argparse.Namespace) -> str:
    return _password(args, 1, NEW_PASSWORD_ENV)


def check_strength(args: argparse.Namespace, password: str, personal: tuple[str, ...] = ()) -> None:
    """Refuse a password below the minimum score unless --allow-weak; `personal`: `personal_forms` of the vault."""
    from app.core import password_strength as ps
    from app.store.vault import check_password

    check_password(password)  # what cannot be a password at all is said first
    result = ps.estimate(password, ps.shipped_word_lists(), personal)
    if result.too_short:
        raise CliError("password.too_short", n=ps.MIN_LENGTH)
    if not args.allow_weak and not result.acceptable(ps.DEFAULT_MIN_SCORE):
        raise CliError("password.weak", verdict=ps.verdict_text(result, args.lang))


def open_vault_from_args(args: argparse.Namespace) -> Vault:
    """Open the vault named by --vault with the password from the environment or stdin."""
    from app.store.vault import Vault

    return Vault.open(vault_path(args), read_password(args))


# --- commands -------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from app.store.vault import Vault

    password = read_password(args)
    check_strength(args, password)
    fill = None
    if args.demo:
        from app.store.demo import fill_demo

        fill = fill_demo
    Vault.create(vault_path(args), password, fill=fill).close()
    print(vault_path(args))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.store.vault import Vault, VaultError

    try:
        with open_vault_from_args(args) as vault:
            problems = vault.check()
    except VaultError as exc:
        if exc.code not in ("vault.damaged", "vault.not_a_vault"):
            raise
        problems = Vault.diagnose(vault_path(args), read_password(args)) or [exc.message(args.lang)]
        print(text("vault.check_damaged", args.lang))
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print("ok")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from app.store.vault import Vault

    old = read_password(args)
    new = read_new_password(args)
    with Vault.open(vault_path(args), old) as vault:
        from app.services.password import personal_forms

        check_strength(args, new, personal_forms(vault.repo))
        vault.change_password(old, new)
    print(text("vault.passwd_changed", args.lang))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_vault_from_args(args) as vault:
        print(vault.backup(args.out))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.store.vault import Vault

    kept = Vault.restore(args.file, vault_path(args), read_password(args))
    print(vault_path(args))
    if kept is not None:
        print(text("vault.restored", args.lang, path=kept))
    return 0


def cmd_salvage(args: argparse.Namespace) -> int:
    from app.store.vault import Vault

    report = Vault.salvage(vault_path(args), read_password(args), args.out)
    for table, (copied, lost) in report.items():
        print(text("vault.salvaged", args.lang, table=table, copied=copied, lost=lost))
    print(args.out)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_vault_from_args(args) as vault:
        document = vault.repo.export_data()
    body = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.out is None:
        sys.stdout.write(body)
        return 0
    if os.path.lexists(args.out):
        raise CliError("vault.exists", path=str(args.out))
    try:
        private_files.write_bytes(args.out, body.encode("utf-8"), replace=False)
    except FileExistsError:
        raise CliError("vault.exists", path=str(args.out)) from None
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise CliError("import.unreadable", path=str(args.file), reason=exc.strerror or str(exc)) from None
    from app.store.exchange import load_json

    document = load_json(raw)
    with open_vault_from_args(args) as vault:
        counts = vault.repo.import_data(document)
    print(", ".join(f"{name}: {count}" for name, count in counts.items() if count))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    vault = subparsers.add_parser("vault", help="create, check, back up and restore the encrypted vault")
    actions = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True, parser_class=type(vault))

    init = actions.add_parser("init", help="create a new vault")
    add_vault_arguments(init)
    init.add_argument("--demo", action="store_true", help="fill it with the demo data")
    init.add_argument("--allow-weak", action="store_true", help="accept a password that is easy to guess")
    init.set_defaults(func=cmd_init)

    check = actions.add_parser("check", help="check the vault's integrity")
    add_vault_arguments(check)
    check.set_defaults(func=cmd_check)

    passwd = actions.add_parser("passwd", help=f"change the password (new one from {NEW_PASSWORD_ENV} or stdin's second line)")
    add_vault_arguments(passwd)
    passwd.add_argument("--allow-weak", action="store_true", help="accept a new password that is easy to guess")
    passwd.set_defaults(func=cmd_passwd)

    backup = actions.add_parser("backup", help="write an encrypted copy")
    add_vault_arguments(backup)
    backup.add_argument("--out", type=Path, required=True, help="the backup file (must not exist)")
    backup.set_defaults(func=cmd_backup)

    salvage = actions.add_parser("salvage", help="copy every readable record of a damaged vault into a new one")
    add_vault_arguments(salvage)
    salvage.add_argument("--out", type=Path, required=True, help="the new vault (must not exist; same password)")
    salvage.set_defaults(func=cmd_salvage)

    restore = actions.add_parser("restore", help="put a backup in place (an existing vault is kept beside it)")
    restore.add_argument("file", type=Path, help="the backup file")
    add_vault_arguments(restore)
    restore.set_defaults(func=cmd_restore)

    export = subparsers.add_parser("export", help="write every record as repaydesk/1 JSON")
    add_vault_arguments(export)
    export.add_argument("--out", type=Path, default=None, help="output file (default: stdout)")
    export.set_defaults(func=cmd_export)

    imported = subparsers.add_parser("import", help="add the records of a repaydesk/1 JSON file, all or nothing")
    imported.add_argument("file", type=Path)
    add_vault_arguments(imported)
    imported.set_defaults(func=cmd_import)
