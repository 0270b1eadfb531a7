import datetime as dt
from dataclasses import FrozenInstanceError, replace
from decimal import Decimal

import pytest

from app.core.money import Money
from app.core.records import (
    Channel,
    ContactEntry,
    Fee,
    FeeCharge,
    FeeKind,
    LenderType,
    Loan,
    RepaymentMethod,
)

LOAN = Loan(
    lender="示例贷",
    lender_type=LenderType.PLATFORM,
    principal=Money.yuan(10000),
    received=Money.yuan(9000),
    contract_date=dt.date(2025, 3, 1),
    first_due_date=dt.date(2025, 4, 1),
    instalments=12,
    rate_percent=Decimal("12"),
    fees=(Fee(FeeKind.SERVICE, FeeCharge.UPFRONT, amount=Money.yuan(1000)),),
)


def fields(record):
    return {error.field for error in record.validate()}


def test_a_sound_loan_validates_and_is_immutable():
    assert LOAN.validate() == ()
    assert LOAN.upfront_deduction == Money.yuan(1000)
    with pytest.raises(FrozenInstanceError):
        LOAN.lender = "x"


def test_each_bad_field_is_named():
    bad = replace(
        LOAN,
        lender=" ",
        received=Money.yuan(11000),
        instalments=10_000,
        first_due_date=dt.date(2025, 2, 1),
        rate_percent=Decimal(-1),
        method=RepaymentMethod.CUSTOM,
        fees=(Fee(FeeKind.AGENCY, FeeCharge.ONCE, amount=Money.yuan(20000)),),
    )
    assert fields(bad) == {
        "lender",
        "received",
        "instalments",
        "first_due_date",
        "rate_percent",
        "custom_schedule",
        "fees[0].amount",
        "fees[0].on_date",
    }
    assert fields(replace(LOAN, instalments=0)) == {"instalments"}
    assert fields(replace(LOAN, principal=Money(0), received=Money(0))) == {"principal", "received"}


def test_fee_needs_exactly_one_of_amount_and_percent():
    both = Fee(FeeKind.OTHER, FeeCharge.UPFRONT, amount=Money(1), percent=Decimal(1))
    neither = Fee(FeeKind.OTHER, FeeCharge.UPFRONT)
    assert {e.code for e in both.validate()} == {"loan.fee_amount_or_percent"}
    assert {e.code for e in neither.validate()} == {"loan.fee_amount_or_percent"}
    assert Fee(FeeKind.SERVICE, FeeCharge.PER_INSTALMENT, percent=Decimal("1.5")).amount_on(Money.yuan(10000)) == Money.yuan(150)


def test_contact_follow_up_cannot_precede_the_contact():
    entry = ContactEntry(dt.datetime(2026, 5, 2, 23, 10), Channel.PHONE, "催收来电")
    assert entry.validate() == ()
    late = replace(entry, follow_up=dt.date(2026, 5, 1))
    [error] = late.validate()
    assert (error.field, error.code) == ("follow_up", "contact.follow_up_before")
    assert "跟进日期" in error.message("zh_CN")
    assert fields(replace(entry, summary="")) == {"summary"}
