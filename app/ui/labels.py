"""The user's words for the enum values only the screens show (loans, contacts, verdict levels).

Budget categories are printed in documents too, so their words live in `app.documents.labels`.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.legal_lines import AMBER, GREEN, RED
from app.core.records import (
    Channel, FeeCharge, FeeKind, LenderType, LoanStatus, Period, RateBasis, RepaymentMethod,
)

CONTEXT = "Labels"

_ENUM_LABELS: dict[type, dict[object, str]] = {
    LoanStatus: {
        LoanStatus.CURRENT: QT_TRANSLATE_NOOP("Labels", "Current"),
        LoanStatus.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
        LoanStatus.NEGOTIATING: QT_TRANSLATE_NOOP("Labels", "Negotiating"),
        LoanStatus.AGREEMENT: QT_TRANSLATE_NOOP("Labels", "Under agreement"),
        LoanStatus.SETTLED: QT_TRANSLATE_NOOP("Labels", "Settled"),
        LoanStatus.WRITTEN_OFF: QT_TRANSLATE_NOOP("Labels", "Written off"),
    },
    LenderType: {
        LenderType.PLATFORM: QT_TRANSLATE_NOOP("Labels", "Online platform"),
        LenderType.CONSUMER_FINANCE: QT_TRANSLATE_NOOP("Labels", "Consumer finance company"),
        LenderType.BANK: QT_TRANSLATE_NOOP("Labels", "Bank / credit card"),
        LenderType.SMALL_LOAN: QT_TRANSLATE_NOOP("Labels", "Small-loan company"),
        LenderType.PRIVATE: QT_TRANSLATE_NOOP("Labels", "Private lender"),
    },
    Channel: {
        Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
        Channel.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
        Channel.WECHAT: QT_TRANSLATE_NOOP("Labels", "WeChat"),
        Channel.APP: QT_TRANSLATE_NOOP("Labels", "In-app"),
        Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
        Channel.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
        Channel.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
        Channel.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    RepaymentMethod: {
        RepaymentMethod.EQUAL_INSTALMENT: QT_TRANSLATE_NOOP("Labels", "Equal instalments (等额本息)"),
        RepaymentMethod.EQUAL_PRINCIPAL: QT_TRANSLATE_NOOP("Labels", "Equal principal (等额本金)"),
        RepaymentMethod.INTEREST_ONLY: QT_TRANSLATE_NOOP("Labels", "Interest first, principal at the end (先息后本)"),
        RepaymentMethod.FLAT: QT_TRANSLATE_NOOP("Labels", "Flat rate on the original principal (等本等息)"),
        RepaymentMethod.BULLET: QT_TRANSLATE_NOOP("Labels", "All at the end (一次性还本付息)"),
        RepaymentMethod.CUSTOM: QT_TRANSLATE_NOOP("Labels", "The lender's own schedule"),
    },
    Period: {
        Period.MONTH: QT_TRANSLATE_NOOP("Labels", "Monthly"),
        Period.WEEK: QT_TRANSLATE_NOOP("Labels", "Weekly"),
        Period.DAY: QT_TRANSLATE_NOOP("Labels", "Daily"),
    },
    RateBasis: {
        RateBasis.ANNUAL: QT_TRANSLATE_NOOP("Labels", "% a year"),
        RateBasis.MONTHLY: QT_TRANSLATE_NOOP("Labels", "% a month"),
        RateBasis.DAILY: QT_TRANSLATE_NOOP("Labels", "% a day (日息)"),
        RateBasis.PER_PERIOD_FEE: QT_TRANSLATE_NOOP("Labels", "% fee per instalment"),
    },
    FeeKind: {
        FeeKind.AGENCY: QT_TRANSLATE_NOOP("Labels", "Agency fee (中介费)"),
        FeeKind.SERVICE: QT_TRANSLATE_NOOP("Labels", "Service fee (服务费)"),
        FeeKind.MEMBERSHIP: QT_TRANSLATE_NOOP("Labels", "Membership fee (会员费)"),
        FeeKind.GUARANTEE: QT_TRANSLATE_NOOP("Labels", "Guarantee fee (担保费)"),
        FeeKind.RIGHTS: QT_TRANSLATE_NOOP("Labels", "Benefits fee (权益费)"),
        FeeKind.INSURANCE: QT_TRANSLATE_NOOP("Labels", "Insurance fee (保险费)"),
        FeeKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other fee"),
    },
    FeeCharge: {
        FeeCharge.UPFRONT: QT_TRANSLATE_NOOP("Labels", "Up front"),
        FeeCharge.PER_INSTALMENT: QT_TRANSLATE_NOOP("Labels", "Every instalment"),
        FeeCharge.ONCE: QT_TRANSLATE_NOOP("Labels", "Once, on a date"),
    },
}

_LEVEL_LABELS: dict[str | None, str] = {
    RED: QT_TRANSLATE_NOOP("Labels", "Above the line"),
    AMBER: QT_TRANSLATE_NOOP("Labels", "Close to the line / check"),
    GREEN: QT_TRANSLATE_NOOP("Labels", "Within the line"),
    None: QT_TRANSLATE_NOOP("Labels", "No verdict"),
}

LEVEL_COLOURS = {RED: "#c62828", AMBER: "#e09b00", GREEN: "#2e7d32", None: "#9e9e9e"}


def label(value: object) -> str:
    """The user's words for an enum value or a verdict level; unknown values are shown as they are."""
    source = _ENUM_LABELS.get(type(value), _LEVEL_LABELS).get(value)
    if source is None:
        return str(value.value if isinstance(value, Enum) else value)
    return QCoreApplication.translate(CONTEXT, source)


def level_colour(level: str | None) -> str:
    return LEVEL_COLOURS.get(level, LEVEL_COLOURS[None])
