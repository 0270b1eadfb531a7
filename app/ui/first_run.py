"""The first-run window: create a new vault, open an existing vault file, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app.core.messages import text
from app.core.password_strength import warm_up
from app.services import vault as vaults
from app.ui.context import AppContext
from app.ui.errors import error_message
from app.ui.language_picker import LanguagePicker
from app.ui.password_strength import (
    StrengthMeter, fill_suggestion, left_aligned, password_problem, weak_password_accepted,
)
from app.ui.widgets import ErrorLabel, PasswordField, busy_bar, large_label, show_busy, vault_filter

WARM_UP_DELAY_MS = 300  # after the first paint


class FirstRunWindow(QWidget):
    """Emits `opened(vault)` after creating one, `open_existing(path)`, `demo_requested()` or `language_chosen(lang)`."""

    opened = Signal(object)
    language_chosen = Signal(str)
    open_existing = Signal(Path)
    demo_requested = Signal()

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.setWindowTitle(self.tr("RepayDesk — welcome"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        self.language = LanguagePicker(ctx.lang)
        self.language.chosen.connect(self.language_chosen)
        layout.addWidget(self.language)
        heading = large_label(self.tr("Welcome to RepayDesk"), 1.6)
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "RepayDesk keeps your loans, budget and contacts with lenders in one encrypted file on this "
            "computer. Nothing is sent anywhere."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        box = QGroupBox(self.tr("Create a new vault"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        location = QLabel(str(self.path))
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        location.setWordWrap(True)
        form.addRow(self.tr("File:"), location)
        self.password = PasswordField(self.tr("Choose a password"))
        self.password.edit.setToolTip(self.tr("Use a long passphrase you can remember, e.g. four unrelated words."))
        form.addRow(self.tr("&Password:"), self.password)
        self.meter = StrengthMeter(ctx.lang)
        form.addRow("", self.meter)
        self.confirm = PasswordField(self.tr("Type it again"))
        form.addRow(self.tr("&Confirm:"), self.confirm)
        self.suggest_button = QPushButton(self.tr("&Suggest a password"))
        self.suggest_button.setToolTip(self.tr("Five random words: strong, and easier to remember than symbols. Write it down."))
        self.suggest_button.clicked.connect(lambda: fill_suggestion((self.password, self.confirm)))
        form.addRow("", left_aligned(self.suggest_button))
        warning = QLabel(self.tr(
            "Write the password down and keep it safe. If you lose it, nobody — not even the makers of "
            "RepayDesk — can open the vault again: there is no recovery."
        ))
        warning.setWordWrap(True)
        warning.setFrameShape(QFrame.Shape.StyledPanel)
        warning.setStyleSheet("QLabel { background: #fff4e5; color: #5f3700; padding: 8px; }")
        form.addRow(warning)
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        form.addRow("", self.create_button)
        self.error = ErrorLabel()
        form.addRow(self.error)
        layout.addWidget(box)

        others = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open an existing vault file…"))
        self.open_button.clicked.connect(self.choose_existing)
        self.demo_button = QPushButton(self.tr("Try the demo"))
        self.demo_button.setToolTip(self.tr("Open a throwaway vault with sample data; nothing is kept."))
        self.demo_button.clicked.connect(self.demo_requested)
        others.addWidget(self.open_button)
        others.addWidget(self.demo_button)
        others.addStretch(1)
        layout.addLayout(others)
        self.busy = busy_bar()
        layout.addWidget(self.busy)

        self.password.edit.textChanged.connect(self.meter.update_for)
        self.password.edit.returnPressed.connect(self.confirm.edit.setFocus)
        self.confirm.edit.returnPressed.connect(self.submit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self.password.setFocus()
        QTimer.singleShot(WARM_UP_DELAY_MS, lambda: ctx.worker.run(warm_up, None, lambda _error: None))

    def submit(self) -> None:
        lang = self.ctx.lang
        password, confirmation = self.password.text(), self.confirm.text()
        self.error.show_message("")
        if not password:
            self.password.set_error(text("vault.password_empty", lang))
            return
        if problem := password_problem(password, lang):
            self.password.set_error(problem)
            return
        if password != confirmation:
            self.confirm.set_error(text("vault.password_mismatch", lang))
            return
        if not weak_password_accepted(self, self.meter, int(self.ctx.setting("min_password_score"))):
            self.password.edit.setFocus()
            return
        self.set_busy(True)
        self.ctx.vault_worker.run(lambda: vaults.create_vault(self.path, password), self._created, self._failed)

    def _created(self, vault: object) -> None:
        self.set_busy(False)
        self.password.wipe()
        self.confirm.wipe()
        self.opened.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.error.show_message(error_message(error, self.ctx.lang))

    def set_busy(self, busy: bool) -> None:
        controls = (self.password, self.confirm, self.suggest_button, self.create_button, self.open_button,
                    self.demo_button, self.language)
        show_busy(self.busy, controls, busy)

    def choose_existing(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a vault file"), str(self.path.parent), vault_filter())
        if chosen:
            self.open_existing.emit(Path(chosen))
