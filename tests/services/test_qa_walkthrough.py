"""Services as a borrower meets them (QA walk-through): payoff inputs for overdue loans, the complaint."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.core.money import Money
from app.core.records import Loan, LenderType, RateBasis, RepaymentMethod, Scenario
from app.services import scenarios as sv

Y = Money.yuan
TODAY = dt.date(2026, 12, 1)

# 30 000 lent by a person on 2019-06-10 at 20 %/yr, all repaid at once after 24 months:
# 30 000 + 30 000 × 20 % × 2 = 42 000 was due on 2021-06-10 and nothing has been paid.
PRIVATE_BULLET = Loan(
    lender="张伟", lender_type=LenderType.PRIVATE, principal=Y(30000), received=Y(30000),
    contract_date=dt.date(2019, 6, 10), first_due_date=dt.date(2021, 6, 10), instalments=1, term=24,
    method=RepaymentMethod.BULLET, rate_percent=Decimal(20), rate_basis=RateBasis.ANNUAL,
)


def test_an_overdue_bullet_loans_interest_is_part_of_the_plan(tmp_vault):
    """The plan started from 30 000 and dropped the 12 000 of interest already due."""
    tmp_vault.repo.add(PRIVATE_BULLET)
    inputs = sv.scenario_inputs(tmp_vault.repo, TODAY)
    (terms,) = inputs.loans
    assert terms.balance == Y(42000)
    assert terms.behind == Y(42000)
    assert terms.lawful_balance == Y(30000)  # the principal received; the law's interest is worked out apart
    outcome = sv.evaluate(inputs, Scenario("plan", budget=Y(2000)))
    assert outcome.result.debts[0].paid >= Y(42000)


def test_a_complaint_names_the_collector_with_the_staff_number_and_phone_given(tmp_vault):
    """The night call was from 催收员 王经理, 工号 0321, 021-5555-0101; the 投诉信 said only '催收员'."""
    from app.core.records import Channel, ContactEntry
    from app.services import documents

    loan = tmp_vault.repo.add(PRIVATE_BULLET)
    tmp_vault.repo.add(ContactEntry(
        dt.datetime(2026, 11, 28, 23, 15), Channel.PHONE, "深夜来电催收", counterparty="催收员", loan_id=loan.id,
        misconduct=("night-contact",), person_name="王经理", staff_id="0321", phone="021-5555-0101",
    ))
    data = documents.gather(tmp_vault.repo, "complaint", TODAY, loan_id=loan.id).data
    assert data.staff == "催收员 王经理（工号 0321，电话 021-5555-0101）"
    assert data.facts[0].counterparty == data.staff
    english = documents.gather(tmp_vault.repo, "complaint", TODAY, lang="en", loan_id=loan.id).data
    assert english.facts[0].counterparty == "催收员 王经理 (staff no. 0321, phone 021-5555-0101)"
