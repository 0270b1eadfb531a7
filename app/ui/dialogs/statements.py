"""About and the offline & privacy statement (plain text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

import app


def about_text() -> str:
    return "\n\n".join([
        QCoreApplication.translate(
            "Statements",
            "RepayDesk %1 — an offline, encrypted assistant for people behind on loans who want to "
            "negotiate with their lenders.").replace("%1", app.__version__),
        QCoreApplication.translate("Statements", "Free software under the GNU General Public License, version 3 or later."),
        QCoreApplication.translate("Statements", "Not legal advice."),
    ])


def privacy_text(vault_path: str) -> str:
    return "\n\n".join([
        QCoreApplication.translate("Statements", "No network. RepayDesk never connects to the internet: no accounts, no updates, no analytics."),
        QCoreApplication.translate("Statements", "Encrypted vault. Everything you enter — loans, budget, diary, evidence files, your profile — is "
            "stored only in one SQLCipher-encrypted file, protected by your password:\n%1").replace("%1", vault_path),
        QCoreApplication.translate("Statements", "Settings. Window size and position, the language and the lock delay are kept in the "
            "system's settings store for this app; they contain no personal data."),
        QCoreApplication.translate("Statements", "Exports and backups. Backups are encrypted copies of the vault. Documents and exports are "
            "written only where you choose, and they are not encrypted — keep them safe."),
        QCoreApplication.translate("Statements", "Not legal advice. RepayDesk helps you organise facts and draft letters; for decisions that "
            "matter, ask a lawyer or legal aid (12348)."),
    ])
