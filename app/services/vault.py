"""Opening, creating and disposing of vaults, for the windows (run on the vault thread) and the CLI.

The store is imported only when needed, so the first window appears without it."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import tempfile

DEMO_PASSWORD = "demo"
DEMO_PREFIX = "repaydesk-demo-"


def open_vault(path: Path, password: str) -> Any:
    from app.store.vault import Vault

    return Vault.open(path, password)


def create_vault(path: Path, password: str) -> Any:
    from app.store.vault import Vault

    path.parent.mkdir(parents=True, exist_ok=True)
    return Vault.create(path, password)


@dataclass
class DemoVault:
    """A throwaway vault filled with sample data, in a temporary folder the shell removes on exit."""

    vault: Any
    folder: tempfile.TemporaryDirectory

    @property
    def path(self) -> Path:
        return Path(self.vault.path)


def create_demo(today: dt.date) -> DemoVault:
    import os
    import shutil
    import tempfile

    from app.store.demo import fill_demo
    from app.store.vault import Vault

    folder = tempfile.TemporaryDirectory(prefix=f"{DEMO_PREFIX}{os.getpid()}-")
    with ExitStack() as on_failure:
        on_failure.callback(shutil.rmtree, folder.name, ignore_errors=True)
        vault = Vault.create(Path(folder.name) / "demo.repaydesk", DEMO_PASSWORD)
        on_failure.callback(vault.close)
        fill_demo(vault.repo, today)
        on_failure.pop_all()
    return DemoVault(vault, folder)


def remove_stale_demo_folders() -> list[Path]:
    """Remove demo folders left by a RepayDesk that was killed (its process id is gone)."""
    import os
    import re
    import shutil
    import tempfile

    removed = []
    pattern = re.compile(re.escape(DEMO_PREFIX) + r"(\d+)-")
    for folder in Path(tempfile.gettempdir()).glob(DEMO_PREFIX + "*"):
        match = pattern.match(folder.name)
        if not match or not folder.is_dir() or _alive(int(match.group(1))):
            continue
        if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    import os

    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def warm_up() -> None:
    """Import the store ahead of need (while the user types a password), so unlocking pays only for the key."""
    import app.store.vault  # noqa: F401
