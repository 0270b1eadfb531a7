"""Turn an exception into one line in the user's language, or the unexpected-error dialog."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import ValidationFailed
from app.core.messages import CodedError, text

log = logging.getLogger("repaydesk")
EXPECTED = (CodedError, ValidationFailed, OSError)  # the app's own errors and the system's: shown as one line


def error_message(error: BaseException, lang: str) -> str:
    message = getattr(error, "message", None)
    if callable(message):
        return message(lang)
    if isinstance(error, OSError):
        return text("vault.io_error", lang, reason=error.strerror or type(error).__name__)
    return QCoreApplication.translate("Errors", "Something went wrong: %1").replace("%1", type(error).__name__)


def error_code(error: BaseException) -> str:
    return str(getattr(error, "code", ""))


def technical_details(error: BaseException) -> str:
    """Where it failed, without the values involved: exception type and the code locations only."""
    frames = traceback.extract_tb(error.__traceback__)
    lines = [f"{type(error).__module__}.{type(error).__qualname__}"]
    lines += [f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}' for frame in frames]
    return "\n".join(lines)


def show_error(parent: QWidget | None, error: BaseException, lang: str) -> QMessageBox:
    """A warning for the app's own errors; for anything else, an unexpected-error box with copyable details."""
    if isinstance(error, EXPECTED):
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "Not done"), error_message(error, lang),
                          QMessageBox.StandardButton.Ok, parent)
    else:
        details = technical_details(error)
        log.error("unexpected error\n%s", details)
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Unexpected error"), QCoreApplication.translate(
            "Errors", "Something unexpected went wrong; nothing was changed by the failed step. "
            "The details below contain no personal data: you can copy them into a bug report."),
            QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText(details)
    box.setObjectName("errorBox")
    box.open()
    return box
