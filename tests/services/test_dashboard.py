"""Dashboard figures from a small vault worked by hand (see tests/ui/dashboard_vault.py)."""

from __future__ import annotations

import datetime as dt

from app.core.budget import compute_statement
from app.core.money import Money
from app.core.dashboard import DuePayment, OverdueLoan
from app.services.budget import load_budget
from app.services.dashboard import load_dashboard
from tests.ui.dashboard_vault import TODAY, fill


def test_cards_from_the_register_and_the_budget(tmp_vault):
    fill(tmp_vault.repo)
    summary = load_dashboard(tmp_vault.repo, TODAY, horizon_days=14)
    assert summary.open_loans == 3
    assert summary.owed_principal == Money.yuan("2600")
    assert summary.owed_total == Money.yuan("2914.90")
    assert summary.contract_demand == Money.yuan("657.33")
    assert summary.available == Money.yuan("600")
    assert summary.surplus == Money.yuan("-57.33")
    assert summary.budget_entered
    assert summary.above_legal_line == 1
    assert summary.longest_overdue_days == 70


def test_dashboard_agrees_with_the_budget_page(tmp_vault):
    fill(tmp_vault.repo)
    statement = compute_statement(load_budget(tmp_vault.repo, TODAY)[0])
    summary = load_dashboard(tmp_vault.repo, TODAY, horizon_days=14)
    assert summary.owed_principal == statement.loans_outstanding
    assert (summary.contract_demand, summary.available, summary.surplus) == (
        statement.contract_demand, statement.available, statement.surplus)


def test_overdue_and_next_thirty_days(tmp_vault):
    ids = fill(tmp_vault.repo)
    summary = load_dashboard(tmp_vault.repo, TODAY, horizon_days=14)
    assert summary.overdue == (OverdueLoan(ids["甲平台"], "甲平台", 70, Money.yuan("300"), Money.yuan("26.90")),)
    hundred = Money.yuan("100")
    assert summary.next_payments == (
        DuePayment(ids["丁小贷"], "丁小贷", dt.date(2025, 6, 12), hundred),
        DuePayment(ids["乙金融"], "乙金融", dt.date(2025, 6, 15), Money.yuan("124")),
        DuePayment(ids["丁小贷"], "丁小贷", dt.date(2025, 6, 19), hundred),
        DuePayment(ids["丁小贷"], "丁小贷", dt.date(2025, 6, 26), hundred),
        DuePayment(ids["甲平台"], "甲平台", dt.date(2025, 7, 1), hundred),  # June's is overdue, not next
        DuePayment(ids["丁小贷"], "丁小贷", dt.date(2025, 7, 3), hundred),  # 乙金融's 7-15 is past 7-10
    )


def test_part_paid_instalment_shows_what_is_left(tmp_vault):
    from app.core.records import Payment

    ids = fill(tmp_vault.repo)
    tmp_vault.repo.add(Payment(loan_id=ids["丁小贷"], paid_on=TODAY, amount=Money.yuan("130")))
    summary = load_dashboard(tmp_vault.repo, TODAY, horizon_days=14)
    ding = [(p.due, p.amount) for p in summary.next_payments if p.lender == "丁小贷"]
    assert ding == [(dt.date(2025, 6, 19), Money.yuan("70")), (dt.date(2025, 6, 26), Money.yuan("100")),
                    (dt.date(2025, 7, 3), Money.yuan("100"))]
    assert summary.owed_principal == Money.yuan("2470")


def test_follow_ups_and_recent_contacts(tmp_vault):
    fill(tmp_vault.repo)
    summary = load_dashboard(tmp_vault.repo, TODAY, horizon_days=14)
    assert [c.summary for c in summary.follow_ups] == ["要求今天还清"]
    assert [c.summary for c in load_dashboard(tmp_vault.repo, TODAY, 20).follow_ups] == ["要求今天还清", "申请延期"]
    assert [c.summary for c in summary.recent_contacts] == ["要求今天还清", "申请延期"]


def test_without_a_budget_the_comparison_is_not_made(tmp_vault):
    fill(tmp_vault.repo, budget=False)
    summary = load_dashboard(tmp_vault.repo, TODAY, horizon_days=14)
    assert not summary.budget_entered
    assert summary.contract_demand == Money.yuan("657.33")


def test_empty_vault(tmp_vault):
    summary = load_dashboard(tmp_vault.repo, TODAY, horizon_days=14)
    assert (summary.open_loans, summary.owed_total, summary.overdue, summary.next_payments) == (0, Money(0), (), ())
    assert (summary.above_legal_line, summary.longest_overdue_days, summary.budget_entered) == (0, 0, False)
