"""The encrypted vault: one SQLCipher 4 file, opened by one process at a time."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from filelock import FileLock, Timeout

from app.store import engine as eng
from app.store import migrations
from app.store.errors import SQLITE_NOTADB, VaultError, from_db_error, from_os_error, primary_code, translated
from app.store.repository import Repository

__all__ = ["Vault", "VaultError"]

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm")


def _check_password(password: str) -> None:
    if not password:
        raise VaultError("vault.password_empty")
    if "\x00" in password:
        raise VaultError("vault.password_invalid")


def _lock(path: Path) -> FileLock:
    """Hold `<vault>.lock` so a second window or command gets vault.in_use."""
    lock = FileLock(str(path) + ".lock", timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise VaultError("vault.in_use") from None
    except OSError as exc:
        raise from_os_error(exc, path) from None
    return lock


def _check_shape(path: Path) -> None:
    """Refuse what cannot be a vault before handing it to SQLCipher (which would adopt an empty file)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except IsADirectoryError:
        raise VaultError("vault.not_a_vault", path=str(path)) from None
    except OSError as exc:
        raise VaultError("vault.io_error", reason=exc.strerror or str(exc)) from None
    if size == 0 or size % eng.PAGE_SIZE or head == SQLITE_MAGIC:
        raise VaultError("vault.not_a_vault", path=str(path))


def _connect(path: Path, password: str):
    """A verified keyed connection, or the VaultError that says why not."""
    try:
        return eng.connect_keyed(path, password)
    except eng.DbError as exc:
        if primary_code(exc) == SQLITE_NOTADB:
            raise VaultError("vault.wrong_password") from None
        raise from_db_error(exc, path) from None


def _check_complete(connection, path: Path) -> None:
    """A truncated file keeps a readable first page but misses pages the header counts."""
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    wal = Path(str(path) + "-wal")
    if pages * eng.PAGE_SIZE > path.stat().st_size and not (wal.exists() and wal.stat().st_size):
        raise VaultError("vault.not_a_vault", path=str(path))


def _make_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc, path) from None


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _copy_new(source: Path, dest: Path) -> None:
    """Copy to a temp file beside `dest`, then move it into place; dest must not exist."""
    temp = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    try:
        shutil.copyfile(source, temp)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        if dest.exists():
            raise VaultError("vault.exists", path=str(dest))
        os.replace(temp, dest)
    finally:
        temp.unlink(missing_ok=True)


