"""Schedules: hand-worked examples, numpy-financial as an oracle, and properties."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.irr import irr
from app.core.money import Money
from app.core.records import (
    CustomInstalment,
    Fee,
    FeeCharge,
    FeeKind,
    Period,
    RateBasis,
    RepaymentMethod,
)
from app.core.schedule import ScheduleError, add_months, build_schedule, due_date, period_rate, schedule_for
from tests.core.loans import make_loan

Y = Money.yuan
ONE_PERCENT = Decimal("0.01")


def plains(rows, attr):
    return [getattr(r, attr).plain() for r in rows]


def test_equal_instalment_hand_worked():
    s = schedule_for(Y(10000), ONE_PERCENT, 12, RepaymentMethod.EQUAL_INSTALMENT)
    assert plains(s.rows[:11], "payment") == ["888.49"] * 11
    first, last = s.rows[0], s.rows[-1]
    assert (first.interest.plain(), first.principal.plain(), first.balance.plain()) == ("100.00", "788.49", "9211.51")
    assert (last.payment.plain(), last.principal.plain(), last.interest.plain(), last.balance.plain()) == ("888.47", "879.67", "8.80", "0.00")
    assert s.total_interest.plain() == "661.86"
    assert s.total_principal == Y(10000)


def test_equal_instalment_matches_numpy_financial():
    principal, rate, n = 36000, Decimal("0.015"), 24
    s = schedule_for(Y(principal), rate, n, "equal-installment")
    oracle_payment = Decimal(str(npf.pmt(float(rate), n, -principal)))
    assert abs(s.rows[0].payment.as_yuan - oracle_payment) <= Decimal("0.005")
    for row in s.rows:
        oracle_interest = Decimal(str(npf.ipmt(float(rate), row.period, n, -principal)))
        assert abs(row.interest.as_yuan - oracle_interest) <= Decimal("0.05"), row.period


def test_equal_principal_hand_worked():
    s = schedule_for(Y(12000), ONE_PERCENT, 12, "equal-principal")
    assert plains(s.rows, "principal") == ["1000.00"] * 12
    assert plains(s.rows, "interest")[:3] == ["120.00", "110.00", "100.00"]
    assert s.rows[-1].interest.plain() == "10.00"
    assert s.total_interest.plain() == "780.00"


def test_equal_principal_last_row_absorbs_principal_rounding():
    s = schedule_for(Y(10000), ONE_PERCENT, 12, "equal-principal")
    assert plains(s.rows[:11], "principal") == ["833.33"] * 11
    assert s.rows[-1].principal.plain() == "833.37"
    assert s.total_interest.plain() == "650.00"  # 10 000 × 1 % × 13 / 2


def test_interest_only_hand_worked():
    s = schedule_for(Y(10000), ONE_PERCENT, 3, "interest-only")
    assert plains(s.rows, "payment") == ["100.00", "100.00", "10100.00"]
    assert plains(s.rows, "balance") == ["10000.00", "10000.00", "0.00"]


def test_flat_charges_interest_on_the_original_principal():
    s = schedule_for(Y(10000), ONE_PERCENT, 3, "flat")
    assert plains(s.rows, "interest") == ["100.00"] * 3
    assert plains(s.rows, "payment") == ["3433.33", "3433.33", "3433.34"]
    assert s.total_interest.plain() == "300.00"


def test_bullet_is_one_row_at_the_end_with_simple_interest():
    s = schedule_for(Y(10000), ONE_PERCENT, 12, "bullet", first_due=dt.date(2024, 2, 15))
    assert len(s) == 1
    row = s.rows[0]
    assert (row.period, row.due_date, row.payment.plain(), row.interest.plain()) == (12, dt.date(2025, 1, 15), "11200.00", "1200.00")


def test_zero_rate_splits_the_principal_evenly():
    s = schedule_for(Y(1000), Decimal(0), 3, "equal-installment")
    assert plains(s.rows, "payment") == ["333.33", "333.33", "333.34"]
    assert s.total_interest == Money(0)


@pytest.mark.parametrize(
    ("rate", "basis", "period", "expected"),
    [
        ("12", RateBasis.ANNUAL, Period.MONTH, "0.01"),
        ("36.5", RateBasis.ANNUAL, Period.DAY, "0.001"),
        ("52", RateBasis.ANNUAL, Period.WEEK, "0.01"),
        ("1.5", RateBasis.MONTHLY, Period.MONTH, "0.015"),
        ("1", RateBasis.MONTHLY, Period.WEEK, str(Decimal("0.12") / 52)),
        ("0.05", RateBasis.DAILY, Period.MONTH, "0.015"),
        ("0.05", RateBasis.DAILY, Period.WEEK, "0.0035"),
        ("0.05", RateBasis.DAILY, Period.DAY, "0.0005"),
        ("0.8", RateBasis.PER_PERIOD_FEE, Period.MONTH, "0.008"),
    ],
)
def test_rate_conversion(rate, basis, period, expected):
    assert abs(period_rate(Decimal(rate), basis, period) - Decimal(expected)) < Decimal("1e-25")


def test_monthly_due_dates_clamp_to_month_end():
    first = dt.date(2024, 1, 31)
    assert [due_date(first, Period.MONTH, i) for i in range(4)] == [
        dt.date(2024, 1, 31), dt.date(2024, 2, 29), dt.date(2024, 3, 31), dt.date(2024, 4, 30),
    ]  # fmt: skip
    assert add_months(dt.date(2023, 12, 31), 2) == dt.date(2024, 2, 29)
    assert due_date(first, Period.WEEK, 2) == dt.date(2024, 2, 14)
    assert due_date(first, Period.DAY, 1) == dt.date(2024, 2, 1)


def test_build_schedule_adds_per_instalment_fees_and_dates():
    fee = Fee(FeeKind.SERVICE, FeeCharge.PER_INSTALMENT, percent=Decimal("0.5"))
    s = build_schedule(make_loan(fees=(fee,)))
    assert plains(s.rows, "fee") == ["50.00"] * 12
    assert s.rows[0].payment.plain() == "938.49"
    assert s.rows[-1].due_date == dt.date(2025, 1, 10)
    assert s.total_fees.plain() == "600.00"


def test_build_schedule_weekly_daily_rate():
    s = build_schedule(make_loan(period=Period.WEEK, instalments=4, rate_percent=Decimal("0.1"), rate_basis=RateBasis.DAILY, first_due_date=dt.date(2024, 1, 17)))
    assert s.period_rate == Decimal("0.007")
    assert [r.due_date for r in s.rows] == [dt.date(2024, 1, 17), dt.date(2024, 1, 24), dt.date(2024, 1, 31), dt.date(2024, 2, 7)]


def test_custom_schedule_keeps_the_lenders_rows_in_date_order():
    rows = (
        CustomInstalment(dt.date(2024, 3, 10), Y(5000), Y(80), Y(10)),
        CustomInstalment(dt.date(2024, 2, 10), Y(5000), Y(100), Y(10)),
    )
    s = build_schedule(make_loan(method=RepaymentMethod.CUSTOM, custom_schedule=rows, instalments=2))
    assert [r.due_date for r in s.rows] == [dt.date(2024, 2, 10), dt.date(2024, 3, 10)]
    assert plains(s.rows, "payment") == ["5110.00", "5090.00"]
    assert plains(s.rows, "balance") == ["5000.00", "0.00"]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((Y(100), ONE_PERCENT, 0, "flat"), "loan.instalments_range"),
        ((Y(100), ONE_PERCENT, 10_000, "flat"), "loan.instalments_range"),
        ((Y(0), ONE_PERCENT, 12, "flat"), "money.not_positive"),
        ((Y(100), Decimal("-0.01"), 12, "flat"), "rate.negative"),
        ((Y(100), ONE_PERCENT, 12, "balloon"), "schedule.method"),
        ((Y(100), ONE_PERCENT, 12, "custom"), "loan.custom_schedule_required"),
    ],
)
def test_bad_terms_are_coded_errors(args, code):
    with pytest.raises(ScheduleError) as caught:
        schedule_for(*args)
    assert caught.value.code == code


METHODS = [m for m in RepaymentMethod if m != RepaymentMethod.CUSTOM]


@settings(max_examples=150, deadline=None)
@given(
    fen=st.integers(1, 10**10),
    rate=st.decimals(0, Decimal("0.2"), places=6),
    count=st.integers(1, 120),
    method=st.sampled_from(METHODS),
)
def test_rows_repay_exactly_the_principal_and_balances_stay_non_negative(fen, rate, count, method):
    s = schedule_for(Money(fen), rate, count, method)
    assert s.total_principal == Money(fen)
    assert all(r.balance.fen >= 0 and r.principal.fen >= 0 and r.interest.fen >= 0 for r in s.rows)
    assert s.rows[-1].balance == Money(0)
    assert all(r.payment == r.principal + r.interest + r.fee for r in s.rows)


@settings(max_examples=60, deadline=None)
@given(
    yuan=st.integers(50_000, 5_000_000),
    rate=st.decimals(Decimal("0.001"), Decimal("0.05"), places=5),
    count=st.integers(1, 60),
    method=st.sampled_from([RepaymentMethod.EQUAL_INSTALMENT, RepaymentMethod.EQUAL_PRINCIPAL, RepaymentMethod.INTEREST_ONLY]),
)
def test_irr_of_a_schedule_is_the_rate_it_was_built_with(yuan, rate, count, method):
    s = schedule_for(Y(yuan), rate, count, method)
    flows = [-Y(yuan)] + [r.payment for r in s.rows]
    assert abs(irr(flows) - rate) <= Decimal("1e-6")


# --- issue 8 item 6: every row's interest follows its own balance, however long the term ----------
def _half_up(value: Decimal) -> int:
    from decimal import ROUND_HALF_UP

    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@pytest.mark.parametrize("count", [12, 240, 360, 1200])
@pytest.mark.parametrize("method", [RepaymentMethod.EQUAL_INSTALMENT, RepaymentMethod.EQUAL_PRINCIPAL])
def test_long_schedules_charge_interest_on_the_opening_balance_to_the_last_row(count, method):
    rate = Decimal("0.049") / 12  # a 4.9 % mortgage-like loan
    s = schedule_for(Y(1_000_000), rate, count, method)
    opening = 1_000_000_00
    for row in s.rows:
        assert row.interest.fen == _half_up(opening * rate)
        opening -= row.principal.fen
        assert row.balance.fen == opening >= 0
    last = s.rows[-1]
    assert last.interest.fen > 0 and last.balance.fen == 0
    assert last.principal.fen == s.rows[-2].balance.fen  # the last instalment pays what is left plus its interest
    if method == RepaymentMethod.EQUAL_INSTALMENT:
        # numpy-financial's payment for the same terms, rounded to the fen, is every other row's payment
        oracle = _half_up(Decimal(str(-npf.pmt(float(rate), count, 1_000_000_00))))
        assert {r.payment.fen for r in s.rows[:-1]} == {oracle}
        # the rounding (at most a fen a row) compounds with the balance it stays in
        assert abs(last.payment.fen - oracle) <= ((1 + rate) ** count - 1) / rate


@settings(max_examples=40, deadline=None)
@given(
    principal=st.integers(min_value=1, max_value=10**12),
    rate=st.decimals(min_value=0, max_value=Decimal("0.5"), places=6),
    count=st.integers(min_value=1, max_value=1200),
    method=st.sampled_from([RepaymentMethod.EQUAL_INSTALMENT, RepaymentMethod.EQUAL_PRINCIPAL]),
)
def test_declining_balance_rows_always_follow_the_balance(principal, rate, count, method):
    s = schedule_for(Money(principal), rate, count, method)
    opening = principal
    for row in s.rows:
        assert row.interest.fen == _half_up(opening * rate)
        opening -= row.principal.fen
        assert row.principal.fen >= 0 and row.balance.fen == opening >= 0
    assert opening == 0


# --- issue 9 item 7: every input and intermediate is bounded -------------------------------------
@pytest.mark.parametrize(
    ("rate", "code"),
    [(Decimal("1e309"), "rate.too_large"), (Decimal("9" * 5000), "rate.too_large"), (Decimal("NaN"), "rate.invalid"),
     (Decimal("Infinity"), "rate.invalid"), (Decimal("-1e-30"), "rate.negative")],
)
def test_rates_no_schedule_can_use_are_refused_with_a_code(rate, code):
    with pytest.raises(ScheduleError) as caught:
        schedule_for(Y(10000), rate, 12, RepaymentMethod.EQUAL_INSTALMENT)
    assert caught.value.code == code


def test_a_vanishing_rate_is_a_zero_rate():
    s = schedule_for(Y(10000), Decimal("1e-999999"), 12, RepaymentMethod.EQUAL_INSTALMENT)
    assert s.total_interest == Money(0) and s.total_principal == Y(10000)


extreme_decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.builds(lambda digits, exponent: Decimal(f"{digits}e{exponent}"), st.integers(0, 10**30), st.integers(-999_999, 999_999)),
)


@settings(max_examples=80, deadline=None)
@given(rate=extreme_decimals, principal=st.integers(min_value=-10, max_value=10**18), count=st.integers(-2, 1300),
       method=st.sampled_from(list(RepaymentMethod)), period=st.sampled_from(list(Period)))
def test_schedule_for_never_raises_anything_but_a_coded_error(rate, principal, count, method, period):
    try:
        s = schedule_for(Money(principal), rate, count, method, period=period)
    except ScheduleError:
        return
    assert s.total_principal == Money(principal)
