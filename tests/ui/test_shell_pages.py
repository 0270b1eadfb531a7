"""Pages are built when first shown; titles come from the classes; refresh and clear reach built pages only."""

from __future__ import annotations

import pytest

import datetime as dt

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.core.money import Money
from app.core.records import LenderType, Loan
from app.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORD, settle

pytestmark = pytest.mark.usefixtures("ops_wait")


def _open_main(make_shell, qtbot, vault_file, lang="en"):
    shell = make_shell(vault_file, lang=lang)
    shell.start()
    qtbot.keyClicks(shell.window.password.edit, PASSWORD)
    shell.window.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    return shell


def _built(window: MainWindow) -> list[str]:
    return [page.key for _index, page in window.pages.built()]


def test_only_the_dashboard_is_built_at_unlock(make_shell, qtbot, vault_file):
    window = _open_main(make_shell, qtbot, vault_file, lang="zh_CN").window
    assert _built(window) == ["dashboard"]
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == ["总览", "借款", "收支", "联系日志", "还款方案", "文书", "指南"]
    assert [action.text() for action in window.page_actions][1] == "借款"
    window.show_page(2)
    assert _built(window) == ["dashboard", "budget"]
    assert window.stack.currentWidget() is window.pages[2]


def test_data_change_refreshes_pages_built_before_and_after(make_shell, qtbot, vault_file):
    shell = _open_main(make_shell, qtbot, vault_file)
    window, ctx = shell.window, shell.ctx
    window.show_page(1)
    loans_page = window.pages[1]
    settle(qtbot, ctx)
    assert loans_page.model.rowCount() == 1
    window.show_page(0)
    ctx.repo.add(Loan(lender="新借款", lender_type=LenderType.PLATFORM, principal=Money.yuan("800"),
                      received=Money.yuan("800"), contract_date=dt.date(2024, 5, 1),
                      first_due_date=dt.date(2024, 6, 1), instalments=4))
    ctx.data_changed.emit("loans")
    assert window.pages[0].open_loans.text() == "2"
    assert loans_page.model.rowCount() == 1  # stale until shown
    window.show_page(1)
    settle(qtbot, ctx)
    assert loans_page.model.rowCount() == 2
    window.show_page(2)  # built after the change: starts from the vault as it is now
    assert window.pages[2].key == "budget"
    assert _built(window) == ["dashboard", "loans", "budget"]


def test_lock_clears_only_the_pages_that_exist(make_shell, qtbot, vault_file, monkeypatch):
    from app.ui.pages.budget import BudgetPage
    from app.ui.pages.loans import LoansPage

    cleared = []
    monkeypatch.setattr(LoansPage, "clear", lambda page: cleared.append("loans"))
    monkeypatch.setattr(BudgetPage, "clear", lambda page: cleared.append("budget"))
    shell = _open_main(make_shell, qtbot, vault_file)
    shell.window.show_page(1)
    shell.lock()
    assert cleared == ["loans"]


def test_first_window_fills_most_of_the_screen(qtbot, tmp_path, tmp_vault):
    from app.ui.context import AppContext
    from app.ui.main_window import FIRST_RUN_SCREEN_SHARE

    ctx = AppContext("en", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    ctx.attach_vault(tmp_vault)
    window = MainWindow(ctx)
    window.skip_quit_confirmation = True
    qtbot.addWidget(window)
    available = QApplication.primaryScreen().availableGeometry()
    assert window.width() == max(int(available.width() * FIRST_RUN_SCREEN_SHARE), window.minimumWidth())
    assert window.height() == max(int(available.height() * FIRST_RUN_SCREEN_SHARE), window.minimumHeight())
    window.resize(820, 570)  # the offscreen screen is small: stay within it
    window.save_geometry()
    again = MainWindow(ctx)
    again.skip_quit_confirmation = True
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (820, 570)
    ctx.vault = None
    ctx.shutdown()


def test_shutdown_stops_and_joins_the_vault_thread(make_shell, qtbot, vault_file):
    from app.ui import worker

    shell = _open_main(make_shell, qtbot, vault_file)
    thread = shell.ctx.vault_worker._thread
    assert thread is not None and thread.isRunning()
    shell.shutdown()
    assert not thread.isRunning()
    assert thread not in worker._running_threads
    assert shell.ctx.vault is None


def test_a_write_reloads_each_page_once_and_hidden_pages_only_when_shown(make_shell, qtbot, vault_file, monkeypatch):
    from app.core.records import Payment

    shell = _open_main(make_shell, qtbot, vault_file)
    window, ctx = shell.window, shell.ctx
    window.show_page(1)
    settle(qtbot, ctx)
    loans_page, dashboard = window.pages[1], window.pages[0]
    calls: list[str] = []
    for page in (loans_page, dashboard):
        original = page.refresh
        monkeypatch.setattr(page, "refresh", lambda original=original, key=page.key: (calls.append(key), original())[1])
    loan = ctx.repo.list(Loan)[0]
    loans_page._write(lambda repo: repo.add(Payment(loan.id, dt.date(2024, 2, 1), Money.yuan("100"))))
    settle(qtbot, ctx)
    assert calls == ["loans"]  # the page on screen reloads once; the hidden dashboard waits
    window.show_page(0)
    assert calls == ["loans", "dashboard"]
    window.show_page(1)
    assert calls == ["loans", "dashboard"]  # nothing changed since: no reload
