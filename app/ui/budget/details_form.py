"""The statement's personal details kept in the Profile: name, the protected living minimum
(empty means "my essential spending"), and the situation in the user's own words."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.core.budget import amount_errors
from app.core.errors import FieldError
from app.core.money import Money, MoneyError
from app.core.records import Profile
from app.ui.budget.fields import MoneyField, TextField
from app.ui.widgets import ErrorLabel

INVALID = object()  # the minimum field holds text that is not an amount


class StatementDetails(QWidget):
    """`edited` fires as the user types; `save_requested(Profile)` when the details validate."""

    edited = Signal()
    save_requested = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.dirty = False
        self._base = Profile()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        form = QFormLayout()
        self.full_name = TextField(self.tr("as on your ID card"))
        self.minimum = MoneyField(lang, self.tr("empty: my essential spending"))
        self.minimum_help = QLabel(self.tr(
            "What you and your family need each month to live: rent, food, transport, care. It is kept out of "
            "the amount offered to lenders. Leave it empty to use your essential spending."))
        self.minimum_help.setWordWrap(True)
        self.minimum_help.setStyleSheet("color: #5f6368;")
        self.hardship = QPlainTextEdit()
        self.hardship.setPlaceholderText(self.tr(
            "For example: since my hours were cut in 2024 my income fell by a third; I support my parents…"))
        self.hardship.setMinimumHeight(120)
        self.hardship_error = ErrorLabel()
        form.addRow(self.tr("Your name"), self.full_name)
        form.addRow(self.tr("Protected living minimum"), self.minimum)
        form.addRow("", self.minimum_help)
        form.addRow(self.tr("Your situation in your own words"), self.hardship)
        form.addRow("", self.hardship_error)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save details"))
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #1b7a2f;")
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.submit)
        for signal in (self.full_name.changed, self.minimum.changed, self.hardship.textChanged):
            signal.connect(self._changed)

    def _changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.saved_label.clear()
        self.hardship_error.show_message("")
        self.edited.emit()

    _loading = False

    def load(self, profile: Profile) -> None:
        """Show the stored details, unless the user has unsaved edits."""
        self._base = profile
        if self.dirty:
            return
        self._loading = True
        try:
            self.full_name.set_value(profile.full_name)
            self.minimum.set_money(profile.protected_minimum)
            self.hardship.setPlainText(profile.hardship)
        finally:
            self._loading = False

    def preview_minimum(self) -> Money | None | object:
        """The minimum as typed: Money, None (use the default) or INVALID."""
        text = self.minimum.edit.text().strip()
        if not text:
            return None
        try:
            return Money.parse(text)
        except MoneyError:
            return INVALID

    def profile(self) -> tuple[Profile | None, list[FieldError]]:
        """The stored profile with these details in it, or the field problems."""
        errors: list[FieldError] = []
        minimum = None
        if self.minimum.edit.text().strip():
            try:
                minimum = self.minimum.money()
            except MoneyError as error:
                errors.append(FieldError("protected_minimum", error.code, error.params))
            else:
                errors += amount_errors("protected_minimum", minimum)
        profile = dataclasses.replace(self._base, full_name=self.full_name.value(),
                                      hardship=self.hardship.toPlainText().strip(), protected_minimum=minimum)
        errors += [e for e in profile.validate() if e.field != "protected_minimum"]
        return (None if errors else profile), errors

    def submit(self) -> Profile | None:
        self.full_name.show_error("")
        self.minimum.show_error("")
        self.hardship_error.show_message("")
        profile, errors = self.profile()
        boxes = {"full_name": self.full_name.show_error, "protected_minimum": self.minimum.show_error}
        for error in errors:
            boxes.get(error.field, self.hardship_error.show_message)(error.message(self.lang))
        if profile is not None:
            self.save_requested.emit(profile)
        return profile

    def mark_saved(self) -> None:
        self.dirty = False
        self.saved_label.setText(self.tr("Saved."))

    def clear(self) -> None:
        self.dirty = False
        self._base = Profile()
        self.load(Profile())
        self.saved_label.clear()
        for show in (self.full_name.show_error, self.minimum.show_error, self.hardship_error.show_message):
            show("")
