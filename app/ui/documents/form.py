"""A form for any document input (a frozen dataclass): one editor per field, nested records in
group boxes, tuples of records as tables. `value()` gives the edited record back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from enum import Enum

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.messages import CodedError
from app.core.money import Money
from app.documents.inputs import ScheduleLine
from app.ui.documents.labels import LONG_TEXT, choice_label, field_label
from app.ui.documents.record_table import RecordTable
from app.services.documents import spread as spread_schedule
from app.ui.documents.values import InputProblem, from_text, optional, to_text
from app.ui.errors import show_error
from app.ui.loans.inputs import date_edit, from_qdate

Getter = typing.Callable[[], object]


class DataForm(QWidget):
    """Edits one record; `editors` maps a dotted field path to its widget (for tests and focus)."""

    def __init__(self, record: object, lang: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._getter = self._record_editor(record, "", layout)
        layout.addStretch(1)

    def value(self) -> object:
        """The record as edited; raises CodedError naming the first field that does not parse."""
        return self._getter()

    # building -----------------------------------------------------------------------------
    def _record_editor(self, record: object, prefix: str, layout: QVBoxLayout) -> Getter:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        hints = typing.get_type_hints(type(record))
        getters: dict[str, Getter] = {}
        for field in dataclasses.fields(record):
            path = f"{prefix}{field.name}"
            value = getattr(record, field.name)
            if field.metadata.get("form", True) is False:
                getters[field.name] = lambda value=value: value
                continue
            getters[field.name] = self._field_editor(path, field.name, hints[field.name], value, form)
        kind = type(record)
        return lambda: kind(**{name: get() for name, get in getters.items()})

    def _field_editor(self, path: str, name: str, hint: object, value: object, form: QFormLayout) -> Getter:
        kind, nullable = optional(hint)
        label = field_label(name)
        if dataclasses.is_dataclass(kind) and kind is not Money:
            return self._group(path, label, kind, value, nullable, form)
        if typing.get_origin(kind) is tuple and dataclasses.is_dataclass(typing.get_args(kind)[0]):
            table = RecordTable(typing.get_args(kind)[0], value)
            if table.record_type is ScheduleLine:
                self._add_spreading(table)
            self.editors[path] = table
            form.addRow(label, table)
            return table.records
        if kind is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return self._add(path, label, box, form, box.isChecked)
        if isinstance(kind, type) and issubclass(kind, Enum):
            combo = QComboBox()
            for member in kind:
                combo.addItem(choice_label(member.value), member.value)
            combo.setCurrentIndex(max(combo.findData(getattr(value, "value", value)), 0))
            return self._add(path, label, combo, form, lambda combo=combo, kind=kind: kind(combo.currentData()))
        if kind is int and not nullable:
            spin = QSpinBox()
            spin.setRange(0, 1200)
            spin.setValue(int(value or 0))
            return self._add(path, label, spin, form, spin.value)
        if kind is dt.date and not nullable:
            edit = date_edit(value)
            return self._add(path, label, edit, form, lambda edit=edit: from_qdate(edit))
        if name in LONG_TEXT:
            text = QPlainTextEdit("\n".join(value) if isinstance(value, tuple) else to_text(value))
            text.setMinimumHeight(72)
            getter = (lambda t=text: tuple(line.strip() for line in t.toPlainText().splitlines() if line.strip())) if isinstance(
                value, tuple) else text.toPlainText
            return self._add(path, label, text, form, getter)
        line = QLineEdit(to_text(value))
        if kind is dt.date:
            line.setPlaceholderText("YYYY-MM-DD")
        return self._add(path, label, line, form, lambda line=line: self._parsed(line.text(), hint, label))

    def _add_spreading(self, table: RecordTable) -> None:
        """A count and a button that spread the schedule's total over that many equal instalments."""
        count = QSpinBox()
        count.setRange(1, 120)
        count.setValue(max(table.table.rowCount(), 1))
        button = QPushButton(self.tr("Spread the total evenly"))
        button.setToolTip(self.tr("The same total in this many equal monthly instalments, from the first due date"))
        table.buttons.insertWidget(2, count)
        table.buttons.insertWidget(3, button)
        table.spread_count, table.spread_button = count, button

        def spread() -> None:
            try:
                table.set_records(spread_schedule(table.records(), count.value()))
            except CodedError as error:
                show_error(self, error, self.lang)

        button.clicked.connect(lambda *_: spread())

    def _add(self, path: str, label: str, widget: QWidget, form: QFormLayout, getter: Getter) -> Getter:
        self.editors[path] = widget
        widget.setObjectName(f"field-{path}")
        form.addRow(label, widget)
        return getter

    def _group(self, path: str, label: str, kind: type, value: object, nullable: bool, form: QFormLayout) -> Getter:
        box = QGroupBox(label)
        box.setObjectName(f"group-{path}")
        inner = QVBoxLayout(box)
        getter = self._record_editor(value if value is not None else kind(), f"{path}.", inner)
        self.editors[path] = box
        form.addRow(box)
        if nullable:
            box.setCheckable(True)
            box.setChecked(value is not None)
            return lambda: getter() if box.isChecked() else None
        return getter

    @staticmethod
    def _parsed(text: str, hint: object, label: str) -> object:
        try:
            return from_text(text, hint)
        except CodedError as exc:
            raise InputProblem(label, exc) from None
