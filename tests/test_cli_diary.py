"""`repaydesk-cli diary …` and `doc evidence` on a real encrypted vault."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from app.cli import main
from app.core.money import Money
from app.core.records import Attachment, ContactEntry, DocumentRecord, LenderType, Loan
from app.store.vault import Vault

PASSWORD = "correct horse 电池"


@pytest.fixture
def vault_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REPAYDESK_PASSWORD", PASSWORD)
    path = tmp_path / "diary.rdv"
    with Vault.create(path, PASSWORD) as vault:
        vault.repo.add(Loan("闪借花", LenderType.PLATFORM, Money.yuan("1000"), Money.yuan("1000"), dt.date(2026, 1, 1),
                            dt.date(2026, 2, 1), 3, rate_percent=Decimal(10)))
    return path


def _run(*args: str) -> int:
    return main(["--lang", "en", *args])


def test_add_then_search_as_json(vault_path, capsys):
    assert _run("diary", "add", "--vault", str(vault_path), "--lender", "闪借花", "--summary", "催收员 工号 GH0321 说要起诉",
                "--when", "2026-03-01T23:10", "--channel", "phone", "--direction", "in", "--flag", "threat",
                "--flag", "night-contact") == 0
    entry_id = int(capsys.readouterr().out)
    assert _run("diary", "add", "--vault", str(vault_path), "--lender", "某外包公司", "--summary", "短信催收",
                "--channel", "sms") == 0
    capsys.readouterr()
    assert _run("diary", "search", "--vault", str(vault_path), "0321", "--json") == 0
    assert json.loads(capsys.readouterr().out) == [{
        "id": entry_id, "when": "2026-03-01T23:10:00", "lender": "闪借花", "summary": "催收员 工号 GH0321 说要起诉",
        "flags": ["threat", "night-contact"],
    }]
    assert _run("diary", "search", "--vault", str(vault_path), "催收") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and any("某外包公司" in line for line in lines)
    assert _run("diary", "search", "--vault", str(vault_path), '"*AND(', "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    with Vault.open(vault_path, PASSWORD) as vault:
        free = [c for c in vault.repo.list(ContactEntry) if c.loan_id is None]
        assert [(c.lender_name, c.channel.value) for c in free] == [("某外包公司", "sms")]


def test_bad_input_is_one_line_and_changes_nothing(vault_path, capsys):
    assert _run("diary", "add", "--vault", str(vault_path), "--lender", "x", "--summary", "y", "--flag", "nope") == 1
    assert "not a misconduct flag" in capsys.readouterr().err
    assert _run("diary", "add", "--vault", str(vault_path), "--lender", "x", "--summary", "y", "--when", "yesterday") == 1
    assert "not a date and time" in capsys.readouterr().err
    assert _run("diary", "add", "--vault", str(vault_path), "--lender", "x", "--summary", "  ") == 1
    assert "required" in capsys.readouterr().err
    assert _run("diary", "attach", "--vault", str(vault_path), "--entry", "99", __file__) == 1
    assert "no diary entry 99" in capsys.readouterr().err
    with Vault.open(vault_path, PASSWORD) as vault:
        assert vault.repo.count(ContactEntry) == 0


def test_attach_export_evidence_and_doc_evidence(vault_path, tmp_path, capsys, monkeypatch):
    _run("diary", "add", "--vault", str(vault_path), "--lender", "闪借花", "--summary", "威胁上门", "--flag", "threat",
         "--when", "2026-03-01T10:00")
    entry_id = capsys.readouterr().out.strip()
    evidence = tmp_path / "截图.png"
    evidence.write_bytes(b"\x89PNG evidence")
    assert _run("diary", "attach", "--vault", str(vault_path), "--entry", entry_id, str(evidence)) == 0
    attachment_id, digest, size, name = capsys.readouterr().out.strip().split("\t")
    assert (digest, size, name) == (hashlib.sha256(b"\x89PNG evidence").hexdigest(), "13", "截图.png")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert _run("diary", "attach", "--vault", str(vault_path), "--entry", entry_id, str(empty)) == 1
    assert "empty" in capsys.readouterr().err

    assert _run("diary", "export-evidence", "--vault", str(vault_path), "--out", str(tmp_path / "pkg")) == 0
    package = Path(capsys.readouterr().out.strip())
    manifest = (package / "SHA256SUMS").read_text(encoding="utf-8")
    assert f"{digest}  证据文件/截图.png\n" in manifest and "证据材料清单.docx" in manifest  # Chinese unless --doc-lang en

    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "zh_CN", "doc", "evidence", "--vault", str(vault_path), "--lender", "闪借花"]) == 0
    out = Path(capsys.readouterr().out.strip())
    assert out.name == "证据材料清单.docx"
    cells = [c.text for t in docx.Document(out).tables for row in t.rows for c in row.cells]
    assert digest in cells and "威胁上门" in cells
    with Vault.open(vault_path, PASSWORD) as vault:
        assert [d.kind for d in vault.repo.list(DocumentRecord)] == ["evidence"]
        assert vault.repo.get(Attachment, int(attachment_id)).filename == "截图.png"
