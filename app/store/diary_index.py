"""The diary's full-text index inside the vault: an FTS5 table keyed by contact id.

The table is contentless (the text lives only in `contacts`) with FTS5's secure-delete on, so
a deleted entry's words do not linger in the index. Tokens come from app.core.diary_search.
Functions take a Session or a Connection inside the caller's transaction.
"""

from __future__ import annotations

import json

from sqlalchemy import TextClause, text

from app.core.diary_search import index_text, match_expression
from app.core.records import ContactEntry

TABLE = "diary_fts"
MANY_HITS = 1000
TEXT_COLUMNS = ("summary", "asked", "answer", "promised", "counterparty", "person_name", "staff_id", "phone",
                "third_party", "lender_name")  # fmt: skip


def create(conn) -> None:
    conn.execute(text(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(grams, chars, content='', contentless_delete=1, "
        "tokenize='unicode61', detail='full')"
    ))
    conn.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('secure-delete', 1)"))


def _fields(values: dict, tags: tuple[str, ...] | list[str], loan_lender: str | None) -> tuple[str, ...]:
    return (*(values[name] or "" for name in TEXT_COLUMNS), " ".join(tags), loan_lender or "")


def _write(conn, contact_id: int, fields: tuple[str, ...]) -> None:
    tokens = index_text(*fields)
    conn.execute(text(f"INSERT INTO {TABLE}(rowid, grams, chars) VALUES (:id, :grams, :chars)"),
                 {"id": contact_id, "grams": tokens.grams, "chars": tokens.chars})


def reindex(conn, entry: ContactEntry, loan_lender: str | None, *, new: bool = False) -> None:
    """Replace the entry's tokens after an update (or, with `new`, add them after an insert)."""
    if not new:
        unindex(conn, (entry.id,))
    values = {name: getattr(entry, name) for name in TEXT_COLUMNS}
    _write(conn, entry.id, _fields(values, entry.tags, loan_lender))


def unindex(conn, contact_ids) -> None:
    for contact_id in contact_ids:
        conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :id"), {"id": contact_id})


def rebuild(conn) -> None:
    """Index every stored contact (the migration, and a repair)."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    columns = ", ".join(f"c.{name}" for name in TEXT_COLUMNS)
    rows = conn.execute(text(f"SELECT c.id, {columns}, c.tags, l.lender FROM contacts c LEFT JOIN loans l ON l.id = c.loan_id"))
    for row in rows.mappings().all():
        _write(conn, row["id"], _fields(row, json.loads(row["tags"] or "[]"), row["lender"]))


def matches(conn, query: str) -> tuple[TextClause, int] | None:
    """A WHERE condition on `contacts` for the entries matching `query`, and how many entries match;
    None when the query holds nothing to search.

    With many hits, the condition is written `+contacts.id IN (…)` so SQLite walks the time index
    and stops after a page, instead of sorting every hit (3 ms instead of 190 ms for 20 000 hits).
    """
    expression = match_expression(query)
    if expression is None:
        return None
    hits = conn.execute(text(f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH :q"), {"q": expression}).scalar()
    column = "+contacts.id" if hits > MANY_HITS else "contacts.id"
    sql = f"{column} IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :fts_query)"
    return text(sql).bindparams(fts_query=expression), hits
