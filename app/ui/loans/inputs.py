"""Small input helpers shared by the loan dialogs: enum combos, date edits, amount parsing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from app.core.errors import FieldError
from app.core.money import Money, MoneyError, parse_rate
from app.ui.labels import label

DATE_FORMAT = "yyyy-MM-dd"


def enum_combo(values: Iterable[Enum], parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(label(value), value)
    return combo


def select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def date_edit(day: dt.date | None = None, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


def parse_money(field: str, text: str, errors: list[FieldError], *, optional: bool = False) -> Money | None:
    """Money from the text, or None with a field error (empty and optional: None, no error)."""
    if optional and not text.strip():
        return None
    try:
        return Money.parse(text)
    except MoneyError as exc:
        errors.append(FieldError(field, exc.code, exc.params))
        return None


def parse_percent(field: str, text: str, errors: list[FieldError], *, optional: bool = False) -> Decimal | None:
    """A percent from the text ('12', '0.05%'), or None with a field error."""
    if not text.strip():
        if optional:
            return None
        return Decimal(0)
    try:
        return parse_rate(text)
    except MoneyError as exc:
        errors.append(FieldError(field, exc.code, exc.params))
        return None


def money_text(value: Money | None) -> str:
    return "" if value is None else value.plain()


def percent_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"
