"""Small entry forms for one income source, expense, asset or other debt, with field-level messages.

A form never writes: `submit()` validates and emits `save_requested(record)`; `preview()` gives
the record as typed so far (blank amounts count as zero) for the live summary.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QWidget

from app.core.budget import expense_errors, income_errors, liability_errors
from app.core.errors import FieldError
from app.core.money import Money, MoneyError
from app.core.records import (
    Asset, AssetKind, Expense, ExpenseCategory, ExpenseKind, Frequency, IncomeCategory, IncomeSource, Liability,
    LiabilityKind,
)
from app.ui.budget.fields import CheckField, ChoiceField, FieldBox, MoneyField, TextField
from app.ui.widgets import ErrorLabel

Spec = tuple[str, str, FieldBox]


class RecordForm(QGroupBox):
    """Base: subclasses set `record_type`, `validator` and build their fields in `fields()`."""

    edited = Signal()
    save_requested = Signal(object)
    cancelled = Signal()

    record_type: type
    validator: Callable[[object], tuple[FieldError, ...]]
    defaults: dict[str, object] = {}  # a new record's choice where the first one would mislead

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.editing_id: int | None = None
        self.boxes: dict[str, FieldBox] = {}
        layout = QFormLayout(self)
        for name, caption, box in self.fields():
            self.boxes[name] = box
            layout.addRow(caption, box)
            box.changed.connect(self.edited)
            if isinstance(box, (TextField, MoneyField)):
                box.edit.returnPressed.connect(self.submit)  # Enter saves, as in a dialog
        self.general_error = ErrorLabel()
        layout.addRow(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.cancel)
        layout.addRow(buttons)
        self.hide()

    def fields(self) -> list[Spec]:
        raise NotImplementedError

    def new_title(self) -> str:
        raise NotImplementedError

    def edit_title(self) -> str:
        raise NotImplementedError

    # filling ------------------------------------------------------------------------------------
    def start(self, record: object | None = None) -> None:
        """Show the form empty (add) or filled from `record` (edit)."""
        self._clear_errors()
        self.editing_id = getattr(record, "id", None)
        self.setTitle(self.edit_title() if record is not None else self.new_title())
        for name, box in self.boxes.items():
            value = getattr(record, name) if record is not None else self.defaults.get(name)
            if isinstance(box, MoneyField):
                box.set_money(value)
            elif isinstance(box, ChoiceField):
                box.set_value(value if value is not None else box.combo.itemData(0))
            elif isinstance(box, CheckField):
                box.set_value(True if value is None else value)
            else:
                box.set_value(value or "")
        self.show()
        next(iter(self.boxes.values())).setFocus()

    def cancel(self) -> None:
        self.close_form()
        self.cancelled.emit()

    def close_form(self) -> None:
        self.hide()
        self.editing_id = None
        self._clear_errors()
        for box in self.boxes.values():
            if isinstance(box, (TextField, MoneyField)):
                box.edit.clear()

    # reading ------------------------------------------------------------------------------------
    def _values(self, preview: bool) -> tuple[dict, list[FieldError]]:
        values: dict = {}
        errors: list[FieldError] = []
        for name, box in self.boxes.items():
            if isinstance(box, MoneyField):
                if preview:
                    values[name] = box.money_or_zero()
                    continue
                try:
                    values[name] = box.money()
                except MoneyError as error:
                    errors.append(FieldError(name, error.code, error.params))
            else:
                values[name] = box.value()
        return values, errors

    def preview(self) -> object | None:
        """The record as typed so far, or None while an amount is not a valid amount."""
        values, _ = self._values(preview=True)
        if any(value is None for value in values.values()):
            return None
        return self.record_type(**values, id=self.editing_id)

    def submit(self) -> object | None:
        """Validate everything; show each problem under its field; emit save_requested when clean."""
        self._clear_errors()
        values, errors = self._values(preview=False)
        unparsed = {error.field for error in errors}
        stand_in = {name: Money(0) for name in unparsed}
        record = self.record_type(**{**values, **stand_in}, id=self.editing_id)
        errors += [e for e in type(self).validator(record) if e.field not in unparsed]
        if errors:
            for error in errors:
                box = self.boxes.get(error.field)
                target = box.show_error if box is not None else self.general_error.show_message
                target(error.message(self.lang))
            first = next((self.boxes[e.field] for e in errors if e.field in self.boxes), None)
            if first is not None:
                first.setFocus()
            return None
        self.save_requested.emit(record)
        return record

    def _clear_errors(self) -> None:
        self.general_error.show_message("")
        for box in self.boxes.values():
            box.show_error("")


class IncomeForm(RecordForm):
    record_type = IncomeSource
    validator = staticmethod(income_errors)

    def fields(self) -> list[Spec]:
        return [
            ("name", self.tr("Name"), TextField(self.tr("e.g. salary from the warehouse job"))),
            ("category", self.tr("Category"), ChoiceField(IncomeCategory, self.lang)),
            ("amount", self.tr("Amount"), MoneyField(self.lang, self.tr("e.g. 5800 or 1.2万"))),
            ("frequency", self.tr("How often"), ChoiceField(Frequency, self.lang)),
            ("note", self.tr("Note"), TextField()),
        ]

    def new_title(self) -> str:
        return self.tr("New income source")

    def edit_title(self) -> str:
        return self.tr("Edit income source")


class ExpenseForm(RecordForm):
    record_type = Expense
    validator = staticmethod(expense_errors)
    defaults = {"category": ExpenseCategory.OTHER}  # not rent: an unchanged choice must not misfile spending

    def fields(self) -> list[Spec]:
        return [
            ("name", self.tr("Name"), TextField(self.tr("e.g. rent"))),
            ("category", self.tr("Category"), ChoiceField(ExpenseCategory, self.lang)),
            ("monthly", self.tr("Per month"), MoneyField(self.lang, self.tr("e.g. 1500"))),
            ("kind", self.tr("Fixed or variable"), ChoiceField(ExpenseKind, self.lang)),
            ("essential", "", CheckField(self.tr("Essential (cannot be cut)"))),
            ("note", self.tr("Note"), TextField()),
        ]

    def new_title(self) -> str:
        return self.tr("New expense")

    def edit_title(self) -> str:
        return self.tr("Edit expense")


class AssetForm(RecordForm):
    record_type = Asset
    validator = staticmethod(lambda asset: asset.validate())

    def fields(self) -> list[Spec]:
        return [
            ("name", self.tr("Name"), TextField(self.tr("e.g. savings account"))),
            ("kind", self.tr("Kind"), ChoiceField(AssetKind, self.lang)),
            ("value", self.tr("Value"), MoneyField(self.lang, self.tr("e.g. 2300"))),
            ("note", self.tr("Note"), TextField()),
        ]

    def new_title(self) -> str:
        return self.tr("New asset")

    def edit_title(self) -> str:
        return self.tr("Edit asset")


class LiabilityForm(RecordForm):
    record_type = Liability
    validator = staticmethod(liability_errors)

    def fields(self) -> list[Spec]:
        return [
            ("creditor", self.tr("Owed to"), TextField(self.tr("e.g. my cousin, or a credit card"))),
            ("kind", self.tr("Kind"), ChoiceField(LiabilityKind, self.lang)),
            ("balance", self.tr("Balance owed"), MoneyField(self.lang, self.tr("e.g. 20000 or 2万"))),
            ("monthly_payment", self.tr("Paid per month"), MoneyField(self.lang, self.tr("0 if nothing is agreed"), optional=True)),
            ("note", self.tr("Note"), TextField()),
        ]

    def new_title(self) -> str:
        return self.tr("New debt")

    def edit_title(self) -> str:
        return self.tr("Edit debt")
