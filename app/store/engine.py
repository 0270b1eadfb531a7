"""The one engine factory: SQLCipher 4 through `sqlcipher3`, keyed on the raw connection.

Standard SQLCipher 4 settings (PBKDF2-HMAC-SHA512, 256 000 iterations, 4096-byte pages),
so any SQLCipher 4 client opens a vault with the user's password alone. One connection
per process (key derivation costs ~0.15 s per connection). The test switch
REPAYDESK_TEST_FAST_KDF=1 lowers the iterations for test vaults only.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool
from sqlcipher3 import dbapi2 as sqlcipher

FAST_KDF_ENV = "REPAYDESK_TEST_FAST_KDF"
FAST_KDF_ITER = 4000
PAGE_SIZE = 4096

DbError = sqlcipher.Error


def fast_kdf() -> bool:
    return os.environ.get(FAST_KDF_ENV) == "1"


def quote_key(password: str) -> str:
    """The passphrase as an SQL string literal (the passphrase itself, standard KDF)."""
    return "'" + password.replace("'", "''") + "'"


def connect_keyed(path: Path, password: str) -> sqlcipher.Connection:
    """A raw connection keyed with `password` and verified by a first read.

    Raises sqlcipher errors (NOTADB for a wrong key). Nothing is written: `configure`
    (WAL and friends) comes after the caller has looked at the vault.
    """
    connection = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {quote_key(password)}")
        if fast_kdf():
            connection.execute(f"PRAGMA kdf_iter = {FAST_KDF_ITER}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except BaseException:
        connection.close()
        raise
    return connection


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
