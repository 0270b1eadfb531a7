"""The diary in the vault: chunked evidence with SHA-256, custody log, Chinese full-text search,
consistency after a cancelled or killed import, and the migration of a version-1 vault."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import os
import subprocess
import sys
import textwrap
from decimal import Decimal

import pytest

from app.core import records as r
from app.core.diary import DiaryFilter
from app.core.money import Money
from app.store import diary as store
from app.store import migrations
from app.store.vault import Vault

WHEN = dt.datetime(2026, 3, 1, 21, 30)


def _add(repo, summary: str, **changes) -> r.ContactEntry:
    return repo.add(r.ContactEntry(WHEN, r.Channel.PHONE, summary, **changes))


def _found(repo, query: str) -> list[str]:
    return [line.entry.summary for line in store.page(repo, DiaryFilter(query=query))]


def test_chunked_round_trip_keeps_every_byte_and_its_sha256(tmp_vault):
    repo = tmp_vault.repo
    entry = _add(repo, "录音")
    data = os.urandom(10_000) + b"tail"
    seen = []
    stored = store.store_attachment(repo, r.Attachment("录音.m4a", "", 0, contact_id=entry.id, added_at=WHEN),
                                    io.BytesIO(data), progress=seen.append, chunk_size=4096)
    assert stored.sha256 == hashlib.sha256(data).hexdigest() and stored.size == len(data)
    assert seen == [4096, 8192, 10_004]
    assert repo.count(r.Attachment) == 1
    assert tmp_vault._connection.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 3
    out = io.BytesIO()
    assert store.write_attachment(repo, stored.id, out) == stored.sha256 and out.getvalue() == data
    assert repo.attachment_data(stored.id) == data


def test_custody_log_records_added_opened_exported_in_order(tmp_vault):
    repo = tmp_vault.repo
    entry = _add(repo, "短信")
    stored = repo.add_attachment(dataclasses.replace(r.Attachment("a.png", "", 0, contact_id=entry.id), added_at=WHEN), b"png")
    store.log_custody(repo, stored.id, r.CustodyAction.OPENED, WHEN + dt.timedelta(hours=1))
    store.log_custody(repo, stored.id, r.CustodyAction.EXPORTED, WHEN + dt.timedelta(hours=2), "/tmp/out")
    [info] = store.attachments(repo, entry.id)
    assert [(e.action, e.at, e.detail) for e in info.custody] == [
        (r.CustodyAction.ADDED, WHEN, ""),
        (r.CustodyAction.OPENED, WHEN + dt.timedelta(hours=1), ""),
        (r.CustodyAction.EXPORTED, WHEN + dt.timedelta(hours=2), "/tmp/out"),
    ]
    deleted = repo.delete(r.ContactEntry, entry.id)
    assert repo.count(r.CustodyEvent) == 0 and repo.count(r.Attachment) == 0
    repo.undelete(deleted)
    assert store.attachments(repo, entry.id) == [info] and repo.attachment_data(stored.id) == b"png"


def test_a_cancelled_import_stores_nothing(tmp_vault):
    repo = tmp_vault.repo
    entry = _add(repo, "录音")
    calls = iter([False, False, True])
    with pytest.raises(store.ImportCancelled):
        store.store_attachment(repo, r.Attachment("big.bin", "", 0, contact_id=entry.id), io.BytesIO(b"x" * 100),
                               cancelled=lambda: next(calls), chunk_size=10)
    assert repo.count(r.Attachment) == 0 and repo.count(r.CustodyEvent) == 0
    assert tmp_vault._connection.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


KILLED_IMPORT = textwrap.dedent("""
    import io, os, signal, sys
    from pathlib import Path
    from app.core import records as r
    from app.store import diary as store
    from app.store.vault import Vault

    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])

    def progress(done):
        if done >= 3 * 65536:  # part of the file is in the vault's transaction: die here
            os.kill(os.getpid(), signal.SIGKILL)

    store.store_attachment(vault.repo, r.Attachment("big.bin", "", 0, contact_id=1), io.BytesIO(os.urandom(10 * 65536)),
                           progress=progress, chunk_size=65536)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_import_leaves_the_vault_consistent_and_without_the_half_file(tmp_vault, vault_password):
    _add(tmp_vault.repo, "录音")
    tmp_vault.close()
    child = subprocess.run([sys.executable, "-c", KILLED_IMPORT, str(tmp_vault.path), vault_password],
                           env={**os.environ}, capture_output=True, timeout=60)
    assert child.returncode == -9, child.stderr.decode()
    with Vault.open(tmp_vault.path, vault_password) as vault:
        assert vault.check() == []
        assert vault.repo.count(r.Attachment) == 0 and vault.repo.count(r.CustodyEvent) == 0
        assert vault._connection.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
        assert [line.entry.summary for line in store.page(vault.repo)] == ["录音"]


