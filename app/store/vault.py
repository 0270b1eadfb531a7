"""The encrypted vault: one SQLCipher 4 file, opened by one process at a time."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from app import private_files
from app.store import engine as eng
from app.store import migrations
from app.store.errors import VaultError, from_db_error, from_os_error, translated
from app.store.locks import VaultLock, lock_vault
from app.store.repository import Repository

__all__ = ["Vault", "VaultError"]

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm")


def check_password(password: str) -> None:
    """Refuse what cannot be a password: empty, a NUL, text that is not valid Unicode (e.g. bad bytes)."""
    if not password:
        raise VaultError("vault.password_empty")
    if "\x00" in password:
        raise VaultError("vault.password_invalid")
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        raise VaultError("vault.password_encoding") from None


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


def _verified_key(path: Path, password: str) -> str:
    """The key literal for `password`, checked against page 1 without letting SQLite touch the file."""
    try:
        key = eng.raw_key(path, password)
    except OSError as exc:
        raise from_os_error(exc, path) from None
    if key is None:
        raise VaultError("vault.wrong_password")
    return key


def _connect(path: Path, key: str, *, readonly: bool = False):
    try:
        return eng.connect_raw(path, key, readonly=readonly)
    except eng.DbError as exc:
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


def _refuse_existing(path: Path) -> None:
    if os.path.lexists(path):
        raise VaultError("vault.exists", path=str(path))


def verify_copy(path: Path, key: str) -> None:
    """A copy opens with `key`, passes SQLCipher's and SQLite's checks and has a schema this app knows."""
    if not eng.key_opens(path, key):
        raise VaultError("vault.backup_bad", path=str(path))
    try:
        connection = _connect(path, key, readonly=True)
        try:
            with translated(path):
                _check_complete(connection, path)
                damaged = connection.execute("PRAGMA cipher_integrity_check").fetchall()
                verdict = connection.execute("PRAGMA integrity_check").fetchall()
                version = connection.execute("PRAGMA user_version").fetchone()[0]
        finally:
            connection.close()
    except VaultError as exc:
        if exc.code in ("vault.damaged", "vault.not_a_vault"):
            raise VaultError("vault.backup_bad", path=str(path)) from None
        raise
    if damaged or verdict != [("ok",)] or not 0 < version <= len(migrations.discover()):
        raise VaultError("vault.backup_bad", path=str(path))


class Vault:
    """An open vault. Use `create` or `open`; close it (or use `with`) to release the lock."""

    def __init__(self, path: Path, connection, lock: VaultLock, key: str) -> None:
        self.path = path
        self._connection = connection
        self._lock = lock
        self._key = key
        self._engine = eng.engine_for(connection)
        self.repo = Repository(self._engine, path)

    # opening ----------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, password: str, fill: Callable[[Repository], object] | None = None) -> Vault:
        """A new vault at `path` (filled by `fill(repo)` if given); an existing file is never overwritten.

        It is built under a temporary name and appears at `path` only when complete.
        """
        path = Path(path)
        check_password(password)
        _refuse_existing(path)
        _make_parent(path)
        lock = lock_vault(path)
        try:
            _refuse_existing(path)
            with translated(path), private_files.prepared_temp(path) as temp:
                connection = eng.connect_keyed(temp, password)
                try:
                    eng.configure(connection)
                    draft = cls(temp, connection, lock, key="")
                    draft._migrate(0, backup=False)
                    if fill is not None:
                        fill(draft.repo)
                    draft._checkpoint()
                    draft._engine.dispose()
                finally:
                    connection.close()
                try:
                    private_files.publish(temp, path, replace=False)
                except FileExistsError:
                    raise VaultError("vault.exists", path=str(path)) from None
        except BaseException:
            lock.release()
            raise
        return cls._open_locked(path, password, lock)

    @classmethod
    def open(cls, path: Path, password: str) -> Vault:
        """Unlock an existing vault; an older schema is migrated after an encrypted backup."""
        path = Path(path)
        check_password(password)
        if not path.exists():
            raise VaultError("vault.not_found", path=str(path))
        _check_shape(path)
        return cls._open_locked(path, password, lock_vault(path))

    @classmethod
    def _open_locked(cls, path: Path, password: str, lock: VaultLock) -> Vault:
        try:
            lock.add_identity(path)
            key = _verified_key(path, password)
            connection = _connect(path, key)
            try:
                with translated(path):
                    _check_complete(connection, path)
                    version = connection.execute("PRAGMA user_version").fetchone()[0]
                    known = len(migrations.discover())
                    if version > known:
                        raise VaultError("vault.newer_schema", found=version, known=known)
                    eng.configure(connection)
                vault = cls(path, connection, lock, key)
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
        """Re-encrypt with `new` after checking `old` against the file, then prove the file opens with `new`.

        On any failure the error says which password opens the vault now.
        """
        check_password(new)
        if not old or eng.raw_key(self.path, old) is None:
            raise VaultError("vault.wrong_password")
        self._checkpoint()
        try:
            with translated(self.path):
                eng.rekey(self._connection, new)
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except VaultError:
            self._settle_password(old, new)
            raise
        if self._settle_password(old, new) != new:
            raise VaultError("vault.passwd_not_changed")

    def _settle_password(self, old: str, new: str) -> str:
        """Reconnect with whichever password opens the file now; raise if neither does."""
        for password in (new, old):
            key = eng.raw_key(self.path, password)
            if key is not None:
                break
        else:
            raise VaultError("vault.passwd_unknown")
        if key != self._key:
            connection = _connect(self.path, key)
            self._engine.dispose()
            self._connection.close()
            self._connection, self._key = connection, key
            self._engine = eng.engine_for(connection)
            self.repo = Repository(self._engine, self.path)
        return password

    def backup(self, dest: Path) -> Path:
        """A verified encrypted copy (same password) at `dest`, which must not exist yet.

        Made by SQLCipher from the open connection (a consistent snapshot even while writes go on),
        written under a private temporary name and moved into place once it passes the checks.
        """
        dest = Path(dest)
        _refuse_existing(dest)
        _make_parent(dest)
        with translated(dest), private_files.prepared_temp(dest) as temp:
            if _page_problems(self._connection, self.path):  # even pages the copy would not need: say so now
                raise VaultError("vault.damaged", path=str(self.path))
            try:
                eng.export_to(self._connection, temp, self._key)
            except eng.DbError as exc:
                if _page_problems(self._connection, self.path):
                    raise VaultError("vault.damaged", path=str(self.path)) from None
                raise from_db_error(exc, self.path) from None
            verify_copy(temp, self._key)
            try:
                private_files.publish(temp, dest, replace=False)
            except FileExistsError:
                raise VaultError("vault.exists", path=str(dest)) from None
        return dest

    def check(self) -> list[str]:
        """Problems found by SQLCipher's page check, SQLite's integrity and foreign-key checks."""
        problems = _page_problems(self._connection, self.path)
        with translated(self.path):
            for table, rowid, parent, _ in self._connection.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(f"foreign key: {table} row {rowid} points at a missing {parent}")
            version = self._connection.execute("PRAGMA user_version").fetchone()[0]
        known = len(migrations.discover())
        if version != known:
            problems.append(f"schema: version {version}, expected {known}")
        return problems

    @staticmethod
    def diagnose(path: Path, password: str) -> list[str]:
        """The damage in a vault that may not open: the password is checked on page 1, the rest page by page."""
        with _opened_read_only(Path(path), password) as connection:
            return _page_problems(connection, Path(path))

    @staticmethod
    def salvage(path: Path, password: str, out: Path) -> dict[str, tuple[int, int]]:
        """Copy every readable record of a damaged vault into a new vault at `out` (same password).

        Returns, per table, (records copied, records that could not be read or no longer fit).
        """
        from app.store.salvage import salvage_into

        out = Path(out)
        with _opened_read_only(Path(path), password) as source, Vault.create(out, password) as target, translated(out):
            return salvage_into(source, target._connection)

    @staticmethod
    def restore(backup: Path, dest: Path, password: str) -> Path | None:
        """Put a verified copy of a backup in place at `dest`, atomically.

        The copy is written beside `dest` and checked before anything is replaced; a vault
        already at `dest` is kept as `<dest>.before-restore.<time>.bak`, whose path is returned.
        """
        backup, dest = Path(backup), Path(dest)
        check_password(password)
        try:
            if not backup.is_file():
                raise VaultError("vault.not_found", path=str(backup))
            _check_shape(backup)
            key = _verified_key(backup, password)
            wal = Path(str(backup) + "-wal")
            if wal.exists() and wal.stat().st_size:
                raise VaultError("vault.not_a_vault", path=str(backup))
        except VaultError as exc:
            if exc.code in ("vault.wrong_password", "vault.not_a_vault", "vault.not_found"):
                raise VaultError("vault.backup_bad", path=str(backup)) from None
            raise
        _make_parent(dest)
        lock = lock_vault(dest)
        try:
            with translated(dest):
                if dest.exists():
                    lock.add_identity(dest)
                fd, temp = private_files.new_temp(dest)
                try:
                    with os.fdopen(fd, "wb") as stream, backup.open("rb") as source:
                        while chunk := source.read(1 << 20):
                            stream.write(chunk)
                        stream.flush()
                        os.fsync(stream.fileno())
                    verify_copy(temp, key)
                    kept = _keep_aside(dest)
                    private_files.publish(temp, dest)
                finally:
                    private_files.discard(temp)
        finally:
            lock.release()
        return kept

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
            self._key = ""
            self._lock.release()

    @property
    def closed(self) -> bool:
        return self._connection is None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def _opened_read_only(path: Path, password: str):
    """A read-only connection to a vault that may be damaged, the key checked on page 1, the vault locked."""
    check_password(password)
    if not path.exists():
        raise VaultError("vault.not_found", path=str(path))
    _check_shape(path)
    key = _verified_key(path, password)
    lock = lock_vault(path)
    try:
        lock.add_identity(path)
        connection = _connect(path, key, readonly=True)
        try:
            yield connection
        finally:
            connection.close()
    finally:
        lock.release()


def _page_problems(connection, path: Path) -> list[str]:
    """SQLCipher's page check (it names each damaged page) and SQLite's integrity check."""
    problems: list[str] = []
    try:
        problems += [f"cipher: {row}" for (row,) in connection.execute("PRAGMA cipher_integrity_check").fetchall()]
    except eng.DbError as exc:
        problems.append(f"cipher: {exc}")
    try:
        rows = [row for (row,) in connection.execute("PRAGMA integrity_check").fetchall()]
        problems += [f"integrity: {row}" for row in rows if row != "ok"]
    except eng.DbError as exc:
        problems.append(f"integrity: {exc}")
    return problems


def _keep_aside(dest: Path) -> Path | None:
    """Keep the vault at `dest` (with its -wal) under a named backup; `dest` itself stays in place."""
    if not dest.exists():
        return None
    kept = dest.with_name(f"{dest.name}.before-restore.{_stamp()}.bak")
    try:
        os.link(dest, kept)
    except OSError:
        private_files.copy_file(dest, kept, replace=False)
    wal = Path(str(dest) + "-wal")
    if wal.exists():
        private_files.copy_file(wal, Path(str(kept) + "-wal"), replace=False)
    for suffix in SIDE_FILES:
        Path(str(dest) + suffix).unlink(missing_ok=True)
    return kept
