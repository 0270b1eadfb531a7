"""The reader's words for enum values and verdict levels, from the catalogue: one source for the
screens (through app.ui.labels), the documents and the CLI."""

from __future__ import annotations

from enum import Enum

from app.core import records as r
from app.core.messages import text

LABELLED_ENUMS: tuple[type[Enum], ...] = (
    r.LoanStatus, r.LenderType, r.Channel, r.RepaymentMethod, r.Period, r.RateBasis, r.FeeKind, r.FeeCharge,
    r.IncomeCategory, r.Frequency, r.ExpenseKind, r.ExpenseCategory, r.AssetKind, r.LiabilityKind,
)


def label_code(value: Enum) -> str:
    """The catalogue code of an enum value: 'enum.LoanStatus.written-off'."""
    return f"enum.{type(value).__name__}.{value.value}"


def label(value: Enum | str, lang: str) -> str:
    """The words for an enum value in `lang`; values of enums without labels are shown as they are."""
    if isinstance(value, Enum) and type(value) in LABELLED_ENUMS:
        return text(label_code(value), lang)
    return str(value.value if isinstance(value, Enum) else value)


def level_label(level: str | None, lang: str) -> str:
    """The words for a verdict level (red, amber, green or None): 'Above the line' / '超出红线' …"""
    return text(f"level.{level or 'none'}", lang)
