"""Lock by Ctrl+L and by idle time: pages cleared, vault closed, unlock window back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow
from app.ui.unlock import UnlockWindow
from tests.ui.conftest import PASSWORD, settle, visible_text


def _open_main(make_shell, qtbot, vault_file, **kwargs):
    shell = make_shell(vault_file, **kwargs)
    shell.start()
    qtbot.keyClicks(shell.window.password.edit, PASSWORD)
    shell.window.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    settle(qtbot, shell.ctx)
    return shell


def test_ctrl_l_locks_and_clears(make_shell, qtbot, vault_file):
    shell = _open_main(make_shell, qtbot, vault_file)
    main = shell.window
    main.show_page(1)
    settle(qtbot, shell.ctx)
    assert "借呗测试" in visible_text(main)
    pages = list(main.pages)
    vault = shell.ctx.vault

    main.activateWindow()
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert isinstance(shell.window, UnlockWindow)
    assert shell.ctx.vault is None
    assert vault.closed
    for page in pages:
        assert "借呗测试" not in visible_text(page)
        assert "canary-7731" not in visible_text(page)
    assert pages[0].summary is None
    qtbot.waitUntil(lambda: not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()))

    qtbot.keyClicks(shell.window.password.edit, PASSWORD)
    shell.window.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    settle(qtbot, shell.ctx)
    assert shell.window.stack.currentIndex() == 1  # back on the page that was open
    assert [v.loan.lender for v in shell.window.current_page().register.loans] == ["借呗测试"]
    assert shell.window.pages[0].open_loans.text() == "1"


def test_idle_lock_after_short_interval(make_shell, qtbot, vault_file, monkeypatch):
    from app.ui.pages.dashboard import DashboardPage

    after_clear = []
    original_clear = DashboardPage.clear

    def spy(page):
        original_clear(page)
        after_clear.append((page.overdue_table.rowCount(), page.owed_principal.text(), visible_text(page)))

    monkeypatch.setattr(DashboardPage, "clear", spy)
    shell = _open_main(make_shell, qtbot, vault_file, idle_interval_ms=60_000)
    assert shell.window.pages[0].overdue_table.rowCount() == 1
    shell.idle.set_interval_ms(300)  # shortened only now: a slow machine may take longer than that to unlock
    shell.idle.start()
    qtbot.waitUntil(lambda: isinstance(shell.window, UnlockWindow), timeout=5_000)
    assert shell.ctx.vault is None
    [(rows, principal, text)] = after_clear
    assert (rows, principal) == (0, "—")
    assert "借呗测试" not in text and "canary-7731" not in text


def test_input_postpones_idle_lock(make_shell, qtbot, vault_file):
    shell = _open_main(make_shell, qtbot, vault_file, idle_interval_ms=60_000)
    idle = shell.idle
    idle.set_interval_ms(60_000)
    qtbot.wait(50)
    before = idle.remaining_ms()
    qtbot.wait(300)
    worn = idle.remaining_ms()
    assert worn < before
    qtbot.keyClick(shell.window.sidebar, Qt.Key.Key_Down)
    assert idle.remaining_ms() > worn
    assert shell.window.current_page().key == "loans"
