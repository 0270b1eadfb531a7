"""Unlock: wrong password shows a message under the field and allows a retry; errors are clear."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow
from app.ui.unlock import UnlockWindow
from tests.ui.conftest import PASSWORD, visible_text

pytestmark = pytest.mark.usefixtures("ops_wait")


def _unlock(qtbot, window: UnlockWindow, password: str) -> None:
    window.password.edit.clear()
    qtbot.keyClicks(window.password.edit, password)
    qtbot.keyClick(window.password.edit, "\r")


def test_wrong_then_right_password(make_shell, qtbot, vault_file):
    before = vault_file.read_bytes()
    shell = make_shell(vault_file)
    shell.start()
    window = shell.window
    assert isinstance(window, UnlockWindow)

    _unlock(qtbot, window, "not the password")
    qtbot.waitUntil(lambda: window.password.error.isVisibleTo(window), timeout=15_000)
    assert window.password.error.text() == "Wrong password, or this file is not a RepayDesk vault."
    assert window.password.edit.isEnabled()
    assert shell.window is window
    assert vault_file.read_bytes() == before

    _unlock(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    dashboard = shell.window.pages[0]
    assert dashboard.open_loans.text() == "1"
    assert dashboard.owed_principal.text() == "¥12,000.00"
    assert dashboard.overdue_count.text() == "1"
    assert "借呗测试" in visible_text(shell.window)


def test_empty_password_is_refused_without_trying(make_shell, qtbot, vault_file):
    shell = make_shell(vault_file)
    shell.start()
    window = shell.window
    window.submit()
    assert window.password.error.text() == "Enter a password."
    assert not window.busy.isVisibleTo(window)


def test_not_a_vault_message_in_chinese(make_shell, qtbot, tmp_path):
    garbage = tmp_path / "garbage.repaydesk"
    garbage.write_bytes(b"\x00" * 4096 * 2)
    shell = make_shell(garbage, lang="zh_CN")
    shell.start()
    window = shell.window
    _unlock(qtbot, window, "whatever")
    qtbot.waitUntil(lambda: window.error.isVisibleTo(window) or window.password.error.isVisibleTo(window),
                    timeout=15_000)
    shown = window.error.text() + window.password.error.text()
    assert "保险库" in shown
    assert garbage.read_bytes() == b"\x00" * 4096 * 2


def test_vault_in_use_is_explained(make_shell, qtbot, vault_file):
    from app.store.vault import Vault

    with Vault.open(vault_file, PASSWORD):
        shell = make_shell(vault_file)
        shell.start()
        window = shell.window
        _unlock(qtbot, window, PASSWORD)
        qtbot.waitUntil(lambda: window.error.isVisibleTo(window), timeout=15_000)
        assert window.error.text().startswith("This vault is already open in another RepayDesk window")
        assert shell.ctx.vault is None


def test_follow_ups_due_show_one_quiet_notice_after_unlocking_that_opens_the_diary(make_shell, qtbot, vault_file):
    import datetime as dt

    from app.core.records import Channel, ContactEntry
    from app.store.vault import Vault
    from app.ui.pages.diary import DiaryPage

    with Vault.open(vault_file, PASSWORD) as vault:  # besides the fixture's follow-up in 3 days: one overdue
        vault.repo.add(ContactEntry(happened_at=dt.datetime(2025, 1, 6, 9, 0), channel=Channel.SMS, summary="答应回电",
                                    follow_up=dt.date.today() - dt.timedelta(days=1)))
    shell = make_shell(vault_file)
    shell.start()
    _unlock(qtbot, shell.window, PASSWORD)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    window = shell.window
    qtbot.waitUntil(lambda: window.follow_up_button.isVisible(), timeout=10_000)
    assert window.follow_up_button.text() == "Follow-ups due today or overdue: 1 — open the diary"
    assert QApplication.activeModalWidget() is None  # a notice, not a dialog
    window.follow_up_button.click()
    diary = window.current_page()
    assert isinstance(diary, DiaryPage) and diary.pending_check.isChecked()
    assert not window.follow_up_button.isVisible()
