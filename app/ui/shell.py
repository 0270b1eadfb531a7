"""Which window is showing: first run, unlock or the main window; lock, demo, language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.services import vault as vaults
from app.ui.clipboard import ClipboardGuard
from app.ui.context import AppContext
from app.ui.errors import error_message, log
from app.ui.i18n import choose_language, install_translators
from app.ui.idle_lock import IdleLock
from app.ui.unlock import UnlockWindow

if TYPE_CHECKING:
    import tempfile

    from app.ui.main_window import MainWindow
from app.ui.widgets import notify


WARM_UP_DELAY_MS = 300  # after the first paint, so the window is not slowed by the imports


class Shell(QObject):
    """Owns the one visible top-level window and the open vault's lifetime."""

    def __init__(self, ctx: AppContext, vault_path: Path, idle_interval_ms: int | None = None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.vault_path = Path(vault_path)
        self.window: QWidget | None = None
        self.main_window: MainWindow | None = None
        self._demo_folder: tempfile.TemporaryDirectory | None = None
        self._fixed_idle_ms = idle_interval_ms
        self._page_at_lock = 0  # unlocking the same vault returns to the page that was open
        self.idle = IdleLock(self._idle_ms(), self)
        self.idle.timed_out.connect(self.lock)
        self.clipboard_guard = ClipboardGuard(lambda: self.ctx.setting("clipboard_clear_seconds"), self)

    # start ----------------------------------------------------------------------------------
    def start(self, demo: bool = False) -> None:
        vaults.remove_stale_demo_folders()
        if demo:
            self.start_demo()
        elif self.vault_path.exists():
            self.show_unlock(self.vault_path)
        else:
            self.show_first_run(self.vault_path)

    def show_first_run(self, path: Path) -> None:
        window = _first_run_window()(self.ctx, path)
        window.opened.connect(self.open_main)
        window.open_existing.connect(self.show_unlock)
        window.demo_requested.connect(self.start_demo)
        window.language_chosen.connect(self.choose_language)
        self._show(window)

    def show_unlock(self, path: Path) -> None:
        self.vault_path = Path(path)
        hint = ""
        if self.ctx.demo:
            hint = self.tr("This is the demo vault; its password is “%1”.").replace("%1", vaults.DEMO_PASSWORD)
        window = UnlockWindow(self.ctx, path, hint)
        window.unlocked.connect(self.open_main)
        window.open_other.connect(self.show_unlock)
        window.create_new.connect(lambda: self.show_first_run(self._fresh_vault_path()))
        window.language_chosen.connect(self.choose_language)
        self._show(window)
        if not self.ctx.demo:
            QTimer.singleShot(WARM_UP_DELAY_MS, lambda: self.ctx.worker.run(_warm_up, None, _warm_up_failed))

    def start_demo(self) -> None:
        if self.window is not None and hasattr(self.window, "set_busy"):
            self.window.set_busy(True)
        today = self.ctx.today()
        self.ctx.vault_worker.run(lambda: vaults.create_demo(today), self._demo_ready, self._demo_failed)

    def _demo_ready(self, demo: vaults.DemoVault) -> None:
        self._close_vault()
        self.ctx.demo = True
        self._demo_folder = demo.folder
        self.vault_path = demo.path
        self.open_main(demo.vault)

    def _demo_failed(self, error: BaseException) -> None:
        if self.window is not None and hasattr(self.window, "set_busy"):
            self.window.set_busy(False)
        notify(self.window, self.tr("The demo could not start"), error_message(error, self.ctx.lang))

    def _fresh_vault_path(self) -> Path:
        return self.vault_path.with_name("new.repaydesk") if self.vault_path.exists() else self.vault_path

    # the open vault -------------------------------------------------------------------------
    def open_main(self, vault: Any) -> None:
        if self.ctx.vault is not None and self.ctx.vault is not vault:
            self._close_vault()
        same_vault = Path(vault.path) == self.vault_path
        self.ctx.attach_vault(vault)
        self.vault_path = Path(vault.path)
        self._build_main_window(page=self._page_at_lock if same_vault else 0)
        self.main_window.check_follow_ups()
        self._page_at_lock = 0
        self.idle.set_interval_ms(self._idle_ms())
        self.idle.start()
        self._daily_backup()

    def _daily_backup(self) -> None:
        """Once a day after unlock, on the vault thread: a verified backup, the newest N kept."""
        if self.ctx.demo:
            return
        vault, today, keep = self.ctx.vault, self.ctx.today(), int(self.ctx.setting("backups_keep"))
        self.ctx.vault_worker.run(lambda: _daily_backup(vault, today, keep), None, self._backup_failed)

    def _backup_failed(self, error: BaseException) -> None:
        if self.main_window is not None:
            message = self.tr("The automatic backup failed: %1").replace("%1", error_message(error, self.ctx.lang))
            self.main_window.statusBar().showMessage(message, 30_000)

    def _build_main_window(self, page: int) -> None:
        from app.ui.main_window import MainWindow  # after unlock: keeps the pages' imports out of start-up

        window = MainWindow(self.ctx)
        window.lock_requested.connect(self.lock)
        window.new_vault_requested.connect(self._new_vault)
        window.open_vault_requested.connect(self._open_other_vault)
        window.settings_applied.connect(self.apply_settings)
        self.idle.remaining_changed.connect(window.show_idle_remaining)
        window.show_page(page)
        self.main_window = window
        self._show(window)

    def lock(self) -> None:
        """Clear and destroy the main window, close the vault, show the unlock window."""
        self.idle.stop()
        self.clipboard_guard.wipe()
        if self.main_window is not None:
            self._page_at_lock = self.main_window.stack.currentIndex()
            self.main_window.clear_pages()
        self._close_vault(keep_demo=True)
        self.show_unlock(self.vault_path)

    def _new_vault(self, path: Path) -> None:
        self.lock()
        self._page_at_lock = 0
        self.show_first_run(path)

    def _open_other_vault(self, path: Path) -> None:
        self.lock()
        self._page_at_lock = 0
        self.show_unlock(path)

    def _close_vault(self, keep_demo: bool = False) -> None:
        self.ctx.close_vault()
        if not keep_demo:
            self._discard_demo()

    def _discard_demo(self) -> None:
        if self._demo_folder is not None:
            self._demo_folder.cleanup()
            self._demo_folder = None
        self.ctx.demo = False

    # settings -------------------------------------------------------------------------------
    def apply_settings(self, changed: list[str]) -> None:
        if "idle_lock_minutes" in changed:
            self.idle.set_interval_ms(self._idle_ms())
        if "language" in changed:
            self.set_language(choose_language(None, self.ctx.setting("language")))

    def choose_language(self, lang: str) -> None:
        """The language picked on a first screen: kept as the setting, applied at once."""
        self.ctx.settings.set("language", lang)
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        """Install the other translators and rebuild the visible window in the new language."""
        install_translators(lang)
        self.ctx.lang = lang
        if self.main_window is not None and self.window is self.main_window:
            page = self.main_window.stack.currentIndex()
            self._build_main_window(page)
        elif isinstance(self.window, UnlockWindow):
            self.show_unlock(self.window.path)
        elif isinstance(self.window, _first_run_window()):
            self.show_first_run(self.window.path)

    def _idle_ms(self) -> int:
        if self._fixed_idle_ms is not None:
            return self._fixed_idle_ms
        return int(self.ctx.setting("idle_lock_minutes")) * 60_000

    # windows --------------------------------------------------------------------------------
    def _show(self, window: QWidget) -> None:
        old, self.window = self.window, window
        if old is not None and old is not window and window is not self.main_window:
            self._centre_on(window, old)
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None and old is not window:
            self._dispose(old)
        if window is not self.main_window:
            self.main_window = None

    @staticmethod
    def _centre_on(window: QWidget, old: QWidget) -> None:
        """Put a small window where the previous one was (the main window keeps its own geometry)."""
        window.adjustSize()
        frame = window.frameGeometry()
        frame.moveCenter(old.frameGeometry().center())
        window.move(frame.topLeft())

    def _dispose(self, window: QWidget) -> None:
        if hasattr(window, "skip_quit_confirmation"):
            window.skip_quit_confirmation = True
            self.idle.remaining_changed.disconnect(window.show_idle_remaining)
        window.close()
        window.deleteLater()

    def shutdown(self) -> None:
        """Called when the app quits: stop timers, close the vault, remove the demo folder."""
        self.idle.stop()
        self.clipboard_guard.wipe()
        self.ctx.shutdown()
        self._discard_demo()


def _first_run_window() -> type:
    """Imported when needed: the first-run window brings the password estimator, which unlocking does not need."""
    from app.ui.first_run import FirstRunWindow

    return FirstRunWindow


def _warm_up() -> None:
    """Import the store and the main window while the user types, so unlocking pays only for the key."""
    import app.ui.main_window  # noqa: F401

    vaults.warm_up()


def _warm_up_failed(error: BaseException) -> None:
    log.warning("warming up failed (unlocking will import what it needs): %s", type(error).__name__)


def _daily_backup(vault, today, keep: int):
    from app.services.backups import daily_backup

    return daily_backup(vault, today, keep)
