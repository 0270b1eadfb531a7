"""The one declarative settings registry.

Scope "ui" lives in QSettings (never personal data); scope "vault" lives inside the
encrypted vault through `repo.get_setting/set_setting`. Titles are translated at display
time with `QCoreApplication.translate("Settings", title)`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

from app.core.errors import FieldError

UI = "ui"
VAULT = "vault"
FOLLOW_SYSTEM = ""


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    default: Any
    kind: type  # str, int or bool
    title: str
    scope: str = UI
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label: translated in context "Settings", else shown as is)
    tooltip: str = ""

    def parse(self, raw: object) -> Any:
        """The typed, valid value for `raw`; raises FieldError-carrying ValueError when it is not."""
        if self.kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("true", "1", "yes"):
                return True
            if text in ("false", "0", "no"):
                return False
            raise SettingInvalid(FieldError(self.key, "field.choice", {"value": raw}))
        if self.kind is int:
            try:
                value = int(str(raw).strip())
            except ValueError:
                raise SettingInvalid(FieldError(self.key, "number.invalid", {"text": raw})) from None
            if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
                raise SettingInvalid(FieldError(self.key, "field.range", {"low": self.minimum, "high": self.maximum}))
            return value
        value = "" if raw is None else str(raw)
        if self.choices and value not in {choice for choice, _ in self.choices}:
            raise SettingInvalid(FieldError(self.key, "field.choice", {"value": value}))
        return value


class SettingInvalid(ValueError):
    def __init__(self, error: FieldError) -> None:
        super().__init__(error.message("en"))
        self.error = error


MIN_PASSWORD_SCORE = 3  # the same as app.core.password_strength.DEFAULT_MIN_SCORE, which the CLI uses

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "language", FOLLOW_SYSTEM, str, QT_TRANSLATE_NOOP("Settings", "Language"),
        choices=((FOLLOW_SYSTEM, QT_TRANSLATE_NOOP("Settings", "Same as the system")), ("zh_CN", "简体中文"), ("en", "English")),
        tooltip=QT_TRANSLATE_NOOP("Settings", "The language of the whole app; it changes at once."),
    ),
    Setting(
        "document_language", "zh_CN", str, QT_TRANSLATE_NOOP("Settings", "Language of documents"),
        choices=(("zh_CN", "简体中文"), ("en", "English")),
        tooltip=QT_TRANSLATE_NOOP("Settings", "Letters and statements go to Chinese institutions, so they are in Chinese unless you choose English."),
    ),
    Setting(
        "idle_lock_minutes", 10, int, QT_TRANSLATE_NOOP("Settings", "Lock after idle minutes"), minimum=1, maximum=120,
        tooltip=QT_TRANSLATE_NOOP("Settings", "Without keyboard or mouse activity for this long, the vault locks itself."),
    ),
    Setting(
        "confirm_quit", True, bool, QT_TRANSLATE_NOOP("Settings", "Ask before quitting"),
        tooltip=QT_TRANSLATE_NOOP("Settings", "Ask for confirmation before the app closes."),
    ),
    Setting(
        "follow_up_days", 14, int, QT_TRANSLATE_NOOP("Settings", "Dashboard: follow-ups for the next days"), scope=VAULT,
        minimum=1, maximum=90,
        tooltip=QT_TRANSLATE_NOOP("Settings", "How far ahead the dashboard lists follow-ups from the contact diary. Kept in the vault."),
    ),
    Setting(
        "min_password_score", MIN_PASSWORD_SCORE, int, QT_TRANSLATE_NOOP("Settings", "Vault password: minimum strength (0–4)"),
        minimum=0, maximum=4,
        tooltip=QT_TRANSLATE_NOOP("Settings", "A new vault password below this strength needs an explicit confirmation (3: one gaming graphics card would need hours or more to guess it)."),
    ),
    Setting(
        "backups_keep", 7, int, QT_TRANSLATE_NOOP("Settings", "Automatic daily backups to keep"), minimum=1, maximum=365,
        tooltip=QT_TRANSLATE_NOOP("Settings", "After unlocking, once a day, an encrypted backup is written to the “backups” folder beside the vault; older ones beyond this number are deleted."),
    ),
    Setting(
        "clipboard_clear_seconds", 60, int, QT_TRANSLATE_NOOP("Settings", "Clear copied personal data after seconds"), minimum=5, maximum=3600,
        tooltip=QT_TRANSLATE_NOOP("Settings", "An ID number, phone or account number copied from RepayDesk is wiped from the clipboard after this long."),
    ),
    # contact diary (issue 10)
    Setting(
        "diary_daily_limit", 3, int, QT_TRANSLATE_NOOP("Settings", "Diary: contacts a day before “too many” is suggested"),
        scope=VAULT, minimum=1, maximum=50,
        tooltip=QT_TRANSLATE_NOOP("Settings", "More contacts than this from one lender in one day suggest the harassment flag. Guidelines allow 3 answered calls a day."),
    ),
    Setting(
        "attachment_limit_mb", 1024, int, QT_TRANSLATE_NOOP("Settings", "Diary: largest evidence file (MB)"),
        scope=VAULT, minimum=1, maximum=16384,
        tooltip=QT_TRANSLATE_NOOP("Settings", "Larger files are refused with a message. Every file is copied into the vault."),
    ),
)

BY_KEY: dict[str, Setting] = {setting.key: setting for setting in SETTINGS}


class SettingsStore:
    """Reads and writes registry settings in their scope; a bad stored value reads as the default.

    Vault settings are read once when the vault opens (`load_vault`) and kept here; a change is
    stored here at once and handed to `write_vault(key, value)`, which saves it on the vault thread.
    """

    def __init__(self, qsettings: QSettings) -> None:
        self._qsettings = qsettings
        self._vault: dict[str, str] | None = None
        self.write_vault: Callable[[str, str], None] | None = None

    def load_vault(self, values: dict[str, str]) -> None:
        self._vault = dict(values)

    def unload_vault(self) -> None:
        self._vault = None

    def available(self, setting: Setting) -> bool:
        return setting.scope == UI or self._vault is not None

    def get(self, key: str) -> Any:
        setting = BY_KEY[key]
        raw = self._read(setting)
        if raw is None:
            return setting.default
        try:
            return setting.parse(raw)
        except SettingInvalid:
            return setting.default

    def set(self, key: str, raw: object) -> Any:
        """Validate and store; raises SettingInvalid (nothing stored) when the value is not valid."""
        setting = BY_KEY[key]
        value = setting.parse(raw)
        stored = ("true" if value else "false") if setting.kind is bool else str(value)
        if setting.scope == UI:
            self._qsettings.setValue(f"settings/{key}", stored)
            self._qsettings.sync()
        else:
            if self._vault is None or self.write_vault is None:
                raise RuntimeError(f"setting {key} needs an open vault")
            self._vault[key] = stored
            self.write_vault(key, stored)
        return value

    def _read(self, setting: Setting) -> object | None:
        if setting.scope == UI:
            return self._qsettings.value(f"settings/{setting.key}")
        return None if self._vault is None else self._vault.get(setting.key)
