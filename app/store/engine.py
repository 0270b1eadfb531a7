"""The one engine factory: SQLCipher 4 through `sqlcipher3`, keyed on the raw connection.

Standard SQLCipher 4 settings (PBKDF2-HMAC-SHA512, 256 000 iterations, 4096-byte pages),
so any SQLCipher 4 client opens a vault with the user's password alone. One connection
per process (key derivation costs ~0.15 s per connection). The test switch
REPAYDESK_TEST_FAST_KDF=1 lowers the iterations for test vaults only.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool
from sqlcipher3 import dbapi2 as sqlcipher

FAST_KDF_ENV = "REPAYDESK_TEST_FAST_KDF"
FAST_KDF_ITER = 4000
STANDARD_KDF_ITER = 256_000
PAGE_SIZE = 4096
SALT_SIZE, KEY_SIZE, HMAC_SIZE = 16, 32, 64
WAL_HEADER, WAL_FRAME_HEADER = 32, 24

DbError = sqlcipher.Error


def fast_kdf() -> bool:
    return os.environ.get(FAST_KDF_ENV) == "1"


def quote_key(password: str) -> str:
    """The passphrase as an SQL string literal (the passphrase itself, standard KDF)."""
    return "'" + password.replace("'", "''") + "'"


def kdf_iterations() -> int:
    return FAST_KDF_ITER if fast_kdf() else STANDARD_KDF_ITER


def _page_one_verifies(page: bytes, key: bytes) -> bool:
    """SQLCipher 4's HMAC-SHA512 of page 1 (after the salt, IV included, page number LE)."""
    salt = page[:SALT_SIZE]
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, KEY_SIZE)
    end = PAGE_SIZE - HMAC_SIZE
    mac = hmac.new(hmac_key, page[SALT_SIZE:end] + (1).to_bytes(4, "little"), hashlib.sha512).digest()
    return hmac.compare_digest(mac, page[end:PAGE_SIZE])


def _page_ones(path: Path) -> list[bytes]:
    """Page 1 of the file, then any newer copies of it in a `-wal` beside it (newest first)."""
    with open(path, "rb") as handle:
        pages = [handle.read(PAGE_SIZE)]
    wal = Path(str(path) + "-wal")
    try:
        with open(wal, "rb") as handle:
            handle.seek(WAL_HEADER)
            frames = []
            while len(frame := handle.read(WAL_FRAME_HEADER + PAGE_SIZE)) == WAL_FRAME_HEADER + PAGE_SIZE:
                if int.from_bytes(frame[:4], "big") == 1:
                    frames.append(frame[WAL_FRAME_HEADER:])
            pages += reversed(frames)
    except OSError:
        pass
    return [page for page in pages if len(page) == PAGE_SIZE]


def raw_key(path: Path, password: str) -> str | None:
    """The key literal (derived key + salt) when `password` opens the vault at `path`, else None.

    Reads the file (and its -wal) only: nothing runs on the database with an unverified key,
    so a wrong password can never make SQLite recover, checkpoint or rewrite anything.
    """
    secret = password.encode("utf-8")
    derived: dict[bytes, bytes] = {}
    for page in _page_ones(path):
        salt = page[:SALT_SIZE]
        if salt not in derived:
            derived[salt] = hashlib.pbkdf2_hmac("sha512", secret, salt, kdf_iterations(), KEY_SIZE)
        if _page_one_verifies(page, derived[salt]):
            return f"x'{derived[salt].hex()}{salt.hex()}'"
    return None


def key_opens(path: Path, key: str) -> bool:
    """Whether the key literal made by `raw_key` verifies page 1 of the file at `path`."""
    pages = _page_ones(path)
    key_bytes = bytes.fromhex(key[2 : 2 + 2 * KEY_SIZE])
    return bool(pages) and _page_one_verifies(pages[0], key_bytes)


def connect_raw(path: Path, key: str, *, readonly: bool = False) -> sqlcipher.Connection:
    """A connection keyed with a verified key literal from `raw_key` (no key derivation)."""
    target = f"{Path(path).absolute().as_uri()}?mode=ro" if readonly else str(path)
    return _keyed(target, f'"{key}"', uri=readonly)


def _keyed(target: str, key_sql: str, *, uri: bool = False) -> sqlcipher.Connection:
    """Connect, key, and verify by a first read; the connection is closed again if any step fails."""
    connection = sqlcipher.connect(target, isolation_level=None, check_same_thread=False, uri=uri)
    with ExitStack() as on_failure:
        on_failure.callback(connection.close)
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {key_sql}")
        if fast_kdf():
            connection.execute(f"PRAGMA kdf_iter = {FAST_KDF_ITER}")  # test vaults; kept for a later rekey
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        on_failure.pop_all()
    return connection


def export_to(connection: sqlcipher.Connection, dest: Path, key: str) -> None:
    """Copy the open database into the empty file `dest` with the same key (sqlcipher_export)."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.execute(f"ATTACH DATABASE ? AS copy KEY \"{key}\"", (str(dest),))
    try:
        connection.execute("SELECT sqlcipher_export('copy')").fetchall()
        connection.execute(f"PRAGMA copy.user_version = {int(version)}")
    finally:
        connection.execute("DETACH DATABASE copy")


def connect_keyed(path: Path, password: str) -> sqlcipher.Connection:
    """A raw connection keyed with `password` and verified by a first read.

    Raises sqlcipher errors (NOTADB for a wrong key). Nothing is written: `configure`
    (WAL and friends) comes after the caller has looked at the vault.
    """
    return _keyed(str(path), quote_key(password))


def configure(connection: sqlcipher.Connection) -> None:
    """Write-ahead logging, full sync so committed data survives a crash, enforced references."""
    connection.execute("PRAGMA journal_mode = WAL").fetchall()
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")


def rekey(connection: sqlcipher.Connection, new_password: str) -> None:
    """Change the key on the raw connection (never through SQLAlchemy, which may log SQL)."""
    connection.execute(f"PRAGMA rekey = {quote_key(new_password)}")


def engine_for(connection: sqlcipher.Connection) -> Engine:
    """A SQLAlchemy engine over the one keyed connection; transactions begin explicitly."""
    engine = create_engine("sqlite://", module=sqlcipher, creator=lambda: connection, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # the driver runs in autocommit mode; SQLAlchemy owns transactions
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
