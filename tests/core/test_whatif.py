"""Negotiated what-ifs: each term's effect, conflicts refused field by field, the comparison."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.money import Money
from app.core.payoff import Plan, PlanInvalid, simulate
from app.core.records import WhatIf, WhatIfKind
from app.core.whatif import LoanTerms, apply_whatifs, compare, instalment, scenario_debts, whatif_errors

Y = Money.yuan
# ¥10 000 at 12 % over 12 months: 888.49 a month (the schedule tests' base loan)
BASE = LoanTerms("闪借花", Y(10000), Decimal(12), Y("888.49"), 12, loan_id=7)


def contracted(debt):
    return simulate([debt], Plan(None))


def test_the_contract_as_it_stands():
    result = contracted(BASE.debt())
    assert result.months == 12 and result.repaid
    assert result.total_interest == Y("661.86")  # the schedule says 661.85; the simulation rounds each month


def test_stretching_12_to_24_lowers_the_instalment_and_raises_the_interest():
    stretched = apply_whatifs(BASE, [WhatIf(WhatIfKind.EXTEND, 7, months=24)])
    assert stretched.min_payment == Y("470.73") < BASE.instalment
    result = contracted(stretched)
    assert result.months == 24 and result.total_interest > contracted(BASE.debt()).total_interest


def test_stretching_with_a_rate_cut_can_cost_less_interest():
    cut = apply_whatifs(BASE, [WhatIf(WhatIfKind.EXTEND, 7, months=24), WhatIf(WhatIfKind.LOWER_RATE, 7, rate_percent=Decimal(5))])
    assert cut.min_payment == instalment(Y(10000), Decimal(5), 24)
    assert contracted(cut).total_interest < contracted(BASE.debt()).total_interest


def test_grace_with_and_without_interest():
    free = contracted(apply_whatifs(BASE, [WhatIf(WhatIfKind.GRACE, 7, months=3, with_interest=False)]))
    accruing = contracted(apply_whatifs(BASE, [WhatIf(WhatIfKind.GRACE, 7, months=3)]))
    assert [row.debts[0].paid for row in free.table[:4]] == [0, 0, 0, 88849]
    assert [row.debts[0].interest for row in free.table[:3]] == [0, 0, 0]
    assert free.total_interest == Y("661.86") and free.months == 15
    assert accruing.total_interest > free.total_interest


def test_lower_rate_from_a_later_month():
    debt = apply_whatifs(BASE, [WhatIf(WhatIfKind.LOWER_RATE, 7, rate_percent=Decimal(0), month=4)])
    result = contracted(debt)
    assert result.table[2].debts[0].interest > 0 and result.table[3].debts[0].interest == 0


def test_waiving_penalties_drops_them_and_stops_new_ones():
    behind = LoanTerms("A", Y(5000), Decimal(18), Y(500), 10, behind=Y(1000), penalties=Y(300),
                       penalty_rate=Decimal("18.25"), late_fee=Y(50), loan_id=1)  # fmt: skip
    assert behind.debt().balance == Y(5300)
    waived = apply_whatifs(behind, [WhatIf(WhatIfKind.WAIVE_PENALTIES, 1)])
    assert waived.balance == Y(5000) and waived.late_fee == Money(0) and waived.penalty_rate == 0
    short = Plan(Y(200))
    assert simulate([waived], short).total_penalties == Money(0) < simulate([behind.debt()], short).total_penalties


def test_a_discount_for_a_settlement_is_one_payment_in_its_month():
    debt = apply_whatifs(BASE, [WhatIf(WhatIfKind.DISCOUNT, 7, percent=Decimal(30), month=2)])
    result = contracted(debt)
    assert [row.debts[0].paid for row in result.table] == [0, 700000]
    assert result.total_interest == Money(0)


def test_restructuring_the_lawful_balance():
    terms = LoanTerms("A", Y(10000), Decimal(0), Y(1000), 10, penalties=Y(600), lawful_balance=Y(8500), loan_id=1)
    everything = apply_whatifs(terms, [WhatIf(WhatIfKind.RESTRUCTURE, 1, months=10)])
    lawful = apply_whatifs(terms, [WhatIf(WhatIfKind.RESTRUCTURE, 1, months=10, lawful=True)])
    assert everything.min_payment == Y(1060) and lawful.min_payment == Y(850)
    assert contracted(lawful).months == 10


@pytest.mark.parametrize(
    ("what_ifs", "field", "code"),
    [
        ([WhatIf(WhatIfKind.GRACE, 7, months=12)], "what_ifs[0].months", "whatif.grace_too_long"),
        ([WhatIf(WhatIfKind.EXTEND, 7, months=24), WhatIf(WhatIfKind.GRACE, 7, months=24)], "what_ifs[1].months", "whatif.grace_too_long"),
        ([WhatIf(WhatIfKind.EXTEND, 7, months=24), WhatIf(WhatIfKind.DISCOUNT, 7, percent=Decimal(10))], "what_ifs[1].kind", "whatif.conflict"),
        ([WhatIf(WhatIfKind.EXTEND, 7, months=10)], "what_ifs[0].months", "whatif.not_longer"),
        ([WhatIf(WhatIfKind.LOWER_RATE, 7, rate_percent=Decimal(15))], "what_ifs[0].rate_percent", "whatif.rate_not_lower"),
        ([WhatIf(WhatIfKind.DISCOUNT, 7, percent=Decimal(100))], "what_ifs[0].percent", "field.range"),
        ([WhatIf(WhatIfKind.WAIVE_PENALTIES, 7), WhatIf(WhatIfKind.WAIVE_PENALTIES, 7)], "what_ifs[1].kind", "whatif.duplicate"),
        ([WhatIf(WhatIfKind.GRACE, 7, months=2), WhatIf(WhatIfKind.DISCOUNT, 7, percent=Decimal(10))], "what_ifs[0].kind", "whatif.conflict"),
    ],
)
def test_conflicting_what_ifs_are_refused_with_a_field_level_message(what_ifs, field, code):
    errors = whatif_errors(BASE, what_ifs)
    assert (field, code) in [(e.field, e.code) for e in errors]
    with pytest.raises(PlanInvalid) as caught:
        apply_whatifs(BASE, what_ifs)
    assert caught.value.message("zh_CN") and caught.value.message("en") != caught.value.message("zh_CN")


def test_scenario_debts_name_the_loan_and_compare_with_the_contract():
    other = LoanTerms("B", Y(3000), Decimal(24), Y(300), 12, loan_id=8)
    with pytest.raises(PlanInvalid) as caught:
        scenario_debts([other, BASE], [WhatIf(WhatIfKind.GRACE, 7, months=30)])
    assert caught.value.errors[0].field == "loans[1].what_ifs[0].months"
    comparison = compare([BASE, other], [WhatIf(WhatIfKind.EXTEND, 7, months=24)], Plan(Y(800)))
    assert comparison.contracted.shortfall == Y("388.49") and comparison.negotiated.debts[0].debt.min_payment == Y("470.73")
    assert comparison.cost_change == comparison.negotiated.total_cost - comparison.contracted.total_cost
    assert comparison.negotiated.table[0].debts[0].behind == 0 < comparison.contracted.table[0].debts[0].behind
