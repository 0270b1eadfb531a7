"""The contact diary and evidence locker (issue 10).

New contact fields (the person, staff ID, phone, third party, a free lender name, tags, when a
follow-up was done), the attachment file's modification time, attachment bytes in numbered
chunks (the single-blob table is moved over and dropped), a custody log, and the full-text
index `diary_fts` (contentless, FTS5 secure-delete on) filled for the contacts already stored.
"""

from __future__ import annotations

from sqlalchemy import Connection

from app.store import diary_index

SCHEMA = """
ALTER TABLE contacts ADD COLUMN person_name VARCHAR NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN staff_id VARCHAR NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN phone VARCHAR NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN third_party VARCHAR NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN lender_name VARCHAR NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE contacts ADD COLUMN follow_up_done_at DATETIME;
CREATE INDEX ix_contacts_follow_up ON contacts (follow_up);
CREATE INDEX ix_contacts_lender_name ON contacts (lender_name);
ALTER TABLE attachments ADD COLUMN file_mtime DATETIME;
CREATE TABLE attachment_chunks (
    attachment_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq),
    FOREIGN KEY(attachment_id) REFERENCES attachments (id)
);
INSERT INTO attachment_chunks (attachment_id, seq, data) SELECT attachment_id, 0, data FROM attachment_blobs;
DROP TABLE attachment_blobs;
CREATE TABLE custody_log (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    attachment_id INTEGER NOT NULL,
    action VARCHAR NOT NULL,
    at DATETIME NOT NULL,
    detail TEXT NOT NULL,
    FOREIGN KEY(attachment_id) REFERENCES attachments (id)
);
CREATE INDEX ix_custody_log_attachment_id ON custody_log (attachment_id);
"""


def upgrade(connection: Connection) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            connection.exec_driver_sql(statement)
    diary_index.create(connection)
    diary_index.rebuild(connection)
