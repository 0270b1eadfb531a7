"""Qt translators: ours (resources/translations/repaydesk_<lang>.qm) and Qt's own qtbase_<lang>."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.language import SUPPORTED, normalise
from app.core.paths import resource_dir

_installed: list[QTranslator] = []
_current_language = "en"  # as last installed; English (the source language) until translators are installed


def current_language() -> str:
    """The interface language ('zh_CN' or 'en') for text the catalogue gives to widgets."""
    return _current_language


def translations_dir() -> Path:
    return resource_dir() / "translations"


def system_language() -> str:
    return normalise(QLocale.system().name())


def choose_language(requested: str | None, saved: str | None) -> str:
    """--lang beats the saved setting, which beats the system locale."""
    for candidate in (requested, saved):
        if candidate in SUPPORTED:
            return candidate
    return system_language()


def register_bundled_fonts() -> list[str]:
    """Add resources/fonts/*.ttf (the CJK subset) to Qt, also as the fallback of the default family,
    so Chinese renders where no Chinese font is installed. Returns the families added."""
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

    families: list[str] = []
    for path in sorted((resource_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    default = QGuiApplication.font().family()
    for family in families:
        QFont.insertSubstitution(default, family)
    return families


def install_translators(lang: str) -> bool:
    """Replace the installed translators with those for `lang`; False when ours is missing (English shows)."""
    global _current_language
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    _current_language = lang
    if lang == "en":
        return True
    ours = QTranslator(app)
    found = ours.load(str(translations_dir() / f"repaydesk_{lang}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return found
