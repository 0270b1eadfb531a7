"""The first-run window: create a new vault, open an existing vault file, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app.core.messages import text
from app.ui import vault_tasks
from app.ui.context import AppContext
from app.ui.errors import error_message
from app.ui.password_strength import Strength, strength
from app.ui.widgets import ErrorLabel, PasswordField, busy_bar, large_label, show_busy

VAULT_FILTER = QT_TRANSLATE_NOOP("VaultFile", "RepayDesk vault (*.repaydesk);;All files (*)")


def vault_filter() -> str:
    """The file dialogs' filter for vault files, in the interface language."""
    return QCoreApplication.translate("VaultFile", VAULT_FILTER)


class FirstRunWindow(QWidget):
    """Emits `opened(vault)` after creating one, `open_existing(path)` or `demo_requested()`."""

    opened = Signal(object)
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
        self.strength_hint = QLabel()
        self.strength_hint.setWordWrap(True)
        form.addRow("", self.strength_hint)
        self.confirm = PasswordField(self.tr("Type it again"))
        form.addRow(self.tr("&Confirm:"), self.confirm)
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

        self.password.edit.textChanged.connect(self._update_strength)
        self.password.edit.returnPressed.connect(self.confirm.edit.setFocus)
        self.confirm.edit.returnPressed.connect(self.submit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self._update_strength("")
        self.password.setFocus()

    def _update_strength(self, password: str) -> None:
        labels = {
            Strength.EMPTY: (self.tr("At least 8 characters; a few unrelated words are strong and easy to remember."), ""),
            Strength.WEAK: (self.tr("Strength: weak — use a longer passphrase"), "#b3261e"),
            Strength.FAIR: (self.tr("Strength: fair"), "#8a6100"),
            Strength.STRONG: (self.tr("Strength: strong"), "#1b6e20"),
            Strength.VERY_STRONG: (self.tr("Strength: very strong"), "#1b6e20"),
        }
        label, colour = labels[strength(password)]
        self.strength_hint.setText(label)
        self.strength_hint.setStyleSheet(f"color: {colour};" if colour else "color: palette(placeholder-text);")

    def submit(self) -> None:
        lang = self.ctx.lang
        password, confirmation = self.password.text(), self.confirm.text()
        self.error.show_message("")
        if not password:
            self.password.set_error(text("vault.password_empty", lang))
            return
        if password != confirmation:
            self.confirm.set_error(text("vault.password_mismatch", lang))
            return
        self.set_busy(True)
        self.ctx.vault_worker.run(lambda: vault_tasks.create_vault(self.path, password), self._created, self._failed)

    def _created(self, vault: object) -> None:
        self.set_busy(False)
        self.password.wipe()
        self.confirm.wipe()
        self.opened.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.error.show_message(error_message(error, self.ctx.lang))

    def set_busy(self, busy: bool) -> None:
        show_busy(self.busy, (self.password, self.confirm, self.create_button, self.open_button, self.demo_button), busy)

    def choose_existing(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a vault file"), str(self.path.parent), vault_filter())
        if chosen:
            self.open_existing.emit(Path(chosen))
