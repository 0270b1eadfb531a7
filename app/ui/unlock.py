"""The unlock window shown on later runs and after locking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.messages import text
from app.services import vault as vaults
from app.ui.context import AppContext
from app.ui.errors import error_code, error_message
from app.ui.widgets import vault_filter
from app.ui.language_picker import LanguagePicker
from app.ui.widgets import ErrorLabel, PasswordField, busy_bar, large_label, show_busy


FREE_FAILURES = 3
MAX_DELAY_S = 30
_failures: dict[Path, int] = {}  # wrong passwords in a row per vault, for this run of the app


def delay_after(failures: int) -> int:
    """Seconds before the next try: none for the first few failures, then 1, 2, 4 … up to 30."""
    if failures < FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES), MAX_DELAY_S)


class UnlockWindow(QWidget):
    """Emits `unlocked(vault)`, `open_other(path)`, `create_new()` or `language_chosen(lang)`."""

    unlocked = Signal(object)
    language_chosen = Signal(str)
    open_other = Signal(Path)
    create_new = Signal()

    def __init__(self, ctx: AppContext, path: Path, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.setWindowTitle(self.tr("RepayDesk — unlock"))
        self.setMinimumWidth(440)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        self.language = LanguagePicker(ctx.lang)
        self.language.chosen.connect(self.language_chosen)
        layout.addWidget(self.language)
        heading = large_label(self.tr("Unlock your vault"))
        layout.addWidget(heading)
        where = QLabel(self.path.name)
        where.setToolTip(str(self.path))
        where.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(where)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)

        self.password = PasswordField(self.tr("Password"))
        layout.addWidget(self.password)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.password.edit.returnPressed.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.busy = busy_bar()
        layout.addWidget(self.busy)

        others = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Open another vault…"))
        self.other_button.clicked.connect(self.choose_other)
        self.new_button = QPushButton(self.tr("New vault…"))
        self.new_button.clicked.connect(self.create_new)
        others.addWidget(self.other_button)
        others.addWidget(self.new_button)
        others.addStretch(1)
        layout.addLayout(others)
        self.password.setFocus()

    def submit(self) -> None:
        password = self.password.text()
        self.error.show_message("")
        if not password:
            self.password.set_error(text("vault.password_empty", self.ctx.lang))
            return
        self.set_busy(True)
        self.ctx.vault_worker.run(lambda: vaults.open_vault(self.path, password), self._opened, self._failed)

    def _opened(self, vault: object) -> None:
        _failures.pop(self.path, None)
        self.set_busy(False)
        self.password.wipe()
        self.unlocked.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        message = error_message(error, self.ctx.lang)
        if error_code(error) == "vault.wrong_password":
            _failures[self.path] = _failures.get(self.path, 0) + 1
            self.password.set_error(message)
            self._hold_off(delay_after(_failures[self.path]))
        else:
            self.error.show_message(message)

    def _hold_off(self, seconds: int) -> None:
        """After repeated wrong passwords, the next try waits a growing delay."""
        if not seconds:
            return
        self.unlock_button.setEnabled(False)
        self.password.setEnabled(False)
        self.error.show_message(self.tr("Too many wrong passwords: try again in %1 s.").replace("%1", str(seconds)))
        QTimer.singleShot(seconds * 1000, self._end_hold_off)

    def _end_hold_off(self) -> None:
        self.unlock_button.setEnabled(True)
        self.password.setEnabled(True)
        self.error.show_message("")
        self.password.setFocus()

    def set_busy(self, busy: bool) -> None:
        show_busy(self.busy, (self.password, self.unlock_button, self.other_button, self.new_button, self.language), busy)
        if not busy:
            self.password.setFocus()

    def choose_other(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a vault file"), str(self.path.parent), vault_filter())
        if chosen:
            self.open_other.emit(Path(chosen))
