"""One opener per vault *file*: a lock beside its resolved path and one named by its identity.

The identity lock (device and inode, in a per-user folder) catches a second opener that
comes through a hard link; the resolved path catches symlinks and a file not created yet.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import ExitStack
from pathlib import Path

from filelock import FileLock, Timeout

from app.store.errors import VaultError, from_os_error

LOCK_DIR_ENV = "REPAYDESK_LOCK_DIR"


def lock_folder() -> Path | None:
    """A folder only this user can write: REPAYDESK_LOCK_DIR, XDG_RUNTIME_DIR, else one in the temp folder."""
    override = os.environ.get(LOCK_DIR_ENV)
    if override:
        folder = Path(override)
    elif os.environ.get("XDG_RUNTIME_DIR"):
        folder = Path(os.environ["XDG_RUNTIME_DIR"]) / "repaydesk-locks"
    else:
        user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
        folder = Path(tempfile.gettempdir()) / f"repaydesk-locks-{user}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        return None  # someone else's folder: the path lock still holds
    return folder


def _acquire(lock_path: Path, vault: Path) -> FileLock:
    lock = FileLock(str(lock_path), timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise VaultError("vault.in_use") from None
    except OSError as exc:
        raise from_os_error(exc, vault) from None
    return lock


class VaultLock:
    """The locks held for one open vault; `release` frees them all."""

    def __init__(self, held: list[FileLock]) -> None:
        self._held = held

    def add_identity(self, path: Path) -> None:
        """Also lock the file's identity (device, inode), so a hard link cannot open it twice."""
        folder = lock_folder()
        if folder is None:
            return
        try:
            info = os.stat(path)
        except OSError as exc:
            raise from_os_error(exc, path) from None
        with ExitStack() as on_failure:
            on_failure.callback(self.release)  # the path lock too: a half-locked vault is not locked
            self._held.append(_acquire(folder / f"{info.st_dev:x}-{info.st_ino:x}.lock", path))
            on_failure.pop_all()

    def release(self) -> None:
        while self._held:
            self._held.pop().release()


def lock_vault(path: Path) -> VaultLock:
    """Hold `<resolved vault path>.lock` so a second window or command gets vault.in_use."""
    resolved = Path(os.path.realpath(path))
    return VaultLock([_acquire(Path(str(resolved) + ".lock"), Path(path))])
