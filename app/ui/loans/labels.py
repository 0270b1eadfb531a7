"""Translated labels for the loan enums the shared `app.ui.pages.labels` does not cover."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.legal_lines import AMBER, GREEN, RED
from app.core.records import FeeCharge, FeeKind, LenderType, LoanStatus, Period, RateBasis, RepaymentMethod

CONTEXT = "LoanLabels"

_LABELS: dict[object, str] = {
    RepaymentMethod.EQUAL_INSTALMENT: QT_TRANSLATE_NOOP("LoanLabels", "Equal instalments (等额本息)"),
    RepaymentMethod.EQUAL_PRINCIPAL: QT_TRANSLATE_NOOP("LoanLabels", "Equal principal (等额本金)"),
    RepaymentMethod.INTEREST_ONLY: QT_TRANSLATE_NOOP("LoanLabels", "Interest first, principal at the end (先息后本)"),
    RepaymentMethod.FLAT: QT_TRANSLATE_NOOP("LoanLabels", "Flat rate on the original principal (等本等息)"),
    RepaymentMethod.BULLET: QT_TRANSLATE_NOOP("LoanLabels", "All at the end (一次性还本付息)"),
    RepaymentMethod.CUSTOM: QT_TRANSLATE_NOOP("LoanLabels", "The lender's own schedule"),
    Period.MONTH: QT_TRANSLATE_NOOP("LoanLabels", "Monthly"),
    Period.WEEK: QT_TRANSLATE_NOOP("LoanLabels", "Weekly"),
    Period.DAY: QT_TRANSLATE_NOOP("LoanLabels", "Daily"),
    RateBasis.ANNUAL: QT_TRANSLATE_NOOP("LoanLabels", "% a year"),
    RateBasis.MONTHLY: QT_TRANSLATE_NOOP("LoanLabels", "% a month"),
    RateBasis.DAILY: QT_TRANSLATE_NOOP("LoanLabels", "% a day (日息)"),
    RateBasis.PER_PERIOD_FEE: QT_TRANSLATE_NOOP("LoanLabels", "% fee per instalment"),
    FeeKind.AGENCY: QT_TRANSLATE_NOOP("LoanLabels", "Agency fee (中介费)"),
    FeeKind.SERVICE: QT_TRANSLATE_NOOP("LoanLabels", "Service fee (服务费)"),
    FeeKind.MEMBERSHIP: QT_TRANSLATE_NOOP("LoanLabels", "Membership fee (会员费)"),
    FeeKind.GUARANTEE: QT_TRANSLATE_NOOP("LoanLabels", "Guarantee fee (担保费)"),
    FeeKind.RIGHTS: QT_TRANSLATE_NOOP("LoanLabels", "Benefits fee (权益费)"),
    FeeKind.INSURANCE: QT_TRANSLATE_NOOP("LoanLabels", "Insurance fee (保险费)"),
    FeeKind.OTHER: QT_TRANSLATE_NOOP("LoanLabels", "Other fee"),
    FeeCharge.UPFRONT: QT_TRANSLATE_NOOP("LoanLabels", "Up front"),
    FeeCharge.PER_INSTALMENT: QT_TRANSLATE_NOOP("LoanLabels", "Every instalment"),
    FeeCharge.ONCE: QT_TRANSLATE_NOOP("LoanLabels", "Once, on a date"),
    RED: QT_TRANSLATE_NOOP("LoanLabels", "Above the line"),
    AMBER: QT_TRANSLATE_NOOP("LoanLabels", "Close to the line / check"),
    GREEN: QT_TRANSLATE_NOOP("LoanLabels", "Within the line"),
    None: QT_TRANSLATE_NOOP("LoanLabels", "No verdict"),
}

LEVEL_COLOURS = {RED: "#c62828", AMBER: "#e09b00", GREEN: "#2e7d32", None: "#9e9e9e"}


def label(value: object) -> str:
    """The user's words for a loan enum value or a verdict level."""
    from app.ui.pages import labels as shared  # here, not at the top: app.ui.pages imports this package

    if isinstance(value, LoanStatus):
        return shared.loan_status(value)
    if isinstance(value, LenderType):
        return shared.lender_type(value)
    source = _LABELS.get(value)
    if source is None:
        return str(value.value if isinstance(value, Enum) else value)
    return QCoreApplication.translate(CONTEXT, source)


def level_colour(level: str | None) -> str:
    return LEVEL_COLOURS.get(level, LEVEL_COLOURS[None])
