"""The vault's tables (SQLAlchemy 2 declarative). Column types convert to and from domain values.

Money is stored as INTEGER fen (columns named *_fen), rates as TEXT holding a Decimal,
enums as their codes, a loan's fees and custom schedule and a contact's misconduct codes
as JSON text. Every table row maps one-to-one onto a record in app.core.records.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from enum import Enum

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.core import records as r
from app.core.money import Money
from app.store import codec


class MoneyFen(TypeDecorator):
    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Money | None, dialect) -> int | None:
        return None if value is None else value.fen

    def process_result_value(self, value: int | None, dialect) -> Money | None:
        return None if value is None else Money(value)


class DecimalText(TypeDecorator):
    impl = String
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class Code(TypeDecorator):
    """A str enum stored as its code."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[Enum]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value, dialect):
        return None if value is None else self.enum(value).value

    def process_result_value(self, value, dialect):
        return None if value is None else self.enum(value)


class JsonTuple(TypeDecorator):
    """A tuple of values (records or codes) as JSON text, encoded with the exchange codec."""

    impl = Text
    cache_ok = True

    def __init__(self, hint: object) -> None:
        super().__init__()
        self.hint = hint

    def process_bind_param(self, value, dialect):
        return json.dumps(codec.encode_value(tuple(value or ())), ensure_ascii=False)

    def process_result_value(self, value, dialect):
        items = json.loads(value or "[]")
        if self.hint == tuple[str, ...] and all(isinstance(item, str) for item in items):
            return tuple(items)  # the common case (codes, tags), without the codec's type walk
        return codec.decode_value(self.hint, items, "")


class Base(DeclarativeBase):
    pass


class Identified:
    """Ids are never reused (AUTOINCREMENT), so an undone delete gets its ids back safely."""

    __table_args__ = {"sqlite_autoincrement": True}


class LoanRow(Identified, Base):
    __tablename__ = "loans"
    id: Mapped[int] = mapped_column(primary_key=True)
    lender: Mapped[str] = mapped_column(String)
    lender_type: Mapped[r.LenderType] = mapped_column(Code(r.LenderType))
    principal: Mapped[Money] = mapped_column("principal_fen", MoneyFen)
    received: Mapped[Money] = mapped_column("received_fen", MoneyFen)
    contract_date: Mapped[dt.date] = mapped_column(Date)
    first_due_date: Mapped[dt.date] = mapped_column(Date)
    instalments: Mapped[int] = mapped_column(Integer)
    period: Mapped[r.Period] = mapped_column(Code(r.Period))
    method: Mapped[r.RepaymentMethod] = mapped_column(Code(r.RepaymentMethod))
    rate_percent: Mapped[Decimal] = mapped_column(DecimalText)
    rate_basis: Mapped[r.RateBasis] = mapped_column(Code(r.RateBasis))
    fees: Mapped[tuple] = mapped_column(JsonTuple(tuple[r.Fee, ...]))
    penalty_rate_percent: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    penalty_rate_basis: Mapped[r.RateBasis] = mapped_column(Code(r.RateBasis))
    late_fee: Mapped[Money | None] = mapped_column("late_fee_fen", MoneyFen, nullable=True)
    late_fee_percent: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    status: Mapped[r.LoanStatus] = mapped_column(Code(r.LoanStatus))
    contract_no: Mapped[str] = mapped_column(String)
    contact_numbers: Mapped[str] = mapped_column(String)
    notes: Mapped[str] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column()
    custom_schedule: Mapped[tuple] = mapped_column(JsonTuple(tuple[r.CustomInstalment, ...]))
    term: Mapped[int | None] = mapped_column(Integer, nullable=True)  # since schema 5 (m0005_loans)


class PaymentRow(Identified, Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Money] = mapped_column("amount_fen", MoneyFen)
    note: Mapped[str] = mapped_column(Text)


class IncomeRow(Identified, Base):
    __tablename__ = "income_sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String)
    category: Mapped[r.IncomeCategory] = mapped_column(Code(r.IncomeCategory))
    amount: Mapped[Money] = mapped_column("amount_fen", MoneyFen)
    frequency: Mapped[r.Frequency] = mapped_column(Code(r.Frequency))
    note: Mapped[str] = mapped_column(Text)


class ExpenseRow(Identified, Base):
    __tablename__ = "expenses"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String)
    category: Mapped[r.ExpenseCategory] = mapped_column(Code(r.ExpenseCategory))
    monthly: Mapped[Money] = mapped_column("monthly_fen", MoneyFen)
    kind: Mapped[r.ExpenseKind] = mapped_column(Code(r.ExpenseKind))
    essential: Mapped[bool] = mapped_column()
    note: Mapped[str] = mapped_column(Text)


class AssetRow(Identified, Base):
    __tablename__ = "assets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String)
    kind: Mapped[r.AssetKind] = mapped_column(Code(r.AssetKind))
    value: Mapped[Money] = mapped_column("value_fen", MoneyFen)
    note: Mapped[str] = mapped_column(Text)


class LiabilityRow(Identified, Base):
    __tablename__ = "liabilities"
    id: Mapped[int] = mapped_column(primary_key=True)
    creditor: Mapped[str] = mapped_column(String)
    kind: Mapped[r.LiabilityKind] = mapped_column(Code(r.LiabilityKind))
    balance: Mapped[Money] = mapped_column("balance_fen", MoneyFen)
    monthly_payment: Mapped[Money] = mapped_column("monthly_payment_fen", MoneyFen)
    note: Mapped[str] = mapped_column(Text)


