"""The budget and financial statement: what the user can honestly pay each month.

Pure arithmetic on records: `compute_statement(BudgetInputs) -> Statement`. All amounts
are `Money` per month unless the name says otherwise (assets and balances are stocks).
Loans enter as plain `LoanFigure`s so this module does not depend on the loan calculators.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from app.core.errors import FieldError
from app.core.messages import CodedError
from app.core.money import Money
from app.core.records import (
    Asset,
    BudgetSnapshot,
    Expense,
    Frequency,
    IncomeSource,
    Liability,
    Profile,
)

if TYPE_CHECKING:
    from app.core.loan_summary import LoanSummary

ABSURD_MONTHLY = Money.yuan(100_000_000)  # more than ¥100 000 000 a month is a typing mistake
RATIO_PLACES = Decimal("0.0001")

# frequency -> (multiplier, divisor) that turns one payment into a monthly amount
_PER_MONTH: dict[Frequency, tuple[int, int]] = {
    Frequency.MONTHLY: (1, 1),
    Frequency.WEEKLY: (52, 12),
    Frequency.YEARLY: (1, 12),
    Frequency.IRREGULAR: (1, 1),  # already the monthly average
}


def _divide_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero, in exact integers."""
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return quotient if numerator >= 0 else -quotient


def monthly_amount(amount: Money, frequency: Frequency | str) -> Money:
    """The monthly equivalent of an amount received at `frequency`, rounded half-up to the fen.

    Raises CodedError('budget.frequency') for a frequency that is not one of `Frequency`.
    """
    try:
        multiplier, divisor = _PER_MONTH[Frequency(frequency)]
    except ValueError:
        raise CodedError("budget.frequency") from None
    return Money(_divide_half_up(amount.fen * multiplier, divisor))


def monthly_income(source: IncomeSource) -> Money:
    """One income source as a monthly amount."""
    return monthly_amount(source.amount, source.frequency)


@dataclass(frozen=True, slots=True)
class LoanFigure:
    """A loan as the budget sees it; filled from `app.core.loan_summary.summarise(...)`."""

    lender: str
    outstanding: Money
    monthly_demand: Money  # the regular instalment per month from now on
    overdue: Money = Money(0)  # arrears now
    penalties: Money = Money(0)  # unpaid penalty interest and late fees now
    lump_sums_12m: Money = Money(0)  # single repayments due in the next 12 months


def loan_figure(summary: LoanSummary) -> LoanFigure:
    """The budget's view of a loan summary: principal still owed, the three demand figures."""
    return LoanFigure(
        lender=summary.loan.lender,
        outstanding=summary.outstanding_principal,
        monthly_demand=summary.monthly_demand,
        overdue=summary.overdue_amount,
        penalties=summary.penalties,
        lump_sums_12m=summary.lump_sums_12m,
    )


def loan_figures(summaries: Iterable[LoanSummary]) -> tuple[LoanFigure, ...]:
    """Figures for the loans that still owe or demand something (settled loans drop out)."""
    figures = (loan_figure(summary) for summary in summaries)
    return tuple(f for f in figures if f.outstanding or f.monthly_demand or f.overdue or f.penalties or f.lump_sums_12m)


@dataclass(frozen=True, slots=True)
class BudgetInputs:
    """Everything the statement is computed from.

    `protected_minimum` is the user's setting (Profile.protected_minimum); None means
    "the essential spending".
    """

    incomes: tuple[IncomeSource, ...] = ()
    expenses: tuple[Expense, ...] = ()
    assets: tuple[Asset, ...] = ()
    liabilities: tuple[Liability, ...] = ()
    loans: tuple[LoanFigure, ...] = ()
    protected_minimum: Money | None = None

    @classmethod
    def from_records(
        cls,
        incomes: Iterable[IncomeSource] = (),
        expenses: Iterable[Expense] = (),
        assets: Iterable[Asset] = (),
        liabilities: Iterable[Liability] = (),
        loans: Iterable[LoanFigure] = (),
        profile: Profile | None = None,
    ) -> BudgetInputs:
        return cls(
            incomes=tuple(incomes),
            expenses=tuple(expenses),
            assets=tuple(assets),
            liabilities=tuple(liabilities),
            loans=tuple(loans),
            protected_minimum=profile.protected_minimum if profile else None,
        )

    def is_empty(self) -> bool:
        """Nothing entered at all (an empty statement still exports, and says so)."""
        return not (self.incomes or self.expenses or self.assets or self.liabilities or self.loans)


def amount_errors(field_name: str, amount: Money, *, monthly: bool = True) -> tuple[FieldError, ...]:
    """Field-level problems with one amount: negative, or absurd for a monthly figure."""
    if amount.is_negative():
        return (FieldError(field_name, "money.negative"),)
    if monthly and amount > ABSURD_MONTHLY:
        return (FieldError(field_name, "budget.absurd", {"limit": ABSURD_MONTHLY.format()}),)
    return ()


