"""The loans register as the pages and commands see it: every loan summarised once, on a date."""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable

from app.core.loan_summary import LoanSummary, cannot_compute, summarise
from app.core.lpr import LprEntry, LprTable
from app.core.lpr_settings import SETTING_KEY, extra_json, parse_extra, table_with
from app.core.records import Loan, Payment

_log = logging.getLogger(__name__)


def lpr_extra(repo) -> tuple[LprEntry, ...]:
    """The LPR entries the user added to the shipped table."""
    return parse_extra(repo.get_setting(SETTING_KEY))


def save_lpr_extra(repo, entries: Iterable[LprEntry]) -> None:
    repo.set_setting(SETTING_KEY, extra_json(entries))


def lpr_table(repo) -> LprTable:
    """The shipped LPR history with the user's own entries."""
    return table_with(lpr_extra(repo))


def payments_by_loan(repo) -> dict[int | None, list[Payment]]:
    payments: dict[int | None, list[Payment]] = defaultdict(list)
    for payment in repo.list(Payment):
        payments[payment.loan_id].append(payment)
    return payments


def summarise_register(
    repo, on: dt.date, table: LprTable | None = None, payments: dict[int | None, list[Payment]] | None = None,
) -> list[LoanSummary]:
    """Every loan of the register on `on`, priced with the user's own LPR entries too (the one place
    the register is summarised: dashboard, budget, Loans page, scenarios, documents and CLI)."""
    table = table if table is not None else lpr_table(repo)
    payments = payments if payments is not None else payments_by_loan(repo)
    return [summarise_loan(loan, payments[loan.id], on, table) for loan in repo.list(Loan)]


def summarise_loan(loan: Loan, payments: list[Payment], on: dt.date, table: LprTable) -> LoanSummary:
    """One loan's summary; a loan the calculators cannot handle is marked "cannot compute" and the
    register goes on (issue 9 item 6: every command robust to a record it cannot compute)."""
    try:
        return summarise(loan, payments, on, table)
    except Exception as error:  # noqa: BLE001 — one loan no calculator can handle must not stop the register
        _log.warning("loan %s cannot be computed: %s", loan.id, type(error).__name__)
        return cannot_compute(loan, on)
