"""VaultError, and the translation of SQLite/SQLCipher failures into it."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app.core.messages import CodedError
from app.store.engine import DbError

SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


class VaultError(CodedError):
    """A vault problem to show the user: not_found, wrong_password, not_a_vault, newer_schema,
    in_use, exists, unwritable, disk_full, io_error, password_empty, backup_bad, damaged, …"""


def primary_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def from_db_error(error: BaseException, path: Path) -> VaultError:
    """The VaultError for a failure of the database engine on the vault at `path`."""
    code = primary_code(error)
    if code == SQLITE_FULL:
        return VaultError("vault.disk_full")
    if code in (SQLITE_NOTADB, SQLITE_CORRUPT):
        return VaultError("vault.damaged", path=str(path))
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM):
        return VaultError("vault.unwritable", path=str(path), reason=str(error))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return VaultError("vault.in_use")
    return VaultError("vault.io_error", reason=str(error))


def from_os_error(error: OSError, path: Path) -> VaultError:
    if error.errno == errno.ENOSPC:
        return VaultError("vault.disk_full")
    return VaultError("vault.unwritable", path=str(path), reason=error.strerror or str(error))


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    """Turn engine and OS failures inside the block into VaultError."""
    try:
        yield
    except DBAPIError as exc:
        raise from_db_error(exc.orig, path) from None
    except DbError as exc:
        raise from_db_error(exc, path) from None
    except OSError as exc:
        raise from_os_error(exc, path) from None
