"""Change the vault password: old, new and confirmation, with field-level messages."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.core.messages import text
from app.ui.context import AppContext
from app.ui.errors import error_code, error_message
from app.ui.widgets import ErrorLabel, PasswordField, busy_bar, show_busy


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change password"))
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
        form.addRow(self.tr("Con&firm new password:"), self.confirm)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.busy = busy_bar()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
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
        elif new != confirmation:
            self.confirm.set_error(text("vault.password_mismatch", lang))
            problems = True
        if problems:
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
        show_busy(self.busy, (self.buttons, self.old, self.new, self.confirm), busy)
