"""Documents: each generated document keeps its lender, language, whether and when it was sent,
and its exact bytes (in `document_blobs`, like attachments). DDL frozen as text."""

from __future__ import annotations

from sqlalchemy import Connection

SCHEMA = """
ALTER TABLE documents ADD COLUMN lender VARCHAR NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN lang VARCHAR NOT NULL DEFAULT 'zh_CN';
ALTER TABLE documents ADD COLUMN sha256 VARCHAR NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN sent BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN sent_to VARCHAR NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN sent_on DATE;
CREATE TABLE document_blobs (
    document_id INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (document_id),
    FOREIGN KEY(document_id) REFERENCES documents (id)
);
"""


def upgrade(connection: Connection) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            connection.exec_driver_sql(statement)