class Vault:
    """An open vault. Use `create` or `open`; close it (or use `with`) to release the lock."""

    def __init__(self, path: Path, connection, lock: FileLock) -> None:
        self.path = path
        self._connection = connection
        self._lock = lock
        self._engine = eng.engine_for(connection)
        self.repo = Repository(self._engine, path)

    # opening ----------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, password: str) -> Vault:
        """A new, empty vault at `path`; an existing file is never overwritten."""
        path = Path(path)
        _check_password(password)
        if path.exists() or path.is_symlink():
            raise VaultError("vault.exists", path=str(path))
        _make_parent(path)
        lock = _lock(path)
        try:
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                raise VaultError("vault.exists", path=str(path)) from None
            except OSError as exc:
                raise from_os_error(exc, path) from None
            connection = None
            try:
                connection = _connect(path, password)
                with translated(path):
                    eng.configure(connection)
                vault = cls(path, connection, lock)
                vault._migrate(0, backup=False)
                return vault
            except BaseException:
                if connection is not None:
                    connection.close()
                for suffix in ("", *SIDE_FILES):
                    Path(str(path) + suffix).unlink(missing_ok=True)
                raise
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: Path, password: str) -> Vault:
        """Unlock an existing vault; an older schema is migrated after an encrypted backup."""
        path = Path(path)
        _check_password(password)
        if not path.exists():
            raise VaultError("vault.not_found", path=str(path))
        _check_shape(path)
        lock = _lock(path)
        try:
            connection = _connect(path, password)
            try:
                with translated(path):
                    _check_complete(connection, path)
                    version = connection.execute("PRAGMA user_version").fetchone()[0]
                    known = len(migrations.discover())
                    if version > known:
                        raise VaultError("vault.newer_schema", found=version, known=known)
                    eng.configure(connection)
                vault = cls(path, connection, lock)
            except BaseException:
                connection.close()
                raise
        except BaseException:
            lock.release()
            raise
        try:
            if version < known:
                vault._migrate(version, backup=True)
        except BaseException:
            vault.close()
            raise
        return vault

    def _migrate(self, version: int, *, backup: bool) -> None:
        steps = migrations.pending(version, migrations.discover())
        if not steps:
            return
        if backup:
            self.backup(self.path.with_name(f"{self.path.name}.before-v{steps[-1].version}.{_stamp()}.bak"))
        with translated(self.path), self._engine.begin() as connection:
            migrations.apply(connection, steps)

    # maintenance ------------------------------------------------------------------------
    def change_password(self, old: str, new: str) -> None:
        """Re-encrypt with `new` after checking `old` against the file."""
        _check_password(new)
        if not old:
            raise VaultError("vault.wrong_password")
        self._checkpoint()
        _connect(self.path, old).close()
        with translated(self.path):
            eng.rekey(self._connection, new)

    def backup(self, dest: Path) -> Path:
        """An encrypted copy (same password) at `dest`, which must not exist yet."""
        dest = Path(dest)
        if dest.exists():
            raise VaultError("vault.exists", path=str(dest))
        self._checkpoint()
        with translated(dest):
            _copy_new(self.path, dest)
        return dest

    def check(self) -> list[str]:
        """Problems found by SQLCipher's page check, SQLite's integrity and foreign-key checks."""
        problems: list[str] = []
        with translated(self.path):
            for (row,) in self._connection.execute("PRAGMA cipher_integrity_check").fetchall():
                problems.append(f"cipher: {row}")
            rows = [row for (row,) in self._connection.execute("PRAGMA integrity_check").fetchall()]
            problems += [f"integrity: {row}" for row in rows if row != "ok"]
            for table, rowid, parent, _ in self._connection.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(f"foreign key: {table} row {rowid} points at a missing {parent}")
            version = self._connection.execute("PRAGMA user_version").fetchone()[0]
        known = len(migrations.discover())
        if version != known:
            problems.append(f"schema: version {version}, expected {known}")
        return problems

    @staticmethod
    def restore(backup: Path, dest: Path, password: str) -> None:
        """Put a backup in place at `dest` after checking it opens; a vault already at `dest`
        is kept beside it as `<dest>.before-restore.<time>.bak`."""
        backup, dest = Path(backup), Path(dest)
        _check_password(password)
        try:
            if not backup.is_file():
                raise VaultError("vault.not_found", path=str(backup))
            _check_shape(backup)
            connection = _connect(backup, password)
            try:
                with translated(backup):
                    _check_complete(connection, backup)
                    problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
            finally:
                connection.close()
            if problems:
                raise VaultError("vault.not_a_vault", path=str(backup))
        except VaultError as exc:
            if exc.code in ("vault.wrong_password", "vault.not_a_vault", "vault.not_found"):
                raise VaultError("vault.backup_bad", path=str(backup)) from None
            raise
        _make_parent(dest)
        lock = _lock(dest)
        try:
            with translated(dest):
                if dest.exists():
                    kept = dest.with_name(f"{dest.name}.before-restore.{_stamp()}.bak")
                    wal = Path(str(dest) + "-wal")
                    if wal.exists():
                        os.replace(wal, str(kept) + "-wal")
                    os.replace(dest, kept)
                    Path(str(dest) + "-shm").unlink(missing_ok=True)
                _copy_new(backup, dest)
        finally:
            lock.release()

    # lifetime ---------------------------------------------------------------------------
    def _checkpoint(self) -> None:
        with translated(self.path):
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self) -> None:
        """Close the connection and release the lock; safe to call twice."""
        if self._connection is None:
            return
        try:
            self._engine.dispose()
            self._connection.close()
        finally:
            self._connection = None
            self._lock.release()

    @property
    def closed(self) -> bool:
        return self._connection is None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
