"""Every file the app writes with personal data: owner-only, never through a planted symlink,
complete or absent after an interruption."""

from __future__ import annotations

import json
import os
import signal
import stat
import sys
import time

import pytest

from app import private_files
from app.cli import main
from app.documents.save import save_bytes, save_docx
from app.services.backups import daily_backup
from app.store.vault import Vault
from tests.store.test_vault import _loan

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and symlinks")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_every_kind_of_file_the_app_writes_is_owner_only(umask_022, tmp_path, monkeypatch, vault_password):
    import datetime as dt

    import docx

    monkeypatch.setenv("REPAYDESK_PASSWORD", vault_password)
    written = {}
    vault_path = tmp_path / "v.repaydesk"
    with Vault.create(vault_path, vault_password) as vault:
        vault.repo.add(_loan())
        written["backup"] = vault.backup(tmp_path / "b.bak")
        written["daily backup"] = daily_backup(vault, dt.date(2026, 1, 2), keep=3)
    written["vault"] = vault_path
    assert main(["export", "--vault", str(vault_path), "--out", str(tmp_path / "all.json")]) == 0
    written["JSON export"] = tmp_path / "all.json"
    written["docx"] = save_docx(docx.Document(), tmp_path / "a.docx")
    written["CSV/HTML"] = save_bytes(b"a,b\n", tmp_path / "a.csv")
    kept = Vault.restore(written["backup"], vault_path, vault_password)
    written["restored vault"] = vault_path
    written["vault kept at restore"] = kept
    written["salvaged vault"] = tmp_path / "s.repaydesk"
    Vault.salvage(vault_path, vault_password, written["salvaged vault"])
    modes = {kind: oct(_mode(path)) for kind, path in written.items()}
    assert modes == dict.fromkeys(written, "0o600"), modes
    assert _mode(tmp_path / "backups") == 0o700


def test_a_symlink_planted_at_the_temp_name_is_not_followed(tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    target = tmp_path / "export.json"
    names = iter(["planted", "planted", "fresh"])
    monkeypatch.setattr(private_files.secrets, "token_hex", lambda n: next(names))
    planted = tmp_path / f".{target.name}.planted.part"
    planted.symlink_to(victim)
    private_files.write_bytes(target, b"secret")
    assert victim.read_text() == "untouched"
    assert target.read_bytes() == b"secret"
    assert planted.is_symlink()  # left alone, not replaced either


def test_the_cli_export_never_writes_through_a_planted_symlink(tmp_vault, vault_password, tmp_path, monkeypatch):
    tmp_vault.close()
    monkeypatch.setenv("REPAYDESK_PASSWORD", vault_password)
    victim = tmp_path / "victim"
    victim.write_text("untouched")
    out = tmp_path / "e.json"
    for name in (f".{out.name}.part", f".{out.name}.{os.getpid()}.part"):  # the names the old code used
        (tmp_path / name).symlink_to(victim)
    assert main(["export", "--vault", str(tmp_vault.path), "--out", str(out)]) == 0
    assert victim.read_text() == "untouched"
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "repaydesk/1"


def test_an_existing_file_is_not_overwritten_when_replace_is_off(tmp_path):
    target = tmp_path / "b.bak"
    target.write_bytes(b"old")
    with pytest.raises(FileExistsError):
        private_files.write_bytes(target, b"new", replace=False)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.bak"]


def test_a_failing_writer_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "a.docx"
    target.write_bytes(b"old version")

    def half_then_fail(stream):
        stream.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        private_files.write_with(target, half_then_fail)
    assert target.read_bytes() == b"old version"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


@pytest.mark.parametrize("old", [b"old version", None])
def test_a_write_killed_midway_leaves_the_old_file_or_none(tmp_path, old):
    target = tmp_path / "export.json"
    if old is not None:
        target.write_bytes(old)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child writes slowly until killed
        os.close(read)
        with private_files.writing(target) as stream:
            stream.write(b"x" * 4096)
            stream.flush()
            os.write(write, b"!")
            time.sleep(30)
        os._exit(0)
    os.close(write)
    assert os.read(read, 1) == b"!"
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(read)
    if old is None:
        assert not target.exists()
    else:
        assert target.read_bytes() == old
    leftovers = [p for p in tmp_path.iterdir() if p != target]
    assert all(p.name.startswith(".export.json.") and p.name.endswith(".part") and _mode(p) == 0o600 for p in leftovers)
