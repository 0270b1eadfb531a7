"""Payoff scenarios from the vault: the inputs (open loans, the monthly amount), running a saved or
edited scenario, keeping scenarios, the CSV of the month-by-month table, a proposal's schedule.

Reading the vault (`scenario_inputs`) and computing (`evaluate`) are separate, so the GUI loads on
the vault thread and computes on a worker while the user types.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.core.budget import compute_statement
from app.core.legal_lines import LICENSED, LICENSED_LIMIT
from app.core.loan_summary import CLOSED, LoanSummary
from app.core.messages import CodedError, text
from app.core.money import Money
from app.core.overdue import daily_rate
from app.core.payoff import PayoffResult, Plan, ProposalRow, Strategy, proposal_schedule, simulate
from app.core.records import RepaymentMethod, Scenario
from app.core.schedule import PERIODS_PER_YEAR, add_months
from app.core.whatif import Comparison, LoanTerms, compare
from app.services.budget import load_budget
from app.services.register import summarise_register


@dataclass(frozen=True, slots=True)
class ScenarioInputs:
    """What a scenario is built from: the open loans' terms today and the budget's monthly amount."""

    today: dt.date
    loans: tuple[LoanTerms, ...]
    available: Money
    due_days: tuple[int, ...]  # each loan's day of month for payments

    def default_start(self) -> dt.date:
        return add_months(self.today.replace(day=1), 1)


@dataclass(frozen=True, slots=True)
class ScenarioOutcome:
    scenario: Scenario
    inputs: ScenarioInputs
    comparison: Comparison  # the plan as contracted and with the scenario's what-ifs
    strategies: tuple[PayoffResult, ...]  # the same amount under each strategy (custom only when chosen), with the what-ifs

    @property
    def result(self) -> PayoffResult:
        return self.comparison.negotiated


def _annual(rate_fraction: Decimal, summary: LoanSummary) -> Decimal:
    return rate_fraction * PERIODS_PER_YEAR[summary.loan.period] * 100


LINES_AFTER_DUE = frozenset({"licensed_24", "bank_platform_24", "private_4lpr", "private_art31"})


def lawful_rate(summary: LoanSummary) -> Decimal | None:
    """The annual line a court applies to this lender's interest from now on: 24 % for licensed lenders,
    4 × LPR for private lending (for a loan made before 2020-08-20, the line for interest after that day)."""
    limits = [v.limit_percent for v in summary.verdicts if v.line_id in LINES_AFTER_DUE and v.limit_percent is not None]
    if limits:
        return min(limits)
    return LICENSED_LIMIT if summary.loan.lender_type in LICENSED else None


def loan_terms(summary: LoanSummary) -> LoanTerms:
    """A loan's position for planning: principal owed plus interest and fees already due, the contract's rate,
    its monthly demand, arrears."""
    loan = summary.loan
    schedule = summary.schedule
    rate = _annual(schedule.period_rate, summary) if schedule is not None else loan.rate_percent
    if loan.method in (RepaymentMethod.FLAT, RepaymentMethod.CUSTOM) and summary.real_cost is not None:
        rate = summary.real_cost.apr_simple  # a flat or typed-in schedule: its real rate on the falling balance
    remaining = sum(1 for row in schedule.rows if row.due_date and row.due_date >= summary.on) if schedule else 0
    penalty = daily_rate(loan.penalty_rate_percent, loan.penalty_rate_basis, loan.period) * 36500
    outstanding = summary.outstanding_principal
    due = summary.overdue
    due_charges = Money(due.overdue_amount.fen - due.overdue_principal.fen) if due is not None else Money(0)
    owed = outstanding + due_charges  # the interest and fees of instalments already due are owed as well
    return LoanTerms(
        name=loan.lender,
        balance=owed,
        annual_rate=rate,
        instalment=summary.monthly_demand,
        remaining=remaining,
        behind=min(summary.overdue_amount, owed + summary.penalties),
        penalties=summary.penalties,
        penalty_rate=penalty,
        late_fee=loan.late_fee or Money(0),
        lawful_balance=Money(max(0, outstanding.fen - loan.upfront_deduction.fen)),
        loan_id=loan.id,
        real_apr=summary.real_cost.apr_simple if summary.real_cost else None,
        lawful_rate=lawful_rate(summary),
    )


def scenario_inputs(repo, today: dt.date) -> ScenarioInputs:
    """The open loans (anything still owed) and the monthly amount available, from the vault."""
    summaries = summarise_register(repo, today)
    inputs, _profile = load_budget(repo, today, summaries)
    open_ = [s for s in summaries if s.outstanding_principal.fen > 0 and s.loan.status not in CLOSED]
    return ScenarioInputs(
        today=today,
        loans=tuple(loan_terms(s) for s in open_),
        available=compute_statement(inputs).available,
        due_days=tuple(s.loan.first_due_date.day for s in open_),
    )


def plan_for(scenario: Scenario, inputs: ScenarioInputs) -> Plan:
    positions = {terms.loan_id: index for index, terms in enumerate(inputs.loans)}
    return Plan(
        budget=scenario.budget if scenario.budget is not None else inputs.available,
        strategy=Strategy(scenario.strategy),
        start=scenario.start_month or inputs.default_start(),
        lump_sums=tuple((lump.month, lump.amount) for lump in scenario.lump_sums),
        income_changes=tuple((change.month, change.change) for change in scenario.income_changes),
        custom_order=tuple(positions[i] for i in scenario.custom_order if i in positions),
        basis=scenario.basis,
    )


def evaluate(inputs: ScenarioInputs, scenario: Scenario) -> ScenarioOutcome:
    """Run a scenario (pure: no vault). Raises PlanInvalid with field-level errors, CodedError with no loans."""
    if not inputs.loans:
        raise CodedError("scenario.no_loans")
    plan = plan_for(scenario, inputs)
    comparison = compare(inputs.loans, scenario.what_ifs, plan)
    debts = [result.debt for result in comparison.negotiated.debts]
    strategies = tuple(
        comparison.negotiated if strategy == plan.strategy else simulate(debts, dataclasses.replace(plan, strategy=strategy))
        for strategy in Strategy
        if strategy != Strategy.CUSTOM or plan.strategy == Strategy.CUSTOM
    )
    return ScenarioOutcome(scenario, inputs, comparison, strategies)


def run_scenario(repo, scenario: Scenario, today: dt.date) -> ScenarioOutcome:
    return evaluate(scenario_inputs(repo, today), scenario)


# --- keeping scenarios ------------------------------------------------------------------
def list_scenarios(repo) -> list[Scenario]:
    return repo.list(Scenario)


def save_scenario(repo, scenario: Scenario, now: dt.datetime) -> Scenario:
    """Add a new scenario or update a kept one (by id); stamped with `now` when first saved."""
    if scenario.id is None:
        return repo.add(dataclasses.replace(scenario, created_at=scenario.created_at or now))
    return repo.update(scenario)


def load_scenario(repo, scenario_id: int) -> Scenario:
    try:
        return repo.get(Scenario, scenario_id)
    except KeyError:
        raise CodedError("scenario.not_found", id=scenario_id) from None


def delete_scenario(repo, scenario_id: int) -> None:
    load_scenario(repo, scenario_id)
    repo.delete(Scenario, scenario_id)


def mark_proposal(repo, scenario_id: int, loan_id: int | None) -> Scenario:
    """Make a scenario the proposal for one lender (only one scenario per lender is)."""
    scenario = load_scenario(repo, scenario_id)
    if loan_id is not None:
        for other in repo.list(Scenario, loan_id=loan_id):
            if other.id != scenario_id:
                repo.update(dataclasses.replace(other, loan_id=None))
    return repo.update(dataclasses.replace(scenario, loan_id=loan_id))


def proposal_for_loan(repo, loan_id: int, today: dt.date) -> tuple[Scenario, tuple[ProposalRow, ...]] | None:
    """The scenario marked as the proposal for this loan and the schedule it offers that lender.

    Rows are (period, due date, amount, principal, interest); None when no scenario is marked.
    """
    marked = repo.list(Scenario, loan_id=loan_id)
    if not marked:
        return None
    scenario = marked[0]
    outcome = run_scenario(repo, scenario, today)
    position = next(i for i, terms in enumerate(outcome.inputs.loans) if terms.loan_id == loan_id)
    return scenario, proposal_schedule(outcome.result, position, outcome.inputs.due_days[position])


# --- exports ----------------------------------------------------------------------------
def month_label(result: PayoffResult, month: int) -> str:
    return result.plan.month_date(month).strftime("%Y-%m")


def table_rows(result: PayoffResult, lang: str) -> list[list[str]]:
    """The month-by-month table with a header: totals, then what each loan was paid and still owes."""
    words = ("month", "available", "due", "paid", "interest", "penalties", "balance", "behind")
    header = [text(f"scenario.csv_{word}", lang) for word in words]
    for debt in result.debts:
        header += [f"{debt.debt.name} {text('scenario.csv_paid', lang)}", f"{debt.debt.name} {text('scenario.csv_balance', lang)}"]
    rows = [header]
    for row in result.table:
        cells = [month_label(result, row.month)]
        cells += [m.plain() for m in (row.available, row.due, row.paid, row.interest, row.penalties, row.balance, row.behind)]
        for month in row.debts:
            cells += [Money(month.paid).plain(), Money(month.balance).plain()]
        rows.append(cells)
    return rows


def scenario_csv(result: PayoffResult, lang: str = "zh_CN") -> bytes:
    """The month-by-month table as CSV, UTF-8 with a BOM (Excel and WPS show the Chinese)."""
    from app.documents.csv_text import csv_text

    return csv_text(table_rows(result, lang)).encode("utf-8")