def income_errors(source: IncomeSource) -> tuple[FieldError, ...]:
    """The record's own checks plus the absurd-amount check on its monthly equivalent."""
    errors = list(source.validate())
    if not any(e.field == "amount" for e in errors) and isinstance(source.frequency, Frequency):
        if monthly_income(source) > ABSURD_MONTHLY:
            errors.append(FieldError("amount", "budget.absurd", {"limit": ABSURD_MONTHLY.format()}))
    return tuple(errors)


def expense_errors(expense: Expense) -> tuple[FieldError, ...]:
    errors = list(expense.validate())
    if not any(e.field == "monthly" for e in errors):
        errors.extend(amount_errors("monthly", expense.monthly))
    return tuple(errors)


def liability_errors(liability: Liability) -> tuple[FieldError, ...]:
    errors = list(liability.validate())
    if not any(e.field == "monthly_payment" for e in errors):
        errors.extend(amount_errors("monthly_payment", liability.monthly_payment))
    return tuple(errors)


@dataclass(frozen=True, slots=True)
class Statement:
    """The financial statement's figures. Flows are per month; assets and debts are balances.

    available_signed = income − protected minimum − monthly payments on non-loan liabilities;
    available = max(available_signed, 0); contract_demand = the loans' regular instalments per
    month from now on; surplus = available − contract_demand (negative: a shortfall).
    debt_to_income = (contract_demand + liability_payments) ÷ income. What is overdue now
    (`overdue`, with `overdue_penalties` apart) and the lump sums due in the next 12 months
    (`lump_sums_12m`) are shown beside it, never added to a monthly figure.
    """

    monthly_income: Money
    total_spending: Money
    essential_spending: Money
    cuttable_spending: Money
    protected_minimum: Money
    protected_minimum_is_default: bool
    liability_payments: Money
    available_signed: Money
    available: Money
    contract_demand: Money
    surplus: Money
    debt_to_income: Decimal | None
    total_assets: Money
    loans_outstanding: Money
    other_liabilities: Money
    total_liabilities: Money
    net_worth: Money
    overdue: Money
    overdue_penalties: Money = Money(0)
    lump_sums_12m: Money = Money(0)
    empty: bool = False

    @property
    def shortfall(self) -> Money:
        """How much the contracts demand beyond what is available (0 when there is no gap)."""
        return -self.surplus if self.surplus.is_negative() else Money(0)

    @property
    def overdue_now(self) -> Money:
        """Arrears now (penalties apart, in `overdue_penalties`)."""
        return self.overdue

    @property
    def debt_service(self) -> Money:
        """Every monthly debt payment: loan contracts plus other liabilities."""
        return self.contract_demand + self.liability_payments


def compute_statement(inputs: BudgetInputs) -> Statement:
    """The statement for these inputs. Never validates: the forms and the store check each record."""
    income = sum((monthly_income(source) for source in inputs.incomes), Money(0))
    spending = sum((e.monthly for e in inputs.expenses), Money(0))
    essential = sum((e.monthly for e in inputs.expenses if e.essential), Money(0))
    protected = inputs.protected_minimum if inputs.protected_minimum is not None else essential
    liability_payments = sum((item.monthly_payment for item in inputs.liabilities), Money(0))
    available_signed = income - protected - liability_payments
    available = max(available_signed, Money(0))
    demand = sum((loan.monthly_demand for loan in inputs.loans), Money(0))
    assets = sum((a.value for a in inputs.assets), Money(0))
    loans_outstanding = sum((loan.outstanding for loan in inputs.loans), Money(0))
    other_liabilities = sum((item.balance for item in inputs.liabilities), Money(0))
    liabilities = loans_outstanding + other_liabilities
    debt_to_income = None
    if income.fen:
        ratio = Decimal((demand + liability_payments).fen) / Decimal(income.fen)
        debt_to_income = ratio.quantize(RATIO_PLACES, rounding=ROUND_HALF_UP)
    return Statement(
        monthly_income=income,
        total_spending=spending,
        essential_spending=essential,
        cuttable_spending=spending - essential,
        protected_minimum=protected,
        protected_minimum_is_default=inputs.protected_minimum is None,
        liability_payments=liability_payments,
        available_signed=available_signed,
        available=available,
        contract_demand=demand,
        surplus=available - demand,
        debt_to_income=debt_to_income,
        total_assets=assets,
        loans_outstanding=loans_outstanding,
        other_liabilities=other_liabilities,
        total_liabilities=liabilities,
        net_worth=assets - liabilities,
        overdue=sum((loan.overdue for loan in inputs.loans), Money(0)),
        overdue_penalties=sum((loan.penalties for loan in inputs.loans), Money(0)),
        lump_sums_12m=sum((loan.lump_sums_12m for loan in inputs.loans), Money(0)),
        empty=inputs.is_empty(),
    )


def snapshot(statement: Statement, taken_on: dt.date) -> BudgetSnapshot:
    """The statement's headline figures as a record to keep in the vault."""
    return BudgetSnapshot(
        taken_on=taken_on,
        income=statement.monthly_income,
        spending=statement.total_spending,
        essential_spending=statement.essential_spending,
        available=statement.available,
        contract_demand=statement.contract_demand,
        total_debt=statement.total_liabilities,
        net_worth=statement.net_worth,
    )
