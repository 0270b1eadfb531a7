"""Small input helpers shared by the loan dialogs (and other pages): enum combos, the date input, amount parsing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from app.core.dates import parse_day
from app.core.errors import FieldError
from app.core.messages import CodedError
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


class DateInput(QWidget):
    """A date typed as 2025-03-10, 2025/3/10 or 20250310, or picked from a calendar (Alt+Down or the button).

    Speaks QDateEdit's language (`date()`/`setDate()` with QDate, `dateChanged(QDate)`), so pages can
    swap one for the other. Text that is not (yet) a date keeps the last good date; `error()` says why.
    """

    dateChanged = Signal(QDate)  # noqa: N815 — QDateEdit's name

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = to_qdate(day)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setMaxLength(20)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("2025-03-10") + 24)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.button.clicked.connect(self.show_calendar)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.calendar: QCalendarWidget | None = None
        self._show_date()

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, day: QDate) -> None:  # noqa: N802 — QDateEdit's name
        changed = day != self._date
        self._date = QDate(day)
        self._show_date()
        if changed:
            self.dateChanged.emit(QDate(day))

    def error(self) -> CodedError | None:
        """Why the text is not a date, or None when it is one."""
        try:
            parse_day(self.edit.text())
        except CodedError as exc:
            return exc
        return None

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        self.calendar = QCalendarWidget()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setSelectedDate(self._date)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.close()
        self.setDate(day)
        self.edit.setFocus()

    def _typed(self, text: str) -> None:
        try:
            day = parse_day(text)
        except CodedError:
            return
        if to_qdate(day) != self._date:
            self._date = to_qdate(day)
            self.dateChanged.emit(QDate(self._date))

    def _tidy(self) -> None:
        if self.error() is None:
            self._show_date()

    def _show_date(self) -> None:
        self.edit.setText(self._date.toString(DATE_FORMAT))


def date_edit(day: dt.date, parent: QWidget | None = None) -> DateInput:
    return DateInput(day, parent)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(edit: DateInput) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


def parse_date(field: str, edit: DateInput, errors: list[FieldError]) -> dt.date:
    """The date in the input; a field error when its text is not a date (the last good date is returned)."""
    problem = edit.error()
    if problem is not None:
        errors.append(FieldError(field, problem.code, problem.params))
    return from_qdate(edit)


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
