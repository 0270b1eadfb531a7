"""The dashboard's figures, computed from plain records (no Qt, so it is tested directly)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.money import Money
from app.core.records import ContactEntry, Loan, LoanStatus

CLOSED = frozenset({LoanStatus.SETTLED, LoanStatus.WRITTEN_OFF})


@dataclass(frozen=True, slots=True)
class DashboardSummary:
    loans_by_status: tuple[tuple[LoanStatus, int], ...]  # in LoanStatus order, zero counts left out
    open_loans: int
    open_principal: Money  # principal on paper of loans neither settled, written off nor archived
    overdue: tuple[Loan, ...]
    follow_ups: tuple[ContactEntry, ...]  # due from today to today + horizon, soonest first
    recent_contacts: tuple[ContactEntry, ...]  # newest first


def summarise(
    loans: Iterable[Loan], contacts: Iterable[ContactEntry], today: dt.date, horizon_days: int, recent: int = 5
) -> DashboardSummary:
    active = [loan for loan in loans if not loan.archived]
    counts = Counter(loan.status for loan in active)
    open_ = [loan for loan in active if loan.status not in CLOSED]
    contacts = list(contacts)
    last_day = today + dt.timedelta(days=horizon_days)
    follow_ups = sorted(
        (c for c in contacts if c.follow_up is not None and today <= c.follow_up <= last_day),
        key=lambda c: (c.follow_up, c.happened_at),
    )
    newest = sorted(contacts, key=lambda c: c.happened_at, reverse=True)[:recent]
    return DashboardSummary(
        loans_by_status=tuple((status, counts[status]) for status in LoanStatus if counts[status]),
        open_loans=len(open_),
        open_principal=sum((loan.principal for loan in open_), Money(0)),
        overdue=tuple(loan for loan in active if loan.status == LoanStatus.OVERDUE),
        follow_ups=tuple(follow_ups),
        recent_contacts=tuple(newest),
    )
