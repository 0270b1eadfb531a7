"""Schema 5: bullet loans written before it keep their meaning, in a vault (migration) and in an old export (import)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import create_engine
from sqlcipher3 import dbapi2 as sqlcipher

from app.core.money import Money
from app.core.records import Loan, RepaymentMethod
from app.services.loans import register_view
from app.store import exchange, migrations

# 30 000 at 15 %/yr simple, all repaid after 24 months: written the old way, 24 "instalments" with
# the first due one month after the contract, the one instalment falling on 2026-08-01
OLD_BULLET = {
    "id": 1, "lender": "老王", "lender_type": "private", "principal": "30000.00", "received": "30000.00",
    "contract_date": "2024-08-01", "first_due_date": "2024-09-01", "instalments": 24, "period": "month",
    "method": "bullet", "rate_percent": "15", "rate_basis": "annual", "fees": [], "penalty_rate_percent": None,
    "penalty_rate_basis": "daily", "late_fee": None, "late_fee_percent": None, "status": "current",
    "contract_no": "", "contact_numbers": "", "notes": "", "archived": False, "custom_schedule": [],
}


def _old_schema_with_bullet():
    engine = create_engine("sqlite://", module=sqlcipher)  # the SQLite the app ships (FTS5 options of m0002)
    steps = migrations.discover()
    with engine.begin() as connection:
        migrations.apply(connection, steps[:4])
        connection.exec_driver_sql(
            "INSERT INTO loans (lender, lender_type, principal_fen, received_fen, contract_date, first_due_date, instalments,"
            " period, method, rate_percent, rate_basis, fees, penalty_rate_basis, status, contract_no, contact_numbers,"
            " notes, archived, custom_schedule) VALUES ('老王', 'private', 3000000, 3000000, '2024-08-01', '2024-09-01', 24,"
            " 'month', 'bullet', '15', 'annual', '[]', 'daily', 'current', '', '', '', 0, '[]')")
        connection.exec_driver_sql(
            "INSERT INTO loans (lender, lender_type, principal_fen, received_fen, contract_date, first_due_date, instalments,"
            " period, method, rate_percent, rate_basis, fees, penalty_rate_basis, status, contract_no, contact_numbers,"
            " notes, archived, custom_schedule) VALUES ('Bank', 'bank', 1200000, 1200000, '2025-01-10', '2025-02-10', 12,"
            " 'month', 'equal-installment', '12', 'annual', '[]', 'daily', 'current', '', '', '', 0, '[]')")
    return engine, steps


def test_m0005_gives_old_bullet_loans_their_term_and_real_due_date():
    engine, steps = _old_schema_with_bullet()
    with engine.begin() as connection:
        migrations.apply(connection, steps[4:5])
        rows = connection.exec_driver_sql(
            "SELECT lender, instalments, term, first_due_date FROM loans ORDER BY id").fetchall()
    assert rows == [("老王", 1, 24, "2026-08-01"), ("Bank", 12, None, "2025-02-10")]


def test_an_old_export_keeps_the_meaning_of_its_bullet_loan(tmp_vault):
    document = exchange.export_vault(tmp_vault.repo)
    document["loans"] = [OLD_BULLET]
    tmp_vault.repo.import_data(json.loads(json.dumps(document)))
    [view] = register_view(tmp_vault.repo, dt.date(2025, 3, 31)).loans
    [row] = view.summary.schedule.rows
    assert (row.due_date, row.interest, row.payment) == (dt.date(2026, 8, 1), Money.yuan("9000"), Money.yuan("39000"))
    assert view.loan.method == RepaymentMethod.BULLET and view.loan.term is None  # read the old way


def test_a_new_export_carries_the_term(tmp_vault):
    loan = tmp_vault.repo.add(Loan(
        lender="老王", lender_type="private", principal=Money.yuan("30000"), received=Money.yuan("30000"),
        contract_date=dt.date(2024, 8, 1), first_due_date=dt.date(2026, 8, 1), instalments=1, term=24,
        method=RepaymentMethod.BULLET, rate_percent=15))
    [entry] = exchange.export_vault(tmp_vault.repo)["loans"]
    assert (entry["term"], entry["instalments"], entry["first_due_date"]) == (24, 1, "2026-08-01")
    [row] = register_view(tmp_vault.repo, dt.date(2025, 3, 31)).get(loan.id).summary.schedule.rows
    assert (row.due_date, row.interest) == (dt.date(2026, 8, 1), Money.yuan("9000"))
