"""Input widgets for the budget forms: each shows its own field-level message underneath."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from app.core.errors import FieldError
from app.core.money import Money, MoneyError
from app.core.labels import label
from app.ui.widgets import ErrorLabel


class FieldBox(QWidget):
    """An input with an error label under it; `changed` fires on every edit by the user."""

    changed = Signal()

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.editor = editor
        self.error = ErrorLabel()
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def show_error(self, text: str) -> None:
        self.error.show_message(text)


class TextField(FieldBox):
    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        super().__init__(self.edit, parent)
        self.edit.textEdited.connect(lambda _text: (self.show_error(""), self.changed.emit()))

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: str) -> None:
        self.edit.setText(value)


class MoneyField(FieldBox):
    """An amount typed as people write it ('1.2万', '¥1,234.5'); the message shows as they type."""

    def __init__(self, lang: str, placeholder: str = "", *, optional: bool = False, parent: QWidget | None = None) -> None:
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        super().__init__(self.edit, parent)
        self.lang = lang
        self.optional = optional
        self.edit.textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        error = self.parse_error(self.edit.text())
        self.show_error("" if error is None or error.code == "money.empty" else error.message(self.lang))
        self.changed.emit()

    @staticmethod
    def parse_error(text: str) -> FieldError | None:
        try:
            Money.parse(text)
        except MoneyError as error:
            return FieldError("", error.code, error.params)
        return None

    def money(self) -> Money:
        """The amount (blank is zero when optional); raises MoneyError (with its code) otherwise."""
        if self.optional and not self.edit.text().strip():
            return Money(0)
        return Money.parse(self.edit.text())

    def money_or_zero(self) -> Money | None:
        """For the live preview: blank is zero, text that is not an amount is None."""
        if not self.edit.text().strip():
            return Money(0)
        try:
            return self.money()
        except MoneyError:
            return None

    def set_money(self, amount: Money | None) -> None:
        self.edit.setText("" if amount is None else amount.plain())


class ChoiceField(FieldBox):
    """A combo over an enum's values, labelled in the user's language."""

    def __init__(self, values: type[Enum] | tuple[Enum, ...], lang: str, parent: QWidget | None = None) -> None:
        self.combo = QComboBox()
        super().__init__(self.combo, parent)
        members = tuple(values)
        self.enum = type(members[0])
        for value in members:
            self.combo.addItem(label(value, lang), value.value)
        self.combo.activated.connect(lambda _index: self.changed.emit())

    def value(self) -> Enum:
        return self.enum(self.combo.currentData())

    def set_value(self, value: Enum | str) -> None:
        index = self.combo.findData(getattr(value, "value", value))
        self.combo.setCurrentIndex(max(index, 0))


class CheckField(FieldBox):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox

        self.check = QCheckBox(text)
        super().__init__(self.check, parent)
        self.check.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> bool:
        return self.check.isChecked()

    def set_value(self, value: bool) -> None:
        self.check.setChecked(bool(value))
