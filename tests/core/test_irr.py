"""IRR and XIRR: the PBOC worked example, numpy-financial as an oracle, errors as codes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.irr import IrrError, annualise, irr, period_rate_from_annual, sign_changes, xirr
from app.core.money import Money

Y = Money.yuan


def test_pboc_announcement_example():
    rate = irr([-Y(99000)] + [Y("8833.3")] * 12)
    simple, compound = annualise(rate, 12)
    assert simple.quantize(Decimal("0.01")) == Decimal("12.80")
    assert compound.quantize(Decimal("0.01")) == Decimal("13.58")


@pytest.mark.parametrize(
    "flows",
    [
        [-100_000, 30_000, 40_000, 50_000],
        [-9000_00, *([866_19] * 12)],
        [-500_00, 0, 0, 0, 700_00],
        [1_000_000, -500_000, -600_000],
        [-100_000, 10_000, 10_000, 10_000],  # a negative rate
    ],
)
def test_irr_matches_numpy_financial(flows):
    oracle = Decimal(str(npf.irr(flows)))
    assert abs(irr(flows) - oracle) < Decimal("1e-9")


def test_irr_accepts_money_int_and_decimal():
    assert irr([Y(-100), 11000]) == irr([Decimal(-10000), Decimal(11000)]) == Decimal("0.1")


def test_irr_of_zero_is_zero():
    assert irr([-100, 50, 50]) == 0


@pytest.mark.parametrize(
    ("flows", "code"),
    [
        ([100, 200, 300], "irr.no_sign_change"),
        ([-100, -200], "irr.no_sign_change"),
        ([-100], "irr.no_sign_change"),
        ([], "irr.no_sign_change"),
        ([0, 0, 0], "irr.no_sign_change"),
        ([-100, 230, -132], "irr.not_unique"),  # 10 % and 20 %
        ([-1000, 10, 10, 10, 10, 10, 10, -1], "irr.not_unique"),
        ([100, -300, 300], "irr.no_solution"),  # two sign changes, no real root
    ],
)
def test_rates_that_do_not_exist_or_are_not_unique(flows, code):
    with pytest.raises(IrrError) as caught:
        irr(flows)
    assert caught.value.code == code


def test_not_unique_roots_are_real():
    for rate in (Decimal("0.1"), Decimal("0.2")):
        npv = sum(Decimal(c) / (1 + rate) ** t for t, c in enumerate([-100, 230, -132]))
        assert abs(npv) < Decimal("1e-20")


def test_xirr_over_a_whole_year():
    assert xirr([(dt.date(2023, 1, 1), -1000), (dt.date(2024, 1, 1), 1100)]) == Decimal("0.1")


def test_xirr_counts_actual_days():
    rate = xirr([(dt.date(2024, 1, 1), -1000), (dt.date(2025, 1, 1), 1100)])  # 366 days
    assert abs(rate - (Decimal("1.1") ** (Decimal(365) / 366) - 1)) < Decimal("1e-15")


def test_xirr_sorts_and_merges_flows_on_the_same_day():
    flows = [(dt.date(2023, 7, 1), 600), (dt.date(2022, 7, 1), -1000), (dt.date(2023, 7, 1), 500)]
    assert xirr(flows) == Decimal("0.1")


def test_xirr_of_the_pboc_flows_is_close_to_the_compound_figure():
    start = dt.date(2023, 1, 15)
    flows = [(start, -Y(99000))] + [(dt.date(2023 + (m // 12), m % 12 + 1, 15), Y("8833.3")) for m in range(1, 13)]
    assert abs(xirr(flows) * 100 - Decimal("13.58")) < Decimal("0.1")


def test_xirr_errors():
    with pytest.raises(IrrError):
        xirr([])
    with pytest.raises(IrrError) as caught:
        xirr([(dt.date(2024, 1, 1), 100), (dt.date(2024, 2, 1), 100)])
    assert caught.value.code == "irr.no_sign_change"


def test_annualise_and_back():
    simple, compound = annualise(Decimal("0.01"), 12)
    assert simple == 12
    assert compound.quantize(Decimal("0.0001")) == Decimal("12.6825")
    assert abs(period_rate_from_annual(compound / 100, 12) - Decimal("0.01")) < Decimal("1e-25")


def test_sign_changes_skip_zeros():
    assert sign_changes([-1, 0, 0, 2, 0, -3]) == 2
    assert sign_changes([0, 0]) == 0


def test_floats_are_refused():
    with pytest.raises(TypeError):
        irr([-100.0, 110.0])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(-10**9, 10**9), min_size=0, max_size=15))
def test_any_flows_give_a_root_or_a_coded_error(flows):
    try:
        rate = irr(flows)
    except IrrError as exc:
        assert exc.code in {"irr.no_sign_change", "irr.no_solution", "irr.not_unique"}
        return
    assert rate > -1
    x = 1 / (1 + rate)
    npv = sum(Decimal(c) * x**t for t, c in enumerate(flows))
    scale = sum(abs(Decimal(c)) * x**t for t, c in enumerate(flows))
    assert abs(npv) <= scale * Decimal("1e-12")


def test_xirr_not_unique_is_found_on_the_annual_scale():
    flows = [(dt.date(2022, 1, 1), -100), (dt.date(2023, 1, 1), 230), (dt.date(2024, 1, 1), -132)]
    with pytest.raises(IrrError) as caught:
        xirr(flows)
    assert caught.value.code == "irr.not_unique"


# --- issue 8 item 5: negative and low rates over long terms always solve -------------------------
def _residual(flows, rate):
    """|NPV| relative to the flows' size, in x = 1 / (1 + rate), at high precision."""
    from decimal import localcontext

    with localcontext() as ctx:
        ctx.prec = 60
        x = 1 / (1 + rate)
        terms = [Decimal(c) * x**t for t, c in enumerate(flows)]
        return abs(sum(terms)) / sum(abs(t) for t in terms)


