"""`repaydesk-cli doc request|extension|agreement|complaint|objection|instalment` on the demo vault."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from app.cli import build_parser, main
from app.core.records import DocumentRecord
from app.store.demo import fill_demo
from app.store.engine import FAST_KDF_ENV
from app.store.vault import Vault
from tests.conftest import DEMO_TODAY

PASSWORD = "correct horse 电池"
ON = DEMO_TODAY.isoformat()
KINDS = ("request", "extension", "agreement", "complaint", "objection", "instalment")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("vault") / "demo.rdv"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(FAST_KDF_ENV, "1")
        with Vault.create(path, PASSWORD) as vault:
            fill_demo(vault.repo, DEMO_TODAY)
    return path


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPAYDESK_PASSWORD", PASSWORD)


def paragraphs(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(path.read_bytes())).paragraphs)


def test_every_kind_builds_in_chinese_by_default_and_is_recorded(demo_path: Path, tmp_path: Path, capsys) -> None:
    titles = {"request": "协商还款申请书", "extension": "延期/展期还款申请", "agreement": "分期还款（补充）协议",
              "complaint": "投诉信", "objection": "征信异议申请", "instalment": "个性化分期还款申请"}  # fmt: skip
    with Vault.open(demo_path, PASSWORD) as vault:
        before = vault.repo.count(DocumentRecord)
    for kind in KINDS:
        out = tmp_path / f"{kind}.docx"
        assert main(["--lang", "en", "doc", kind, "--vault", str(demo_path), "--on", ON, "--out", str(out)]) == 0
        assert capsys.readouterr().out.strip() == str(out)
        assert paragraphs(out).startswith(titles[kind])
    with Vault.open(demo_path, PASSWORD) as vault:
        recorded = vault.repo.list(DocumentRecord)[before:]
    assert [d.kind for d in recorded] == list(KINDS) and {d.lang for d in recorded} == {"zh_CN"}


def test_english_for_a_chosen_loan_and_a_default_file_name(demo_path: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["doc", "agreement", "--vault", str(demo_path), "--on", ON, "--loan", "1", "--doc-lang", "en"]) == 0
    out = Path(capsys.readouterr().out.strip())
    assert out.name == f"Instalment Repayment Agreement (Supplementary)-{ON}.docx".replace(" ", "-")
    text = paragraphs(tmp_path / out)
    assert "Party A (lender): 闪借花（虚构平台）" in text and "SJH-DEMO-0001" in text


def test_a_missing_loan_and_a_bad_suffix_are_one_line_errors(demo_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["--lang", "zh_CN", "doc", "request", "--vault", str(demo_path), "--loan", "99", "--out", str(tmp_path / "a.docx")]) == 1
    assert capsys.readouterr().err.strip() == "repaydesk-cli: 保险库中没有编号为 99 的借款。"
    assert main(["--lang", "en", "doc", "request", "--vault", str(demo_path), "--out", str(tmp_path / "a.pdf")]) == 1
    assert "Unknown document format" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_an_agreement_with_nothing_owed_says_why(tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.rdv"
    Vault.create(path, PASSWORD).close()
    assert main(["--lang", "zh_CN", "doc", "agreement", "--vault", str(path), "--out", str(tmp_path / "a.docx")]) == 1
    assert "无法生成分期还款协议" in capsys.readouterr().err
    assert not (tmp_path / "a.docx").exists()


def test_the_doc_command_is_shared_with_the_statement() -> None:
    parser = build_parser()
    args = parser.parse_args(["doc", "statement", "--vault", "x"])
    assert args.kind == "statement"
    args = parser.parse_args(["doc", "instalment", "--vault", "x"])
    assert args.kind == "instalment" and args.doc_lang == "zh_CN" and args.loan is None
