"""The dashboard's figures from the register summaries, the budget statement and the diary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.core.budget import Statement
from app.core.legal_lines import RED
from app.core.loan_summary import CLOSED, LoanSummary
from app.core.money import Money
from app.core.records import ContactEntry

PAYMENTS_WINDOW_DAYS = 30
RECENT_CONTACTS = 5


@dataclass(frozen=True, slots=True)
class DuePayment:
    loan_id: int | None
    lender: str
    due: dt.date
    amount: Money


@dataclass(frozen=True, slots=True)
class OverdueLoan:
    loan_id: int | None
    lender: str
    days_overdue: int
    overdue_amount: Money
    penalties: Money  # penalty interest and late fees accrued to today


@dataclass(frozen=True, slots=True)
class DashboardSummary:
    """Loans count when they are neither settled nor written off, archived or not, as in the budget."""

    today: dt.date
    open_loans: int
    owed_total: Money  # outstanding principal + interest + fees + penalties
    owed_principal: Money  # the budget's "loans outstanding"
    contract_demand: Money  # the regular instalments per month from now on
    available: Money  # the monthly amount available for repayment
    surplus: Money  # available − demand; negative is a shortfall
    budget_entered: bool  # some income or spending is recorded, so `available` means something
    above_legal_line: int  # open loans with a red verdict
    overdue: tuple[OverdueLoan, ...]  # longest overdue first
    next_payments: tuple[DuePayment, ...]  # today to today + PAYMENTS_WINDOW_DAYS, soonest first
    follow_ups: tuple[ContactEntry, ...]  # due from today to today + horizon, soonest first
    recent_contacts: tuple[ContactEntry, ...]  # newest first
    lenders: dict[int | None, str] = field(default_factory=dict)  # every loan's lender by loan id
    overdue_now: Money = Money(0)  # arrears now (the budget's figure)
    overdue_penalties: Money = Money(0)  # unpaid penalty interest and late fees now
    lump_sums_12m: Money = Money(0)  # single repayments due in the next 12 months

    @property
    def longest_overdue_days(self) -> int:
        return max((item.days_overdue for item in self.overdue), default=0)


def summarise(
    loans: Sequence[LoanSummary],
    statement: Statement,
    contacts: Iterable[ContactEntry],
    today: dt.date,
    horizon_days: int,
    *,
    budget_entered: bool = True,
) -> DashboardSummary:
    contacts = list(contacts)
    open_ = [s for s in loans if s.loan.status not in CLOSED]
    overdue = sorted(
        (OverdueLoan(s.loan.id, s.loan.lender, s.days_overdue, s.overdue_amount, s.penalties)
         for s in open_ if s.days_overdue > 0),
        key=lambda item: (-item.days_overdue, item.lender),
    )
    return DashboardSummary(
        today=today,
        open_loans=len(open_),
        owed_total=sum((s.outstanding_total for s in loans), Money(0)),
        owed_principal=sum((s.outstanding_principal for s in loans), Money(0)),
        contract_demand=statement.contract_demand,
        overdue_now=statement.overdue_now,
        overdue_penalties=statement.overdue_penalties,
        lump_sums_12m=statement.lump_sums_12m,
        available=statement.available,
        surplus=statement.surplus,
        budget_entered=budget_entered,
        above_legal_line=sum(1 for s in open_ if s.worst_level == RED),
        overdue=tuple(overdue),
        next_payments=_next_payments(open_, today + dt.timedelta(days=PAYMENTS_WINDOW_DAYS)),
        follow_ups=_follow_ups(contacts, today, today + dt.timedelta(days=horizon_days)),
        recent_contacts=tuple(sorted(contacts, key=lambda c: c.happened_at, reverse=True)[:RECENT_CONTACTS]),
        lenders={s.loan.id: s.loan.lender for s in loans},
    )


def _next_payments(loans: Iterable[LoanSummary], last: dt.date) -> tuple[DuePayment, ...]:
    """Instalments due from each loan's next due date (never before today) to `last`.

    The next instalment counts as far as it is still unpaid; later ones in full.
    """
    due: list[DuePayment] = []
    for s in loans:
        if s.schedule is None or s.next_due_date is None:
            continue
        for row in s.schedule.rows:
            if row.due_date is None or not s.next_due_date <= row.due_date <= last:
                continue
            amount = s.next_due_amount if row.due_date == s.next_due_date else row.payment
            due.append(DuePayment(s.loan.id, s.loan.lender, row.due_date, amount))
    return tuple(sorted(due, key=lambda item: (item.due, item.lender)))


def _follow_ups(contacts: Iterable[ContactEntry], first: dt.date, last: dt.date) -> tuple[ContactEntry, ...]:
    """Follow-ups not marked done, due by `last`; overdue ones (before `first`) stay until done."""
    due = (c for c in contacts if c.follow_up is not None and c.follow_up <= last and c.follow_up_done_at is None)
    return tuple(sorted(due, key=lambda c: (c.follow_up, c.happened_at)))
