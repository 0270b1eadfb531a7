"""Payoff simulation: hand-worked examples per strategy, below the minimums, limits, properties."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.money import Money
from app.core.payoff import (
    HORIZON_MONTHS,
    Debt,
    Plan,
    PlanInvalid,
    ProRataBasis,
    Strategy,
    compare_all,
    months_to_repay,
    proposal_schedule,
    share,
    simulate,
)

Y = Money.yuan


def debt(name: str, balance, rate, minimum, **more) -> Debt:
    return Debt(name, Y(balance), Decimal(rate), Y(minimum), **more)


def paid(result, month: int) -> list[str]:
    return [Money(d.paid).plain() for d in result.table[month - 1].debts]


def test_one_debt_of_10000_at_20_percent_with_500_a_month_takes_25_months():
    result = simulate([debt("A", 10000, 20, 0)], Plan(Y(500)))
    assert result.months == 25 and result.repaid and result.debts[0].payoff_month == 25
    assert result.total_paid == Y(10000) + result.total_interest
    assert result.table[0].debts[0].interest == 16667  # 10 000 × 20 % / 12 = 166.666… → 166.67


# Two loans, A 1 000 at 24 % (min 100) and B 500 at 12 % (min 50), 300 a month.
# Month 1: interest A 20.00, B 5.00; minimums leave A 920, B 455 and 150 to place.
TWO = [debt("A", 1000, 24, 100), debt("B", 500, 12, 50)]


def test_avalanche_puts_the_extra_on_the_highest_rate():
    result = simulate(TWO, Plan(Y(300), Strategy.AVALANCHE))
    assert paid(result, 1) == ["250.00", "50.00"]
    # month 2: A 770 + 15.40 interest; B 455 + 4.55; minimums, then 150 more to A
    assert [Money(d.balance).plain() for d in result.table[1].debts] == ["535.40", "409.55"]


def test_snowball_puts_the_extra_on_the_smallest_balance():
    result = simulate(TWO, Plan(Y(300), Strategy.SNOWBALL))
    assert paid(result, 1) == ["100.00", "200.00"]


def test_custom_order_is_followed():
    assert paid(simulate(TWO, Plan(Y(300), Strategy.CUSTOM, custom_order=(1, 0))), 1) == ["100.00", "200.00"]
    assert paid(simulate(TWO, Plan(Y(300), Strategy.CUSTOM, custom_order=(0,))), 1) == ["250.00", "50.00"]


def test_pro_rata_shares_the_extra_by_balance():
    # 150 by 1 020 : 505 → 100.327… and 49.672… → 100.33 / 49.67 (largest remainder gets the odd fen)
    result = simulate(TWO, Plan(Y(300), Strategy.PRO_RATA))
    assert paid(result, 1) == ["200.33", "99.67"]


def test_a_full_run_worked_by_hand_for_avalanche_and_snowball():
    # A 150 at 0 % (min 50), B 200 at 12 % (min 50), 150 a month
    debts = [debt("A", 150, 0, 50), debt("B", 200, 12, 50)]
    avalanche = simulate(debts, Plan(Y(150), Strategy.AVALANCHE))
    # B: 202 → 152 → 102 | 103.02 → 53.02 → 3.02 | 3.05 → 0 ; A: 100, 50, 0
    assert avalanche.total_interest == Y("3.05") and avalanche.months == 3
    assert [d.payoff_month for d in avalanche.debts] == [3, 3]
    snowball = simulate(debts, Plan(Y(150), Strategy.SNOWBALL))
    # A first: A 150 → 50 → 0 in month 2; B 202 → 152 | 153.52 → 103.52 → 53.52 | 54.06 → 0
    assert snowball.total_interest == Y("4.06") and [d.payoff_month for d in snowball.debts] == [2, 3]
    assert snowball.total_paid == Y(350) + Y("4.06")


def test_below_the_minimums_pro_rata_by_minimum_and_the_arrears_grow():
    debts = [debt("A", 1000, 0, 200), debt("B", 3000, 0, 300, penalty_rate=Decimal(36), late_fee=Y(20))]
    result = simulate(debts, Plan(Y(250), Strategy.PRO_RATA, basis=ProRataBasis.MINIMUM))
    assert result.shortfall == Y(250) and "payoff.shortfall" in result.messages
    assert paid(result, 1) == ["100.00", "150.00"]
    assert [Money(d.behind).plain() for d in result.table[0].debts] == ["100.00", "150.00"]
    # month 2: B's 150 behind costs 3 % penalty interest (4.50); each month behind adds the 20 late fee
    assert result.table[0].debts[1].penalty == 2000
    assert result.table[1].debts[1].penalty == 450 + 2000
    assert [Money(d.behind).plain() for d in result.table[1].debts] == ["200.00", "300.00"]
    assert [(m, i) for m, i, _ in result.behind_months()][:4] == [(1, 0), (1, 1), (2, 0), (2, 1)]
    assert [d.proposal for d in result.debts] == [Y(100), Y(150)]
    assert [d.proposal_term for d in result.debts] == [10, 20]


def test_below_the_minimums_pro_rata_by_balance_and_avalanche_by_priority():
    debts = [debt("A", 1000, 0, 200), debt("B", 3000, 0, 300)]
    assert paid(simulate(debts, Plan(Y(250), Strategy.PRO_RATA)), 1) == ["62.50", "187.50"]
    # equal rates: the smaller balance first, then B gets what is left
    by_priority = simulate(debts, Plan(Y(250), Strategy.AVALANCHE))
    assert paid(by_priority, 1) == ["200.00", "50.00"]
    assert by_priority.table[0].debts[1].behind == 25000


def test_lump_sums_and_an_income_change():
    debts = [debt("A", 3000, 0, 0)]
    plan = Plan(Y(500), lump_sums=((2, Y(1000)),), income_changes=((3, Y(-300)),))
    result = simulate(debts, plan)
    assert [row.available for row in result.table] == [Y(500), Y(1500)] + [Y(200)] * 5
    assert result.months == 7 and result.debts[0].payoff_month == 7


def test_a_loan_at_zero_percent_costs_nothing():
    result = simulate([debt("free", 1000, 0, 300)], Plan(Y(300)))
    assert result.months == 4 and result.total_interest == Money(0) and paid(result, 4) == ["100.00"]


def test_a_budget_of_zero_stops_with_a_message_and_shows_the_growth():
    result = simulate([debt("A", 1000, 24, 100, late_fee=Y(10))], Plan(Money(0)))
    assert "payoff.never" in result.messages and not result.repaid
    assert result.months == 12 and result.table[-1].balance > Y(1000)
    assert result.debts[0].payoff_month is None and result.debts[0].proposal_term is None


def test_a_budget_below_the_interest_stops_at_the_horizon():
    result = simulate([debt("A", 10000, 36, 0)], Plan(Y(200)))  # interest 300 a month
    assert result.months == HORIZON_MONTHS and "payoff.horizon" in result.messages
    assert result.table[-1].balance > result.table[0].balance


def test_contracted_plan_pays_exactly_the_minimums_and_the_last_instalment_clears():
    result = simulate([debt("A", 1000, 12, 300, term=4)], Plan(None))
    assert paid(result, 1) == ["300.00"] and result.months == 4 and result.repaid


def test_grace_months_and_rate_steps():
    grace = simulate([debt("A", 1000, 12, 500, first_due_month=3)], Plan(None))
    assert paid(grace, 1) == ["0.00"] and paid(grace, 3) == ["500.00"]
    stepped = simulate([debt("A", 1000, 12, 0, rate_steps=((2, Decimal(0)),))], Plan(Money(0)))
    assert [row.debts[0].interest for row in stepped.table[:3]] == [1000, 0, 0]


def test_thousands_of_loans():
    debts = [debt(f"L{i}", 1000 + i, Decimal(i % 30), 50) for i in range(1500)]
    result = simulate(debts, Plan(Y(100_000), Strategy.AVALANCHE))
    assert result.repaid and len(result.debts) == 1500
    assert result.total_paid == Money(sum(d.balance.fen for d in debts)) + result.total_cost


def test_bad_input_is_refused_field_by_field():
    with pytest.raises(PlanInvalid) as caught:
        simulate([debt("A", 100, -1, 10), Debt(" ", Y(-5), Decimal(1), Y(1))], Plan(Y(-1), lump_sums=((0, Y(5)),)))
    fields = {e.field for e in caught.value.errors}
    assert {"budget", "lump_sums[0].month", "debts[0].annual_rate", "debts[1].name", "debts[1].balance"} <= fields
    assert "预算" not in caught.value.message("zh_CN") and "金额不能为负数" in caught.value.message("zh_CN")


def test_compare_all_and_proposal_schedule():
    results = compare_all(TWO, Plan(Y(300), start=dt.date(2026, 1, 20)))
    assert set(results) == {Strategy.AVALANCHE, Strategy.SNOWBALL, Strategy.PRO_RATA}
    rows = proposal_schedule(results[Strategy.AVALANCHE], 0, due_day=31)
    assert rows[0].due_date == dt.date(2026, 1, 31) and rows[1].due_date == dt.date(2026, 2, 28)
    assert rows[0].amount == Y(250) and rows[0].interest == Y(20) and rows[0].principal == Y(230)
    assert sum((r.principal for r in rows), Money(0)) == Y(1000)
    assert sum((r.amount for r in rows), Money(0)) == results[Strategy.AVALANCHE].debts[0].paid


def test_share_and_months_to_repay():
    assert share(100, [1, 1, 1], [100, 100, 100]) == [34, 33, 33]
    assert share(100, [1, 1], [10, 1000]) == [10, 90]
    assert share(5, [0, 0], [3, 3]) == [3, 2]
    assert months_to_repay(1_000_000, Decimal(20), 50_000) == 25
    assert months_to_repay(1_000_000, Decimal(36), 30_000) is None


amounts = st.integers(min_value=1, max_value=2_000_000)
debts_strategy = st.lists(
    st.builds(
        lambda b, r, m: Debt("d", Money(b), Decimal(r) / 4, Money(m)),
        amounts, st.integers(min_value=0, max_value=144), st.integers(min_value=0, max_value=100_000),
    ),
    min_size=1, max_size=5,
)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(debts_strategy, st.integers(min_value=0, max_value=500_000), st.sampled_from(list(Strategy)))
def test_total_paid_is_the_starting_balances_plus_interest_and_penalties(debts, budget, strategy):
    result = simulate(debts, Plan(Money(budget), strategy))
    owed = sum(d.balance.fen for d in debts) + result.total_cost.fen - result.table[-1].balance.fen
    assert result.total_paid.fen == owed
    if result.repaid:
        assert result.total_paid == Money(sum(d.balance.fen for d in debts)) + result.total_cost


@settings(max_examples=40, deadline=None)
@given(debts_strategy, st.integers(min_value=1, max_value=500_000))
def test_without_minimums_avalanche_never_pays_more_interest_than_snowball(debts, budget):
    debts = [Debt(d.name, d.balance, d.annual_rate, Money(0)) for d in debts]
    avalanche = simulate(debts, Plan(Money(budget), Strategy.AVALANCHE))
    snowball = simulate(debts, Plan(Money(budget), Strategy.SNOWBALL))
    if avalanche.repaid and snowball.repaid:
        # up to the rounding to the fen: each loan's monthly interest is off by at most half a fen either way
        rounding = len(debts) * max(avalanche.months, snowball.months)
        assert avalanche.total_interest.fen <= snowball.total_interest.fen + rounding


# --- QA: what is already overdue is due now; after the term, the lawful rate -------------------
def test_arrears_count_in_the_minimums_and_the_shortfall():
    """A loan past its term has no regular minimum, but its 10 000 overdue is due now: with 3 000 a month
    the first month needs 10 000 + 500, so 7 500 is short (it used to say minimums 500, shortfall 0)."""
    debts = [debt("past term", 10000, 0, 0, behind=Y(10000)), debt("current", 6000, 0, 500)]
    result = simulate(debts, Plan(Y(3000)))
    assert (result.minimums_total, result.arrears, result.shortfall) == (Y(10500), Y(10000), Y(7500))
    assert result.messages[0] == "payoff.shortfall" and result.table[0].due == result.minimums_total


def test_a_debt_with_no_arrears_keeps_the_cli_minimums():
    result = simulate([debt("A", 10000, 20, 500)], Plan(Y(500)))
    assert (result.minimums_total, result.arrears, result.shortfall, result.months) == (Y(500), Y(0), Y(0), 25)


def test_after_the_term_interest_and_penalties_stay_within_the_lawful_line():
    """10 000 at 36 % a year (3 % a month), two instalments left and nothing paid, penalty 12 % (1 %),
    licensed line 24 % (2 %). Month 1: 300.00 → 10 300; month 2: 309.00 → 10 609, all due, unpaid.
    Month 3, past the term: interest 10 609 × 2 % = 212.18 and no penalty (the line is used up),
    instead of 318.27 interest + 106.09 penalty at the contract's rates."""
    contract = debt("快易贷", 10000, 36, 0, term=2, penalty_rate=Decimal(12))
    capped = simulate([dataclasses.replace(contract, lawful_rate=Decimal(24))], Plan(Y(0)))
    uncapped = simulate([contract], Plan(Y(0)))
    assert [(r.debts[0].interest, r.debts[0].penalty) for r in capped.table[:3]] == [(30000, 0), (30900, 0), (21218, 0)]
    assert [(r.debts[0].interest, r.debts[0].penalty) for r in uncapped.table[:3]][2] == (31827, 10609)
    assert "payoff.lawful_after_term" in capped.messages and "payoff.lawful_after_term" not in uncapped.messages


def test_past_its_term_the_cap_applies_from_the_first_month():
    """No term left: 20 % private loan, line 4 × LPR 3.0 % = 12 % → 1 % a month on 42 000 = 420.00;
    a penalty of 10 % under a 24 % line keeps 20 % + 4 %."""
    private = debt("张伟", 42000, 20, 0, behind=Y(42000), lawful_rate=Decimal(12))
    assert simulate([private], Plan(Y(0))).table[0].debts[0].interest == 42000
    assert debt("x", 1, 20, 0, penalty_rate=Decimal(10), lawful_rate=Decimal(24)).rates_in(1) == (Decimal(20), Decimal(4))
    below = debt("y", 1000, 10, 0, penalty_rate=Decimal(5), lawful_rate=Decimal(24))
    assert not below.capped() and "payoff.lawful_after_term" not in simulate([below], Plan(Y(100))).messages