def test_a_discounted_settlement_over_600_periods_has_a_negative_rate():
    flows = [-1_000_000] + [1_000] * 600  # repays 60 % of it over 600 periods
    rate = irr(flows)
    assert rate < 0
    assert _residual(flows, rate) < Decimal("1e-15")  # the present value at that rate is zero
    shorter = [-100_000] + [100] * 120  # numpy-financial (slow beyond a few hundred periods) agrees
    assert abs(irr(shorter) - Decimal(str(npf.irr(shorter)))) < Decimal("1e-9")


def test_xirr_of_a_negative_rate_over_1000_days():
    rate = xirr([(dt.date(2023, 1, 1), -10_000), (dt.date(2025, 9, 28), 5_000)])  # 1 001 days, half back
    assert abs(rate - (Decimal("0.5") ** (Decimal(365) / 1001) - 1)) < Decimal("1e-15")


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**12),
    st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=300).filter(any),
)
def test_one_sign_change_always_has_its_rate(outlay, repayments):
    flows = [-outlay] + repayments
    rate = irr(flows)
    assert rate > -1
    # the rate is kept to 18 decimals: near −100 % that rounding alone moves 1 + rate by 1e-18 / (1 + rate)
    assert _residual(flows, rate) < Decimal("1e-12") + len(flows) * Decimal("1e-18") / (1 + rate)


def test_rates_beyond_any_loan_are_refused_with_a_code():
    with pytest.raises(IrrError) as caught:
        xirr([(dt.date(2024, 1, 1), -1), (dt.date(2024, 1, 2), 10**15)])
    assert caught.value.code == "irr.out_of_range"
    with pytest.raises(IrrError) as caught:
        annualise(irr([-900_000] + [10**15] * 12), 12)
    assert caught.value.code == "irr.out_of_range"
