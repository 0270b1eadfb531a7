"""Diary use cases: entries, suggestions, attachments with their limits, private copies, the evidence package."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import stat
import subprocess
import zipfile

import docx
import pytest

from app.core.diary import DiaryFilter
from app.core.errors import ValidationFailed
from app.core.messages import CodedError
from app.core.records import Channel, ContactEntry, CustodyAction, Direction
from app.services import diary

NOW = dt.datetime(2026, 3, 2, 12, 0)


def _entry(repo, summary="来电", hour=10, **changes) -> ContactEntry:
    return diary.add_entry(repo, ContactEntry(dt.datetime(2026, 3, 2, hour), Channel.PHONE, summary, **changes))


def test_add_edit_delete_and_undo(tmp_vault):
    repo = tmp_vault.repo
    entry = _entry(repo, tags=("催收",), staff_id="A07")
    assert diary.search(repo, "A07")[0].entry == entry
    edited = diary.update_entry(repo, ContactEntry(entry.happened_at, Channel.SMS, "改了", id=entry.id))
    assert diary.get_line(repo, entry.id).entry == edited
    deleted = diary.delete_entry(repo, entry.id)
    assert diary.count(repo) == 0
    with pytest.raises(CodedError) as caught:
        diary.get_line(repo, entry.id)
    assert caught.value.code == "diary.no_entry"
    diary.undo_delete(repo, deleted)
    assert diary.get_line(repo, entry.id).entry == edited
    with pytest.raises(ValidationFailed):
        diary.add_entry(repo, ContactEntry(NOW, Channel.PHONE, "   "))


def test_suggestions_count_the_diary_and_follow_the_daily_limit_setting(tmp_vault):
    repo = tmp_vault.repo
    for hour in (9, 10, 11):
        _entry(repo, hour=hour, lender_name="某催收公司")
    draft = ContactEntry(dt.datetime(2026, 3, 2, 23), Channel.PHONE, "又来电", lender_name="某催收公司", third_party="同事")
    assert diary.suggest_flags(repo, draft) == ("night-contact", "flooding", "contact-third-party")
    repo.set_setting(diary.DAILY_LIMIT_KEY, "5")
    assert diary.suggest_flags(repo, draft) == ("night-contact", "contact-third-party")


def test_follow_ups_due_and_marked_done(tmp_vault):
    repo = tmp_vault.repo
    entry = _entry(repo, follow_up=dt.date(2026, 3, 2))
    _entry(repo, "以后再说", follow_up=dt.date(2026, 3, 20))
    assert [line.entry.id for line in diary.follow_ups_due(repo, NOW.date())] == [entry.id]
    done = diary.mark_follow_up_done(repo, entry.id, NOW)
    assert done.follow_up_done_at == NOW and diary.follow_ups_due(repo, NOW.date()) == []
    assert diary.count(repo, DiaryFilter(pending_follow_ups=True)) == 1


def test_bad_files_get_a_clear_message_and_store_nothing(tmp_vault, tmp_path):
    repo = tmp_vault.repo
    entry = _entry(repo)
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    cases = [(empty, "diary.attachment_empty"), (big, "diary.attachment_too_large"),
             (tmp_path / "missing.m4a", "diary.attachment_unreadable"), (tmp_path, "diary.attachment_unreadable")]
    for path, code in cases:
        with pytest.raises(CodedError) as caught:
            diary.attach(repo, entry.id, path, NOW, limit_mb=1)
        assert caught.value.code == code
        assert caught.value.message("zh_CN") and caught.value.message("en")
    assert diary.attachments(repo) == []
    with pytest.raises(CodedError) as caught:
        diary.check_file(big, 1)
    assert caught.value.params == {"name": "big.bin", "size": 2, "limit": 1}


def test_attach_open_export_and_delete_the_original(tmp_vault, tmp_path):
    repo = tmp_vault.repo
    entry = _entry(repo)
    original = tmp_path / "录音 2026-03-02.m4a"
    data = bytes(range(256)) * 5000
    original.write_bytes(data)
    stored = diary.attach(repo, entry.id, original, NOW, 10, progress=lambda n: None)
    assert (stored.filename, stored.size, stored.sha256) == (original.name, len(data), hashlib.sha256(data).hexdigest())
    assert stored.file_mtime is not None and stored.added_at == NOW and stored.mime == "audio/mp4"
    assert original.read_bytes() == data  # never altered

    folder = diary.private_folder()
    try:
        copy = diary.open_copy(repo, stored.id, folder, NOW + dt.timedelta(minutes=1))
        assert copy.read_bytes() == data and copy.name == original.name
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        shutil.rmtree(folder)
    out = tmp_path / "out"
    out.mkdir()
    first = diary.export_attachment(repo, stored.id, out, NOW + dt.timedelta(minutes=2))
    second = diary.export_attachment(repo, stored.id, out, NOW + dt.timedelta(minutes=3))
    assert first.read_bytes() == second.read_bytes() == data and second.name == "录音 2026-03-02-2.m4a"
    [info] = diary.attachments(repo, entry.id)
    assert [e.action for e in info.custody] == [CustodyAction.ADDED, CustodyAction.OPENED, CustodyAction.EXPORTED, CustodyAction.EXPORTED]

    original.write_bytes(data + b"changed")
    assert diary.delete_original(original, stored.sha256) is False and original.exists()
    original.write_bytes(data)
    assert diary.delete_original(original, stored.sha256) is True and not original.exists()


@pytest.fixture
def evidence_vault(demo_vault, tmp_path):
    repo = demo_vault.repo
    entry = _entry(repo, "晚上来电威胁", hour=23, misconduct=("threat", "night-contact"), direction=Direction.INCOMING)
    (tmp_path / "a.png").write_bytes(b"\x89PNG fake")
    diary.attach(repo, entry.id, tmp_path / "a.png", NOW, 10)
    return demo_vault


def test_evidence_package_passes_sha256sum_and_logs_each_export(evidence_vault, tmp_path):
    repo = evidence_vault.repo
    out = diary.evidence_package(repo, tmp_path / "证据包", NOW)
    manifest = (out / diary.MANIFEST).read_text(encoding="utf-8").splitlines()
    assert manifest[0].endswith("  证据材料清单.docx") and len(manifest) == 1 + len(diary.attachments(repo))
    assert any(line.endswith("  证据文件/a.png") for line in manifest)
    if shutil.which("sha256sum"):
        check = subprocess.run(["sha256sum", "-c", diary.MANIFEST], cwd=out, capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    text = "\n".join(p.text for p in docx.Document(out / "证据材料清单.docx").paragraphs)
    assert "无法证明" in text and "公证" in text
    assert all(CustodyAction.EXPORTED in [e.action for e in info.custody] for info in diary.attachments(repo))
    with pytest.raises(CodedError) as caught:
        diary.evidence_package(repo, out, NOW)
    assert caught.value.code == "diary.exists"


def test_evidence_package_as_zip_for_one_lender(evidence_vault, tmp_path):
    repo = evidence_vault.repo
    archive = diary.evidence_package(repo, tmp_path / "pkg", NOW, "en", loan_id=1, as_zip=True)
    assert archive.suffix == ".zip" and not (tmp_path / "pkg").exists()
    with zipfile.ZipFile(archive) as z:
        names = z.namelist()
        manifest = z.read("pkg/SHA256SUMS").decode()
        for line in manifest.splitlines():
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(z.read(f"pkg/{name}")).hexdigest() == digest
    assert "pkg/evidence-report.docx" in names and "pkg/files/a.png" not in names  # a.png is not about loan 1
    assert any(name.startswith("pkg/files/") for name in names)  # the demo's files about loan 1 are
