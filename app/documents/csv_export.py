"""The statement's data as CSV: UTF-8 with a BOM so Excel and WPS show Chinese; money as '1234.50'."""

from __future__ import annotations

import csv
import io

from app.core.budget import BudgetInputs, Statement, monthly_income
from app.documents.labels import label

# (English, 简体中文)
_HEADER = {
    "en": ("section", "item", "category", "amount", "frequency", "monthly", "essential", "overdue"),
    "zh_CN": ("部分", "项目", "类别", "金额", "频率", "每月", "必需", "逾期"),
}
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
    ("surplus", ("surplus (negative: shortfall)", "结余（负数为缺口）")),
    ("total_assets", ("total assets", "资产合计")),
    ("total_liabilities", ("total debts", "负债合计")),
    ("net_worth", ("net worth", "净资产")),
)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "zh_CN" else pair[0]


def statement_rows(statement: Statement, inputs: BudgetInputs, lang: str) -> list[list[str]]:
    """Header row, then one row per entry, then the summary figures."""
    yes, no = ("是", "否") if lang == "zh_CN" else ("yes", "no")
    section = {key: _pick(pair, lang) for key, pair in _SECTIONS.items()}
    rows = [list(_HEADER["zh_CN" if lang == "zh_CN" else "en"])]
    for s in inputs.incomes:
        rows.append([section["income"], s.name, label(s.category, lang), s.amount.plain(), label(s.frequency, lang), monthly_income(s).plain(), "", ""])
    for e in inputs.expenses:
        rows.append([section["expense"], e.name, label(e.category, lang), e.monthly.plain(), "", e.monthly.plain(), yes if e.essential else no, ""])
    for a in inputs.assets:
        rows.append([section["asset"], a.name, label(a.kind, lang), a.value.plain(), "", "", "", ""])
    for loan in inputs.loans:
        rows.append([section["loan"], loan.lender, "", loan.outstanding.plain(), "", loan.monthly_demand.plain(), "", loan.overdue.plain()])
    for item in inputs.liabilities:
        rows.append([section["liability"], item.creditor, label(item.kind, lang), item.balance.plain(), "", item.monthly_payment.plain(), "", ""])
    for attribute, words in _SUMMARY:
        rows.append([section["summary"], _pick(words, lang), "", "", "", getattr(statement, attribute).plain(), "", ""])
    ratio = "" if statement.debt_to_income is None else str(statement.debt_to_income)
    rows.append([section["summary"], _pick(("debt-to-income ratio", "负债收入比"), lang), "", "", "", ratio, "", ""])
    return rows


def statement_csv(statement: Statement, inputs: BudgetInputs, lang: str) -> bytes:
    """The CSV file's bytes, starting with the UTF-8 BOM."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(statement_rows(statement, inputs, lang))
    return buffer.getvalue().encode("utf-8-sig")
