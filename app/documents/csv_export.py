"""The statement's data as CSV: UTF-8 with a BOM so Excel and WPS show Chinese; money as '1234.50'."""

from __future__ import annotations

from app.core.budget import BudgetInputs, Statement, monthly_income
from app.documents.csv_text import csv_text
from app.documents.labels import label, pick

# (English, 简体中文)
_HEADER = (
    ("section", "部分"),
    ("item", "项目"),
    ("category", "类别"),
    ("amount", "金额"),
    ("frequency", "频率"),
    ("monthly", "每月"),
    ("essential", "必需"),
    ("overdue", "逾期"),
)
_SECTIONS = {
    "income": ("income", "收入"),
    "expense": ("expense", "支出"),
    "asset": ("asset", "资产"),
    "loan": ("loan", "借款"),
    "liability": ("other debt", "其他负债"),
    "summary": ("summary", "汇总"),
}
_SUMMARY = (
    ("monthly_income", ("monthly income", "每月收入")),
    ("total_spending", ("monthly spending", "每月支出")),
    ("essential_spending", ("essential spending", "必需支出")),
    ("cuttable_spending", ("spending that can be cut", "可削减支出")),
    ("protected_minimum", ("protected living minimum", "基本生活保障金额")),
    ("liability_payments", ("monthly payments on other debts", "其他负债每月还款")),
    ("available", ("available for repayment", "每月可用于还款")),
    ("contract_demand", ("contracts demand", "合同每月应还")),
    ("overdue_now", ("overdue now (arrears)", "目前已逾期欠款")),
    ("overdue_penalties", ("penalties and late fees claimed", "另被主张的罚息及滞纳金")),
    ("lump_sums_12m", ("lump sums due in the next 12 months", "未来12个月内一次性还款")),
    ("surplus", ("surplus (negative: shortfall)", "结余（负数为缺口）")),
    ("total_assets", ("total assets", "资产合计")),
    ("total_liabilities", ("total debts", "负债合计")),
    ("net_worth", ("net worth", "净资产")),
)
_RATIO = ("debt-to-income ratio", "负债收入比")
_YES, _NO = ("yes", "是"), ("no", "否")


def _row(lang: str, section: str, item: str, category: str = "", amount: str = "", frequency: str = "",
         monthly: str = "", essential: str = "", overdue: str = "") -> list[str]:
    return [pick(_SECTIONS[section], lang), item, category, amount, frequency, monthly, essential, overdue]


def statement_rows(statement: Statement, inputs: BudgetInputs, lang: str) -> list[list[str]]:
    """Header row, then one row per entry, then the summary figures."""
    rows = [[pick(pair, lang) for pair in _HEADER]]
    for s in inputs.incomes:
        rows.append(_row(lang, "income", s.name, label(s.category, lang), s.amount.plain(), label(s.frequency, lang),
                         monthly_income(s).plain()))
    for e in inputs.expenses:
        rows.append(_row(lang, "expense", e.name, label(e.category, lang), e.monthly.plain(), monthly=e.monthly.plain(),
                         essential=pick(_YES if e.essential else _NO, lang)))
    for a in inputs.assets:
        rows.append(_row(lang, "asset", a.name, label(a.kind, lang), a.value.plain()))
    for loan in inputs.loans:
        rows.append(_row(lang, "loan", loan.lender, amount=loan.outstanding.plain(), monthly=loan.monthly_demand.plain(),
                         overdue=loan.overdue.plain()))
    for item in inputs.liabilities:
        rows.append(_row(lang, "liability", item.creditor, label(item.kind, lang), item.balance.plain(),
                         monthly=item.monthly_payment.plain()))
    for attribute, words in _SUMMARY:
        rows.append(_row(lang, "summary", pick(words, lang), monthly=getattr(statement, attribute).plain()))
    ratio = "" if statement.debt_to_income is None else str(statement.debt_to_income)
    rows.append(_row(lang, "summary", pick(_RATIO, lang), monthly=ratio))
    return rows


def statement_csv(statement: Statement, inputs: BudgetInputs, lang: str) -> bytes:
    """The CSV file's bytes, starting with the UTF-8 BOM."""
    return csv_text(statement_rows(statement, inputs, lang)).encode("utf-8")
