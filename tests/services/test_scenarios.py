"""Scenario services on the demo vault: inputs, evaluation, keeping scenarios, proposals, CSV, exchange."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
from decimal import Decimal

import pytest

from app.core.messages import CodedError
from app.core.money import Money
from app.core.payoff import PlanInvalid, Strategy
from app.core.records import IncomeChange, Loan, LumpSum, Scenario, WhatIf, WhatIfKind
from app.services import scenarios as sv
from app.store.demo import fill_demo
from app.store.vault import Vault
from tests.conftest import DEMO_TODAY

Y = Money.yuan
NOW = dt.datetime(2025, 3, 31, 20, 0)


@pytest.fixture
def repo(tmp_vault):
    fill_demo(tmp_vault.repo, DEMO_TODAY)
    return tmp_vault.repo


def test_inputs_are_the_open_loans_and_the_budget(repo):
    inputs = sv.scenario_inputs(repo, DEMO_TODAY)
    assert len(inputs.loans) == 5 and inputs.available == Y(3621)
    first = inputs.loans[0]
    assert first.instalment == Y("916.80") and first.behind == Y("1833.60") and first.annual_rate == Decimal(18)
    assert first.real_apr > 50 and first.balance - first.lawful_balance == Y(1500) + Y("90.74") + Y("78.35")  # and rows 6-7's interest
    assert inputs.default_start() == dt.date(2025, 4, 1)


def test_evaluate_compares_with_the_contract_and_every_strategy(repo):
    inputs = sv.scenario_inputs(repo, DEMO_TODAY)
    loan_id = inputs.loans[1].loan_id
    scenario = Scenario("展期", what_ifs=(WhatIf(WhatIfKind.EXTEND, loan_id, months=24),),
                        lump_sums=(LumpSum(4, Y(5000)),), income_changes=(IncomeChange(6, Y(500)),))  # fmt: skip
    outcome = sv.evaluate(inputs, scenario)
    assert outcome.result.debts[1].debt.min_payment < inputs.loans[1].instalment
    assert outcome.result.table[3].available == Y(3621 + 5000) and outcome.result.table[5].available == Y(4121)
    assert {r.plan.strategy for r in outcome.strategies} == {Strategy.AVALANCHE, Strategy.SNOWBALL, Strategy.PRO_RATA}
    assert outcome.comparison.contracted.debts[1].debt.min_payment == inputs.loans[1].instalment
    with pytest.raises(PlanInvalid):
        sv.evaluate(inputs, Scenario("bad", what_ifs=(WhatIf(WhatIfKind.GRACE, loan_id, months=99),)))


def test_custom_order_by_loan_id(repo):
    inputs = sv.scenario_inputs(repo, DEMO_TODAY)
    ids = [t.loan_id for t in inputs.loans]
    plan = sv.plan_for(Scenario("x", strategy=Strategy.CUSTOM, custom_order=(ids[4], 999, ids[0])), inputs)
    assert plan.custom_order == (4, 0)


def test_no_open_loans_is_a_message(tmp_vault):
    with pytest.raises(CodedError) as caught:
        sv.run_scenario(tmp_vault.repo, Scenario("x"), DEMO_TODAY)
    assert caught.value.code == "scenario.no_loans"


def test_save_load_mark_and_delete(repo):
    loans = repo.list(Loan)
    first = sv.save_scenario(repo, Scenario("方案一", budget=Y(4000)), NOW)
    second = sv.save_scenario(repo, Scenario("方案二"), NOW)
    assert first.created_at == NOW and sv.load_scenario(repo, first.id) == first
    sv.mark_proposal(repo, first.id, loans[0].id)
    sv.mark_proposal(repo, second.id, loans[0].id)  # only one proposal per lender
    assert [s.loan_id for s in sv.list_scenarios(repo)] == [None, loans[0].id]
    renamed = sv.save_scenario(repo, Scenario("方案二改", id=second.id, loan_id=loans[0].id), NOW)
    assert sv.load_scenario(repo, second.id).name == renamed.name
    sv.delete_scenario(repo, first.id)
    with pytest.raises(CodedError):
        sv.load_scenario(repo, first.id)
    repo.delete(Loan, loans[0].id)  # the proposal's link is cleared with the loan
    assert sv.load_scenario(repo, second.id).loan_id is None


def test_proposal_schedule_for_a_lender(repo):
    loan = repo.list(Loan)[1]
    assert sv.proposal_for_loan(repo, loan.id, DEMO_TODAY) is None
    saved = sv.save_scenario(repo, Scenario("按余额分摊", strategy=Strategy.PRO_RATA), NOW)
    sv.mark_proposal(repo, saved.id, loan.id)
    scenario, rows = sv.proposal_for_loan(repo, loan.id, DEMO_TODAY)
    assert scenario.id == saved.id and rows[0].period == 1
    assert rows[0].due_date == dt.date(2025, 4, loan.first_due_date.day)
    assert all(row.amount == row.principal + row.interest for row in rows)
    outcome = sv.run_scenario(repo, scenario, DEMO_TODAY)
    assert sum((r.amount for r in rows), Money(0)) == outcome.result.debts[1].paid


def test_csv_has_a_bom_and_reads_back(repo):
    outcome = sv.run_scenario(repo, Scenario("x"), DEMO_TODAY)
    data = sv.scenario_csv(outcome.result, "zh_CN")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["月份", "可还金额", "应还最低额"] and len(rows) == outcome.result.months + 1
    assert rows[1][0] == "2025-04" and rows[1][1] == "3621.00"
    assert sum(Decimal(row[3]) for row in rows[1:]) == outcome.result.total_paid.as_yuan


def test_scenarios_survive_export_and_import(repo, tmp_path, vault_password):
    loans = repo.list(Loan)
    what = WhatIf(WhatIfKind.LOWER_RATE, loans[2].id, rate_percent=Decimal("7.5"), month=3)
    sv.save_scenario(repo, Scenario("全部", custom_order=(loans[3].id, loans[0].id), what_ifs=(what,), loan_id=loans[3].id,
                                    lump_sums=(LumpSum(2, Y(100)),)), NOW)  # fmt: skip
    exported = repo.export_data()
    assert exported["scenarios"][0]["custom_order"] == [4, 1] and exported["scenarios"][0]["what_ifs"][0]["loan_id"] == 3
    with Vault.create(tmp_path / "second", vault_password) as second:
        second.repo.import_data(copy.deepcopy(exported))
        assert second.repo.export_data() == exported
    broken = copy.deepcopy(exported)
    broken["scenarios"][0]["custom_order"] = [42]
    with pytest.raises(Exception) as caught:
        repo.import_data(broken)
    assert caught.value.message("en").startswith("scenarios[0].custom_order")
