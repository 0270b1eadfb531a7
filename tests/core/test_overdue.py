"""Overdue status: days, amounts, penalty interest day by day, late fees, the 24 % flag."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from app.core.money import Money
from app.core.overdue import account, apply_payments, daily_rate, overdue_status, split_of
from app.core.records import Period, RateBasis
from app.core.schedule import build_schedule
from tests.core.loans import Y, make_loan, pay

LOAN = make_loan(penalty_rate_percent=Decimal("0.05"), late_fee=Y(50))
SCHEDULE = build_schedule(LOAN)


def test_hand_worked_partial_and_missed_instalments():
    payments = [pay(dt.date(2024, 2, 10), "888.49"), pay(dt.date(2024, 3, 20), "500")]
    status = overdue_status(LOAN, SCHEDULE, payments, dt.date(2024, 4, 15))
    assert status.days_overdue == 36  # instalment 2, due 2024-03-10
    assert status.overdue_instalments == 2
    # on 2024-03-20 instalment 2 had drawn 888.49 × 0.05 % × 10 d = 4.44 and a 50 late fee: the 500 pays
    # those 54.44 first (art. 561), then its 92.12 interest, then 353.44 of its 796.37 principal
    assert status.overdue_amount.plain() == "1331.42"  # 442.93 + 888.49
    assert status.overdue_principal.plain() == "1247.27"  # 442.93 + 804.34
    # 4.44245 + 442.93 × 0.05 % × 26 d + 888.49 × 0.05 % × 5 d = 12.4218 (instalment 3 due 2024-04-10)
    assert status.penalty_interest.plain() == "12.42"
    assert status.late_fees.plain() == "100.00"
    assert status.charges.plain() == "112.42"
    assert status.charges_paid.plain() == "54.44"
    assert status.charges_outstanding.plain() == "57.98"
    assert status.all_in_apr is not None and not status.above_line


def test_each_payment_shows_the_part_that_went_to_the_charges():
    payments = [pay(dt.date(2024, 2, 10), "888.49"), pay(dt.date(2024, 3, 20), "500")]
    splits = account(SCHEDULE, payments, dt.date(2024, 4, 15), LOAN).splits
    assert [s.split.penalty.plain() for s in splits] == ["0.00", "54.44"]
    second = splits[1].split
    assert (second.fees, second.interest.plain(), second.principal.plain(), second.surplus) == (Money(0), "92.12", "353.44", Money(0))


def test_a_contracts_own_order_can_put_the_charges_last():
    payments = [pay(dt.date(2024, 2, 20), "888.49")]
    order = ("principal", "interest", "fees", "penalty")
    status = overdue_status(LOAN, SCHEDULE, payments, dt.date(2024, 3, 1), order)
    assert status.days_overdue == 0  # the instalment itself was paid in full
    assert (status.charges_paid, status.charges_outstanding.plain()) == (Money(0), "54.44")


def test_paid_on_time_owes_nothing():
    payments = [pay(LOAN.first_due_date, "888.49")]
    status = overdue_status(LOAN, SCHEDULE, payments, dt.date(2024, 3, 1))
    assert (status.days_overdue, status.overdue_instalments, status.charges) == (0, 0, Money(0))
    assert status.all_in_apr is None


def test_a_late_payment_of_the_instalment_pays_its_charges_first():
    payments = [pay(dt.date(2024, 2, 20), "888.49")]
    status = overdue_status(LOAN, SCHEDULE, payments, dt.date(2024, 3, 1))
    assert status.late_fees.plain() == "50.00"
    assert status.charges_paid.plain() == "54.44"  # 50 + 888.49 × 0.05 % × 10 d = 4.44
    assert (status.days_overdue, status.overdue_amount.plain()) == (20, "54.44")  # so 54.44 of it is still unpaid
    assert status.penalty_interest.plain() == "4.71"  # 4.44245 + 54.44 × 0.05 % × 10 d


def test_late_fee_as_percent_and_annual_penalty_rate():
    loan = dataclasses.replace(LOAN, late_fee=None, late_fee_percent=Decimal(5), penalty_rate_percent=Decimal("36.5"), penalty_rate_basis=RateBasis.ANNUAL)
    status = overdue_status(loan, SCHEDULE, [], dt.date(2024, 2, 20))
    assert status.late_fees.plain() == "44.42"  # 5 % of 888.49, half-up
    assert status.penalty_interest.plain() == "8.88"  # 888.49 × 0.1 % × 10 d


def test_heavy_charges_push_the_all_in_cost_over_the_line():
    loan = dataclasses.replace(LOAN, penalty_rate_percent=Decimal("0.5"), late_fee=Y(300))
    status = overdue_status(loan, SCHEDULE, [], dt.date(2024, 6, 1))
    assert status.days_overdue == (dt.date(2024, 6, 1) - dt.date(2024, 2, 10)).days
    assert status.above_line
    assert status.all_in_apr > 24


def test_daily_rate_conversions():
    assert daily_rate(Decimal("0.05"), RateBasis.DAILY, Period.MONTH) == Decimal("0.0005")
    assert daily_rate(Decimal("36.5"), RateBasis.ANNUAL, Period.MONTH) == Decimal("0.001")
    assert daily_rate(Decimal("3"), RateBasis.PER_PERIOD_FEE, Period.MONTH) == Decimal("0.001")
    assert daily_rate(None, RateBasis.DAILY, Period.MONTH) == 0


def test_payments_fill_instalments_oldest_first_and_keep_the_overpayment():
    states, surplus = apply_payments(SCHEDULE, [pay(dt.date(2024, 2, 1), "1000"), pay(dt.date(2030, 1, 1), "5")], dt.date(2024, 12, 31))
    assert states[0].paid.plain() == "888.49" and states[0].settled_on == dt.date(2024, 2, 1)
    assert states[1].paid.plain() == "111.51" and states[1].settled_on is None
    assert surplus == Money(0)
    everything = [pay(dt.date(2024, 2, 1), "20000")]
    _, surplus = apply_payments(SCHEDULE, everything, dt.date(2024, 2, 1))
    assert surplus == Y(20000) - SCHEDULE.total_payment


def test_a_new_payment_is_previewed_with_its_penalty_part():
    recorded = [pay(dt.date(2024, 2, 10), "888.49")]
    split = split_of(LOAN, SCHEDULE, recorded, pay(dt.date(2024, 3, 20), "500"))
    assert (split.penalty.plain(), split.interest.plain(), split.principal.plain()) == ("54.44", "92.12", "353.44")
