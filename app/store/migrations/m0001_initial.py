"""The first schema: every table in app.store.models as it was at version 1.

The DDL is frozen here as text (not created from the models), so later model changes
cannot alter what this step builds; a test checks it matches the models.
"""

from __future__ import annotations

from sqlalchemy import Connection

SCHEMA = """
CREATE TABLE assets (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    value_fen INTEGER NOT NULL,
    note TEXT NOT NULL
);
CREATE TABLE budget_snapshots (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    taken_on DATE NOT NULL,
    income_fen INTEGER NOT NULL,
    spending_fen INTEGER NOT NULL,
    essential_spending_fen INTEGER NOT NULL,
    available_fen INTEGER NOT NULL,
    contract_demand_fen INTEGER NOT NULL,
    total_debt_fen INTEGER NOT NULL,
    net_worth_fen INTEGER NOT NULL
);
CREATE TABLE expenses (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    monthly_fen INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    essential BOOLEAN NOT NULL,
    note TEXT NOT NULL
);
CREATE TABLE income_sources (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    amount_fen INTEGER NOT NULL,
    frequency VARCHAR NOT NULL,
    note TEXT NOT NULL
);
CREATE TABLE liabilities (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    creditor VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    balance_fen INTEGER NOT NULL,
    monthly_payment_fen INTEGER NOT NULL,
    note TEXT NOT NULL
);
CREATE TABLE loans (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    lender VARCHAR NOT NULL,
    lender_type VARCHAR NOT NULL,
    principal_fen INTEGER NOT NULL,
    received_fen INTEGER NOT NULL,
    contract_date DATE NOT NULL,
    first_due_date DATE NOT NULL,
    instalments INTEGER NOT NULL,
    period VARCHAR NOT NULL,
    method VARCHAR NOT NULL,
    rate_percent VARCHAR NOT NULL,
    rate_basis VARCHAR NOT NULL,
    fees TEXT NOT NULL,
    penalty_rate_percent VARCHAR,
    penalty_rate_basis VARCHAR NOT NULL,
    late_fee_fen INTEGER,
    late_fee_percent VARCHAR,
    status VARCHAR NOT NULL,
    contract_no VARCHAR NOT NULL,
    contact_numbers VARCHAR NOT NULL,
    notes TEXT NOT NULL,
    archived BOOLEAN NOT NULL,
    custom_schedule TEXT NOT NULL
);
CREATE TABLE profile (
    id INTEGER NOT NULL,
    full_name VARCHAR NOT NULL,
    phone VARCHAR NOT NULL,
    address TEXT NOT NULL,
    id_number VARCHAR NOT NULL,
    hardship TEXT NOT NULL,
    protected_minimum_fen INTEGER,
    PRIMARY KEY (id)
);
CREATE TABLE settings (
    "key" VARCHAR NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY ("key")
);
CREATE TABLE contacts (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    happened_at DATETIME NOT NULL,
    channel VARCHAR NOT NULL,
    summary TEXT NOT NULL,
    direction VARCHAR NOT NULL,
    counterparty VARCHAR NOT NULL,
    loan_id INTEGER,
    asked TEXT NOT NULL,
    answer TEXT NOT NULL,
    promised TEXT NOT NULL,
    follow_up DATE,
    misconduct TEXT NOT NULL,
    FOREIGN KEY(loan_id) REFERENCES loans (id)
);
CREATE INDEX ix_contacts_happened_at ON contacts (happened_at);
CREATE INDEX ix_contacts_loan_id ON contacts (loan_id);
CREATE TABLE documents (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    kind VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    created_at DATETIME NOT NULL,
    loan_id INTEGER,
    saved_to TEXT NOT NULL,
    FOREIGN KEY(loan_id) REFERENCES loans (id)
);
CREATE INDEX ix_documents_loan_id ON documents (loan_id);
CREATE TABLE payments (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    loan_id INTEGER NOT NULL,
    paid_on DATE NOT NULL,
    amount_fen INTEGER NOT NULL,
    note TEXT NOT NULL,
    FOREIGN KEY(loan_id) REFERENCES loans (id)
);
CREATE INDEX ix_payments_loan_id ON payments (loan_id);
CREATE TABLE attachments (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    filename VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    size INTEGER NOT NULL,
    mime VARCHAR NOT NULL,
    contact_id INTEGER,
    loan_id INTEGER,
    added_at DATETIME NOT NULL,
    FOREIGN KEY(contact_id) REFERENCES contacts (id),
    FOREIGN KEY(loan_id) REFERENCES loans (id)
);
CREATE INDEX ix_attachments_contact_id ON attachments (contact_id);
CREATE INDEX ix_attachments_loan_id ON attachments (loan_id);
CREATE TABLE attachment_blobs (
    attachment_id INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment_id),
    FOREIGN KEY(attachment_id) REFERENCES attachments (id)
);
"""


def upgrade(connection: Connection) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            connection.exec_driver_sql(statement)
