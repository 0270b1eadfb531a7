"""The vault on a real encrypted file: secrecy, passwords, the lock, faults."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from app.core import records as r
from app.core.money import Money
from app.store.engine import FAST_KDF_ENV
from app.store.vault import Vault, VaultError

CANARY = "CANARY-7f3a-金丝雀"


def _loan(**changes) -> r.Loan:
    values = dict(lender="测试平台", lender_type=r.LenderType.PLATFORM, principal=Money.yuan("10000"), received=Money.yuan("9000"),
                  contract_date=dt.date(2024, 1, 1), first_due_date=dt.date(2024, 2, 1), instalments=12)
    values.update(changes)
    return r.Loan(**values)


def _side_bytes(path) -> dict[str, bytes | None]:
    result = {}
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        result[suffix] = side.read_bytes() if side.exists() else None
    return result


def test_canary_is_not_in_the_file_or_its_wal(tmp_vault):
    tmp_vault.repo.add(_loan(notes=CANARY))
    wal = tmp_vault.path.with_name(tmp_vault.path.name + "-wal")
    raw = tmp_vault.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert wal.exists() and wal.stat().st_size > 0  # the write is in the WAL until checkpoint
    assert CANARY.encode() not in raw and CANARY.encode("utf-16-le") not in raw
    tmp_vault.close()
    assert CANARY.encode() not in tmp_vault.path.read_bytes()


def test_plain_sqlite_cannot_read_the_vault(tmp_vault):
    tmp_vault.repo.add(_loan())
    tmp_vault.close()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(tmp_vault.path).execute("SELECT * FROM sqlite_master").fetchall()


def test_round_trip_of_a_record_through_close_and_open(tmp_vault, vault_password):
    loan = tmp_vault.repo.add(_loan(notes=CANARY))
    tmp_vault.close()
    with Vault.open(tmp_vault.path, vault_password) as vault:
        assert vault.repo.get(r.Loan, loan.id) == loan
        assert vault.repo.get(r.Loan, loan.id).principal == Money(1_000_000)


def test_wrong_password_is_refused_leaves_the_file_untouched_and_allows_a_retry(tmp_vault, vault_password):
    tmp_vault.repo.add(_loan())
    tmp_vault.close()
    before = _side_bytes(tmp_vault.path)
    with pytest.raises(VaultError) as caught:
        Vault.open(tmp_vault.path, "wrong password")
    assert caught.value.code == "vault.wrong_password"
    assert _side_bytes(tmp_vault.path) == before
    with Vault.open(tmp_vault.path, vault_password) as vault:
        assert vault.repo.count(r.Loan) == 1


def test_empty_password_is_refused(tmp_path):
    with pytest.raises(VaultError) as caught:
        Vault.create(tmp_path / "v", "")
    assert caught.value.code == "vault.password_empty"
    assert not (tmp_path / "v").exists()


def test_change_password_old_refused_new_accepted(tmp_vault, vault_password):
    tmp_vault.repo.add(_loan(notes=CANARY))
    with pytest.raises(VaultError, match="Wrong password"):
        tmp_vault.change_password("not the old one", "新的密码")
    tmp_vault.change_password(vault_password, "新的密码")
    tmp_vault.close()
    with pytest.raises(VaultError) as caught:
        Vault.open(tmp_vault.path, vault_password)
    assert caught.value.code == "vault.wrong_password"
    with Vault.open(tmp_vault.path, "新的密码") as vault:
        assert vault.repo.list(r.Loan)[0].notes == CANARY


def test_backup_opens_with_the_password_and_restore_keeps_the_replaced_vault(tmp_vault, vault_password, tmp_path):
    first = tmp_vault.repo.add(_loan(lender="备份前"))
    backup = tmp_vault.backup(tmp_path / "copy.bak")
    with pytest.raises(VaultError) as caught:
        tmp_vault.backup(backup)
    assert caught.value.code == "vault.exists"
    tmp_vault.repo.add(_loan(lender="备份后"))
    tmp_vault.close()
    with Vault.open(backup, vault_password) as copy:
        assert [loan.lender for loan in copy.repo.list(r.Loan)] == ["备份前"]
    Vault.restore(backup, tmp_vault.path, vault_password)
    with Vault.open(tmp_vault.path, vault_password) as vault:
        assert vault.repo.list(r.Loan) == [first]
    kept = [p for p in tmp_path.iterdir() if ".before-restore." in p.name and p.name.endswith(".bak")]
    assert len(kept) == 1
    with Vault.open(kept[0], vault_password) as old:
        assert [loan.lender for loan in old.repo.list(r.Loan)] == ["备份前", "备份后"]


def test_restore_refuses_a_backup_that_does_not_open(tmp_vault, vault_password, tmp_path):
    backup = tmp_vault.backup(tmp_path / "copy.bak")
    tmp_vault.close()
    before = tmp_vault.path.read_bytes()
    with pytest.raises(VaultError) as caught:
        Vault.restore(backup, tmp_vault.path, "wrong")
    assert caught.value.code == "vault.backup_bad"
    assert tmp_vault.path.read_bytes() == before


def test_a_second_opener_is_refused_until_the_first_closes(tmp_vault, vault_password):
    with pytest.raises(VaultError) as caught:
        Vault.open(tmp_vault.path, vault_password)
    assert caught.value.code == "vault.in_use"
    tmp_vault.close()
    tmp_vault.close()  # idempotent
    Vault.open(tmp_vault.path, vault_password).close()


def test_create_never_overwrites(tmp_path, vault_password):
    existing = tmp_path / "precious.txt"
    existing.write_bytes(b"do not touch")
    with pytest.raises(VaultError) as caught:
        Vault.create(existing, vault_password)
    assert caught.value.code == "vault.exists"
    assert existing.read_bytes() == b"do not touch"


def test_missing_vault(tmp_path, vault_password):
    with pytest.raises(VaultError) as caught:
        Vault.open(tmp_path / "nothing", vault_password)
    assert caught.value.code == "vault.not_found"


@pytest.mark.parametrize("content", [b"", os.urandom(5000), b"SQLite format 3\x00" + bytes(4080)])
def test_garbage_empty_or_plain_sqlite_files_are_not_vaults(tmp_path, vault_password, content):
    path = tmp_path / "junk"
    path.write_bytes(content)
    with pytest.raises(VaultError) as caught:
        Vault.open(path, vault_password)
    assert caught.value.code == "vault.not_a_vault"
    assert path.read_bytes() == content


def test_page_sized_garbage_reads_as_a_wrong_password(tmp_path, vault_password):
    path = tmp_path / "junk"
    content = os.urandom(8192)
    path.write_bytes(content)
    with pytest.raises(VaultError) as caught:
        Vault.open(path, vault_password)
    assert caught.value.code == "vault.wrong_password"  # SQLCipher cannot tell the two apart
    assert path.read_bytes() == content


@pytest.mark.parametrize("cut", [1000, 4096])
def test_truncated_vault_is_refused(tmp_vault, vault_password, cut):
    for n in range(20):
        tmp_vault.repo.add_attachment(r.Attachment(filename=f"{n}.bin", sha256="", size=0), os.urandom(3000))
    tmp_vault.close()
    data = tmp_vault.path.read_bytes()
    assert len(data) > 10 * 4096
    tmp_vault.path.write_bytes(data[: len(data) - cut])
    with pytest.raises(VaultError) as caught:
        Vault.open(tmp_vault.path, vault_password)
    assert caught.value.code in ("vault.not_a_vault", "vault.damaged")  # a cut page, or a size no vault has


def test_unwritable_location(tmp_path, vault_password):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(VaultError) as caught:
        Vault.create(blocker / "sub" / "vault.repaydesk", vault_password)
    assert caught.value.code == "vault.unwritable"


def test_read_only_folder(tmp_path, vault_password):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: permissions do not stop writes (see test_unwritable_location)")
        with pytest.raises(VaultError) as caught:
            Vault.create(folder / "vault.repaydesk", vault_password)
        assert caught.value.code == "vault.unwritable"
    finally:
        folder.chmod(0o700)


def test_disk_full_is_reported_and_earlier_data_survives(tmp_vault, vault_password):
    kept = tmp_vault.repo.add(_loan(notes="saved before the disk filled"))
    pages = tmp_vault._connection.execute("PRAGMA page_count").fetchone()[0]
    tmp_vault._connection.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(VaultError) as caught:
        tmp_vault.repo.add_attachment(r.Attachment(filename="big.bin", sha256="", size=0), os.urandom(200_000))
    assert caught.value.code == "vault.disk_full"
    assert tmp_vault.repo.count(r.Attachment) == 0
    tmp_vault.close()
    with Vault.open(tmp_vault.path, vault_password) as vault:
        assert vault.repo.list(r.Loan) == [kept]


def test_check_is_clean_on_a_healthy_vault(demo_vault):
    assert demo_vault.check() == []


def test_real_vaults_use_standard_sqlcipher4_settings(tmp_path, monkeypatch):
    """Without the test switch, any SQLCipher 4 client opens the vault with the password alone."""
    monkeypatch.delenv(FAST_KDF_ENV)
    path = tmp_path / "standard.repaydesk"
    with Vault.create(path, "密码 with 'quote'") as vault:
        vault.repo.add(_loan(lender="标准设置"))
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute("PRAGMA key = '密码 with ''quote'''")
        assert connection.execute("SELECT lender FROM loans").fetchall() == [("标准设置",)]
        assert connection.execute("PRAGMA cipher_page_size").fetchone()[0] == "4096"
        assert connection.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        connection.close()
    fast = sqlcipher.connect(str(path))
    try:
        fast.execute("PRAGMA key = '密码 with ''quote'''")
        fast.execute("PRAGMA kdf_iter = 4000")
        with pytest.raises(sqlcipher.DatabaseError):
            fast.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        fast.close()


def test_a_vault_opened_on_one_thread_can_be_closed_on_another(tmp_path, vault_password):
    import threading

    path = tmp_path / "threads.repaydesk"
    Vault.create(path, vault_password).close()
    opened: list[Vault] = []
    thread = threading.Thread(target=lambda: opened.append(Vault.open(path, vault_password)))
    thread.start()
    thread.join()
    opened[0].close()  # on the main thread: the GUI opens off the UI thread and locks on it
    Vault.open(path, vault_password).close()
