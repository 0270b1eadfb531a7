"""The lawful balance (issue 8 item 7): principal as received, interest capped at the line, art. 561 order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.core.lawful_balance import lawful_balance
from app.core.loan_summary import summarise
from app.core.lpr import LprTable
from app.core.real_cost import real_cost
from app.core.records import LenderType, LoanStatus, RepaymentMethod
from tests.core.loans import Y, make_loan, pay

LPR = LprTable.load()


def private_bullet(**changes):
    """10 000 private at 18 % a year, one repayment of 11 800 after 12 months; line 4 × 3.35 % = 13.40 %."""
    fields = dict(lender_type=LenderType.PRIVATE, contract_date=dt.date(2024, 8, 1), first_due_date=dt.date(2024, 9, 1),
                  rate_percent=Decimal(18), method=RepaymentMethod.BULLET)
    fields.update(changes)
    return make_loan(**fields)


def test_hand_worked_interest_capped_and_payments_to_interest_first():
    loan = private_bullet(instalments=24)  # 10 000 + 18 % × 2 = 13 600 on 2026-08-01
    payments = [pay(dt.date(2025, 8, 1), "3000")]
    s = summarise(loan, payments, dt.date(2026, 8, 1), LPR)
    lawful = s.lawful
    # year 1: 10 000 × 13.40 % = 1 340 interest; the 3 000 pays it, then 1 660 of principal → 8 340
    assert (lawful.paid_interest.plain(), lawful.paid_principal.plain()) == ("1340.00", "1660.00")
    # year 2: 8 340 × 13.40 % = 1 117.56 → 9 457.56 owed by law
    assert lawful.owed.plain() == "9457.56"
    assert lawful.claimed.plain() == "10600.00"  # 13 600 − 3 000
    assert lawful.difference.plain() == "1142.44"
    assert lawful.rate_percent == Decimal("13.40")
    assert lawful.spans[0].source == "最高人民法院 法释〔2020〕17号 第二十五条"
    message = lawful.explanation.message("en")
    assert "9,457.56" in message and "10,600.00" in message and "1,142.44" in message


def test_principal_is_what_was_received():
    loan = private_bullet(principal=Y(10000), received=Y(9000))  # 11 800 repaid on 2025-08-01
    lawful = lawful_balance(loan, real_cost(loan), [], dt.date(2025, 8, 1), LPR, Y(11800))
    assert lawful.principal == Y(9000)
    assert lawful.owed.plain() == "10206.00"  # 9 000 + 9 000 × 13.40 % × 365 / 365
    assert lawful.difference.plain() == "1594.00"


def test_a_loan_within_the_line_owes_its_own_rate_and_never_more_than_claimed():
    loan = make_loan(lender_type=LenderType.BANK)  # 12 % a year, 24 % line
    s = summarise(loan, [], dt.date(2024, 7, 10), LPR)  # 182 days, nothing paid
    assert s.lawful.rate_percent == s.real_cost.compared_percent < 24
    assert s.lawful.owed <= s.lawful.claimed
    late = summarise(loan, [], dt.date(2030, 1, 1), LPR)
    assert late.lawful.owed == late.lawful.claimed  # the law caps a contract, it does not add to it
    assert late.lawful.explanation.code == "legal.lawful_claim_within"


def test_before_2020_08_20_the_cap_changes_on_that_day():
    loan = private_bullet(contract_date=dt.date(2019, 8, 20), first_due_date=dt.date(2019, 9, 20), rate_percent=Decimal(30), instalments=24)
    lawful = summarise(loan, [], dt.date(2021, 8, 20), LPR).lawful
    first, second = lawful.spans
    assert (first.start, first.rate_percent, second.start) == (dt.date(2019, 8, 20), Decimal(24), dt.date(2020, 8, 20))
    assert second.rate_percent == Decimal("15.40")  # 4 × 3.85 %, the latest LPR on 2021-08-20 ("if filed" then)
    # 10 000 × 24 % × 366 / 365 (2019-08-20 → 2020-08-20) + 10 000 × 15.40 % × 365 / 365 = 2 406.575… + 1 540
    assert lawful.owed.plain() == "13946.58"


def test_closed_loans_have_none():
    loan = make_loan(status=LoanStatus.SETTLED)
    assert summarise(loan, [], dt.date(2024, 7, 1), LPR).lawful is None
    assert summarise(make_loan(), [], dt.date(2024, 7, 1), LPR).lawful is not None
