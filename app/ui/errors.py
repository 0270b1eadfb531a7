"""Turn an exception from the store or the core into one line in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.messages import text


def error_message(error: BaseException, lang: str) -> str:
    message = getattr(error, "message", None)
    if callable(message):
        return message(lang)
    if isinstance(error, OSError):
        return text("vault.io_error", lang, reason=error.strerror or type(error).__name__)
    return QCoreApplication.translate("Errors", "Something went wrong: %1").replace("%1", type(error).__name__)


def error_code(error: BaseException) -> str:
    return str(getattr(error, "code", ""))
