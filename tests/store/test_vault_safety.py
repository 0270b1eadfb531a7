"""The code around the vault file: wrong passwords on a crash-left WAL, passwd that proves itself,
non-UTF-8 passwords, the lock by file identity, damage, salvage, backup and restore that cannot tear."""

from __future__ import annotations

import errno
import os
import signal
import sys

import pytest

from app import private_files
from app.core import records as r
from app.store import engine as eng
from app.store.exchange import export_vault
from app.store.vault import Vault, VaultError
from tests.store.test_vault import _loan

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="fork and POSIX modes")


def _files(path) -> dict[str, bytes | None]:
    return {suffix: (p.read_bytes() if (p := path.with_name(path.name + suffix)).exists() else None) for suffix in ("", "-wal")}


def _crash_left_wal(path, password, loans: int = 3) -> None:
    """A child process commits loans and dies without closing: the vault keeps a -wal to recover."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            vault = Vault.open(path, password)
            for n in range(loans):
                vault.repo.add(_loan(lender=f"wal-{n}"))
        finally:
            os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(pid, 0)


@posix_only
def test_a_thousand_wrong_passwords_never_touch_a_vault_with_a_crash_left_wal(tmp_path, monkeypatch, vault_password):
    monkeypatch.setattr(eng, "FAST_KDF_ITER", 64)  # this vault and every attempt: a cheap derivation
    path = tmp_path / "v.repaydesk"
    Vault.create(path, vault_password).close()
    _crash_left_wal(path, vault_password)
    before = _files(path)
    assert before["-wal"], "the child left committed pages in the WAL"
    for attempt in range(1000):
        with pytest.raises(VaultError) as caught:
            Vault.open(path, f"wrong {attempt}")
        assert caught.value.code == "vault.wrong_password"
    assert _files(path) == before
    with Vault.open(path, vault_password) as vault:
        assert sorted(loan.lender for loan in vault.repo.list(r.Loan)) == ["wal-0", "wal-1", "wal-2"]


def test_passwd_is_proven_by_reopening_with_the_new_password(tmp_vault, vault_password):
    tmp_vault.repo.add(_loan())
    tmp_vault.change_password(vault_password, "新的 password")
    tmp_vault.repo.add(_loan(lender="after"))  # the open vault keeps working
    tmp_vault.close()
    with pytest.raises(VaultError):
        Vault.open(tmp_vault.path, vault_password)
    with Vault.open(tmp_vault.path, "新的 password") as vault:
        assert vault.repo.count(r.Loan) == 2


def test_a_rekey_that_did_not_take_says_the_old_password_still_opens(tmp_vault, vault_password, monkeypatch):
    tmp_vault.repo.add(_loan())
    monkeypatch.setattr(eng, "rekey", lambda connection, new: None)  # what a full disk did: nothing, silently
    with pytest.raises(VaultError) as caught:
        tmp_vault.change_password(vault_password, "new one")
    assert caught.value.code == "vault.passwd_not_changed"
    assert "OLD password" in caught.value.message("en")
    assert tmp_vault.repo.count(r.Loan) == 1
    tmp_vault.close()
    with Vault.open(tmp_vault.path, vault_password) as vault:
        assert vault.repo.count(r.Loan) == 1


def test_a_rekey_that_fails_says_which_password_opens_and_the_vault_stays_usable(tmp_vault, vault_password, monkeypatch):
    def full_disk(connection, new):
        raise eng.DbError("database or disk is full")

    monkeypatch.setattr(eng, "rekey", full_disk)
    with pytest.raises(VaultError):
        tmp_vault.change_password(vault_password, "new one")
    tmp_vault.repo.add(_loan())
    tmp_vault.close()
    with Vault.open(tmp_vault.path, vault_password) as vault:
        assert vault.repo.count(r.Loan) == 1


@pytest.mark.parametrize("password", ["\udcff\udcfe", "ok\ud800"])
def test_a_password_that_is_not_valid_unicode_is_refused_plainly(tmp_path, password):
    with pytest.raises(VaultError) as caught:
        Vault.create(tmp_path / "v.repaydesk", password)
    assert caught.value.code == "vault.password_encoding"
    assert not (tmp_path / "v.repaydesk").exists()


def test_the_lock_holds_through_a_hard_link_and_a_symlink(tmp_vault, vault_password, tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    hard = other / "hard.repaydesk"
    soft = other / "soft.repaydesk"
    os.link(tmp_vault.path, hard)
    soft.symlink_to(tmp_vault.path)
    for alias in (hard, soft):
        with pytest.raises(VaultError) as caught:
            Vault.open(alias, vault_password)
        assert caught.value.code == "vault.in_use"
    tmp_vault.close()
    with Vault.open(hard, vault_password):
        with pytest.raises(VaultError) as caught:
            Vault.open(tmp_vault.path, vault_password)
        assert caught.value.code == "vault.in_use"


def _damage_page(path, page: int) -> None:
    data = bytearray(path.read_bytes())
    start = (page - 1) * eng.PAGE_SIZE + 200
    data[start : start + 64] = bytes(64)
    path.write_bytes(bytes(data))


def test_damage_is_named_by_page_and_salvage_copies_every_readable_record(demo_vault, vault_password, tmp_path):
    loans_before = demo_vault.repo.count(r.Loan)
    contacts_before = demo_vault.repo.count(r.ContactEntry)
    demo_vault.close()
    pages = demo_vault.path.stat().st_size // eng.PAGE_SIZE
    damaged = pages  # the last page holds rows of some table
    _damage_page(demo_vault.path, damaged)

    problems = Vault.diagnose(demo_vault.path, vault_password)
    assert any(f"page {damaged}" in problem for problem in problems), problems
    with pytest.raises(VaultError) as caught:
        Vault.diagnose(demo_vault.path, "wrong")
    assert caught.value.code == "vault.wrong_password"

    out = tmp_path / "salvaged.repaydesk"
    report = Vault.salvage(demo_vault.path, vault_password, out)
    assert sum(lost for _, lost in report.values()) >= 0
    with Vault.open(out, vault_password) as salvaged:
        assert salvaged.check() == []
        copied = {table: copied for table, (copied, _) in report.items()}
        assert salvaged.repo.count(r.Loan) == copied["loans"] <= loans_before
        assert salvaged.repo.count(r.ContactEntry) == copied["contacts"] <= contacts_before
        assert sum(copied.values()) > 0


def test_backup_refuses_to_copy_a_damaged_vault(demo_vault, vault_password, tmp_path):
    demo_vault.close()
    _damage_page(demo_vault.path, demo_vault.path.stat().st_size // eng.PAGE_SIZE)
    with Vault.open(demo_vault.path, vault_password) as vault:
        with pytest.raises(VaultError) as caught:
            vault.backup(tmp_path / "b.bak")
    assert caught.value.code == "vault.damaged"
    assert not (tmp_path / "b.bak").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_backup_is_consistent_and_restore_gives_the_same_export(demo_vault, vault_password, tmp_path):
    before = export_vault(demo_vault.repo)
    backup = demo_vault.backup(tmp_path / "b.bak")
    demo_vault.repo.add(_loan(lender="after the backup"))
    demo_vault.close()
    kept = Vault.restore(backup, demo_vault.path, vault_password)
    assert kept is not None and kept.name.startswith(demo_vault.path.name + ".before-restore.")
    with Vault.open(demo_vault.path, vault_password) as restored:
        assert export_vault(restored.repo) == before
    with Vault.open(kept, vault_password) as old:
        assert any(loan.lender == "after the backup" for loan in old.repo.list(r.Loan))


def test_a_restore_that_fails_midway_leaves_the_vault_in_place(demo_vault, vault_password, tmp_path, monkeypatch):
    backup = demo_vault.backup(tmp_path / "b.bak")
    demo_vault.repo.add(_loan(lender="only in the vault"))
    expected = export_vault(demo_vault.repo)
    demo_vault.close()

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patched, pytest.raises(VaultError) as caught:
        patched.setattr(private_files, "publish", disk_full)
        Vault.restore(backup, demo_vault.path, vault_password)
    assert caught.value.code == "vault.disk_full"
    with Vault.open(demo_vault.path, vault_password) as vault:
        assert export_vault(vault.repo) == expected
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_damaged_backup_is_refused_before_anything_is_replaced(demo_vault, vault_password, tmp_path):
    backup = demo_vault.backup(tmp_path / "b.bak")
    demo_vault.close()
    before = demo_vault.path.read_bytes()
    _damage_page(backup, backup.stat().st_size // eng.PAGE_SIZE)
    with pytest.raises(VaultError) as caught:
        Vault.restore(backup, demo_vault.path, vault_password)
    assert caught.value.code == "vault.backup_bad"
    assert demo_vault.path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "before-restore" in p.name or p.name.endswith(".part")) == []


def test_a_create_interrupted_while_filling_leaves_nothing_at_the_path(tmp_path, vault_password):
    path = tmp_path / "v.repaydesk"

    def killed(repo):
        repo.add(_loan())
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        Vault.create(path, vault_password, fill=killed)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == []
    with Vault.create(path, vault_password, fill=lambda repo: repo.add(_loan())) as vault:
        assert vault.repo.count(r.Loan) == 1
