"""What every window and page shares: the open vault, the language, the worker, the settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from app.core.clock import Clock
from app.core.messages import CodedError
from app.ui.errors import error_code, log, show_error
from app.ui.settings import SettingsStore
from app.ui.worker import Worker

if TYPE_CHECKING:
    from app.services import Repository
    from app.services import Vault


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
        self.settings = SettingsStore(self.qsettings)
        self.settings.write_vault = self._write_setting
        self.clock = Clock()

    def today(self) -> dt.date:
        return self.clock.today()

    def now(self) -> dt.datetime:
        return self.clock.now()

    @property
    def repo(self) -> Repository | None:
        """For code already running on the vault thread (services called through `app.ui.ops`)."""
        return None if self.vault is None else self.vault.repo

    def attach_vault(self, vault: Vault) -> None:
        """Make `vault` the open vault and read its settings (on the vault thread) before any page asks."""
        if self.vault is not None and self.vault is not vault:
            self.close_vault()
        self.vault = vault
        self.settings.load_vault(self.vault_worker.call(vault.repo.settings))

    def _write_setting(self, key: str, value: str) -> None:
        from app.ui import ops

        ops.write(self, lambda repo: repo.set_setting(key, value), "settings")

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
        """Close the open vault on the vault thread (after the operations queued before) and wait."""
        vault, self.vault = self.vault, None
        self.settings.unload_vault()
        if vault is not None:
            try:
                self.vault_worker.call(vault.close)
            except (CodedError, OSError) as error:  # the data is committed; say that the file lock or handle stayed
                log.warning("closing the vault failed: %s", error_code(error) or type(error).__name__)
                show_error(None, error, self.lang)
