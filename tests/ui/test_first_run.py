"""First run: create a vault with field-level errors for empty and mismatched passwords."""

from __future__ import annotations

import pytest

from app.ui.first_run import FirstRunWindow
from app.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORD

pytestmark = pytest.mark.usefixtures("ops_wait")



def test_create_vault_errors_then_success(make_shell, qtbot, tmp_path):
    path = tmp_path / "sub" / "v.repaydesk"
    shell = make_shell(path)
    shell.start()
    window: FirstRunWindow = shell.window

    window.submit()
    assert window.password.error.isVisibleTo(window)
    assert window.password.error.text() == "Enter a password."
    assert not path.exists()

    qtbot.keyClicks(window.password.edit, PASSWORD)
    assert window.meter.verdict.text().startswith("Strong — longer than a lifetime")
    qtbot.keyClicks(window.confirm.edit, PASSWORD + "x")
    window.submit()
    assert window.confirm.error.text() == "The two passwords do not match."
    assert not window.password.error.isVisibleTo(window)
    assert not path.exists()

    window.confirm.edit.clear()
    qtbot.keyClicks(window.confirm.edit, PASSWORD)
    qtbot.keyClick(window.confirm.edit, "\r")
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    assert path.exists()
    assert shell.ctx.vault is not None
    assert shell.window.file_label.text() == "v.repaydesk"
    assert shell.window.current_page().key == "dashboard"
    assert shell.window.pages[0].open_loans.text() == "0"


def test_weak_password_hint(make_shell, qtbot, tmp_path):
    shell = make_shell(tmp_path / "v.repaydesk")
    shell.start()
    qtbot.keyClicks(shell.window.password.edit, "12345678")
    assert shell.window.meter.verdict.text().startswith("Very weak — one gaming graphics card would guess it in under a minute")


def test_create_refuses_existing_file_in_its_way(make_shell, qtbot, tmp_path):
    path = tmp_path / "v.repaydesk"
    shell = make_shell(path)
    shell.start()
    window = shell.window
    path.write_bytes(b"somebody else's file")
    qtbot.keyClicks(window.password.edit, PASSWORD)
    qtbot.keyClicks(window.confirm.edit, PASSWORD)
    window.submit()
    qtbot.waitUntil(lambda: window.error.isVisibleTo(window), timeout=15_000)
    assert str(path) in window.error.text()
    assert path.read_bytes() == b"somebody else's file"
    assert shell.window is window


def test_no_vault_file_shows_first_run_with_warning(make_shell, tmp_path):
    from tests.ui.conftest import visible_text

    shell = make_shell(tmp_path / "sub" / "v.repaydesk")
    shell.start()
    assert isinstance(shell.window, FirstRunWindow)
    text = visible_text(shell.window)
    assert "there is no recovery" in text
    assert "Try the demo" in text
