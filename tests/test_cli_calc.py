"""repaydesk-cli schedule / apr / loans, in process, checking the figures."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.core import records as r
from app.core.money import Money
from tests.core.loans import make_loan


@pytest.fixture
def en(monkeypatch):
    monkeypatch.setenv("REPAYDESK_LANG", "en")


def run_json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_schedule_json_equal_installment(en, capsys):
    doc = run_json(capsys, ["schedule", "--principal", "10000", "--annual-rate", "12", "--months", "12", "--method", "equal-installment", "--json"])
    assert doc["total_interest"] == "661.86"
    assert [row["payment"] for row in doc["rows"]] == ["888.49"] * 11 + ["888.47"]
    assert doc["rows"][0] == {"period": 1, "payment": "888.49", "principal": "788.49", "interest": "100.00", "balance": "9211.51"}
    assert doc["rows"][-1]["balance"] == "0.00"


@pytest.mark.parametrize(
    ("method", "total_interest", "first_payment"),
    [("equal-principal", "650.00", "933.33"), ("interest-only", "1200.00", "100.00"), ("flat", "1200.00", "933.33"), ("bullet", "1200.00", "11200.00")],
)
def test_schedule_json_other_methods(en, capsys, method, total_interest, first_payment):
    doc = run_json(capsys, ["schedule", "--principal", "10000", "--annual-rate", "12", "--months", "12", "--method", method, "--json"])
    assert (doc["total_interest"], doc["rows"][0]["payment"]) == (total_interest, first_payment)


def test_flat_with_monthly_rate(en, capsys):
    doc = run_json(capsys, ["schedule", "--principal", "10000", "--monthly-rate", "1", "--months", "3", "--method", "flat", "--json"])
    assert [row["payment"] for row in doc["rows"]] == ["3433.33", "3433.33", "3433.34"]


def test_schedule_text_in_chinese(capsys):
    assert main(["--lang", "zh_CN", "schedule", "--principal", "1万", "--annual-rate", "12%", "--months", "12"]) == 0
    out = capsys.readouterr().out
    assert "期数" in out and "利息合计：¥661.86" in out and "888.47" in out


def test_apr_pboc_example(en, capsys):
    doc = run_json(capsys, ["apr", "--received", "99000", "--payment", "8833.3", "--count", "12", "--json"])
    assert (doc["apr_simple"], doc["apr_compound"]) == ("12.80", "13.58")
    assert doc["period_rate"] == "1.0670"


def test_apr_with_upfront_fee_and_weeks(en, capsys):
    doc = run_json(capsys, ["apr", "--received", "10000", "--upfront-fee", "1000", "--payment", "888.49", "--count", "12", "--json"])
    assert doc["apr_simple"] == "32.50"  # numpy-financial: irr([-9000, 888.49 × 12]) × 12
    weekly = run_json(capsys, ["apr", "--received", "1000", "--payment", "105", "--count", "10", "--period", "week", "--json"])
    assert weekly["periods_per_year"] == 52
    assert abs(Decimal(weekly["apr_simple"]) - Decimal(weekly["period_rate"]) * 52) < Decimal("0.01")
    assert weekly["apr_simple"] == "46.65"  # numpy-financial: irr([-1000, 105 × 10]) × 52


def test_apr_text(capsys):
    assert main(["--lang", "zh_CN", "apr", "--received", "99000", "--payment", "8833.3", "--count", "12"]) == 0
    assert "单利 12.80%" in capsys.readouterr().out


def test_apr_from_flows_file(en, capsys, tmp_path):
    flows = tmp_path / "flows.csv"
    flows.write_text("date,amount\n2022-07-01,-1000\n2023-07-01,1100\n", encoding="utf-8")
    doc = run_json(capsys, ["apr", "--flows", str(flows), "--json"])
    assert doc["apr_compound"] == "10.00"
    assert doc["apr_simple"] == "9.53"  # dated flows: 365 × (1.1^(1/365) − 1)
    assert (doc["period"], doc["periods_per_year"]) == ("day", 365)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["schedule", "--principal", "abc", "--annual-rate", "12", "--months", "12"], "is not an amount of money"),
        (["schedule", "--principal", "0", "--annual-rate", "12", "--months", "12"], "greater than zero"),
        (["schedule", "--principal", "-5", "--annual-rate", "12", "--months", "12"], "cannot be negative"),
        (["schedule", "--principal", "100", "--annual-rate", "12", "--months", "0"], "between 1 and 1200"),
        (["schedule", "--principal", "100", "--annual-rate", "12", "--months", "10000"], "between 1 and 1200"),
        (["schedule", "--principal", "100", "--annual-rate", "12", "--months", "twelve"], "is not a whole number"),
        (["schedule", "--principal", "100", "--annual-rate", "x", "--months", "12"], "is not a rate"),
        (["schedule", "--principal", "100", "--months", "12"], "--annual-rate"),
        (["apr", "--received", "100", "--upfront-fee", "100", "--payment", "10", "--count", "12"], "less than the amount received"),
        (["apr", "--received", "100", "--count", "12"], "--flows"),
        (["apr", "--received", "100", "--payment", "-1", "--count", "12"], "cannot be negative"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(en, capsys, argv, message):
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err


def test_flows_without_a_unique_rate(en, capsys, tmp_path):
    flows = tmp_path / "flows.csv"
    flows.write_text("2022-01-01,-100\n2023-01-01,230\n2024-01-01,-132\n", encoding="utf-8")
    assert main(["apr", "--flows", str(flows)]) == 1
    assert "different rates" in capsys.readouterr().err
    flows.write_text("2022-01-01,100\n2023-01-01,230\n", encoding="utf-8")
    assert main(["apr", "--flows", str(flows)]) == 1
    assert "no rate can be computed" in capsys.readouterr().err
    flows.write_text("2022-01-01,-100\nlast year,230\n", encoding="utf-8")
    assert main(["apr", "--flows", str(flows)]) == 1
    assert "line 2" in capsys.readouterr().err
    assert main(["apr", "--flows", str(tmp_path / "missing.csv")]) == 1
    assert "Cannot read" in capsys.readouterr().err


def test_flows_line_problem_is_in_the_users_language(capsys, tmp_path):
    flows = tmp_path / "flows.csv"
    flows.write_text("2022-01-01,-100\nlast year,230\n", encoding="utf-8")
    assert main(["--lang", "zh_CN", "apr", "--flows", str(flows)]) == 1
    assert "第 2 行：“last year”不是有效日期" in capsys.readouterr().err


def test_absurd_rate_warns_but_computes(en, capsys):
    assert main(["schedule", "--principal", "100", "--annual-rate", "2000", "--months", "2", "--json"]) == 0
    captured = capsys.readouterr()
    assert "warning" in captured.err and "1000%" in captured.err
    assert json.loads(captured.out)["total_interest"] == "287.89"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(principal=st.text(max_size=12), rate=st.text(max_size=8), months=st.text(max_size=6))
def test_garbage_never_crashes(capsys, principal, rate, months):
    code = main(["--lang", "en", "schedule", f"--principal={principal}", f"--annual-rate={rate}", f"--months={months}", "--json"])
    assert code in (0, 1)
    capsys.readouterr()


def test_loans_lists_outstanding_and_real_apr(monkeypatch, capsys, tmp_vault, vault_password):
    monkeypatch.setenv("REPAYDESK_PASSWORD", vault_password)
    loan = tmp_vault.repo.add(make_loan(lender="闪借花", received=Money.yuan(9000)))
    tmp_vault.repo.add(r.Payment(loan.id, dt.date(2024, 2, 10), Money.yuan("888.49")))
    path = str(tmp_vault.path)
    tmp_vault.close()
    doc = run_json(capsys, ["--lang", "en", "loans", "--vault", path, "--on", "2024-02-20", "--json"])
    assert len(doc) == 1
    row = doc[0]
    assert (row["lender"], row["outstanding_principal"], row["next_due_date"], row["level"]) == ("闪借花", "9211.51", "2024-03-10", "red")
    assert row["apr_simple"] == "32.50"
    assert main(["--lang", "zh_CN", "loans", "--vault", path, "--on", "2024-02-20"]) == 0
    out = capsys.readouterr().out
    assert "闪借花" in out and "32.50%" in out and "不构成法律意见" in out


def test_loans_json_has_the_derived_status_and_the_lawful_balance(monkeypatch, capsys, tmp_vault, vault_password):
    monkeypatch.setenv("REPAYDESK_PASSWORD", vault_password)
    # the issue's private example: 30 000 at 15 %, bullet after 2 years from 2024-08-01, entered as "current"
    tmp_vault.repo.add(make_loan(lender="Uncle", lender_type=r.LenderType.PRIVATE, principal=Money.yuan(30000), received=Money.yuan(30000),
                                 contract_date=dt.date(2024, 8, 1), first_due_date=dt.date(2024, 9, 1), instalments=24,
                                 rate_percent=Decimal(15), method=r.RepaymentMethod.BULLET))
    path = str(tmp_vault.path)
    tmp_vault.close()
    [row] = run_json(capsys, ["--lang", "en", "loans", "--vault", path, "--on", "2026-08-01", "--json"])
    assert (row["level"], row["apr_simple"], row["status"]) == ("red", "13.19", "current")  # 15 % stated > 13.40 %
    assert (row["monthly_demand"], row["lump_sums_12m"], row["overdue_now"]) == ("0.00", "39000.00", "0.00")
    # by law: 30 000 × 13.40 % × 2 years = 8 040 interest
    assert (row["lawful_balance"], row["lender_claims"], row["lawful_difference"]) == ("38040.00", "39000.00", "960.00")
    [later] = run_json(capsys, ["--lang", "en", "loans", "--vault", path, "--on", "2026-09-01", "--json"])
    assert (later["status"], later["days_overdue"], later["overdue_now"]) == ("overdue", 31, "39000.00")


HUGE = ["1e309", "1e-999999", "9" * 5000, "-0", "0", "1e-30", "NaN", "Infinity", "100000", "99999.99"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rate=st.sampled_from(HUGE) | st.decimals(allow_nan=False, allow_infinity=False).map(str),
       principal=st.sampled_from(["0.01", "1", "10000000000000", "9999999999999.99"]),
       months=st.sampled_from(["1", "12", "1200"]), method=st.sampled_from(["equal-installment", "equal-principal", "flat", "interest-only", "bullet"]))
def test_schedule_over_extreme_decimals_never_tracebacks(capsys, rate, principal, months, method):
    code = main(["--lang", "en", "schedule", f"--principal={principal}", f"--annual-rate={rate}", f"--months={months}", f"--method={method}", "--json"])
    assert code in (0, 1)
    out = capsys.readouterr()
    assert "Traceback" not in out.err


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(received=st.sampled_from(["0.01", "9000", "10000000000000"]),
       payment=st.sampled_from(["0.01", "1", "866.19", "10000000000000"]),
       count=st.sampled_from(["1", "12", "1200"]), period=st.sampled_from(["month", "week", "day"]))
def test_apr_over_extreme_amounts_never_tracebacks(capsys, received, payment, count, period):
    code = main(["--lang", "en", "apr", f"--received={received}", f"--payment={payment}", f"--count={count}", f"--period={period}", "--json"])
    assert code in (0, 1)
    out = capsys.readouterr()
    if code == 1:
        assert out.err.count("\n") == 1 and "repaydesk-cli:" in out.err


def test_the_issues_calculator_tracebacks_are_one_line_now(en, capsys, tmp_path):
    assert main(["schedule", "--principal", "10000", "--annual-rate", "1e309", "--months", "12"]) == 1
    assert "cannot be computed" in capsys.readouterr().err
    assert main(["apr", "--received", "9000", "--payment", "10000000000000", "--count", "12"]) == 1
    assert "beyond any loan" in capsys.readouterr().err
    flows = tmp_path / "flows.csv"
    flows.write_text("date,amount\n2024-01-01,-9000\n2024-02-01,10000000000000\n", encoding="utf-8")
    assert main(["apr", "--flows", str(flows)]) == 1
    assert "beyond any loan" in capsys.readouterr().err


def test_loans_wrong_password(monkeypatch, capsys, tmp_vault):
    monkeypatch.setenv("REPAYDESK_PASSWORD", "not it")
    path = str(tmp_vault.path)
    tmp_vault.close()
    assert main(["--lang", "en", "loans", "--vault", path]) == 1
    assert "Wrong password" in capsys.readouterr().err


def test_calculators_start_without_the_store():
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys\nfrom app.cli import main\n"
        "assert main(['--lang', 'en', 'schedule', '--principal', '100', '--annual-rate', '12', '--months', '2', '--json']) == 0\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlcipher3', 'app.store.vault') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_loans_table_labels_both_real_rates_and_shows_the_pages_compound_one(monkeypatch, capsys, tmp_vault, vault_password):
    """QA: the CLI's "Real APR" was the simple rate while the Loans page's "Real APR" is the compound one."""
    monkeypatch.setenv("REPAYDESK_PASSWORD", vault_password)
    loan = tmp_vault.repo.add(make_loan(lender="闪借花", received=Money.yuan(9000)))
    tmp_vault.repo.add(r.Payment(loan.id, dt.date(2024, 2, 10), Money.yuan("888.49")))
    path = str(tmp_vault.path)
    tmp_vault.close()
    [row] = run_json(capsys, ["--lang", "en", "loans", "--vault", path, "--on", "2024-02-20", "--json"])
    assert Decimal(row["apr_compound"]) > Decimal(row["apr_simple"]) == Decimal("32.50")
    assert main(["--lang", "en", "loans", "--vault", path, "--on", "2024-02-20"]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.index("Real APR (compound)") < header.index("Simple APR")
    line = next(line for line in lines if "闪借花" in line)
    assert line.index(f"{row['apr_compound']}%") < line.index("32.50%")
    assert main(["--lang", "zh_CN", "loans", "--vault", path, "--on", "2024-02-20"]) == 0
    assert "实际年化（复利）" in capsys.readouterr().out
