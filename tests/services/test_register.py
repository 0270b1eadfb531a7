"""The register service: every loan summarised once, with the user's own LPR entries."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from app.core.lpr import LprEntry
from app.core.lpr_settings import SETTING_KEY
from app.core.records import LenderType, Loan, Payment
from app.services.register import lpr_extra, lpr_table, save_lpr_extra, summarise_register
from tests.core.loans import Y, make_loan, pay

LOAN = make_loan(received=Y(9000), penalty_rate_percent=Decimal("0.05"), id=1)


def test_summarise_register_uses_the_users_lpr_entries():

    class Repo:
        def list(self, kind, **filters):
            return {Loan: [LOAN], Payment: [pay(dt.date(2024, 2, 10), "888.49")]}[kind]

        def get_setting(self, key, default=None):
            return '[{"date": "2024-03-20", "rate": "2.50"}]' if key == SETTING_KEY else default

    [summary] = summarise_register(Repo(), dt.date(2024, 4, 1))
    assert summary.paid_total.plain() == "888.49"
    private = dataclasses.replace(LOAN, lender_type=LenderType.PRIVATE, contract_date=dt.date(2024, 3, 25), first_due_date=dt.date(2024, 4, 25))

    class PrivateRepo(Repo):
        def list(self, kind, **filters):
            return {Loan: [private], Payment: []}[kind]

    [summary] = summarise_register(PrivateRepo(), dt.date(2024, 4, 1))
    [line] = [v for v in summary.verdicts if v.lpr is not None]
    assert line.lpr.rate_percent == Decimal("2.50") and line.limit_percent == Decimal("10.00")


def test_lpr_entries_round_trip_through_the_vault(tmp_vault):
    entries = (LprEntry(dt.date(2026, 5, 20), Decimal("2.95")),)
    save_lpr_extra(tmp_vault.repo, entries)
    assert lpr_extra(tmp_vault.repo) == entries
    assert lpr_table(tmp_vault.repo).rate_on(dt.date(2026, 6, 1)).rate_percent == Decimal("2.95")


def test_a_damaged_lpr_setting_falls_back_to_the_shipped_table(tmp_vault):
    tmp_vault.repo.set_setting(SETTING_KEY, "{not json")
    assert lpr_extra(tmp_vault.repo) == ()
    assert lpr_table(tmp_vault.repo).rate_on(dt.date(2025, 6, 1)).rate_percent == Decimal("3.00")


def test_one_loan_no_calculator_can_handle_is_marked_and_the_rest_are_summarised():
    broken = dataclasses.replace(LOAN, id=2, first_due_date=dt.date(9999, 12, 31), instalments=24)

    class Repo:
        def list(self, kind, **filters):
            return {Loan: [broken, LOAN], Payment: []}[kind]

        def get_setting(self, key, default=None):
            return default

    bad, good = summarise_register(Repo(), dt.date(2024, 4, 1))
    assert bad.loan is broken and bad.problem == "loan.cannot_compute" and bad.outstanding_total.fen == 0
    assert good.problem is None and good.outstanding_principal == LOAN.principal
