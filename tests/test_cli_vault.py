"""repaydesk-cli vault/export/import, in-process and as a real subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.core import records as r
from app.store.vault import Vault

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("REPAYDESK_PASSWORD", "cli-pass")
    monkeypatch.setenv("REPAYDESK_LANG", "en")


def test_init_demo_check_export_import_round_trip(env, tmp_path, capsys):
    vault = tmp_path / "v.repaydesk"
    assert main(["vault", "init", "--demo", "--allow-weak", "--vault", str(vault)]) == 0
    assert main(["vault", "check", "--vault", str(vault)]) == 0
    assert capsys.readouterr().out.strip().endswith("ok")
    assert main(["export", "--vault", str(vault)]) == 0
    exported = capsys.readouterr().out
    assert "闪借花" in exported  # UTF-8, not \\u escapes
    document = json.loads(exported)
    assert len(document["loans"]) == 5
    file = tmp_path / "e.json"
    file.write_text(exported, encoding="utf-8")
    second = tmp_path / "w.repaydesk"
    assert main(["vault", "init", "--allow-weak", "--vault", str(second)]) == 0
    assert main(["import", "--vault", str(second), str(file)]) == 0
    capsys.readouterr()
    assert main(["export", "--vault", str(second), "--out", str(tmp_path / "f.json")]) == 0
    assert (tmp_path / "f.json").read_text(encoding="utf-8") == exported


def test_errors_are_one_line_with_exit_1(env, tmp_path, capsys):
    vault = tmp_path / "v.repaydesk"
    assert main(["vault", "check", "--vault", str(vault)]) == 1
    assert capsys.readouterr().err == f"repaydesk-cli: There is no vault at {vault}.\n"
    assert main(["vault", "init", "--allow-weak", "--vault", str(vault)]) == 0
    assert main(["vault", "init", "--allow-weak", "--vault", str(vault)]) == 1
    assert "was not overwritten" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "repaydesk/1", "loans": [{"lender": "x", "lender_type": "platform", "principal": "abc"}]}')
    assert main(["import", "--vault", str(vault), str(bad)]) == 1
    assert capsys.readouterr().err == "repaydesk-cli: loans[0].principal: “abc” is not an amount of money.\n"
    bad.write_text("{not json")
    assert main(["--lang", "zh_CN", "import", "--vault", str(vault), str(bad)]) == 1
    assert capsys.readouterr().err.startswith("repaydesk-cli: 文件不是有效的 JSON")
    with Vault.open(vault, "cli-pass") as opened:
        assert opened.repo.count(r.Loan) == 0


def test_passwd_backup_restore_with_password_on_stdin(env, tmp_path, capsys, monkeypatch):
    vault = tmp_path / "v.repaydesk"
    assert main(["vault", "init", "--demo", "--allow-weak", "--vault", str(vault)]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("cli-pass\nnew-pass\n"))
    assert main(["vault", "passwd", "--allow-weak", "--vault", str(vault), "--password-stdin"]) == 0
    assert main(["vault", "check", "--vault", str(vault)]) == 1
    assert "Wrong password" in capsys.readouterr().err
    monkeypatch.setenv("REPAYDESK_PASSWORD", "new-pass")
    backup = tmp_path / "b.bak"
    assert main(["vault", "backup", "--vault", str(vault), "--out", str(backup)]) == 0
    with Vault.open(vault, "new-pass") as opened:
        opened.repo.delete(r.Loan, 1)
    assert main(["vault", "restore", str(backup), "--vault", str(vault)]) == 0
    with Vault.open(vault, "new-pass") as opened:
        assert opened.repo.count(r.Loan) == 5


def test_subprocess_reports_a_wrong_password_without_traceback(tmp_path):
    vault = tmp_path / "v.repaydesk"
    environment = {**os.environ, "REPAYDESK_PASSWORD": "right-one", "REPAYDESK_LANG": "en", "REPAYDESK_TEST_FAST_KDF": "1"}
    created = subprocess.run([sys.executable, "-m", "app.cli", "vault", "init", "--allow-weak", "--vault", str(vault)], cwd=ROOT,
                             env=environment, capture_output=True, text=True, timeout=120)
    assert created.returncode == 0, created.stderr
    environment["REPAYDESK_PASSWORD"] = "wrong"
    refused = subprocess.run([sys.executable, "-m", "app.cli", "export", "--vault", str(vault)], cwd=ROOT,
                             env=environment, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1
    assert refused.stderr == "repaydesk-cli: Wrong password, or this file is not a RepayDesk vault.\n"
    assert refused.stdout == ""


def test_a_password_that_is_not_utf8_gets_one_line_not_a_traceback(env, tmp_path, capsys, monkeypatch):
    vault = tmp_path / "v.repaydesk"
    expected = "repaydesk-cli: The password is not valid text (it contains bytes that are not UTF-8). Type it again.\n"
    monkeypatch.setenv("REPAYDESK_PASSWORD", os.fsdecode(b"caf\xe9"))  # how Python hands over such bytes
    assert main(["vault", "init", "--allow-weak", "--vault", str(vault)]) == 1
    assert capsys.readouterr().err == expected
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe pass\n")))
    assert main(["vault", "init", "--allow-weak", "--vault", str(vault), "--password-stdin"]) == 1
    assert capsys.readouterr().err == expected
    assert not vault.exists()


def test_check_names_damaged_pages_and_salvage_copies_the_rest(env, tmp_path, capsys):
    vault = tmp_path / "v.repaydesk"
    assert main(["vault", "init", "--allow-weak", "--demo", "--vault", str(vault)]) == 0
    data = bytearray(vault.read_bytes())
    last = len(data) // 4096
    data[(last - 1) * 4096 + 300 : (last - 1) * 4096 + 364] = bytes(64)
    vault.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["vault", "check", "--vault", str(vault)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("The password is right but the vault is damaged.\n")
    assert f"page {last}" in out
    assert main(["vault", "backup", "--vault", str(vault), "--out", str(tmp_path / "b.bak")]) == 1
    assert "damaged" in capsys.readouterr().err and not (tmp_path / "b.bak").exists()
    new = tmp_path / "saved.repaydesk"
    assert main(["vault", "salvage", "--vault", str(vault), "--out", str(new)]) == 0
    report = capsys.readouterr().out
    assert "loans: " in report and report.strip().endswith(str(new))
    assert main(["vault", "check", "--vault", str(new)]) == 0


def test_passwd_and_restore_say_what_happened(env, tmp_path, capsys, monkeypatch):
    vault = tmp_path / "v.repaydesk"
    assert main(["vault", "init", "--allow-weak", "--vault", str(vault)]) == 0
    assert main(["vault", "backup", "--vault", str(vault), "--out", str(tmp_path / "b.bak")]) == 0
    monkeypatch.setenv("REPAYDESK_NEW_PASSWORD", "fresh enough")
    capsys.readouterr()
    assert main(["vault", "passwd", "--allow-weak", "--vault", str(vault)]) == 0
    assert capsys.readouterr().out == "Password changed: the vault now opens with the NEW password only.\n"
    assert main(["vault", "restore", str(tmp_path / "b.bak"), "--vault", str(vault)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == str(vault) and lines[1].startswith(f"Restored. The vault that was there is kept as {vault}.before-restore.")


@pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL")
def test_a_create_killed_while_filling_leaves_nothing_half_made(env, tmp_path):
    import signal

    from app.store.demo import fill_demo

    vault = tmp_path / "v.repaydesk"
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child is killed halfway through filling

        def fill_then_hang(repo):
            fill_demo(repo)
            os.write(write, b"!")
            signal.pause()

        try:
            Vault.create(vault, "cli-pass", fill=fill_then_hang)
        finally:
            os._exit(1)
    assert os.read(read, 1) == b"!"
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert not vault.exists()
    assert all(p.name.endswith((".part", ".part-wal", ".part-shm", ".lock")) for p in tmp_path.iterdir())
    assert main(["vault", "init", "--allow-weak", "--demo", "--vault", str(vault)]) == 0
    assert main(["vault", "check", "--vault", str(vault)]) == 0
