"""`repaydesk-cli budget` and `repaydesk-cli doc statement` on a real encrypted vault."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from app.cli import main
from app.core.money import Money
from app.core.records import (
    Asset,
    AssetKind,
    DocumentRecord,
    Expense,
    ExpenseCategory,
    Frequency,
    IncomeCategory,
    IncomeSource,
    LenderType,
    Liability,
    LiabilityKind,
    Loan,
    LoanStatus,
    Payment,
    Profile,
)
from app.store.engine import FAST_KDF_ENV
from app.store.vault import Vault

PASSWORD = "correct horse 电池"
ON = "2026-03-20"
Y = Money.yuan


@pytest.fixture(scope="module")
def vault_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("vault") / "budget.rdv"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(FAST_KDF_ENV, "1")  # as the per-test fixture does; module fixtures run before it
        fill(path)
    return path


def fill(path: Path) -> None:
    with Vault.create(path, PASSWORD) as vault:
        repo = vault.repo
        repo.add(IncomeSource("工资", IncomeCategory.SALARY, Y("6000")))
        repo.add(IncomeSource("年终奖", IncomeCategory.SALARY, Y("1200"), Frequency.YEARLY))
        repo.add(Expense("房租", ExpenseCategory.RENT, Y("2000")))
        repo.add(Expense("游戏充值", ExpenseCategory.OTHER, Y("300"), essential=False))
        repo.add(Asset("存款", AssetKind.CASH, Y("500")))
        repo.add(Liability("表哥", LiabilityKind.FAMILY, Y("3000"), Y("150")))
        # 1200 at 0 % over 12 months: 100 a month from 2026-02-05; February paid, March missed
        loan = repo.add(Loan("测试贷", LenderType.PLATFORM, Y("1200"), Y("1200"), dt.date(2026, 1, 5), dt.date(2026, 2, 5), 12, rate_percent=Decimal(0)))
        repo.add(Payment(loan.id, dt.date(2026, 2, 5), Y("100")))
        repo.add(Loan("已结清贷", LenderType.PLATFORM, Y("500"), Y("500"), dt.date(2025, 1, 5), dt.date(2025, 2, 5), 1, status=LoanStatus.SETTLED))
        repo.set_profile(Profile(full_name="李四", hardship="去年生病住院，收入中断。"))


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPAYDESK_PASSWORD", PASSWORD)


def document_count(path: Path) -> int:
    with Vault.open(path, PASSWORD) as vault:
        return vault.repo.count(DocumentRecord)


def test_budget_json(vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "budget", "--vault", str(vault_path), "--on", ON, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    # income 6000 + 1200/12 = 6100; spending 2000 + 300 = 2300, essential 2000 (= protected minimum)
    # available 6100 − 2000 − 150 = 3950; the loan demands 100 → surplus 3850
    # debts: loan principal 1200 − 100 paid = 1100, family 3000 → 4100; net worth 500 − 4100 = −3600
    # debt-to-income (100 + 150) / 6100 = 0.040983… → 0.0410; the settled loan drops out
    assert figures == {
        "on": ON,
        "empty": False,
        "monthly_income": "6100.00",
        "total_spending": "2300.00",
        "essential_spending": "2000.00",
        "cuttable_spending": "300.00",
        "protected_minimum": "2000.00",
        "liability_payments": "150.00",
        "available_signed": "3950.00",
        "available": "3950.00",
        "contract_demand": "100.00",
        "surplus": "3850.00",
        "shortfall": "0.00",
        "total_assets": "500.00",
        "loans_outstanding": "1100.00",
        "other_liabilities": "3000.00",
        "total_liabilities": "4100.00",
        "net_worth": "-3600.00",
        "overdue": "100.00",
        "overdue_now": "100.00",
        "overdue_penalties": "0.00",
        "lump_sums_12m": "0.00",
        "protected_minimum_is_default": True,
        "debt_to_income": "0.0410",
    }


def test_budget_text_in_chinese(vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "zh_CN", "budget", "--vault", str(vault_path), "--on", ON]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("每月可用于偿还借款的金额") and line.endswith("3,950.00") for line in lines)
    assert any(line.startswith("净资产") and line.endswith("-3,600.00") for line in lines)
    assert any(line.startswith("负债收入比") and line.endswith("4.1%") for line in lines)


def test_doc_statement_docx(vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = document_count(vault_path)
    out = tmp_path / "说明.docx"
    assert main(["--lang", "zh_CN", "doc", "statement", "--vault", str(vault_path), "--on", ON, "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    document = docx.Document(str(out))
    text = "\n".join([p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert "李四" in text and "2026年3月20日" in text and "去年生病住院，收入中断。" in text
    assert "测试贷" in text and "已结清贷" not in text
    assert "1,100.00" in text and "3,950.00" in text and "叁仟玖佰伍拾元整" in text
    assert document_count(vault_path) == before + 1


@pytest.mark.parametrize("suffix", [".csv", ".html"])
def test_doc_statement_other_formats(vault_path: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"statement{suffix}"
    assert main(["--lang", "en", "doc", "statement", "--vault", str(vault_path), "--on", ON, "--out", str(out), "--doc-lang", "en"]) == 0
    data = out.read_bytes()
    if suffix == ".csv":
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert ["summary", "available for repayment", "", "", "", "3950.00", "", ""] in rows
    else:
        html = data.decode("utf-8")
        assert "Statement of Financial Circumstances" in html and "3,950.00" in html


def test_bad_format_and_bad_date_are_one_line_errors(vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = document_count(vault_path)
    out = tmp_path / "statement.pdf"
    assert main(["--lang", "zh_CN", "doc", "statement", "--vault", str(vault_path), "--out", str(out)]) == 1
    assert capsys.readouterr().err == "repaydesk-cli: 不支持的文件格式“.pdf”（请使用 .docx、.html 或 .csv）。\n"
    assert main(["--lang", "en", "budget", "--vault", str(vault_path), "--on", "2026-02-30"]) == 1
    assert capsys.readouterr().err == "repaydesk-cli: “2026-02-30” is not a date (use YYYY-MM-DD).\n"
    assert not out.exists() and document_count(vault_path) == before


def test_unwritable_target_is_reported_and_not_recorded(vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = document_count(vault_path)
    out = tmp_path / "missing" / "statement.docx"
    assert main(["--lang", "en", "doc", "statement", "--vault", str(vault_path), "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith(f"repaydesk-cli: Could not save {out}:")
    assert document_count(vault_path) == before


def test_default_name_never_overwrites(vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "财务状况说明-2026-03-20.docx").write_bytes(b"earlier export")
    assert main(["--lang", "zh_CN", "doc", "statement", "--vault", str(vault_path), "--on", ON]) == 0
    assert (tmp_path / "财务状况说明-2026-03-20.docx").read_bytes() == b"earlier export"
    assert docx.Document(str(tmp_path / "财务状况说明-2026-03-20-2.docx")).paragraphs[0].text == "财务状况说明"


def test_wrong_password(vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("REPAYDESK_PASSWORD", "wrong")
    assert main(["--lang", "en", "budget", "--vault", str(vault_path)]) == 1
    assert capsys.readouterr().err.startswith("repaydesk-cli: Wrong password")


def test_empty_vault_statement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.rdv"
    Vault.create(path, PASSWORD).close()
    assert main(["--lang", "en", "budget", "--vault", str(path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["empty"] is True and figures["available"] == "0.00" and figures["debt_to_income"] is None
    out = tmp_path / "empty.docx"
    assert main(["--lang", "en", "doc", "statement", "--vault", str(path), "--out", str(out), "--doc-lang", "en"]) == 0
    assert any("this statement is empty" in p.text for p in docx.Document(str(out)).paragraphs)


def test_documents_are_chinese_unless_english_is_asked_for(vault_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "statement.docx"
    assert main(["--lang", "en", "doc", "statement", "--vault", str(vault_path), "--on", ON, "--out", str(out)]) == 0
    assert docx.Document(str(out)).paragraphs[0].text == "财务状况说明"


def test_three_figures_from_a_bullet_an_ended_term_and_a_running_loan(monkeypatch, capsys, tmp_vault, vault_password, tmp_path):
    """Issue 8 item 2: a bullet's 39 000 and an ended term are never summed into a monthly demand."""
    monkeypatch.setenv("REPAYDESK_PASSWORD", vault_password)
    from tests.core.loans import make_loan

    repo = tmp_vault.repo
    repo.add(IncomeSource("工资", IncomeCategory.SALARY, Y("3000")))
    repo.add(make_loan(lender="表叔", lender_type=LenderType.PRIVATE, principal=Y(30000), received=Y(30000), contract_date=dt.date(2024, 8, 1),
                       first_due_date=dt.date(2024, 9, 1), instalments=24, rate_percent=Decimal(15), method="bullet"))
    repo.add(make_loan(lender="已到期", late_fee=Y(50)))  # 12 × 888.49 from 2024-02-10, nothing paid
    running = repo.add(make_loan(lender="还款中", contract_date=dt.date(2025, 6, 10), first_due_date=dt.date(2025, 7, 10)))
    for month in (7, 8, 9, 10, 11, 12):
        repo.add(Payment(running.id, dt.date(2025, month, 10), Y("888.49")))
    path = str(tmp_vault.path)
    tmp_vault.close()
    assert main(["--lang", "en", "budget", "--vault", path, "--on", "2026-01-05", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["contract_demand"] == "888.49"  # the running loan's instalment only
    assert (figures["available"], figures["surplus"], figures["shortfall"]) == ("3000.00", "2111.51", "0.00")
    assert figures["overdue_now"] == "10661.86"  # the ended loan's twelve instalments
    assert figures["overdue_penalties"] == "600.00"  # twelve late fees of 50
    assert figures["lump_sums_12m"] == "39000.00"  # the bullet, due 2026-08-01

    out = tmp_path / "statement.docx"
    assert main(["--lang", "zh_CN", "doc", "statement", "--vault", path, "--on", "2026-01-05", "--out", str(out)]) == 0
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "此外，已逾期欠款10,661.86元（另被主张罚息及滞纳金600.00元）" in text
    assert "未来12个月内另有一次性到期还款共39,000.00元" in text
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "借款每月常规应还（仍在还款期内）" in cells and "888.49" in cells
    assert "未来12个月内到期的一次性还款" in cells and "39,000.00" in cells
