"""Real cost: flows from received money, PBOC simple/compound figures, explanations."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import numpy_financial as npf
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.real_cost import net_received, percent_text, real_cost
from app.core.records import Fee, FeeCharge, FeeKind, LoanStatus, Payment, RateBasis, RepaymentMethod
from tests.core.loans import Y, make_loan

LOAN = make_loan()


def oracle_simple(flows_yuan, per_year=12):
    return Decimal(str(npf.irr(flows_yuan))) * per_year * 100


def test_plain_loan_costs_its_advertised_rate():
    cost = real_cost(LOAN)
    assert cost.regular
    assert cost.apr_simple_text == "12.00"
    assert cost.apr_compound_text == "12.68"
    assert cost.explanation.code == "cost.in_line"
    assert cost.total_repaid.plain() == "10661.86"


def test_flat_rate_loan():
    loan = dataclasses.replace(LOAN, method=RepaymentMethod.FLAT, rate_percent=Decimal(1), rate_basis=RateBasis.MONTHLY)
    cost = real_cost(loan)
    assert cost.apr_simple_text == "21.46"
    assert abs(cost.apr_simple - oracle_simple([-10000] + [933.33] * 11 + [933.37])) < Decimal("1e-6")
    assert cost.advertised_annual == 12
    assert cost.explanation.code == "cost.flat_rate"
    assert "21.46%" in cost.explanation.message("en") and "12.00%" in cost.explanation.message("en")
    assert "21.46%" in cost.explanation.message("zh_CN")


def test_per_period_fee_rate_flat_loan():
    loan = dataclasses.replace(LOAN, method=RepaymentMethod.FLAT, rate_percent=Decimal("0.75"), rate_basis=RateBasis.PER_PERIOD_FEE)
    cost = real_cost(loan)
    assert cost.advertised_annual == 9
    assert abs(cost.apr_simple - oracle_simple([-10000] + [908.33] * 11 + [908.37])) < Decimal("1e-6")


def test_upfront_deduction_uses_the_money_received():
    loan = dataclasses.replace(LOAN, received=Y(9000))
    cost = real_cost(loan)
    assert cost.net_received == Y(9000)
    assert abs(cost.apr_simple - oracle_simple([-9000] + [888.49] * 11 + [888.47])) < Decimal("1e-6")
    assert cost.explanation.code == "cost.upfront"
    assert "¥9,000.00" in cost.explanation.message("zh_CN") and "¥10,000.00" in cost.explanation.message("zh_CN")


def test_upfront_fees_count_once_with_the_deduction():
    covered = dataclasses.replace(LOAN, received=Y(9500), fees=(Fee(FeeKind.SERVICE, FeeCharge.UPFRONT, amount=Y(500)),))
    assert net_received(covered) == Y(9500)
    on_top = dataclasses.replace(LOAN, fees=(Fee(FeeKind.SERVICE, FeeCharge.UPFRONT, percent=Decimal(5)),))
    assert net_received(on_top) == Y(9500)


def test_fees_on_due_dates_keep_the_flows_regular():
    fees = (
        Fee(FeeKind.MEMBERSHIP, FeeCharge.PER_INSTALMENT, amount=Y(30)),
        Fee(FeeKind.INSURANCE, FeeCharge.ONCE, amount=Y(200), on_date=dt.date(2024, 2, 10)),
    )
    cost = real_cost(dataclasses.replace(LOAN, fees=fees))
    assert cost.regular
    flows = [-10000, 918.49 + 200] + [918.49] * 10 + [918.47]
    assert abs(cost.apr_simple - oracle_simple(flows)) < Decimal("1e-6")
    assert cost.explanation.code == "cost.fees"
    assert "¥560.00" in cost.explanation.message("en")


def test_once_fee_between_due_dates_switches_to_xirr():
    fee = Fee(FeeKind.RIGHTS, FeeCharge.ONCE, amount=Y(300), on_date=dt.date(2024, 1, 20))
    cost = real_cost(dataclasses.replace(LOAN, fees=(fee,)))
    assert not cost.regular
    assert cost.flows[1].on == dt.date(2024, 1, 20) and cost.flows[1].amount == Y(300)
    assert Decimal(17) < cost.apr_simple < Decimal(19)  # 300 more on 10 000 over a year, early on
    assert cost.apr_compound > cost.apr_simple


def test_settled_loan_uses_the_actual_payments():
    loan = dataclasses.replace(LOAN, status=LoanStatus.SETTLED, instalments=1, first_due_date=dt.date(2024, 2, 10))
    payments = [Payment(1, dt.date(2025, 1, 10), Y(11000))]  # repaid in one go a year (366 days) later
    cost = real_cost(loan, payments=payments)
    assert not cost.regular
    assert abs(cost.apr_compound - (Decimal("1.1") ** (Decimal(365) / 366) - 1) * 100) < Decimal("1e-10")


def test_percent_text_rounds_half_up():
    assert percent_text(Decimal("12.345")) == "12.35"
    assert percent_text(Decimal("7")) == "7.00"


# --- issue 8 item 4: a first period of irregular length is priced on its actual dates --------------
def _xirr_daily_oracle(dated):
    """The daily rate by plain float bisection on Σ amount × (1 + d)^−days (an independent check)."""
    start = dated[0][0]

    def npv(d):
        return sum(a / (1 + d) ** (day - start).days for day, a in dated)

    low, high = -0.5, 1.0
    for _ in range(200):
        mid = (low + high) / 2
        low, high = (low, mid) if npv(mid) < 0 else (mid, high)  # repayments positive: npv falls as d rises
    return (low + high) / 2


def test_a_short_first_period_uses_xirr_with_simple_daily_times_365():
    loan = make_loan(rate_percent=Decimal(23), contract_date=dt.date(2024, 1, 25), first_due_date=dt.date(2024, 2, 10))
    cost = real_cost(loan)
    assert not cost.regular
    daily = _xirr_daily_oracle([(f.on, f.amount.fen / 100) for f in cost.flows])
    assert abs(cost.apr_simple - Decimal(str(daily * 365 * 100))) < Decimal("1e-6")
    assert abs(cost.apr_compound - Decimal(str(((1 + daily) ** 365 - 1) * 100))) < Decimal("1e-6")
    assert (cost.apr_simple_text, cost.apr_compound_text) == ("24.72", "28.04")
    assert [e.code for e in cost.explanations] == ["cost.higher", "cost.irregular_first"]
    assert "16 days" in cost.explanations[1].message("en")


def test_a_first_period_of_exactly_one_month_stays_regular():
    assert real_cost(make_loan(contract_date=dt.date(2024, 1, 25), first_due_date=dt.date(2024, 2, 25))).regular


@settings(max_examples=40, deadline=None)
@given(
    rate=st.decimals(min_value=0, max_value=60, places=2),
    count=st.integers(1, 36),
    method=st.sampled_from([m for m in RepaymentMethod if m != RepaymentMethod.CUSTOM]),
    first_days=st.integers(5, 60),
)
def test_an_explanation_never_contradicts_its_numbers(rate, count, method, first_days):
    loan = make_loan(rate_percent=rate, instalments=count, method=method, first_due_date=dt.date(2024, 1, 10) + dt.timedelta(days=first_days))
    cost = real_cost(loan)
    for note in cost.explanations:
        if note.code == "cost.higher":
            assert cost.apr_simple > cost.advertised_annual
        if note.code == "cost.lower":
            assert cost.apr_simple < cost.advertised_annual
