"""Dashboard figures from plain records, worked by hand."""

from __future__ import annotations

import datetime as dt

from app.core.money import Money
from app.core.records import Channel, ContactEntry, LenderType, Loan, LoanStatus
from app.ui.pages.dashboard_summary import summarise

TODAY = dt.date(2025, 6, 10)


def _loan(lender, principal, status, archived=False, id_=None):
    return Loan(lender=lender, lender_type=LenderType.PLATFORM, principal=Money.yuan(principal),
                received=Money.yuan(principal), contract_date=dt.date(2024, 1, 1),
                first_due_date=dt.date(2024, 2, 1), instalments=12, status=status, archived=archived, id=id_)


def _contact(day, follow_up=None):
    return ContactEntry(happened_at=dt.datetime(2025, 6, day, 9, 0), channel=Channel.PHONE,
                        summary=f"call {day}", follow_up=follow_up)


def test_summary_counts_principal_and_dates():
    loans = [
        _loan("A", "10000.50", LoanStatus.OVERDUE, id_=1),
        _loan("B", "5000", LoanStatus.CURRENT, id_=2),
        _loan("C", "3000", LoanStatus.SETTLED, id_=3),
        _loan("D", "7000", LoanStatus.OVERDUE, archived=True, id_=4),
        _loan("E", "2000", LoanStatus.NEGOTIATING, id_=5),
    ]
    contacts = [
        _contact(1, dt.date(2025, 6, 9)),   # follow-up yesterday: not upcoming
        _contact(2, dt.date(2025, 6, 24)),  # today + 14: included
        _contact(3, dt.date(2025, 6, 25)),  # today + 15: beyond the horizon
        _contact(4, dt.date(2025, 6, 10)),  # today
        _contact(5), _contact(6), _contact(7), _contact(8),
    ]
    summary = summarise(loans, contacts, TODAY, horizon_days=14)
    assert summary.loans_by_status == ((LoanStatus.CURRENT, 1), (LoanStatus.OVERDUE, 1),
                                       (LoanStatus.NEGOTIATING, 1), (LoanStatus.SETTLED, 1))
    assert summary.open_loans == 3
    assert summary.open_principal == Money(1_700_050)
    assert [loan.lender for loan in summary.overdue] == ["A"]
    assert [c.summary for c in summary.follow_ups] == ["call 4", "call 2"]
    assert [c.summary for c in summary.recent_contacts] == ["call 8", "call 7", "call 6", "call 5", "call 4"]


def test_empty_vault():
    summary = summarise([], [], TODAY, horizon_days=14)
    assert (summary.open_loans, summary.open_principal, summary.overdue, summary.follow_ups) == (0, Money(0), (), ())
