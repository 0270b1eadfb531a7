"""Loan summary: paid/outstanding split, next due, monthly demand, verdicts, closed loans."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from app.core.loan_summary import summarise
from app.core.lpr import LprTable
from app.core.money import Money
from app.core.records import LenderType, LoanStatus, Period, RepaymentMethod
from tests.core.loans import Y, make_loan, pay

LPR = LprTable.load()
LOAN = make_loan(received=Y(9000), penalty_rate_percent=Decimal("0.05"), id=1)


def test_two_instalments_paid_then_one_partial():
    payments = [pay(dt.date(2024, 2, 10), "888.49"), pay(dt.date(2024, 3, 10), "888.49"), pay(dt.date(2024, 4, 10), "100")]
    s = summarise(LOAN, payments, dt.date(2024, 4, 20), LPR)
    assert s.paid_total.plain() == "1876.98"
    assert s.paid_principal.plain() == "1600.71"  # 788.49 + 796.37 + (100 − 84.15)
    assert s.paid_interest.plain() == "276.27"  # 100.00 + 92.12 + 84.15
    assert s.outstanding_principal.plain() == "8399.29"
    assert s.outstanding_interest.plain() == "385.59"  # 661.86 − 276.27
    assert s.days_overdue == 10
    assert s.overdue_amount.plain() == "788.49"
    assert s.penalties.plain() == "3.94"  # 788.49 × 0.05 % × 10 d
    assert (s.next_due_date, s.next_due_amount.plain()) == (dt.date(2024, 5, 10), "888.49")
    assert s.monthly_demand.plain() == "888.49"
    assert s.real_cost is not None and s.real_cost.net_received == Y(9000)
    assert s.worst_level == "red"  # 9 000 received, repaid as 10 000 at 12 % → above 24 %
    assert {v.line_id for v in s.verdicts} == {"licensed_24", "upfront_deduction"}


def test_weekly_demand_is_converted_to_a_month():
    loan = dataclasses.replace(LOAN, period=Period.WEEK, instalments=10, first_due_date=dt.date(2024, 1, 17), rate_percent=Decimal(0))
    s = summarise(loan, [], dt.date(2024, 1, 12), LPR)
    assert s.next_due_amount.plain() == "1000.00"
    assert s.monthly_demand.plain() == "4333.33"  # 1 000 × 52 / 12


def test_bullet_is_a_lump_sum_never_a_monthly_demand():
    loan = dataclasses.replace(LOAN, method=RepaymentMethod.BULLET, instalments=6)
    early = summarise(loan, [], dt.date(2024, 2, 1), LPR)
    assert early.monthly_demand == Money(0)
    assert early.lump_sums_12m.plain() == "10600.00"  # due 2024-07-10, within 12 months
    due = summarise(loan, [], dt.date(2024, 6, 20), LPR)
    assert due.next_due_date == dt.date(2024, 7, 10)
    assert (due.monthly_demand, due.lump_sums_12m.plain()) == (Money(0), "10600.00")


def test_a_bullet_due_in_more_than_12_months_is_not_yet_a_lump_sum():
    # the example: 30 000 private at 15 %, bullet after 2 years from 2024-08-01 → 39 000 on 2026-08-01
    loan = make_loan(lender_type=LenderType.PRIVATE, principal=Y(30000), received=Y(30000), contract_date=dt.date(2024, 8, 1),
                     first_due_date=dt.date(2024, 9, 1), instalments=24, rate_percent=Decimal(15), method=RepaymentMethod.BULLET)
    assert summarise(loan, [], dt.date(2025, 3, 1), LPR).lump_sums_12m == Money(0)
    later = summarise(loan, [], dt.date(2025, 9, 1), LPR)
    assert (later.lump_sums_12m.plain(), later.monthly_demand) == ("39000.00", Money(0))


def test_interest_only_demands_its_interest_monthly_and_the_principal_as_a_lump():
    loan = dataclasses.replace(LOAN, method=RepaymentMethod.INTEREST_ONLY, instalments=6)
    s = summarise(loan, [], dt.date(2024, 2, 1), LPR)
    assert s.monthly_demand.plain() == "100.00"  # 10 000 × 1 %
    assert s.lump_sums_12m.plain() == "10000.00"  # the principal with the last instalment, 2024-07-10


def test_settled_loan_owes_nothing():
    loan = dataclasses.replace(LOAN, status=LoanStatus.SETTLED)
    s = summarise(loan, [pay(dt.date(2024, 6, 1), "10000")], dt.date(2024, 7, 1), LPR)
    assert (s.outstanding_total, s.monthly_demand, s.next_due_date, s.days_overdue) == (Money(0), Money(0), None, 0)
    assert s.real_cost is not None and not s.real_cost.regular


def test_cost_problem_is_reported_not_raised():
    loan = dataclasses.replace(LOAN, status=LoanStatus.SETTLED)
    s = summarise(loan, [pay(dt.date(2024, 6, 1), "0.01")], dt.date(2024, 7, 1), LPR)
    assert s.real_cost is not None  # a negative rate, but a rate
    custom_without_rows = dataclasses.replace(LOAN, method=RepaymentMethod.CUSTOM)
    broken = summarise(custom_without_rows, [], dt.date(2024, 7, 1), LPR)
    assert broken.problem == "loan.custom_schedule_required"
    assert broken.schedule is None and broken.outstanding_principal == Y(10000)


def test_a_loan_past_its_term_demands_nothing_monthly_it_is_all_overdue():
    s = summarise(LOAN, [], dt.date(2025, 3, 1), LPR)  # all 12 instalments are past due, none paid
    assert s.next_due_date is None
    assert s.days_overdue == 385  # since 2024-02-10
    assert s.monthly_demand == Money(0)
    assert s.overdue_amount.plain() == "10661.86"  # every instalment
    assert s.status == LoanStatus.OVERDUE
    bullet = summarise(dataclasses.replace(LOAN, method=RepaymentMethod.BULLET, instalments=6), [], dt.date(2025, 3, 1), LPR)
    assert (bullet.monthly_demand, bullet.lump_sums_12m, bullet.overdue_amount.plain()) == (Money(0), Money(0), "10600.00")


def test_three_figures_instead_of_one_monthly_demand():
    """Issue 8 item 2: a bullet and an ended term are not monthly demands."""
    from app.core.budget import BudgetInputs, compute_statement, loan_figures
    from app.core.records import IncomeSource, IncomeCategory

    on = dt.date(2026, 1, 15)
    bullet = make_loan(lender="Uncle", lender_type=LenderType.PRIVATE, principal=Y(30000), received=Y(30000), contract_date=dt.date(2024, 8, 1),
                       first_due_date=dt.date(2024, 9, 1), instalments=24, rate_percent=Decimal(15), method=RepaymentMethod.BULLET)
    ended = make_loan(lender="Ended", penalty_rate_percent=Decimal("0.05"), late_fee=Y(50))  # term ended 2025-01-10, nothing paid
    running = make_loan(lender="Running", contract_date=dt.date(2025, 6, 10), first_due_date=dt.date(2025, 7, 10))
    running_paid = [pay(dt.date(2025, m, 10), "888.49") for m in range(7, 13)] + [pay(dt.date(2026, 1, 10), "888.49")]
    summaries = [summarise(bullet, [], on, LPR), summarise(ended, [], on, LPR), summarise(running, running_paid, on, LPR)]
    inputs = BudgetInputs(incomes=(IncomeSource("pay", IncomeCategory.SALARY, Y(3000)),), loans=loan_figures(summaries))
    s = compute_statement(inputs)
    assert s.contract_demand.plain() == "888.49"  # Running's instalment only
    assert s.shortfall == Money(0) and s.surplus.plain() == "2111.51"
    assert s.overdue_now.plain() == "10661.86"  # Ended's twelve instalments
    # Ended: 12 late fees of 50 + 0.05 % a day on each unpaid instalment since its due date
    assert s.overdue_penalties == summaries[1].penalties and s.overdue_penalties > Y(600)
    assert s.lump_sums_12m.plain() == "39000.00"  # Uncle's single repayment on 2026-08-01


def test_status_is_derived_from_the_schedule_and_the_payments():
    on = dt.date(2024, 4, 20)
    late = summarise(LOAN, [], on, LPR)  # entered as "current", 70 days overdue
    assert (late.loan.status, late.status, late.is_overdue) == (LoanStatus.CURRENT, LoanStatus.OVERDUE, True)
    paid = [pay(dt.date(2024, m, 10), "888.49") for m in (2, 3, 4)]
    on_time = summarise(dataclasses.replace(LOAN, status=LoanStatus.OVERDUE), paid, on, LPR)
    assert (on_time.status, on_time.is_overdue) == (LoanStatus.CURRENT, False)  # a stale "overdue" clears itself
    negotiating = summarise(dataclasses.replace(LOAN, status=LoanStatus.NEGOTIATING), [], on, LPR)
    assert negotiating.status == LoanStatus.NEGOTIATING  # what only the user knows stays
    assert negotiating.statuses == (LoanStatus.NEGOTIATING, LoanStatus.OVERDUE) and negotiating.is_overdue
    written_off = summarise(dataclasses.replace(LOAN, status=LoanStatus.WRITTEN_OFF), [], on, LPR)
    assert (written_off.status, written_off.is_overdue) == (LoanStatus.WRITTEN_OFF, False)
