"""The one way the app writes a file that holds personal data (standard library only).

A random temporary name in the target's folder, created exclusively and never through a
symlink (O_EXCL, O_NOFOLLOW) with owner-only permissions (0600 on POSIX; on Windows the
file inherits the user's own folder's permissions), written, fsynced, then renamed over
the target and the folder fsynced where the platform allows. An interrupted write leaves
the old file (or none) and at worst a `.NAME.*.part` temp file, never a half-written target.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

OWNER_ONLY = 0o600
TEMP_SUFFIX = ".part"
_CREATE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
)  # fmt: skip


def temp_name(target: Path) -> Path:
    """A fresh random temp name beside `target` (hidden, ends in .part)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(8)}{TEMP_SUFFIX}")


def create_exclusive(path: Path) -> int:
    """Open a new file at `path` for writing, owner-only; FileExistsError if anything is there (a symlink too)."""
    fd = os.open(path, _CREATE_FLAGS, OWNER_ONLY)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, OWNER_ONLY)
    return fd


def new_temp(target: Path) -> tuple[int, Path]:
    """An open descriptor and the path of a new, empty, owner-only temp file beside `target`."""
    for _ in range(16):
        candidate = temp_name(target)
        try:
            return create_exclusive(candidate), candidate
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def publish(temp: Path, target: Path, *, replace: bool = True) -> None:
    """Move a finished temp file to `target`; with replace=False an existing target raises FileExistsError."""
    if replace:
        os.replace(temp, target)
    else:
        try:
            os.link(temp, target)  # atomic and never overwrites
        except FileExistsError:
            raise
        except OSError:  # no hard links on this file system
            if os.path.lexists(target):
                raise FileExistsError(target) from None
            os.rename(temp, target)
        else:
            os.unlink(temp)
    sync_folder(target.parent)


def discard(temp: Path) -> None:
    try:
        os.unlink(temp)
    except OSError:
        pass


@contextmanager
def writing(target: Path | str, *, replace: bool = True) -> Iterator[BinaryIO]:
    """Write `target` through a stream; it appears complete when the block ends, or not at all."""
    target = Path(target)
    fd, temp = new_temp(target)
    published = False
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        publish(temp, target, replace=replace)
        published = True
    finally:
        if not published:  # failed or interrupted: no half-written file is left behind
            discard(temp)


def write_bytes(target: Path | str, data: bytes, *, replace: bool = True) -> Path:
    with writing(target, replace=replace) as stream:
        stream.write(data)
    return Path(target)


def write_with(target: Path | str, write: Callable[[BinaryIO], object], *, replace: bool = True) -> Path:
    """Let `write(stream)` fill the file (e.g. python-docx's `Document.save`)."""
    with writing(target, replace=replace) as stream:
        write(stream)
    return Path(target)


def copy_file(source: Path | str, target: Path | str, *, replace: bool = True) -> Path:
    """A private copy of `source` at `target`."""
    with open(source, "rb") as src, writing(target, replace=replace) as stream:
        shutil.copyfileobj(src, stream, 1 << 20)
    return Path(target)


@contextmanager
def prepared_temp(target: Path | str) -> Iterator[Path]:
    """An empty owner-only temp file beside `target` for a writer that needs a path (SQLite);
    removed with its side files unless the caller published it."""
    fd, temp = new_temp(Path(target))
    os.close(fd)
    try:
        yield temp
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            discard(Path(str(temp) + suffix))
