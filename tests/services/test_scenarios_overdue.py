"""The QA case for payoff scenarios: 张伟 (private, 30 000 from 2019-06-10 at 20 %, one repayment after
24 months, nothing paid) and 快易贷 (small-loan company, 8 000 from 2026-05-20 at 0.1 %/day for 6 months),
both past their term on 2026-12-01."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.core.money import Money
from app.core.records import Loan, LenderType, Period, RateBasis, RepaymentMethod, Scenario, WhatIf, WhatIfKind
from app.services import scenarios as sv
from tests.services.test_qa_walkthrough import PRIVATE_BULLET, TODAY

Y = Money.yuan
SMALL_LOAN = Loan(
    lender="快易贷", lender_type=LenderType.SMALL_LOAN, principal=Y(8000), received=Y(8000),
    contract_date=dt.date(2026, 5, 20), first_due_date=dt.date(2026, 11, 20), instalments=1, term=6,
    period=Period.MONTH, method=RepaymentMethod.BULLET, rate_percent=Decimal("0.1"), rate_basis=RateBasis.DAILY,
)  # fmt: skip


@pytest.fixture
def inputs(tmp_vault):
    tmp_vault.repo.add(PRIVATE_BULLET)
    tmp_vault.repo.add(SMALL_LOAN)
    return sv.scenario_inputs(tmp_vault.repo, TODAY)


def test_what_is_overdue_is_due_now_even_with_a_what_if(inputs):
    """Stretching 快易贷 used to leave 张伟's 42 000 out: 'minimums ¥1,748.51, shortfall ¥0.00'."""
    zhang, kuai = inputs.loans
    scenario = Scenario("plan", budget=Y(3000), what_ifs=(WhatIf(WhatIfKind.EXTEND, kuai.loan_id, months=6),))
    result = sv.evaluate(inputs, scenario).result
    spread = result.debts[1].debt.min_payment
    assert result.arrears == Y(42000) and result.minimums_total == Y(42000) + spread
    assert result.shortfall == Y(42000) + spread - Y(3000) and result.messages[0] == "payoff.shortfall"


def test_after_their_term_the_plan_charges_the_lawful_line(inputs):
    """快易贷 is charged 36 % by contract, capped at the licensed 24 %: 9 472 × 2 % = 189.44 in month 1;
    张伟 20 %, capped at 4 × the LPR in force today (3.0 % → 12 %): 42 000 × 1 % = 420.00."""
    zhang, kuai = inputs.loans
    assert (zhang.lawful_rate, kuai.lawful_rate) == (Decimal("12.00"), Decimal(24))
    result = sv.evaluate(inputs, Scenario("plan", budget=Y(0))).result
    assert [Money(d.interest) for d in result.table[0].debts] == [Y(420), Y("189.44")]
    assert "payoff.lawful_after_term" in result.messages