@pytest.mark.parametrize(("query", "expected"), [
    ("催", ["催收员给我妈打了电话"]),  # one character
    ("我妈", ["催收员给我妈打了电话"]),  # two
    ("打了电话", ["催收员给我妈打了电话"]),  # three and more
    ("妈打电", []),  # the pairs are there, but not in a row
    ("公司", ["Call from ABC 公司 about the 0321 case"]),
    ("abc", ["Call from ABC 公司 about the 0321 case"]),
    ("cal", ["Call from ABC 公司 about the 0321 case"]),  # a word prefix
    ("0321", ["Call from ABC 公司 about the 0321 case", "工号GH0321的客服"]),
    ("13800000000", ["电话 138-0000-0000"]),  # a phone number typed without its dashes
    ("138-0000", ["电话 138-0000-0000"]),
    ("𠮷", ["吃了𠮷野家 😀"]),
    ("😀", ["吃了𠮷野家 😀"]),
    ('"', ['他说"AND" (*)']),
    ("AND", ['他说"AND" (*)']),
    ("(*)", ['他说"AND" (*)']),
    ("刘经理", ["安信小贷回电"]),  # a person's name, kept in its own field
    ("闪借花", ["催收员给我妈打了电话"]),  # the loan's lender
    ("nothing here", []),
])
def test_full_text_search(tmp_vault, query, expected):
    repo = tmp_vault.repo
    loan = repo.add(r.Loan(
        lender="闪借花", lender_type=r.LenderType.PLATFORM, principal=Money(100000), received=Money(100000),
        contract_date=dt.date(2026, 1, 1), first_due_date=dt.date(2026, 2, 1), instalments=3, rate_percent=Decimal(10),
    ))
    _add(repo, "催收员给我妈打了电话", loan_id=loan.id)
    _add(repo, "Call from ABC 公司 about the 0321 case")
    _add(repo, "工号GH0321的客服")
    _add(repo, "电话 138-0000-0000")
    _add(repo, "吃了𠮷野家 😀")
    _add(repo, '他说"AND" (*)')
    _add(repo, "安信小贷回电", person_name="刘经理")
    assert sorted(_found(repo, query)) == sorted(expected)


def test_edits_and_deletes_keep_the_index_in_step_with_secure_delete_on(tmp_vault):
    repo = tmp_vault.repo
    entry = _add(repo, "第一次说法")
    repo.update(dataclasses.replace(entry, summary="改过的说法"))
    assert _found(repo, "第一") == [] and _found(repo, "改过") == ["改过的说法"]
    repo.delete(r.ContactEntry, entry.id)
    assert _found(repo, "改过") == []
    config = dict(tmp_vault._connection.execute("SELECT k, v FROM diary_fts_config").fetchall())
    assert config.get("secure-delete") == 1


def test_long_text_and_rare_characters_are_stored_and_found(tmp_vault):
    long = "很长的记录" * 3000 + "末尾的𠮷字"
    entry = _add(tmp_vault.repo, "长记录", answer=long)
    assert tmp_vault.repo.get(r.ContactEntry, entry.id).answer == long
    assert _found(tmp_vault.repo, "𠮷字") == ["长记录"]


def test_filters(tmp_vault):
    repo = tmp_vault.repo
    _add(repo, "夜里", misconduct=("night-contact",))
    _add(repo, "短信", misconduct=("threat",), lender_name="某催收公司")
    later = repo.add(r.ContactEntry(WHEN + dt.timedelta(days=3), r.Channel.SMS, "跟进", follow_up=dt.date(2026, 3, 9)))

    def summaries(**f):
        return sorted(line.entry.summary for line in store.page(repo, DiaryFilter(**f)))

    assert summaries(flag="*") == ["夜里", "短信"] and summaries(flag="threat") == ["短信"]
    assert summaries(lender_name="某催收公司") == ["短信"]
    assert summaries(channel=r.Channel.SMS) == ["跟进"]
    assert summaries(start=dt.date(2026, 3, 4), end=dt.date(2026, 3, 4)) == ["跟进"]
    assert summaries(end=dt.date(2026, 3, 1)) == ["夜里", "短信"]
    assert summaries(pending_follow_ups=True) == ["跟进"]
    assert [line.entry.summary for line in store.follow_ups_due(repo, dt.date(2026, 3, 9))] == ["跟进"]
    repo.update(dataclasses.replace(later, follow_up_done_at=WHEN))
    assert summaries(pending_follow_ups=True) == [] and store.follow_ups_due(repo, dt.date(2026, 3, 9)) == []
    assert store.count(repo, DiaryFilter(query='"')) == 0 and store.lender_names(repo) == ["某催收公司"]


def test_pages_come_newest_first_without_gaps(tmp_vault):
    repo = tmp_vault.repo
    for n in range(25):
        repo.add(r.ContactEntry(WHEN + dt.timedelta(minutes=n), r.Channel.PHONE, f"第{n}次"))
    pages = [store.page(repo, DiaryFilter(), offset, 10) for offset in (0, 10, 20)]
    summaries = [line.entry.summary for page in pages for line in page]
    assert summaries == [f"第{n}次" for n in reversed(range(25))] and store.count(repo) == 25


def test_a_version_1_vault_is_migrated_with_its_evidence_and_indexed(tmp_path, vault_password, monkeypatch):
    first = migrations.discover()[:1]
    path = tmp_path / "old.repaydesk"
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "discover", lambda package=None: first)
        old = Vault.create(path, vault_password)
        connection = old._connection
        connection.execute("INSERT INTO contacts (happened_at, channel, summary, direction, counterparty, asked, answer, "
                           "promised, misconduct) VALUES ('2025-01-02 22:30:00', 'phone', '旧的催收记录', 'incoming', '', '', '', '', '[]')")
        connection.execute("INSERT INTO attachments (filename, sha256, size, mime, contact_id, added_at) VALUES "
                           f"('旧.txt', '{hashlib.sha256(b'old').hexdigest()}', 3, 'text/plain', 1, '2025-01-03 10:00:00')")
        connection.execute("INSERT INTO attachment_blobs (attachment_id, data) VALUES (1, x'6f6c64')")
        old.close()
    with Vault.open(path, vault_password) as vault:
        assert vault.check() == []
        assert _found(vault.repo, "催收") == ["旧的催收记录"]
        assert vault.repo.attachment_data(1) == b"old"
        entry = vault.repo.get(r.ContactEntry, 1)
        assert (entry.tags, entry.person_name, entry.follow_up_done_at) == ((), "", None)
