"""Personal numbers copied out of RepayDesk do not stay on the clipboard."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

# An ID number (18 characters), a phone number (7+ digits with optional separators), an account number.
SENSITIVE = re.compile(r"\d{17}[\dXx]|\+?\d[\d \-]{5,}\d")


def is_sensitive(text: str) -> bool:
    return bool(SENSITIVE.search(text or ""))


class ClipboardGuard(QObject):
    """When an ID, phone or account number is copied in this app (it owns the clipboard, or is the
    active application where ownership is not reported), wipe it after a while
    (unless something else was copied meanwhile), and at once when the vault locks."""

    def __init__(self, seconds: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seconds = seconds
        self._copied = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.wipe)
        self._clipboard().dataChanged.connect(self._changed)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def _changed(self) -> None:
        clipboard = self._clipboard()
        text = clipboard.text()
        ours = clipboard.ownsClipboard() or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if ours and is_sensitive(text):
            self._copied = text
            self._timer.start(int(self._seconds()) * 1000)

    def wipe(self) -> None:
        """Clear the clipboard if it still holds what we copied."""
        self._timer.stop()
        if self._copied and self._clipboard().text() == self._copied:
            self._clipboard().clear()
        self._copied = ""
