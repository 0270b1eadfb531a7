"""Budget core: every total and the repayment capacity against hand-worked figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.budget import (
    ABSURD_MONTHLY,
    BudgetInputs,
    LoanFigure,
    amount_errors,
    compute_statement,
    expense_errors,
    income_errors,
    liability_errors,
    monthly_amount,
    monthly_income,
    snapshot,
)
from app.core.messages import CodedError
from app.core.money import Money
from app.core.records import (
    Asset,
    AssetKind,
    Expense,
    ExpenseCategory,
    ExpenseKind,
    Frequency,
    IncomeCategory,
    IncomeSource,
    Liability,
    LiabilityKind,
    Profile,
)

Y = Money.yuan


def example_inputs(protected: Money | None = None) -> BudgetInputs:
    return BudgetInputs.from_records(
        incomes=[
            IncomeSource("工资", IncomeCategory.SALARY, Y("6000"), Frequency.MONTHLY),
            IncomeSource("外卖兼职", IncomeCategory.SIDE_JOB, Y("300"), Frequency.WEEKLY),
            IncomeSource("年终奖", IncomeCategory.SALARY, Y("1200"), Frequency.YEARLY),
        ],
        expenses=[
            Expense("房租", ExpenseCategory.RENT, Y("1800"), ExpenseKind.FIXED, essential=True),
            Expense("吃饭", ExpenseCategory.FOOD, Y("1500"), ExpenseKind.VARIABLE, essential=True),
            Expense("娱乐", ExpenseCategory.OTHER, Y("400"), ExpenseKind.VARIABLE, essential=False),
            Expense("给父母", ExpenseCategory.PARENTS, Y("500"), ExpenseKind.FIXED, essential=True),
        ],
        assets=[
            Asset("银行存款", AssetKind.CASH, Y("2500.50")),
            Asset("电动车", AssetKind.CAR, Y("3000")),
        ],
        liabilities=[
            Liability("表哥", LiabilityKind.FAMILY, Y("10000"), Y("200")),
            Liability("招行信用卡", LiabilityKind.CREDIT_CARD, Y("8000"), Y("400")),
        ],
        loans=[
            LoanFigure("借呗", Y("12000"), Y("1100"), Y("2200")),
            LoanFigure("某分期", Y("6000"), Y("800")),
        ],
        profile=Profile(protected_minimum=protected),
    )


def test_worked_example_totals_and_capacity() -> None:
    s = compute_statement(example_inputs())
    # income: 6000 + 300×52/12 (=1300.00) + 1200/12 (=100.00) = 7400.00
    assert s.monthly_income == Y("7400")
    # spending: 1800 + 1500 + 400 + 500 = 4200; essential 1800 + 1500 + 500 = 3800; cuttable 400
    assert (s.total_spending, s.essential_spending, s.cuttable_spending) == (Y("4200"), Y("3800"), Y("400"))
    # protected minimum defaults to essential spending
    assert s.protected_minimum == Y("3800") and s.protected_minimum_is_default
    # other liabilities' monthly payments 200 + 400 = 600
    assert s.liability_payments == Y("600")
    # available = 7400 − 3800 − 600 = 3000
    assert s.available_signed == Y("3000") and s.available == Y("3000")
    # contracts demand 1100 + 800 = 1900; surplus 3000 − 1900 = 1100
    assert s.contract_demand == Y("1900")
    assert s.surplus == Y("1100") and s.shortfall == Y("0")
    # debt-to-income = (1900 + 600) / 7400 = 0.337837… → 0.3378
    assert s.debt_to_income == Decimal("0.3378")
    # assets 2500.50 + 3000 = 5500.50; liabilities 12000 + 6000 + 10000 + 8000 = 36000
    assert s.total_assets == Y("5500.50")
    assert (s.loans_outstanding, s.other_liabilities, s.total_liabilities) == (Y("18000"), Y("18000"), Y("36000"))
    # net worth 5500.50 − 36000 = −30499.50
    assert s.net_worth == Y("-30499.50")
    assert s.overdue == Y("2200")
    assert not s.empty


def test_protected_minimum_override_and_shortfall() -> None:
    s = compute_statement(example_inputs(protected=Y("5000")))
    # available = 7400 − 5000 − 600 = 1800; demand 1900 → shortfall 100
    assert s.protected_minimum == Y("5000") and not s.protected_minimum_is_default
    assert s.available == Y("1800")
    assert s.surplus == Y("-100") and s.shortfall == Y("100")


def test_available_never_below_zero_but_signed_figure_kept() -> None:
    s = compute_statement(example_inputs(protected=Y("7000")))
    # 7400 − 7000 − 600 = −200 → available 0; surplus 0 − 1900 = −1900
    assert s.available_signed == Y("-200")
    assert s.available == Y("0")
    assert s.surplus == Y("-1900") and s.shortfall == Y("1900")


def test_empty_statement() -> None:
    s = compute_statement(BudgetInputs())
    assert s.empty
    assert s.monthly_income == Y("0") and s.available == Y("0") and s.net_worth == Y("0")
    assert s.debt_to_income is None


def test_debt_to_income_none_when_no_income_even_with_debts() -> None:
    s = compute_statement(BudgetInputs(loans=(LoanFigure("X", Y("100"), Y("50")),)))
    assert s.debt_to_income is None
    assert s.surplus == Y("-50")


@pytest.mark.parametrize(
    ("amount", "frequency", "monthly"),
    [
        ("1000", Frequency.MONTHLY, "1000"),
        ("1000", Frequency.IRREGULAR, "1000"),
        # 100 × 52 / 12 = 433.333… → 433.33
        ("100", Frequency.WEEKLY, "433.33"),
        # 0.03 × 52 / 12 = 0.13 exactly (3 × 52 = 156 fen / 12 = 13 fen)
        ("0.03", Frequency.WEEKLY, "0.13"),
        # 0.06 yuan a year = 6 fen / 12 = 0.5 fen → half-up → 1 fen
        ("0.06", Frequency.YEARLY, "0.01"),
        # 0.05 yuan a year = 5 fen / 12 = 0.41… fen → 0
        ("0.05", Frequency.YEARLY, "0.00"),
        # 100000 / 12 = 8333.333… → 8333.33
        ("100000", Frequency.YEARLY, "8333.33"),
    ],
)
def test_monthly_normalisation(amount: str, frequency: Frequency, monthly: str) -> None:
    assert monthly_amount(Y(amount), frequency) == Y(monthly)


def test_nonsense_frequency_is_a_coded_error() -> None:
    with pytest.raises(CodedError) as caught:
        monthly_amount(Y("1"), "fortnightly")
    assert caught.value.code == "budget.frequency"
    assert monthly_amount(Y("12"), "yearly") == Y("1")


def codes(errors) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in errors}


def test_validation_field_level_errors() -> None:
    """The checks the Budget forms run on each record before it is saved."""
    assert income_errors(IncomeSource("ok", IncomeCategory.SALARY, Y("100"))) == ()
    assert codes(income_errors(IncomeSource("neg", IncomeCategory.SALARY, Y("-1")))) == {("amount", "money.negative")}
    # 1 300 000 000 a year = 108 333 333.33 a month: absurd
    huge = IncomeSource("huge", IncomeCategory.OTHER, Y("1300000000"), Frequency.YEARLY)
    assert codes(income_errors(huge)) == {("amount", "budget.absurd")}
    odd = IncomeSource("", IncomeCategory.OTHER, Y("5"), "fortnightly")  # type: ignore[arg-type]
    assert codes(income_errors(odd)) == {("name", "field.required"), ("frequency", "budget.frequency")}
    over = expense_errors(Expense("x", ExpenseCategory.FOOD, ABSURD_MONTHLY + Y("0.01")))
    assert codes(over) == {("monthly", "budget.absurd")}
    assert codes(liability_errors(Liability("y", LiabilityKind.OTHER, Y("1"), Y("-2")))) == {("monthly_payment", "money.negative")}
    assert codes(amount_errors("protected_minimum", Y("-3"))) == {("protected_minimum", "money.negative")}
    assert over[0].message("zh_CN") == "每月超过 ¥100,000,000.00 很可能是输入错误。"


def test_exactly_the_limit_is_not_absurd() -> None:
    assert expense_errors(Expense("x", ExpenseCategory.FOOD, ABSURD_MONTHLY)) == ()
    inputs = example_inputs()
    assert [e for s in inputs.incomes for e in income_errors(s)] == []
    assert [e for x in inputs.expenses for e in expense_errors(x)] == []
    assert [e for item in inputs.liabilities for e in liability_errors(item)] == []


def test_snapshot_carries_headline_figures() -> None:
    s = compute_statement(example_inputs())
    snap = snapshot(s, dt.date(2026, 4, 1))
    assert snap.taken_on == dt.date(2026, 4, 1)
    assert (snap.income, snap.spending, snap.essential_spending) == (Y("7400"), Y("4200"), Y("3800"))
    assert (snap.available, snap.contract_demand) == (Y("3000"), Y("1900"))
    assert (snap.total_debt, snap.net_worth) == (Y("36000"), Y("-30499.50"))
    assert snap.id is None


# --- properties -----------------------------------------------------------------------------
fen = st.integers(min_value=-(10**15), max_value=10**15)
money = fen.map(Money)


@given(fen)
def test_weekly_normalisation_loses_at_most_rounding(amount: int) -> None:
    monthly = monthly_amount(Money(amount), Frequency.WEEKLY).fen
    # the exact monthly value is amount × 52 / 12; rounding moves it by at most half a fen
    assert abs(monthly * 12 - amount * 52) <= 6


@given(fen)
def test_yearly_normalisation_loses_at_most_rounding(amount: int) -> None:
    monthly = monthly_amount(Money(amount), Frequency.YEARLY).fen
    assert abs(monthly * 12 - amount) <= 6


incomes = st.builds(IncomeSource, st.just("i"), st.sampled_from(IncomeCategory), money, st.sampled_from(Frequency))
expenses = st.builds(Expense, st.just("e"), st.sampled_from(ExpenseCategory), money, st.sampled_from(ExpenseKind), st.booleans())
assets = st.builds(Asset, st.just("a"), st.sampled_from(AssetKind), money)
liabilities = st.builds(Liability, st.just("l"), st.sampled_from(LiabilityKind), money, money)
loans = st.builds(LoanFigure, st.just("n"), money, money, money)
budget_inputs = st.builds(
    BudgetInputs,
    st.lists(incomes, max_size=6).map(tuple),
    st.lists(expenses, max_size=6).map(tuple),
    st.lists(assets, max_size=4).map(tuple),
    st.lists(liabilities, max_size=4).map(tuple),
    st.lists(loans, max_size=4).map(tuple),
    st.none() | money,
)


@given(budget_inputs)
def test_totals_are_sums_of_parts_and_never_crash(inputs: BudgetInputs) -> None:
    s = compute_statement(inputs)
    for source in inputs.incomes:
        income_errors(source)
    assert s.monthly_income == sum((monthly_income(source) for source in inputs.incomes), Money(0))
    assert s.total_spending == sum((e.monthly for e in inputs.expenses), Money(0))
    assert s.total_spending == s.essential_spending + s.cuttable_spending
    assert s.total_assets == sum((a.value for a in inputs.assets), Money(0))
    assert s.other_liabilities == sum((item.balance for item in inputs.liabilities), Money(0))
    assert s.total_liabilities == s.loans_outstanding + s.other_liabilities
    assert s.net_worth == s.total_assets - s.total_liabilities
    assert s.available_signed == s.monthly_income - s.protected_minimum - s.liability_payments
    assert s.available == max(s.available_signed, Money(0))
    assert s.surplus == s.available - s.contract_demand
    assert s.shortfall.fen >= 0
    assert (s.debt_to_income is None) == (s.monthly_income.fen == 0)
    assert s.empty == inputs.is_empty()
