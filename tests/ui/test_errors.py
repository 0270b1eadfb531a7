"""show_error: the app's own errors as a warning in the user's language; anything else as an
unexpected-error box whose details (also logged) name code locations, never the values involved."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from app.core.errors import FieldError, ValidationFailed
from app.store.vault import VaultError
from app.ui.errors import show_error
from app.ui.i18n import install_translators

SECRET = "张小明 110101199003071234"


def _raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:  # noqa: BLE001 — a test fixture: keep the traceback
        return caught


def test_a_known_error_is_a_warning_in_the_users_language(qtbot):
    install_translators("zh_CN")
    try:
        box = show_error(None, VaultError("vault.not_found", path="/tmp/x.repaydesk"), "zh_CN")
        qtbot.addWidget(box)
        assert box.icon() == QMessageBox.Icon.Warning
        assert box.text() == "/tmp/x.repaydesk 处没有保险库。"
        assert box.windowTitle() == "未完成"
        assert box.detailedText() == ""
    finally:
        install_translators("en")
    box = show_error(None, VaultError("vault.not_found", path="/tmp/x.repaydesk"), "en")
    qtbot.addWidget(box)
    assert box.text() == "There is no vault at /tmp/x.repaydesk."


def test_a_validation_failure_and_an_os_error_are_known_errors_too(qtbot):
    failed = ValidationFailed([FieldError("amount", "money.negative")])
    box = show_error(None, failed, "zh_CN")
    qtbot.addWidget(box)
    assert (box.icon(), box.text()) == (QMessageBox.Icon.Warning, "金额不能为负数。")
    box = show_error(None, PermissionError(13, "Permission denied"), "en")
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Warning and "Permission denied" in box.text()


def test_an_unexpected_error_gives_details_without_its_message_or_arguments(qtbot, caplog):
    error = _raised(ValueError(f"cannot parse {SECRET}", SECRET))
    with caplog.at_level(logging.ERROR, logger="repaydesk"):
        box = show_error(None, error, "en")
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    details = box.detailedText()
    assert details.splitlines()[0] == "builtins.ValueError"
    assert "test_errors.py" in details and "_raised" in details
    for shown in (details, box.text(), caplog.text):
        assert "张小明" not in shown and "1101011990" not in shown and "cannot parse" not in shown
    assert "builtins.ValueError" in caplog.text


def test_an_error_on_closing_the_vault_is_shown_not_dropped(ctx, qtbot, monkeypatch):
    vault = ctx.vault
    real_close = vault.close

    def failing_close() -> None:
        real_close()
        monkeypatch.setattr(vault, "close", real_close)  # the fixture closes it again at the end
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vault, "close", failing_close)
    shown: list[BaseException] = []
    monkeypatch.setattr("app.ui.context.show_error", lambda _parent, error, _lang: shown.append(error))
    ctx.close_vault()
    assert ctx.vault is None
    assert [type(error) for error in shown] == [OSError]
