"""The GUI side of vault safety: a growing delay after wrong passwords, the daily backup after
unlock, copied personal numbers wiped, demo folders that never outlive the app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services import vault as vaults
from app.ui import unlock
from app.ui.clipboard import ClipboardGuard, is_sensitive
from app.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORD, ROOT


def _try(qtbot, window, password: str) -> None:
    """Submit a wrong password and wait until the window has answered."""
    window.password.edit.setText(password)
    window.submit()
    qtbot.waitUntil(lambda: not window.busy.isVisibleTo(window), timeout=15_000)


def _unlock(qtbot, shell) -> None:
    shell.window.password.edit.setText(PASSWORD)
    shell.window.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)


def test_the_delay_grows_after_the_first_few_failures():
    assert [unlock.delay_after(n) for n in range(1, 11)] == [0, 0, 1, 2, 4, 8, 16, 30, 30, 30]


def test_repeated_wrong_passwords_hold_off_the_next_try(make_shell, qtbot, vault_file):
    shell = make_shell(vault_file)
    shell.start()
    window = shell.window
    for attempt in range(3):
        _try(qtbot, window, f"wrong {attempt}")
        assert window.unlock_button.isEnabled() == (attempt < 2)
    assert window.error.text() == "Too many wrong passwords: try again in 1 s."
    qtbot.waitUntil(window.unlock_button.isEnabled, timeout=5_000)
    _unlock(qtbot, shell)
    assert vault_file not in unlock._failures


def test_unlocking_takes_todays_backup_on_the_vault_thread(make_shell, qtbot, vault_file):
    shell = make_shell(vault_file)
    shell.start()
    _unlock(qtbot, shell)
    shell.ctx.vault_worker.wait()
    backups = list((vault_file.parent / "backups").iterdir())
    assert [p.name for p in backups] == [f"{vault_file.name}.{shell.ctx.today().isoformat()}.bak"]


@pytest.mark.parametrize(
    ("text", "sensitive"),
    [("110101199003077777", True), ("电话 138-0013-8000", True), ("6222 0210 0112 3456 789", True), ("借呗", False), ("¥1,200", False)],
)
def test_which_copied_text_counts_as_personal(text, sensitive):
    assert is_sensitive(text) == sensitive


def test_a_copied_id_number_is_wiped_but_other_text_stays(qtbot):
    field = QLineEdit("110101199003077777")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QApplication.applicationState() == Qt.ApplicationState.ApplicationActive)
    clipboard = QApplication.clipboard()
    guard = ClipboardGuard(lambda: 1)
    try:
        clipboard.setText("借呗 note")
        guard.wipe()
        assert clipboard.text() == "借呗 note"
        field.selectAll()
        field.copy()
        assert clipboard.text() == "110101199003077777"
        qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)
    finally:
        guard.deleteLater()


def test_demo_folders_of_dead_processes_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    temp = Path(tempfile.gettempdir())
    stale = temp / f"{vaults.DEMO_PREFIX}{dead}-test"
    mine = temp / f"{vaults.DEMO_PREFIX}{os.getpid()}-test"
    for folder in (stale, mine):
        folder.mkdir()
        (folder / "demo.repaydesk").write_bytes(b"x")
    try:
        assert stale in vaults.remove_stale_demo_folders()
        assert not stale.exists() and mine.exists()
    finally:
        for folder in (stale, mine):
            if folder.exists():
                (folder / "demo.repaydesk").unlink()
                folder.rmdir()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
def test_sigterm_removes_the_demo_folder(tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPAYDESK_TEST_FAST_KDF": "1",
                   "XDG_CONFIG_HOME": str(tmp_path)}
    app = subprocess.Popen([sys.executable, "-m", "app", "--demo", "--lang", "en"], cwd=ROOT, env=environment,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pattern = f"{vaults.DEMO_PREFIX}{app.pid}-*"
    try:
        deadline = time.monotonic() + 60
        while not list(Path(tempfile.gettempdir()).glob(f"{pattern}/demo.repaydesk")) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert list(Path(tempfile.gettempdir()).glob(pattern)), "the demo did not start"
        time.sleep(0.5)
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
    assert list(Path(tempfile.gettempdir()).glob(pattern)) == []
