"""Vaults made by earlier versions keep opening, upgrade, and lose nothing.

`fixtures/schema1.repaydesk` was made with schema 1 (the first release's) and the test key
derivation (REPAYDESK_TEST_FAST_KDF, 4 000 iterations); its password is PASSWORD below, and
`fixtures/schema1.json` is its export as made then. Never regenerate them: add a new pair
when a release changes the schema, and keep every old one.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.store import migrations
from app.store.exchange import export_vault
from app.store.vault import Vault

FIXTURES = Path(__file__).parent / "fixtures"
PASSWORD = "old vault 旧保险库 #1"


def _as_then(now: object, then: object) -> object:
    """`now` cut down to the fields `then` has."""
    if isinstance(then, dict) and isinstance(now, dict):
        return {key: _as_then(now.get(key), value) for key, value in then.items()}
    if isinstance(then, list) and isinstance(now, list) and len(now) == len(then):
        return [_as_then(a, b) for a, b in zip(now, then, strict=True)]
    return now


@pytest.mark.parametrize("name", ["schema1"])
def test_an_old_vault_opens_upgrades_and_keeps_every_record(tmp_path, name):
    path = tmp_path / f"{name}.repaydesk"
    shutil.copyfile(FIXTURES / f"{name}.repaydesk", path)
    then = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    with Vault.open(path, PASSWORD) as vault:
        now = export_vault(vault.repo)
        assert vault.check() == []
        assert vault._connection.execute("PRAGMA user_version").fetchone()[0] == len(migrations.discover())
    for key, value in then.items():
        if key != "app_version":
            assert _as_then(now[key], value) == value, key  # later versions may add fields, never drop or change one
    assert sum(len(value) for value in then.values() if isinstance(value, list)) == 59
