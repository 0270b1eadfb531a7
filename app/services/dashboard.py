"""The dashboard's figures, read from the vault in one pass (the register is summarised once)."""

from __future__ import annotations

import datetime as dt

from app.core.budget import compute_statement
from app.core.dashboard import DashboardSummary, summarise
from app.core.records import ContactEntry
from app.services.budget import load_budget
from app.services.register import summarise_register


def load_dashboard(repo, today: dt.date, horizon_days: int) -> DashboardSummary:
    loans = summarise_register(repo, today)
    inputs, _profile = load_budget(repo, today, loans)
    return summarise(
        loans, compute_statement(inputs), repo.list(ContactEntry), today, horizon_days,
        budget_entered=bool(inputs.incomes or inputs.expenses),
    )
