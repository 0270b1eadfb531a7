"""Saved payoff scenarios (issue 11): one table, its lists kept as JSON text."""

from __future__ import annotations

from sqlalchemy import Connection

SCHEMA = """
CREATE TABLE scenarios (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name VARCHAR NOT NULL,
    strategy VARCHAR NOT NULL,
    budget_fen INTEGER,
    start_month DATE,
    basis VARCHAR NOT NULL,
    lump_sums TEXT NOT NULL,
    income_changes TEXT NOT NULL,
    custom_order TEXT NOT NULL,
    what_ifs TEXT NOT NULL,
    loan_id INTEGER,
    created_at DATETIME,
    FOREIGN KEY(loan_id) REFERENCES loans (id)
);
CREATE INDEX ix_scenarios_loan_id ON scenarios (loan_id);
"""


def upgrade(connection: Connection) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            connection.exec_driver_sql(statement)
