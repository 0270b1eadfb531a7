"""Numbered migrations: backup before migrating, newer schemas refused, m0001 matches the models."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import create_engine, inspect

from app.core import records as r
from app.core.money import Money
from app.store import migrations
from app.store.models import Base
from app.store.vault import Vault, VaultError


LATEST = len(migrations.discover())  # the real migrations; the fake ones below come after


def _user_version(vault: Vault) -> int:
    return vault._connection.execute("PRAGMA user_version").fetchone()[0]


def test_a_new_vault_has_the_latest_schema(tmp_vault):
    assert _user_version(tmp_vault) == LATEST >= 3


def _model_tables(inspector) -> list[str]:
    """Table names without the diary's FTS5 index and its shadow tables (no model describes them)."""
    return sorted(name for name in inspector.get_table_names() if not name.startswith("diary_fts"))


def test_the_migrations_build_exactly_the_tables_the_models_describe():
    from sqlcipher3 import dbapi2  # the vault's SQLite: FTS5 with contentless_delete

    frozen = create_engine("sqlite://", module=dbapi2)
    with frozen.begin() as connection:
        migrations.apply(connection, migrations.discover())
    modelled = create_engine("sqlite://")
    Base.metadata.create_all(modelled)
    a, b = inspect(frozen), inspect(modelled)
    assert _model_tables(a) == _model_tables(b)
    for table in b.get_table_names():
        assert [(c["name"], str(c["type"]), c["nullable"]) for c in a.get_columns(table)] == [
            (c["name"], str(c["type"]), c["nullable"]) for c in b.get_columns(table)
        ]
        assert a.get_foreign_keys(table) == b.get_foreign_keys(table)


def test_a_newer_vault_is_refused_and_left_untouched(tmp_vault, vault_password):
    tmp_vault._connection.execute("PRAGMA user_version = 99")
    tmp_vault.close()
    before = tmp_vault.path.read_bytes()
    with pytest.raises(VaultError) as caught:
        Vault.open(tmp_vault.path, vault_password)
    assert caught.value.code == "vault.newer_schema"
    assert caught.value.params == {"found": 99, "known": LATEST}
    assert tmp_vault.path.read_bytes() == before
    assert not tmp_vault.path.with_name(tmp_vault.path.name + "-wal").exists()


@pytest.fixture
def second_migration(monkeypatch):
    """A fake next migration that adds a column, registered after the real ones."""
    real = migrations.discover()
    calls = []

    def upgrade(connection) -> None:
        calls.append(1)
        connection.exec_driver_sql("ALTER TABLE loans ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")

    fake = (*real, migrations.Migration(LATEST + 1, "m9999_fake", upgrade))
    monkeypatch.setattr(migrations, "discover", lambda package=None: fake)
    return calls


def test_an_older_vault_is_backed_up_then_migrated(tmp_vault, vault_password, second_migration):
    tmp_vault.repo.add(r.IncomeSource("工资", r.IncomeCategory.SALARY, Money.yuan("5000")))
    tmp_vault.close()
    with Vault.open(tmp_vault.path, vault_password) as vault:
        assert _user_version(vault) == LATEST + 1
        columns = [row[1] for row in vault._connection.execute("PRAGMA table_info(loans)").fetchall()]
        assert "nickname" in columns
        assert vault.repo.count(r.IncomeSource) == 1
    backups = sorted(tmp_vault.path.parent.glob(tmp_vault.path.name + f".before-v{LATEST + 1}.*.bak"))
    assert len(backups) == 1 and second_migration == [1]
    # the backup is the vault as it was, encrypted with the same password
    from app.store import engine

    raw = engine.connect_keyed(backups[0], vault_password)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert raw.execute("SELECT name FROM income_sources").fetchall() == [("工资",)]
    finally:
        raw.close()


def test_a_failing_migration_changes_nothing(tmp_vault, vault_password, monkeypatch):
    def broken(connection) -> None:
        connection.exec_driver_sql("ALTER TABLE loans ADD COLUMN half_done TEXT")
        connection.exec_driver_sql("THIS IS NOT SQL")

    tmp_vault.close()
    real = migrations.discover()
    monkeypatch.setattr(migrations, "discover", lambda package=None: (*real, migrations.Migration(LATEST + 1, "m9999_broken", broken)))
    with pytest.raises(VaultError) as caught:
        Vault.open(tmp_vault.path, vault_password)
    assert caught.value.code == "vault.io_error"
    monkeypatch.setattr(migrations, "discover", lambda package=None: real)
    with Vault.open(tmp_vault.path, vault_password) as vault:
        assert _user_version(vault) == LATEST
        columns = [row[1] for row in vault._connection.execute("PRAGMA table_info(loans)").fetchall()]
        assert "half_done" not in columns


def test_migration_numbers_must_not_have_gaps(tmp_path, monkeypatch):
    package = tmp_path / "gappy_migrations"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in ("m0001_a", "m0003_c"):
        (package / f"{name}.py").write_text("def upgrade(connection):\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(RuntimeError, match="not numbered"):
        migrations.discover("gappy_migrations")
    sys.modules.pop("gappy_migrations", None)
