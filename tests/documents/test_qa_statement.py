"""The 财务状况说明 as a lender reads it (QA walk-through)."""

from __future__ import annotations

import datetime as dt

from app.core.budget import BudgetInputs, LoanFigure, compute_statement
from app.core.money import Money
from app.core.records import IncomeCategory, IncomeSource, Profile
from app.documents.render_docx import render_docx
from app.documents.statement import build_statement

Y = Money.yuan


def test_the_debt_column_says_principal_when_overdue_exceeds_it():
    """张伟: 30 000 principal, 42 000 overdue (interest included). Headed 未还余额 (balance), the table
    told a lender the borrower owes 30 000 of which 42 000 is overdue."""
    inputs = BudgetInputs(
        incomes=(IncomeSource("工资", IncomeCategory.SALARY, Y(6500)),),
        loans=(LoanFigure("张伟", Y(30000), Y(0), Y(42000)),),
    )
    document = render_docx(build_statement(compute_statement(inputs), Profile(), inputs, dt.date(2026, 12, 1), "zh_CN"))
    (debts,) = [t for t in document.tables if t.rows[1].cells[0].text == "张伟"]
    assert [c.text for c in debts.rows[0].cells][2] == "未还本金"
    assert [c.text for c in debts.rows[1].cells][2:] == ["30,000.00", "0.00", "42,000.00"]
