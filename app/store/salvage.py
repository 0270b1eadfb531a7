"""Copy every readable row of a damaged vault into a fresh one (raw SQL on two keyed connections)."""

from __future__ import annotations

from app.store.engine import DbError

MAX_JUMP = 1 << 16  # past a damaged page, how far ahead a scan looks for readable rows


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(connection) -> list[str]:
    """Ordinary tables, without SQLite's own and without the shadow tables of virtual ones."""
    rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name for name, sql in rows
        if not name.startswith("sqlite_") and name not in virtual and not any(name.startswith(v + "_") for v in virtual)
    ]  # fmt: skip


def _columns(connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]


def _readable_rows(source, table: str, columns: list[str]) -> tuple[list[tuple], int]:
    """The rows that can be read in row-id order, and how many row ids could not be read.

    A damaged page breaks a scan; the scan then jumps ahead (1, 2, 4 … ids) until it can go on,
    and the ids it jumped over are tried one by one.
    """
    select = f"SELECT rowid, {', '.join(map(_quote, columns))} FROM {_quote(table)}"
    rows: list[tuple] = []
    lost, last = 0, 0
    while True:
        try:
            for row in source.execute(f"{select} WHERE rowid > ? ORDER BY rowid", (last,)):
                rows.append(row[1:])
                last = row[0]
            return rows, lost
        except DbError:
            pass
        jump = 1
        while jump <= MAX_JUMP:
            try:
                source.execute(f"SELECT rowid FROM {_quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT 1", (last + jump,)).fetchall()
                break
            except DbError:
                jump *= 2
        for rowid in range(last + 1, last + min(jump, MAX_JUMP) + 1):
            try:
                row = source.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
            except DbError:
                lost += 1
                continue
            if row is not None:
                rows.append(row[1:])
        if jump > MAX_JUMP:
            return rows, lost
        last += jump


def salvage_into(source, target) -> dict[str, tuple[int, int]]:
    """Fill `target` (a new, empty vault) from `source`; per table (rows copied, rows lost)."""
    report: dict[str, tuple[int, int]] = {}
    wanted = set(_tables(source))
    target.execute("PRAGMA foreign_keys = OFF")
    target.execute("BEGIN IMMEDIATE")
    committed = False
    try:
        for table in _tables(target):
            if table not in wanted:
                continue
            columns = [c for c in _columns(target, table) if c in set(_columns(source, table))]
            rows, lost = _readable_rows(source, table, columns)
            insert = f"INSERT OR REPLACE INTO {_quote(table)} ({', '.join(map(_quote, columns))}) VALUES ({', '.join('?' * len(columns))})"
            copied = 0
            for row in rows:
                try:
                    target.execute(insert, row)
                    copied += 1
                except DbError:
                    lost += 1
            report[table] = (copied, lost)
        _drop_orphans(target, report)
        target.execute("COMMIT")
        committed = True
    finally:
        if not committed:  # nothing half-copied stays in the new vault
            target.execute("ROLLBACK")
        target.execute("PRAGMA foreign_keys = ON")
    return report


def _drop_orphans(target, report: dict[str, tuple[int, int]]) -> None:
    """Rows whose parent was lost cannot stay (the vault enforces references)."""
    while orphans := target.execute("PRAGMA foreign_key_check").fetchall():
        for table, rowid, _parent, _ in orphans:
            target.execute(f"DELETE FROM {_quote(table)} WHERE rowid = ?", (rowid,))
            copied, lost = report.get(table, (0, 0))
            report[table] = (copied - 1, lost + 1)