class SnapshotRow(Identified, Base):
    __tablename__ = "budget_snapshots"
    id: Mapped[int] = mapped_column(primary_key=True)
    taken_on: Mapped[dt.date] = mapped_column(Date)
    income: Mapped[Money] = mapped_column("income_fen", MoneyFen)
    spending: Mapped[Money] = mapped_column("spending_fen", MoneyFen)
    essential_spending: Mapped[Money] = mapped_column("essential_spending_fen", MoneyFen)
    available: Mapped[Money] = mapped_column("available_fen", MoneyFen)
    contract_demand: Mapped[Money] = mapped_column("contract_demand_fen", MoneyFen)
    total_debt: Mapped[Money] = mapped_column("total_debt_fen", MoneyFen)
    net_worth: Mapped[Money] = mapped_column("net_worth_fen", MoneyFen)


class ProfileRow(Base):
    """One row (id 1): the user's own details."""

    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String)
    phone: Mapped[str] = mapped_column(String)
    address: Mapped[str] = mapped_column(Text)
    id_number: Mapped[str] = mapped_column(String)
    hardship: Mapped[str] = mapped_column(Text)
    protected_minimum: Mapped[Money | None] = mapped_column("protected_minimum_fen", MoneyFen, nullable=True)


class ContactRow(Identified, Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    happened_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[r.Channel] = mapped_column(Code(r.Channel))
    summary: Mapped[str] = mapped_column(Text)
    direction: Mapped[r.Direction] = mapped_column(Code(r.Direction))
    counterparty: Mapped[str] = mapped_column(String)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"), index=True, nullable=True)
    asked: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    promised: Mapped[str] = mapped_column(Text)
    follow_up: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    misconduct: Mapped[tuple] = mapped_column(JsonTuple(tuple[str, ...]))
    # added by m0002_diary
    person_name: Mapped[str] = mapped_column(String)
    staff_id: Mapped[str] = mapped_column(String)
    phone: Mapped[str] = mapped_column(String)
    third_party: Mapped[str] = mapped_column(String)
    lender_name: Mapped[str] = mapped_column(String, index=True)
    tags: Mapped[tuple] = mapped_column(JsonTuple(tuple[str, ...]))
    follow_up_done_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class AttachmentRow(Identified, Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String)
    sha256: Mapped[str] = mapped_column(String)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True, nullable=True)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"), index=True, nullable=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    file_mtime: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)  # added by m0002_diary


class AttachmentChunkRow(Base):
    """The bytes of an attachment in numbered chunks, apart from its description so listings stay light."""

    __tablename__ = "attachment_chunks"
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class CustodyRow(Identified, Base):
    __tablename__ = "custody_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"), index=True)
    action: Mapped[r.CustodyAction] = mapped_column(Code(r.CustodyAction))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    detail: Mapped[str] = mapped_column(Text)


class DocumentRow(Identified, Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(String)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"), index=True, nullable=True)
    saved_to: Mapped[str] = mapped_column(Text)
    lender: Mapped[str] = mapped_column(String)
    lang: Mapped[str] = mapped_column(String)
    sha256: Mapped[str] = mapped_column(String)
    size: Mapped[int] = mapped_column(Integer)
    sent: Mapped[bool] = mapped_column()
    sent_to: Mapped[str] = mapped_column(String)
    sent_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class DocumentBlobRow(Base):
    """The exact bytes of a generated document, apart from its description so listings stay light."""

    __tablename__ = "document_blobs"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ScenarioRow(Identified, Base):
    """A saved payoff scenario (issue 11); its lists travel as JSON like a loan's fees."""

    __tablename__ = "scenarios"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String)
    strategy: Mapped[r.PayoffStrategy] = mapped_column(Code(r.PayoffStrategy))
    budget: Mapped[Money | None] = mapped_column("budget_fen", MoneyFen, nullable=True)
    start_month: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    basis: Mapped[r.ProRataBasis] = mapped_column(Code(r.ProRataBasis))
    lump_sums: Mapped[tuple] = mapped_column(JsonTuple(tuple[r.LumpSum, ...]))
    income_changes: Mapped[tuple] = mapped_column(JsonTuple(tuple[r.IncomeChange, ...]))
    custom_order: Mapped[tuple] = mapped_column(JsonTuple(tuple[int, ...]))
    what_ifs: Mapped[tuple] = mapped_column(JsonTuple(tuple[r.WhatIf, ...]))
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"), index=True, nullable=True)
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


ROW_FOR: dict[type, type[Base]] = {
    r.Loan: LoanRow,
    r.Payment: PaymentRow,
    r.IncomeSource: IncomeRow,
    r.Expense: ExpenseRow,
    r.Asset: AssetRow,
    r.Liability: LiabilityRow,
    r.BudgetSnapshot: SnapshotRow,
    r.ContactEntry: ContactRow,
    r.Attachment: AttachmentRow,
    r.CustodyEvent: CustodyRow,
    r.DocumentRecord: DocumentRow,
    r.Scenario: ScenarioRow,
}


def to_row(record: object) -> Base:
    row_type = ROW_FOR[type(record)]
    return row_type(**{name: getattr(record, name) for name in codec.field_names(type(record))})


def to_record(kind: type, row: Base) -> object:
    return kind(**{name: getattr(row, name) for name in codec.field_names(kind)})


def copy_into(row: Base, record: object) -> None:
    for name in codec.field_names(type(record)):
        if name != "id":
            setattr(row, name, getattr(record, name))
