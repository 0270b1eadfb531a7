"""Where things live: shipped resources and the default vault location."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "RepayDesk"
VAULT_FILENAME = "vault.repaydesk"


def resource_dir() -> Path:
    """The shipped `resources/` folder (beside `app/` in a checkout, inside a PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def default_vault_path() -> Path:
    """REPAYDESK_VAULT if set, else the vault file in the platform's user-data folder."""
    override = os.environ.get("REPAYDESK_VAULT")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / VAULT_FILENAME
