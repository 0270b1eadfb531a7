"""The budget: its inputs from the vault, the statement, the profile, snapshots over time."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.budget import BudgetInputs, Statement, compute_statement, loan_figures, snapshot
from app.core.loan_summary import LoanSummary
from app.core.records import Asset, BudgetSnapshot, Expense, IncomeSource, Liability, Profile
from app.services.register import summarise_register


def load_budget(repo, on: dt.date, summaries: Sequence[LoanSummary] | None = None) -> tuple[BudgetInputs, Profile]:
    """The budget inputs and the profile, loans summarised on `on` (pass `summaries` when already done)."""
    profile = repo.get_profile()
    loans = summaries if summaries is not None else summarise_register(repo, on)
    inputs = BudgetInputs.from_records(
        incomes=repo.list(IncomeSource),
        expenses=repo.list(Expense),
        assets=repo.list(Asset),
        liabilities=repo.list(Liability),
        loans=loan_figures(loans),
        profile=profile,
    )
    return inputs, profile


@dataclass(frozen=True, slots=True)
class BudgetView:
    """Everything the Budget page shows."""

    on: dt.date
    inputs: BudgetInputs
    profile: Profile
    statement: Statement
    snapshots: tuple[BudgetSnapshot, ...]


def budget_view(repo, on: dt.date) -> BudgetView:
    inputs, profile = load_budget(repo, on)
    return BudgetView(on, inputs, profile, compute_statement(inputs), tuple(repo.list(BudgetSnapshot)))


def take_snapshot(repo, on: dt.date) -> BudgetSnapshot:
    """Keep the saved figures of `on`; a second snapshot on the same day replaces the first."""
    inputs, _profile = load_budget(repo, on)
    record = snapshot(compute_statement(inputs), on)
    same_day = repo.list(BudgetSnapshot, taken_on=on)
    if same_day:
        return repo.update(dataclasses.replace(record, id=same_day[0].id))
    return repo.add(record)


def save_profile(repo, profile: Profile) -> Profile:
    repo.set_profile(profile)
    return profile
