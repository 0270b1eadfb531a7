"""Gather the budget's inputs from a vault's repository: records, the profile, and each loan's figures.

Shared by the budget page and `repaydesk-cli budget` / `doc statement`. The repository is
passed in (anything with `list(kind, **filters)` and `get_profile()`), so the core does not
depend on the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from app.core.budget import BudgetInputs, LoanFigure, loan_figures
from app.core.records import Asset, Expense, IncomeSource, Liability, Profile

if TYPE_CHECKING:
    from app.core.loan_summary import LoanSummary


class BudgetSource(Protocol):
    def list(self, kind: type, **filters) -> list: ...

    def get_profile(self) -> Profile: ...

    def get_setting(self, key: str, default: str | None = None) -> str | None: ...


def load_loan_figures(repo: BudgetSource, on: dt.date) -> tuple[LoanFigure, ...]:
    """Every loan in the register summarised on `on` (settled loans drop out)."""
    from app.core.loan_summary import summarise_register

    return loan_figures(summarise_register(repo, on))


def load_budget(repo: BudgetSource, on: dt.date, summaries: Sequence[LoanSummary] | None = None) -> tuple[BudgetInputs, Profile]:
    """The budget inputs and the profile from a vault's repository, loans summarised on `on`.

    Pass `summaries` when the register is already summarised, so it is not done twice.
    """
    profile = repo.get_profile()
    inputs = BudgetInputs.from_records(
        incomes=repo.list(IncomeSource),
        expenses=repo.list(Expense),
        assets=repo.list(Asset),
        liabilities=repo.list(Liability),
        loans=loan_figures(summaries) if summaries is not None else load_loan_figures(repo, on),
        profile=profile,
    )
    return inputs, profile
