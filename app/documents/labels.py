"""Bilingual words for documents: record categories and dates as a reader expects them."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from app.core.records import AssetKind, ExpenseCategory, ExpenseKind, Frequency, IncomeCategory, LiabilityKind

# (English, 简体中文)
CATEGORY_LABELS: dict[Enum, tuple[str, str]] = {
    IncomeCategory.SALARY: ("Salary", "工资"),
    IncomeCategory.SIDE_JOB: ("Side job", "兼职"),
    IncomeCategory.BENEFITS: ("Benefits", "补助/救济"),
    IncomeCategory.FAMILY_SUPPORT: ("Family support", "家人资助"),
    IncomeCategory.OTHER: ("Other", "其他"),
    Frequency.MONTHLY: ("Monthly", "每月"),
    Frequency.WEEKLY: ("Weekly", "每周"),
    Frequency.YEARLY: ("Yearly", "每年"),
    Frequency.IRREGULAR: ("Irregular (monthly average)", "不固定（月均）"),
    ExpenseKind.FIXED: ("Fixed", "固定"),
    ExpenseKind.VARIABLE: ("Variable", "变动"),
    ExpenseCategory.RENT: ("Rent", "房租/房贷"),
    ExpenseCategory.UTILITIES: ("Utilities", "水电燃气"),
    ExpenseCategory.INSURANCE: ("Insurance", "保险"),
    ExpenseCategory.TRANSPORT: ("Transport", "交通"),
    ExpenseCategory.CHILDCARE: ("Childcare", "子女抚养"),
    ExpenseCategory.PARENTS: ("Support of parents", "赡养父母"),
    ExpenseCategory.FOOD: ("Food", "餐饮"),
    ExpenseCategory.PHONE: ("Phone and internet", "通讯"),
    ExpenseCategory.MEDICAL: ("Medical", "医疗"),
    ExpenseCategory.EDUCATION: ("Education", "教育"),
    ExpenseCategory.CLOTHING: ("Clothing", "衣物"),
    ExpenseCategory.OTHER: ("Other", "其他"),
    AssetKind.CASH: ("Cash and deposits", "现金及存款"),
    AssetKind.CAR: ("Vehicle", "车辆"),
    AssetKind.PROPERTY: ("Property", "房产"),
    AssetKind.OTHER: ("Other", "其他"),
    LiabilityKind.FAMILY: ("Family or friends", "亲友借款"),
    LiabilityKind.CREDIT_CARD: ("Credit card", "信用卡"),
    LiabilityKind.OTHER: ("Other", "其他"),
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def pick(pair: tuple[str, str], lang: str) -> str:
    """The (English, 简体中文) pair's word for `lang`."""
    return pair[1] if lang == "zh_CN" else pair[0]


def label(value: Enum | str, lang: str) -> str:
    """The reader's word for an enum value; unknown values are shown as they are."""
    pair = CATEGORY_LABELS.get(value) if isinstance(value, Enum) else None
    if pair is None:
        return str(value.value if isinstance(value, Enum) else value)
    return pick(pair, lang)


def long_date(day: dt.date, lang: str) -> str:
    """'2026年4月20日' or '20 April 2026'."""
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
