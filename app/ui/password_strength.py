"""The live strength meter under a new password, and the checks both password dialogs make on submit.

The estimate itself is `app.core.password_strength` (it loads zxcvbn and the word lists on first
use; the first-run window warms them up off the UI thread). The meter keeps a fixed height from
the start, so nothing below it moves while the user types.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from app.core import password_strength as ps
from app.core.messages import text
from app.ui.widgets import PasswordField

COLOURS = ("#b3261e", "#b3261e", "#8a6100", "#1b6e20", "#1b6e20")
ADVICE_LINES = 3


class StrengthMeter(QWidget):
    """A bar, the verdict with the attack time, and zxcvbn's advice; always the same height."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.personal: tuple[str, ...] = ()
        self.password = ""
        self.result: ps.Estimate | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.advice.setStyleSheet("color: palette(placeholder-text);")
        for widget in (self.bar, self.verdict, self.advice):
            layout.addWidget(widget)
        line = self.fontMetrics().lineSpacing()
        self.verdict.setFixedHeight(2 * line)
        self.advice.setFixedHeight(ADVICE_LINES * line)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.update_for("")

    def set_personal(self, words: Sequence[str]) -> None:
        """Forms of the user's own data (`personal_words`): a password built from them is weak."""
        self.personal = tuple(words)
        self.update_for(self.password)

    def update_for(self, password: str) -> None:
        self.password = password
        if not password:
            self.result = None
            self._show(0, text("password.too_short", self.lang, n=ps.MIN_LENGTH), "", "")
            return
        self.result = ps.estimate(password, ps.shipped_word_lists(), self.personal)
        colour = "" if self.result.too_short else COLOURS[self.result.score]
        self._show(self.result.score, ps.verdict_text(self.result, self.lang), ps.advice_text(self.result, self.lang), colour)

    def _show(self, score: int, verdict: str, advice: str, colour: str) -> None:
        self.bar.setValue(score)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour or 'transparent'}; }}")
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet(f"color: {colour};" if colour else "color: palette(placeholder-text);")
        self.advice.setText(advice)


def password_problem(password: str, lang: str) -> str:
    """The field-level message for a new password that is too short (issue 8 item 12), or ""."""
    return text("password.too_short", lang, n=ps.MIN_LENGTH) if len(password) < ps.MIN_LENGTH else ""


def weak_password_accepted(parent: QWidget, meter: StrengthMeter, minimum_score: int) -> bool:
    """True when the password meets the minimum, or the user explicitly accepts the risk."""
    if meter.result is None or meter.result.acceptable(minimum_score):
        return True
    return confirm_weak(parent, meter.verdict.text())


def confirm_weak(parent: QWidget, verdict: str) -> bool:
    """Ask, with "choose another" as the default button; True only for an explicit "use it anyway"."""
    translate = QCoreApplication.translate
    title = translate("StrengthMeter", "This password is easy to guess")
    box = QMessageBox(QMessageBox.Icon.Warning, title, title, parent=parent)  # macOS shows no title: say it in the text too
    box.setInformativeText(verdict + "\n\n" + translate("StrengthMeter", "The vault file is protected only by its password. Anyone who gets a copy of the file — from this computer, a backup or a lost phone — can keep guessing offline, without limit."))
    use = box.addButton(translate("StrengthMeter", "Use it anyway — I understand anyone with the file could open it"),
                        QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(translate("StrengthMeter", "Choose another password"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.exec()
    return box.clickedButton() is use


def fill_suggestion(fields: Sequence[PasswordField]) -> str:
    """Put a fresh random passphrase in the fields, shown in clear so the user can read and copy it."""
    phrase = ps.suggest_passphrase(ps.shipped_word_lists())
    for field in fields:
        field.edit.setEchoMode(field.edit.EchoMode.Normal)
        field.edit.setText(phrase)
    return phrase


def left_aligned(widget: QWidget) -> QWidget:
    """`widget` at its natural width on the left of a form row (a button rather than a bar)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    return row
