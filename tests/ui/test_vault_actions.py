"""File menu actions: back up now, change password."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QFileDialog

from app.store.vault import Vault
from app.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORD

pytestmark = pytest.mark.usefixtures("ops_wait")


def _open_main(make_shell, qtbot, vault_file):
    shell = make_shell(vault_file)
    shell.start()
    qtbot.keyClicks(shell.window.password.edit, PASSWORD)
    shell.window.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    return shell


def test_backup_now_writes_an_encrypted_copy(make_shell, qtbot, vault_file, tmp_path, monkeypatch):
    shell = _open_main(make_shell, qtbot, vault_file)
    dest = tmp_path / "copies" / "backup.repaydesk"
    dest.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(dest), "")))
    shell.window.backup_action.trigger()
    qtbot.waitUntil(lambda: getattr(shell.window, "last_notice", None) is not None, timeout=15_000)
    assert shell.window.last_notice.windowTitle() == "Backup written"
    assert str(dest) in shell.window.last_notice.text()
    assert b"canary-7731" not in dest.read_bytes()
    shell.lock()
    from app.core.records import Loan

    with Vault.open(dest, PASSWORD) as copy:
        assert [loan.lender for loan in copy.repo.list(Loan)] == ["借呗测试"]


def test_backup_refuses_to_overwrite(make_shell, qtbot, vault_file, tmp_path, monkeypatch):
    shell = _open_main(make_shell, qtbot, vault_file)
    dest = tmp_path / "taken.repaydesk"
    dest.write_bytes(b"keep me")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(dest), "")))
    shell.window.backup_action.trigger()
    qtbot.waitUntil(lambda: getattr(shell.window, "last_notice", None) is not None, timeout=15_000)
    assert shell.window.last_notice.windowTitle() == "Backup failed"
    assert dest.read_bytes() == b"keep me"


def test_change_password_with_field_errors(make_shell, qtbot, vault_file):
    shell = _open_main(make_shell, qtbot, vault_file)
    shell.window.password_action.trigger()
    dialog = shell.window.password_dialog

    dialog.submit()
    assert dialog.old.error.text() == "Enter a password."
    assert dialog.new.error.text() == "Enter a password."

    qtbot.keyClicks(dialog.old.edit, "wrong old")
    qtbot.keyClicks(dialog.new.edit, "new secret 42")
    qtbot.keyClicks(dialog.confirm.edit, "new secret 43")
    dialog.submit()
    assert dialog.confirm.error.text() == "The two passwords do not match."

    dialog.confirm.edit.clear()
    qtbot.keyClicks(dialog.confirm.edit, "new secret 42")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.old.error.isVisibleTo(dialog), timeout=15_000)
    assert dialog.old.error.text() == "Wrong password, or this file is not a RepayDesk vault."

    dialog.old.edit.clear()
    qtbot.keyClicks(dialog.old.edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.submit()
    shell.lock()
    with Vault.open(vault_file, "new secret 42") as reopened:
        assert reopened.repo.count(__import__("app.core.records", fromlist=["Loan"]).Loan) == 1


def test_file_new_vault_creates_a_second_vault_and_switches_to_it(make_shell, qtbot, vault_file, tmp_path, monkeypatch):
    from app.core.records import Loan
    from app.ui.first_run import FirstRunWindow

    shell = _open_main(make_shell, qtbot, vault_file)
    chosen = tmp_path / "second"  # no suffix: the app adds .repaydesk
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    shell.window.file_menu.actions()[0].trigger()
    assert isinstance(shell.window, FirstRunWindow)
    assert shell.ctx.vault is None  # the first vault was closed before anything else
    qtbot.keyClicks(shell.window.password.edit, PASSWORD)
    qtbot.keyClicks(shell.window.confirm.edit, PASSWORD)
    shell.window.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    assert shell.window.file_label.text() == "second.repaydesk"
    assert shell.ctx.repo.list(Loan) == []
    shell.lock()
    with Vault.open(vault_file, PASSWORD) as first:  # the first vault is untouched
        assert [loan.lender for loan in first.repo.list(Loan)] == ["借呗测试"]


def test_file_open_vault_asks_for_that_vaults_password(make_shell, qtbot, vault_file, tmp_path, monkeypatch):
    from app.ui.unlock import UnlockWindow

    other = tmp_path / "other.repaydesk"
    Vault.create(other, "another password 99").close()
    shell = _open_main(make_shell, qtbot, vault_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), "")))
    shell.window.file_menu.actions()[1].trigger()
    assert isinstance(shell.window, UnlockWindow)
    assert shell.window.path == other and shell.ctx.vault is None
    qtbot.keyClicks(shell.window.password.edit, "another password 99")
    shell.window.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    assert shell.window.file_label.text() == "other.repaydesk"
