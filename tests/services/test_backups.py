"""Automatic daily backups: at most one a day, each verified and restorable, the newest N kept."""

from __future__ import annotations

import datetime as dt

from app.services.backups import backup_folder, daily_backup, daily_backups
from app.store.exchange import export_vault
from app.store.vault import Vault


def test_one_backup_a_day_and_only_the_newest_are_kept(tmp_vault, vault_password):
    day = dt.date(2026, 3, 1)
    first = daily_backup(tmp_vault, day, keep=3)
    assert first == backup_folder(tmp_vault.path) / "test.repaydesk.2026-03-01.bak"
    assert daily_backup(tmp_vault, day, keep=3) is None  # already done today
    for offset in range(1, 5):
        daily_backup(tmp_vault, day + dt.timedelta(days=offset), keep=3)
    assert [p.name[-14:-4] for p in daily_backups(tmp_vault.path)] == ["2026-03-03", "2026-03-04", "2026-03-05"]


def test_a_daily_backup_restores_to_the_same_export(demo_vault, vault_password):
    before = export_vault(demo_vault.repo)
    made = daily_backup(demo_vault, dt.date(2025, 3, 31))
    demo_vault.close()
    Vault.restore(made, demo_vault.path, vault_password)
    with Vault.open(demo_vault.path, vault_password) as vault:
        assert export_vault(vault.repo) == before


def test_other_files_in_the_backup_folder_are_left_alone(tmp_vault):
    folder = backup_folder(tmp_vault.path)
    folder.mkdir()
    (folder / "mine.bak").write_text("keep me")
    (folder / "other.repaydesk.2020-01-01.bak").write_text("another vault's")
    for day in range(1, 4):
        daily_backup(tmp_vault, dt.date(2026, 1, day), keep=1)
    assert sorted(p.name for p in folder.iterdir()) == ["mine.bak", "other.repaydesk.2020-01-01.bak", "test.repaydesk.2026-01-03.bak"]
