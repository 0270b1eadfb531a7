"""`repaydesk-cli payoff`: the issue's hand check, the JSON fields, strategies, a vault, bad input."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.store.demo import fill_demo
from app.store.engine import FAST_KDF_ENV
from app.store.vault import Vault
from tests.conftest import DEMO_TODAY

PASSWORD = "correct horse 电池"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def debts_file(tmp_path):
    def write(debts) -> str:
        path = tmp_path / "debts.json"
        path.write_text(json.dumps(debts, ensure_ascii=False), encoding="utf-8")
        return str(path)

    return write


def test_one_debt_of_10000_at_20_percent_with_500_a_month_is_paid_off_in_25_months(capsys, debts_file):
    path = debts_file([{"name": "A", "balance": "10000", "annual_rate": "20", "min_payment": "0"}])
    code, out, _ = run(capsys, "payoff", "--input", path, "--budget", "500", "--json")
    document = json.loads(out)
    assert code == 0 and document["months"] == 25
    assert document["total_interest"] == "2266.06" and document["shortfall"] == "0.00"
    assert document["debts"] == [
        {"name": "A", "payoff_month": 25, "paid": "12266.06", "interest": "2266.06", "proposal": "500.00", "proposal_term": 25}
    ]


TWO = [
    {"name": "高息", "balance": 1000, "annual_rate": "24", "min_payment": "100"},
    {"name": "低息", "balance": "500", "annual_rate": 12, "min_payment": "50"},
]


@pytest.mark.parametrize(("strategy", "first"), [("avalanche", "高息"), ("snowball", "低息")])
def test_strategies_choose_who_is_paid_off_first(capsys, debts_file, strategy, first):
    code, out, _ = run(capsys, "payoff", "--input", debts_file(TWO), "--budget", "300", "--strategy", strategy, "--json")
    debts = json.loads(out)["debts"]
    assert code == 0 and min(debts, key=lambda d: d["payoff_month"])["name"] == first


def test_pro_rata_below_the_minimums_reports_the_shortfall_and_who_never_pays_off(capsys, debts_file):
    code, out, _ = run(capsys, "payoff", "--input", debts_file(TWO), "--budget", "120", "--strategy", "pro-rata", "--json")
    document = json.loads(out)
    assert code == 0 and document["minimums_total"] == "150.00" and document["shortfall"] == "30.00"
    assert "payoff.shortfall" in document["messages"]


def test_a_budget_that_never_pays_off_stops_with_null_months(capsys, debts_file):
    path = debts_file([{"name": "A", "balance": "10000", "annual_rate": "36", "min_payment": "0"}])
    code, out, _ = run(capsys, "payoff", "--input", path, "--budget", "0", "--json")
    document = json.loads(out)
    assert code == 0 and document["debts"][0]["payoff_month"] is None and document["repaid"] is False


def test_the_table_in_chinese(capsys, debts_file):
    code, out, _ = run(capsys, "--lang", "zh_CN", "payoff", "--input", debts_file(TWO), "--budget", "300")
    assert code == 0 and "还清月份" in out and "高息" in out


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('[{"name": "A", "balance": "-5", "annual_rate": "1", "min_payment": "0"}]', "[0].balance"),
        ('[{"name": "A", "balance": "abc", "annual_rate": "1", "min_payment": "0"}]', "abc"),
        ('[{"name": "A", "balance": "5", "annual_rate": "-1", "min_payment": "0"}]', "[0].annual_rate"),
        ('[{"name": "A", "balance": "5"}]', "[0]"),
        ("[]", "name"),
        ("{not json", "JSON"),
    ],
)
def test_bad_input_is_one_line_without_traceback(capsys, tmp_path, content, needle):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "--lang", "en", "payoff", "--input", str(path), "--budget", "100")
    assert code == 1 and out == "" and needle in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_bad_budget_and_missing_arguments(capsys, debts_file):
    path = debts_file(TWO)
    code, _, err = run(capsys, "--lang", "en", "payoff", "--input", path, "--budget", "-1")
    assert code == 1 and "--budget" in err and "negative" in err
    code, _, err = run(capsys, "--lang", "en", "payoff", "--input", path)
    assert code == 1 and "--vault" in err


def test_from_a_vault_uses_its_open_loans_and_budget(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv(FAST_KDF_ENV, "1")
    monkeypatch.setenv("REPAYDESK_PASSWORD", PASSWORD)
    path = tmp_path / "v.repaydesk"
    with Vault.create(path, PASSWORD) as vault:
        fill_demo(vault.repo, DEMO_TODAY)
    code, out, _ = run(capsys, "payoff", "--vault", str(path), "--on", DEMO_TODAY.isoformat(), "--json")
    document = json.loads(out)
    assert code == 0 and len(document["debts"]) == 5
    # 7 321.44 of regular instalments plus 4 122.88 already overdue, due in the first month
    assert document["minimums_total"] == "11444.32" and document["shortfall"] == "7823.32"
    code, out, _ = run(capsys, "payoff", "--vault", str(path), "--on", DEMO_TODAY.isoformat(), "--budget", "20000", "--json")
    assert json.loads(out)["shortfall"] == "0.00" and json.loads(out)["repaid"] is True
