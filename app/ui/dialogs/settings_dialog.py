"""The Settings dialog, generated from the registry in app.ui.settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from app.ui.context import AppContext
from app.ui.settings import BY_KEY, SETTINGS, VAULT, Setting, SettingInvalid
from app.ui.widgets import ErrorLabel


def _tr(source: str) -> str:
    return QCoreApplication.translate("Settings", source) if source else ""


class SettingsDialog(QDialog):
    """Emits `applied(changed_keys)` after every value validated and was stored."""

    applied = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        for setting in SETTINGS:
            if not ctx.settings.available(setting):
                continue
            editor = self._editor(setting, ctx.settings.get(setting.key))
            editor.setToolTip(_tr(setting.tooltip))
            error = ErrorLabel()
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            column.addWidget(error)
            title = _tr(setting.title)
            if setting.scope == VAULT:
                title = self.tr("%1 (in the vault)").replace("%1", title)
            label = QLabel(title)
            label.setBuddy(editor)
            form.addRow(label, cell)
            self.editors[setting.key] = editor
            self.errors[setting.key] = error
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _editor(setting: Setting, value: Any) -> QWidget:
        if setting.kind is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if setting.choices:
            combo = QComboBox()
            for stored, label in setting.choices:
                combo.addItem(QCoreApplication.translate("Settings", label), stored)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.kind is int:
            spin = QSpinBox()
            spin.setRange(setting.minimum if setting.minimum is not None else -(2**31),
                          setting.maximum if setting.maximum is not None else 2**31 - 1)
            spin.setValue(int(value))
            return spin
        edit = QLineEdit(str(value))
        return edit

    def raw_value(self, key: str) -> object:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.cleanText()
        return editor.text()  # type: ignore[union-attr]

    def submit(self) -> None:
        """Validate every field first; store only when all are valid."""
        store = self.ctx.settings
        parsed: dict[str, Any] = {}
        for key in self.editors:
            try:
                parsed[key] = BY_KEY[key].parse(self.raw_value(key))
            except SettingInvalid as invalid:
                self.errors[key].show_message(invalid.error.message(self.ctx.lang))
            else:
                self.errors[key].show_message("")
        if len(parsed) != len(self.editors):
            return
        changed = [key for key, value in parsed.items() if value != store.get(key)]
        for key in changed:
            store.set(key, parsed[key])
        self.applied.emit(changed)
        self.accept()
