"""Automatic backups: one verified encrypted copy a day beside the vault, the newest N kept."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from app.store.vault import Vault

DEFAULT_KEEP = 7
FOLDER = "backups"


def backup_folder(vault_path: Path) -> Path:
    return Path(vault_path).parent / FOLDER


def _pattern(vault_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(Path(vault_path).name) + r"\.(\d{4}-\d{2}-\d{2})\.bak")


def daily_backups(vault_path: Path) -> list[Path]:
    """The automatic backups of this vault, oldest first."""
    folder = backup_folder(vault_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(vault_path)
    return sorted(path for path in folder.iterdir() if pattern.fullmatch(path.name))


def daily_backup(vault: Vault, today: dt.date, keep: int = DEFAULT_KEEP) -> Path | None:
    """Back up `vault` unless today's backup exists (then None), then keep only the newest `keep`.

    Each backup is verified by `Vault.backup` before it takes its name.
    """
    folder = backup_folder(vault.path)
    folder.mkdir(mode=0o700, exist_ok=True)
    dest = folder / f"{Path(vault.path).name}.{today.isoformat()}.bak"
    made = None if dest.exists() else vault.backup(dest)
    for old in daily_backups(vault.path)[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return made
