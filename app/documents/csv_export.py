"""The statement's data as CSV: UTF-8 with a BOM so Excel and WPS show Chinese; money as '1234.50'."""

from __future__ import annotations

from app.core.budget import BudgetInputs, Statement, monthly_income
from app.core.labels import label
from app.core.messages import text
from app.documents.csv_text import csv_text

_HEADER = ("section", "item", "category", "amount", "frequency", "monthly", "essential", "overdue")
_SUMMARY = (
    "monthly_income", "total_spending", "essential_spending", "cuttable_spending", "protected_minimum",
    "liability_payments", "available", "contract_demand", "overdue_now", "overdue_penalties", "lump_sums_12m",
    "surplus", "total_assets", "total_liabilities", "net_worth",
)


def _row(lang: str, section: str, item: str, category: str = "", amount: str = "", frequency: str = "",
         monthly: str = "", essential: str = "", overdue: str = "") -> list[str]:
    return [text(f"csv.section.{section}", lang), item, category, amount, frequency, monthly, essential, overdue]


def statement_rows(statement: Statement, inputs: BudgetInputs, lang: str) -> list[list[str]]:
    """Header row, then one row per entry, then the summary figures."""
    rows = [[text(f"csv.statement.{column}", lang) for column in _HEADER]]
    for s in inputs.incomes:
        rows.append(_row(lang, "income", s.name, label(s.category, lang), s.amount.plain(), label(s.frequency, lang),
                         monthly_income(s).plain()))
    for e in inputs.expenses:
        rows.append(_row(lang, "expense", e.name, label(e.category, lang), e.monthly.plain(), monthly=e.monthly.plain(),
                         essential=text("csv.yes" if e.essential else "csv.no", lang)))
    for a in inputs.assets:
        rows.append(_row(lang, "asset", a.name, label(a.kind, lang), a.value.plain()))
    for loan in inputs.loans:
        rows.append(_row(lang, "loan", loan.lender, amount=loan.outstanding.plain(), monthly=loan.monthly_demand.plain(),
                         overdue=loan.overdue.plain()))
    for item in inputs.liabilities:
        rows.append(_row(lang, "liability", item.creditor, label(item.kind, lang), item.balance.plain(),
                         monthly=item.monthly_payment.plain()))
    for attribute in _SUMMARY:
        rows.append(_row(lang, "summary", text(f"csv.summary.{attribute}", lang), monthly=getattr(statement, attribute).plain()))
    ratio = "" if statement.debt_to_income is None else str(statement.debt_to_income)
    rows.append(_row(lang, "summary", text("csv.summary.debt_to_income", lang), monthly=ratio))
    return rows


def statement_csv(statement: Statement, inputs: BudgetInputs, lang: str) -> bytes:
    """The CSV file's bytes, starting with the UTF-8 BOM."""
    return csv_text(statement_rows(statement, inputs, lang)).encode("utf-8")
