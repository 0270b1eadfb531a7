"""A full GUI session (demo vault, every page, lock) opens no network connection and never loads QtNetwork."""

from __future__ import annotations

import os
import socket
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REPAYDESK_TEST_FAST_KDF", "1")

import pytest  # noqa: E402


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise AssertionError(f"network access attempted: {name}{args!r}")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    return attempts


def test_demo_session_stays_offline(qtbot, tmp_path, no_network):
    from PySide6.QtCore import QSettings

    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.shell import Shell
    from app.ui.unlock import UnlockWindow

    ctx = AppContext("zh_CN", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    ctx.settings.set("confirm_quit", False)
    shell = Shell(ctx, tmp_path / "unused.repaydesk")
    shell.start(demo=True)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=30_000)
    main = shell.window
    demo_folder = shell.vault_path.parent
    assert demo_folder.exists()
    assert main.demo_label.isVisibleTo(main)
    qtbot.waitUntil(lambda: main.pages[0].open_loans.text() != "—", timeout=10_000)
    assert int(main.pages[0].open_loans.text()) >= 3
    for index in range(len(main.pages)):
        main.show_page(index)
        assert main.current_page() is main.pages[index]
    main.show_about()
    main.show_privacy()
    shell.lock()
    assert isinstance(shell.window, UnlockWindow)
    shell.shutdown()
    shell.window.close()
    assert not demo_folder.exists()
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules

    ctx.qsettings.sync()
    stored = (tmp_path / "s.ini").read_text(encoding="utf-8", errors="replace")
    assert "geometry" in stored.lower()  # the file is really where the preferences went
    from app.core.demo import demo_data
    import datetime as dt

    demo = demo_data(dt.date.today())
    personal = [loan.lender for loan in demo.loans] + [demo.profile.full_name, demo.profile.phone, "demo.repaydesk"]
    assert not [word for word in personal if word in stored]
