"""A small vault with hand-worked dashboard figures, on TODAY = 2025-06-10.

甲平台   1 200 at 0 %, 12 × 100 monthly from 2025-02-01; paid Feb and Mar. Apr, May, Jun unpaid:
         70 days overdue, ¥300 overdue; 罚息 0.1 %/day: 100 × 0.001 × (70 + 40 + 9) = 11.90;
         滞纳金 ¥5 × 3 late instalments = 15 → penalties 26.90. Owed 1 000 + 26.90 = 1 026.90.
乙金融   1 200 flat (等本等息) 2 % per instalment, 12 × 124 from 2025-06-15: owed 1 200 + 288 = 1 488;
         real cost far above 24 % → the one red verdict.
丙银行   settled (its 3 % flat rate would be red): counts nowhere.
丁小贷   400 at 0 %, weekly 4 × 100 from 2025-06-12; monthly demand 100 × 52 / 12 = 433.33.

Owed principal 1 000 + 1 200 + 400 = 2 600; owed in all 1 026.90 + 1 488 + 400 = 2 914.90.
Demand per month 100 + 124 + 433.33 = 657.33. Budget: income 3 000 − essential 2 300 − family
debt payment 100 = 600 available → shortfall 57.33.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.core.money import Money
from app.core.records import (
    Channel, ContactEntry, Expense, ExpenseCategory, IncomeCategory, IncomeSource, LenderType, Liability,
    LiabilityKind, Loan, LoanStatus, Payment, Period, RateBasis, RepaymentMethod,
)

TODAY = dt.date(2025, 6, 10)


def fill(repo, budget: bool = True) -> dict[str, int]:
    """Add the loans (and the budget), return the loan ids by lender."""
    a = repo.add(Loan(
        lender="甲平台", lender_type=LenderType.PLATFORM, principal=Money.yuan("1200"), received=Money.yuan("1200"),
        contract_date=dt.date(2025, 1, 1), first_due_date=dt.date(2025, 2, 1), instalments=12,
        method=RepaymentMethod.EQUAL_PRINCIPAL, penalty_rate_percent=Decimal("0.1"),
        penalty_rate_basis=RateBasis.DAILY, late_fee=Money.yuan("5"), status=LoanStatus.OVERDUE,
    ))
    repo.add(Payment(loan_id=a.id, paid_on=dt.date(2025, 2, 1), amount=Money.yuan("100")))
    repo.add(Payment(loan_id=a.id, paid_on=dt.date(2025, 3, 1), amount=Money.yuan("100")))
    b = repo.add(Loan(
        lender="乙金融", lender_type=LenderType.CONSUMER_FINANCE, principal=Money.yuan("1200"),
        received=Money.yuan("1200"), contract_date=dt.date(2025, 5, 15), first_due_date=dt.date(2025, 6, 15),
        instalments=12, method=RepaymentMethod.FLAT, rate_percent=Decimal(2), rate_basis=RateBasis.PER_PERIOD_FEE,
    ))
    repo.add(Loan(
        lender="丙银行", lender_type=LenderType.BANK, principal=Money.yuan("5000"), received=Money.yuan("5000"),
        contract_date=dt.date(2024, 1, 1), first_due_date=dt.date(2024, 2, 1), instalments=12,
        method=RepaymentMethod.FLAT, rate_percent=Decimal(3), rate_basis=RateBasis.PER_PERIOD_FEE,
        status=LoanStatus.SETTLED,
    ))
    d = repo.add(Loan(
        lender="丁小贷", lender_type=LenderType.SMALL_LOAN, principal=Money.yuan("400"), received=Money.yuan("400"),
        contract_date=dt.date(2025, 6, 5), first_due_date=dt.date(2025, 6, 12), instalments=4, period=Period.WEEK,
        method=RepaymentMethod.EQUAL_PRINCIPAL,
    ))
    if budget:
        repo.add(IncomeSource(name="工资", category=IncomeCategory.SALARY, amount=Money.yuan("3000")))
        repo.add(Expense(name="房租", category=ExpenseCategory.RENT, monthly=Money.yuan("1500")))
        repo.add(Expense(name="吃饭", category=ExpenseCategory.FOOD, monthly=Money.yuan("800")))
        repo.add(Expense(name="娱乐", category=ExpenseCategory.OTHER, monthly=Money.yuan("200"), essential=False))
        repo.add(Liability(creditor="表哥", kind=LiabilityKind.FAMILY, balance=Money.yuan("2000"),
                           monthly_payment=Money.yuan("100")))
    repo.add(ContactEntry(
        happened_at=dt.datetime(2025, 6, 9, 21, 15), channel=Channel.PHONE, summary="要求今天还清", loan_id=a.id,
        counterparty="催收员小李", follow_up=dt.date(2025, 6, 13),
    ))
    repo.add(ContactEntry(
        happened_at=dt.datetime(2025, 6, 2, 10, 0), channel=Channel.WECHAT, summary="申请延期", loan_id=b.id,
        follow_up=dt.date(2025, 6, 30),  # beyond the 14-day horizon
    ))
    return {"甲平台": a.id, "乙金融": b.id, "丁小贷": d.id}
