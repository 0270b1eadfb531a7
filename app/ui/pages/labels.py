"""Translated labels for the core's enum values."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.records import Channel, LenderType, LoanStatus

_STATUS = {
    LoanStatus.CURRENT: QT_TRANSLATE_NOOP("Labels", "Current"),
    LoanStatus.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    LoanStatus.NEGOTIATING: QT_TRANSLATE_NOOP("Labels", "Negotiating"),
    LoanStatus.AGREEMENT: QT_TRANSLATE_NOOP("Labels", "Under agreement"),
    LoanStatus.SETTLED: QT_TRANSLATE_NOOP("Labels", "Settled"),
    LoanStatus.WRITTEN_OFF: QT_TRANSLATE_NOOP("Labels", "Written off"),
}
_LENDER = {
    LenderType.PLATFORM: QT_TRANSLATE_NOOP("Labels", "Online platform"),
    LenderType.CONSUMER_FINANCE: QT_TRANSLATE_NOOP("Labels", "Consumer finance company"),
    LenderType.BANK: QT_TRANSLATE_NOOP("Labels", "Bank / credit card"),
    LenderType.SMALL_LOAN: QT_TRANSLATE_NOOP("Labels", "Small-loan company"),
    LenderType.PRIVATE: QT_TRANSLATE_NOOP("Labels", "Private lender"),
}
_CHANNEL = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
    Channel.WECHAT: QT_TRANSLATE_NOOP("Labels", "WeChat"),
    Channel.APP: QT_TRANSLATE_NOOP("Labels", "In-app"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def loan_status(status: LoanStatus) -> str:
    return _tr(_STATUS.get(status, str(status)))


def lender_type(kind: LenderType) -> str:
    return _tr(_LENDER.get(kind, str(kind)))


def channel(value: Channel) -> str:
    return _tr(_CHANNEL.get(value, str(value)))
