"""What the negotiation documents are built from: frozen inputs, filled from the vault by the
services (with defaults) and edited by the user before building. Empty text and None print as
a visible blank to fill in by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from app.core.money import Money

ZERO = Money(0)


class Basis(StrEnum):
    """Which outstanding amount a document states."""

    CLAIMED = "claimed"  # as the lender claims it (the contract's figures)
    LAWFUL = "lawful"  # the balance the law supports


class Recipient(StrEnum):
    """Where a complaint goes first (2020 complaint rules: the institution first, then the hotlines)."""

    INSTITUTION = "institution"  # the lender's complaints department
    REGULATOR = "regulator"  # 12378, the financial regulator
    PBOC = "pboc"  # 12363, the People's Bank (credit reporting)
    LOCAL_REGULATOR = "local-regulator"  # provincial financial regulator (small-loan companies)
    CONSUMER_ASSOCIATION = "consumer-association"


@dataclass(frozen=True, slots=True)
class Party:
    name: str = ""
    id_number: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Breakdown:
    """An amount owed by component."""

    principal: Money = ZERO
    interest: Money = ZERO
    penalties: Money = ZERO  # penalty interest (罚息), late fees (滞纳金)
    fees: Money = ZERO

    @property
    def total(self) -> Money:
        return self.principal + self.interest + self.penalties + self.fees


@dataclass(frozen=True, slots=True)
class Outstanding:
    """What is owed, as the lender claims it and (when known) as the law supports it."""

    claimed: Breakdown = Breakdown()
    lawful: Breakdown | None = None
    basis: Basis = Basis.CLAIMED

    @property
    def stated_basis(self) -> Basis:
        """The basis actually stated: the lawful balance only when it is known."""
        return Basis.LAWFUL if self.basis == Basis.LAWFUL and self.lawful is not None else Basis.CLAIMED

    @property
    def stated(self) -> Breakdown:
        return self.lawful if self.stated_basis == Basis.LAWFUL else self.claimed


@dataclass(frozen=True, slots=True)
class LoanFacts:
    """The original contract as a document names it."""

    lender: str = ""
    contract_no: str = ""
    contract_date: dt.date | None = None
    principal: Money | None = None
    received: Money | None = None
    instalments: int | None = None
    rate: str = ""  # as the contract states it, e.g. "年利率18%"
    overdue_since: dt.date | None = None
    overdue_amount: Money | None = None


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    period: int
    due_date: dt.date | None
    amount: Money


@dataclass(frozen=True, slots=True)
class Proposal:
    """The terms asked of one lender; `rows` is the new schedule (empty: no schedule proposed)."""

    rows: tuple[ScheduleLine, ...] = ()
    extension_months: int = 0
    grace_months: int = 0
    waived: Breakdown = Breakdown()
    rate_reduction_percent: Decimal | None = None  # the new annual rate asked for
    settlement_amount: Money | None = None  # one payment that settles everything

    @property
    def total(self) -> Money:
        return Money(sum(row.amount.fen for row in self.rows))

    @property
    def first(self) -> ScheduleLine | None:
        return self.rows[0] if self.rows else None


@dataclass(frozen=True, slots=True)
class RequestData:
    """协商还款申请书."""

    borrower: Party
    loan: LoanFacts
    outstanding: Outstanding
    proposal: Proposal
    on: dt.date
    hardship: str = ""
    monthly_capacity: Money | None = None
    waive_penalties: bool = True


@dataclass(frozen=True, slots=True)
class ExtensionData:
    """延期/展期还款申请."""

    borrower: Party
    loan: LoanFacts
    outstanding: Outstanding
    proposal: Proposal
    on: dt.date
    reason: str = ""
    resume_on: dt.date | None = None  # when payments resume


@dataclass(frozen=True, slots=True)
class AgreementData:
    """分期还款（补充）协议."""

    lender: Party
    borrower: Party
    loan: LoanFacts
    outstanding: Outstanding
    proposal: Proposal
    on: dt.date
    payment_method: str = ""
    account: str = ""
    default_days: int = 30  # a missed instalment this many days late ends the arrangement
    dispute_court: str = ""  # e.g. "合同签订地人民法院"


@dataclass(frozen=True, slots=True)
class Fact:
    """One flagged contact, as the complaint tells it."""

    when: dt.datetime
    channel: str
    counterparty: str
    what: str
    misconduct: tuple[str, ...] = ()  # checklist codes
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ComplaintData:
    """投诉信 (银行业保险业消费投诉处理管理办法 2020, art. 13)."""

    complainant: Party
    institution: str
    on: dt.date
    staff: str = ""
    recipient: Recipient = Recipient.INSTITUTION
    loan: LoanFacts = LoanFacts()
    facts: tuple[Fact, ...] = ()
    request: str = ""
    evidence: tuple[str, ...] = ()
    lender_type: str | None = None  # a LenderType value: which institution-specific rules the letter cites


@dataclass(frozen=True, slots=True)
class ObjectionData:
    """征信异议申请 (征信业管理条例 art. 25)."""

    applicant: Party
    institution: str
    on: dt.date
    loan: LoanFacts = LoanFacts()
    entry: str = ""  # the entry in the credit report, as it reads
    reason: str = ""  # why it is wrong
    correction: str = ""  # what it should say
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InstalmentData:
    """个性化分期申请 (商业银行信用卡业务监督管理办法 art. 70)."""

    cardholder: Party
    bank: str
    outstanding: Outstanding
    proposal: Proposal
    on: dt.date
    card_no: str = ""
    hardship: str = ""
    monthly_capacity: Money | None = None
    fees_continue: bool = False  # whether interest and fees go on during the plan
    evidence: tuple[str, ...] = field(default=())
