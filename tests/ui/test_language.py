"""Switching 简体中文 / English rebuilds the main window with every visible string translated."""

from __future__ import annotations

import pytest

from app.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORD, visible_text

pytestmark = pytest.mark.usefixtures("ops_wait")


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_language_switch_both_ways(make_shell, qtbot, vault_file):
    shell = make_shell(vault_file, lang="en")
    shell.start()
    assert shell.window.unlock_button.text() == "Unlock"
    shell.set_language("zh_CN")
    assert shell.window.unlock_button.text() == "解锁"
    qtbot.keyClicks(shell.window.password.edit, PASSWORD)
    shell.window.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    assert _menu_titles(shell.window) == ["文件(&F)", "视图(&V)", "帮助(&H)"]
    assert shell.window.sidebar.item(1).text() == "借款"
    assert "逾期借款" in visible_text(shell.window.pages[0])
    assert "不是法律意见" in shell.window.pages[0].legal_note.text()
    shell.window.show_page(1)

    shell.ctx.settings.set("language", "en")
    shell.apply_settings(["language"])
    window = shell.window
    assert _menu_titles(window) == ["&File", "&View", "&Help"]
    assert window.current_page().key == "loans"
    window.show_page(0)
    assert "Overdue loans" in visible_text(window.pages[0])
    assert window.pages[0].overdue_count.text() == "1"
    assert window.pages[0].recent_table.horizontalHeaderItem(0).text() == "When"
    assert window.sidebar.item(6).text() == "Guide"
    assert shell.ctx.vault is not None

    shell.ctx.settings.set("language", "zh_CN")
    shell.apply_settings(["language"])
    assert shell.window.sidebar.item(6).text() == "指南"
    assert "12378" in shell.window.pages[6].browser.toPlainText()
    assert "不是法律意见" in shell.window.pages[6].browser.toPlainText()
