"""pytest-qt set-up for the GUI tests: offscreen, cheap key derivation, isolated QSettings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REPAYDESK_TEST_FAST_KDF", "1")

import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
QM = ROOT / "resources" / "translations" / "repaydesk_zh_CN.qm"
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm is a build product (git-ignored); make sure it exists and matches the .ts."""
    subprocess.run([sys.executable, str(ROOT / "installers" / "i18n.py"), "compile"], check=True,
                   capture_output=True)


@pytest.fixture(scope="session", autouse=True)
def collect_garbage_on_the_ui_thread(qapp):
    """As the app does (app.ui.main_thread_gc): never a cyclic collection on the vault thread."""
    import gc

    from app.ui import main_thread_gc

    collector = main_thread_gc.install(qapp)
    yield
    collector.timer.stop()
    gc.enable()


@pytest.fixture
def make_shell(qtbot, tmp_path):
    """Build a Shell on an isolated QSettings; closes everything afterwards."""
    from app.ui.context import AppContext
    from app.ui.i18n import install_translators
    from app.ui.shell import Shell

    shells = []

    def build(vault_path: Path, lang: str = "en", idle_interval_ms: int | None = 600_000) -> Shell:
        qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(lang, qsettings)
        ctx.settings.set("confirm_quit", False)
        install_translators(lang)
        shell = Shell(ctx, vault_path, idle_interval_ms=idle_interval_ms)
        shells.append(shell)
        return shell

    yield build
    for shell in shells:
        if shell.main_window is not None:
            shell.main_window.skip_quit_confirmation = True
        shell.shutdown()
        if shell.window is not None:
            shell.window.close()
            shell.window.deleteLater()
    install_translators("en")
    QApplication.processEvents()


@pytest.fixture
def ctx(tmp_vault, tmp_path):
    """An English AppContext over the open `tmp_vault`, with its own QSettings file."""
    from app.ui.context import AppContext

    context = AppContext("en", QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context.settings.set("confirm_quit", False)
    context.attach_vault(tmp_vault)
    yield context
    context.vault = None  # the tmp_vault fixture closes it
    context.shutdown()


@pytest.fixture
def vault_file(tmp_path) -> Path:
    """A closed vault with one loan and one contact, password PASSWORD."""
    import datetime as dt

    from app.core.money import Money
    from app.core.records import Channel, ContactEntry, LenderType, Loan, LoanStatus
    from app.store.vault import Vault

    path = tmp_path / "vault.repaydesk"
    with Vault.create(path, PASSWORD) as vault:
        loan = vault.repo.add(Loan(
            lender="借呗测试", lender_type=LenderType.PLATFORM, principal=Money.yuan("12000"),
            received=Money.yuan("11500"), contract_date=dt.date(2024, 3, 1), first_due_date=dt.date(2024, 4, 1),
            instalments=12, status=LoanStatus.OVERDUE,
        ))
        vault.repo.add(ContactEntry(
            happened_at=dt.datetime(2025, 1, 5, 10, 30), channel=Channel.PHONE, summary="催收来电 canary-7731",
            loan_id=loan.id, counterparty="王先生", follow_up=dt.date.today() + dt.timedelta(days=3),
        ))
    return path


def visible_text(widget) -> str:
    """All label, button, table and menu text under a widget (what a person could read)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMainWindow, QTableWidget

    parts = [widget.windowTitle()]
    for label in widget.findChildren(QLabel):
        parts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        parts.append(button.text())
    for edit in widget.findChildren(QLineEdit):
        parts.append(edit.text())
    for table in widget.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                parts.append(item.text() if item else "")
    if isinstance(widget, QMainWindow):
        parts += [action.text() for action in widget.menuBar().actions()]
    return "\n".join(parts)


def settle(qtbot, ctx, timeout: int = 10_000) -> None:
    """Wait until every vault operation has run and its result has reached the UI thread."""
    qtbot.waitUntil(lambda: not ctx.vault_worker.busy, timeout=timeout)


@pytest.fixture
def ops_wait(monkeypatch, qtbot):
    """Await each vault operation where it is started, as if `settle` followed every user action.

    The operation still runs on the vault thread; only the test waits for its result. Tests written
    before the vault thread use it; new tests call `settle` where the user would wait."""
    from app.ui import ops

    submit = ops._submit

    def submit_and_wait(ctx, *args, **kwargs):
        submit(ctx, *args, **kwargs)
        settle(qtbot, ctx)

    monkeypatch.setattr(ops, "_submit", submit_and_wait)
