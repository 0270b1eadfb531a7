"""Change the vault password: old, new and confirmation, with field-level messages."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.messages import text
from app.services.password import personal_forms
from app.ui import ops
from app.ui.context import AppContext
from app.ui.errors import error_code, error_message
from app.ui.password_strength import (
    StrengthMeter, fill_suggestion, left_aligned, password_problem, weak_password_accepted,
)
from app.ui.widgets import ErrorLabel, PasswordField, busy_bar, show_busy


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The vault is re-encrypted with the new password. Backups made before keep the old one."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.old = PasswordField()
        self.new = PasswordField()
        self.confirm = PasswordField()
        form.addRow(self.tr("&Current password:"), self.old)
        form.addRow(self.tr("&New password:"), self.new)
        self.meter = StrengthMeter(ctx.lang)
        form.addRow("", self.meter)
        form.addRow(self.tr("Con&firm new password:"), self.confirm)
        self.suggest_button = QPushButton(self.tr("&Suggest a password"))
        self.suggest_button.setToolTip(self.tr("Five random words: strong, and easier to remember than symbols. Write it down."))
        self.suggest_button.clicked.connect(lambda: fill_suggestion((self.new, self.confirm)))
        form.addRow("", left_aligned(self.suggest_button))
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.busy = busy_bar()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new.edit.textChanged.connect(self.meter.update_for)
        ops.query(ctx, personal_forms, self.meter.set_personal, parent=self)
        self.old.setFocus()

    def submit(self) -> None:
        lang = self.ctx.lang
        old, new, confirmation = self.old.text(), self.new.text(), self.confirm.text()
        self.error.show_message("")
        problems = False
        if not old:
            self.old.set_error(text("vault.password_empty", lang))
            problems = True
        if not new:
            self.new.set_error(text("vault.password_empty", lang))
            problems = True
        elif problem := password_problem(new, lang):
            self.new.set_error(problem)
            problems = True
        elif new != confirmation:
            self.confirm.set_error(text("vault.password_mismatch", lang))
            problems = True
        if problems or not weak_password_accepted(self, self.meter, int(self.ctx.setting("min_password_score"))):
            return
        vault = self.ctx.vault
        self._set_busy(True)
        self.ctx.vault_worker.run(lambda: vault.change_password(old, new), self._changed, self._failed)

    def _changed(self, _result: object) -> None:
        self._set_busy(False)
        for field in (self.old, self.new, self.confirm):
            field.wipe()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        message = error_message(error, self.ctx.lang)
        if error_code(error) == "vault.wrong_password":
            self.old.set_error(message)
        else:
            self.error.show_message(message)

    def _set_busy(self, busy: bool) -> None:
        show_busy(self.busy, (self.buttons, self.old, self.new, self.confirm, self.suggest_button), busy)
