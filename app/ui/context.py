"""What every window and page shares: the open vault, the language, the worker, the settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from app.core.clock import Clock
from app.ui.errors import show_error
from app.ui.settings import SettingsStore
from app.ui.worker import Worker

if TYPE_CHECKING:
    from app.store.repository import Repository
    from app.store.vault import Vault


class AppContext(QObject):
    """Shared state. Pages emit `data_changed(kind)` (e.g. "loans") after writing so others refresh."""

    data_changed = Signal(str)

    def __init__(self, lang: str, qsettings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.vault: Vault | None = None
        self.demo = False
        self.qsettings = qsettings if qsettings is not None else QSettings()
        self.worker = Worker(self)
        self.vault_worker = Worker(self, dedicated_thread=True)
        self.settings = SettingsStore(self.qsettings, lambda: self.repo)
        self.clock = Clock()

    def today(self) -> dt.date:
        return self.clock.today()

    def now(self) -> dt.datetime:
        return self.clock.now()

    @property
    def repo(self) -> Repository | None:
        return None if self.vault is None else self.vault.repo

    @property
    def vault_path(self) -> Path | None:
        return None if self.vault is None else Path(self.vault.path)

    def setting(self, key: str) -> Any:
        return self.settings.get(key)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Let running work finish, deliver its results, close the vault and stop the vault thread."""
        self.worker.wait(timeout_ms)
        self.vault_worker.wait(timeout_ms)
        QCoreApplication.sendPostedEvents()
        self.close_vault()
        self.vault_worker.stop()

    def close_vault(self) -> None:
        """Close the open vault on the vault thread and wait: the store's file lock belongs to the thread that took it."""
        vault, self.vault = self.vault, None
        if vault is not None:
            self.vault_worker.run(vault.close, None, self._close_failed)
            self.vault_worker.wait()
            QCoreApplication.sendPostedEvents(self.vault_worker)  # deliver a failure now: the window may be about to go

    def _close_failed(self, error: BaseException) -> None:
        """Closing can fail (the last write-ahead checkpoint on a full disk, the lock file gone): say so."""
        show_error(None, error, self.lang)
