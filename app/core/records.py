"""The domain records: immutable values with validation that returns field-level errors.

Money is `Money` (integer fen); rates are `Decimal` percent (Decimal("12") means 12 %).
`id` is None until the vault has stored the record. Enums are str-valued so that the
vault and the JSON export carry stable, readable codes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from app.core.errors import FieldError
from app.core.money import Money

MAX_INSTALMENTS = 1200
ABSURD_ANNUAL_RATE = Decimal(1000)
MAX_TEXT = 20_000
MAX_NAME = 200


# --- enumerations ---------------------------------------------------------------------------
class LenderType(StrEnum):
    PLATFORM = "platform"  # 网贷平台 / 助贷
    CONSUMER_FINANCE = "consumer_finance"  # 消费金融公司
    BANK = "bank"  # 银行 / 信用卡
    SMALL_LOAN = "small_loan"  # 小额贷款公司
    PRIVATE = "private"  # 民间借贷 (private person)


class RepaymentMethod(StrEnum):
    EQUAL_INSTALMENT = "equal-installment"  # 等额本息
    EQUAL_PRINCIPAL = "equal-principal"  # 等额本金
    INTEREST_ONLY = "interest-only"  # 先息后本
    FLAT = "flat"  # 等本等息
    BULLET = "bullet"  # 一次性还本付息
    CUSTOM = "custom"  # the lender's own schedule, typed in


class Period(StrEnum):
    MONTH = "month"
    WEEK = "week"
    DAY = "day"


class RateBasis(StrEnum):
    """How the lender states the rate."""

    ANNUAL = "annual"  # 年利率 %
    MONTHLY = "monthly"  # 月利率 %
    DAILY = "daily"  # 日利率 %, e.g. 日息0.05%
    PER_PERIOD_FEE = "per-period-fee"  # 每期手续费率 % of the original principal (等本等息)


class FeeKind(StrEnum):
    AGENCY = "agency"  # 中介费
    SERVICE = "service"  # 服务费
    MEMBERSHIP = "membership"  # 会员费
    GUARANTEE = "guarantee"  # 担保费
    RIGHTS = "rights"  # 权益费
    INSURANCE = "insurance"  # 保险费
    OTHER = "other"


class FeeCharge(StrEnum):
    UPFRONT = "upfront"  # deducted or paid at the start
    PER_INSTALMENT = "per-instalment"  # added to every instalment
    ONCE = "once"  # once, on a given date


class LoanStatus(StrEnum):
    CURRENT = "current"
    OVERDUE = "overdue"
    NEGOTIATING = "negotiating"
    AGREEMENT = "agreement"  # under a (new) agreement
    SETTLED = "settled"
    WRITTEN_OFF = "written-off"


class IncomeCategory(StrEnum):
    SALARY = "salary"
    SIDE_JOB = "side-job"
    BENEFITS = "benefits"
    FAMILY_SUPPORT = "family-support"
    OTHER = "other"


class Frequency(StrEnum):
    MONTHLY = "monthly"
    WEEKLY = "weekly"
    YEARLY = "yearly"
    IRREGULAR = "irregular"  # the amount is the monthly average


class ExpenseKind(StrEnum):
    FIXED = "fixed"
    VARIABLE = "variable"


class ExpenseCategory(StrEnum):
    RENT = "rent"
    UTILITIES = "utilities"
    INSURANCE = "insurance"
    TRANSPORT = "transport"
    CHILDCARE = "childcare"
    PARENTS = "parents"  # 赡养父母
    FOOD = "food"
    PHONE = "phone"
    MEDICAL = "medical"
    EDUCATION = "education"
    CLOTHING = "clothing"
    OTHER = "other"


class AssetKind(StrEnum):
    CASH = "cash"  # cash and deposits
    CAR = "car"
    PROPERTY = "property"
    OTHER = "other"


class LiabilityKind(StrEnum):
    FAMILY = "family"  # money owed to family or friends
    CREDIT_CARD = "credit-card"
    OTHER = "other"


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    WECHAT = "wechat"
    APP = "app"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in-person"
    OTHER = "other"


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


# --- helpers --------------------------------------------------------------------------------
def _required(errors: list[FieldError], name: str, value: str, limit: int = MAX_NAME) -> None:
    if not value or not value.strip():
        errors.append(FieldError(name, "field.required"))
    elif len(value) > limit:
        errors.append(FieldError(name, "field.too_long", {"limit": limit}))


def _optional_text(errors: list[FieldError], name: str, value: str, limit: int = MAX_TEXT) -> None:
    if value and len(value) > limit:
        errors.append(FieldError(name, "field.too_long", {"limit": limit}))


def _not_negative(errors: list[FieldError], name: str, value: Money) -> None:
    if value.is_negative():
        errors.append(FieldError(name, "money.negative"))


def _positive(errors: list[FieldError], name: str, value: Money) -> None:
    if value.fen <= 0:
        errors.append(FieldError(name, "money.not_positive"))


# --- loans ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Fee:
    """A fee on a loan: a fixed amount, or a percent of the principal on paper."""

    kind: FeeKind
    charge: FeeCharge
    amount: Money | None = None
    percent: Decimal | None = None
    on_date: dt.date | None = None  # for FeeCharge.ONCE
    label: str = ""

    def validate(self, principal: Money | None = None) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        if (self.amount is None) == (self.percent is None):
            errors.append(FieldError("amount", "loan.fee_amount_or_percent"))
        if self.amount is not None:
            _not_negative(errors, "amount", self.amount)
            if principal is not None and self.amount > principal and principal.fen > 0:
                errors.append(FieldError("amount", "loan.fee_gt_principal"))
        if self.percent is not None:
            if self.percent < 0:
                errors.append(FieldError("percent", "rate.negative"))
            elif self.percent > 100:
                errors.append(FieldError("percent", "loan.fee_gt_principal"))
        if self.charge == FeeCharge.ONCE and self.on_date is None:
            errors.append(FieldError("on_date", "loan.fee_date_required"))
        _optional_text(errors, "label", self.label, MAX_NAME)
        return tuple(errors)

    def amount_on(self, principal: Money) -> Money:
        """The fee in money for a loan with this principal on paper."""
        if self.amount is not None:
            return self.amount
        return principal * (self.percent / Decimal(100))


@dataclass(frozen=True, slots=True)
class CustomInstalment:
    """One row of a schedule the lender gave, typed in by the user."""

    due_date: dt.date
    principal: Money
    interest: Money
    fee: Money = Money(0)

    @property
    def amount(self) -> Money:
        return self.principal + self.interest + self.fee


@dataclass(frozen=True, slots=True)
class Loan:
    lender: str
    lender_type: LenderType
    principal: Money  # on paper (合同本金)
    received: Money  # actually paid out (实际到手)
    contract_date: dt.date
    first_due_date: dt.date
    instalments: int
    period: Period = Period.MONTH
    method: RepaymentMethod = RepaymentMethod.EQUAL_INSTALMENT
    rate_percent: Decimal = Decimal(0)
    rate_basis: RateBasis = RateBasis.ANNUAL
    fees: tuple[Fee, ...] = ()
    penalty_rate_percent: Decimal | None = None  # 罚息
    penalty_rate_basis: RateBasis = RateBasis.DAILY
    late_fee: Money | None = None  # 滞纳金, fixed per overdue instalment
    late_fee_percent: Decimal | None = None  # 滞纳金 as % of the overdue instalment
    status: LoanStatus = LoanStatus.CURRENT
    contract_no: str = ""
    contact_numbers: str = ""
    notes: str = ""
    archived: bool = False
    custom_schedule: tuple[CustomInstalment, ...] = ()
    id: int | None = None
    # Bullet loans (一次性还本付息): the periods the interest runs; the one instalment is due on
    # first_due_date. None on a bullet loan is the reading before schema 5 (instalments = the term,
    # due `instalments − 1` periods after first_due_date), kept for files written then.
    term: int | None = None

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        _required(errors, "lender", self.lender)
        _positive(errors, "principal", self.principal)
        _positive(errors, "received", self.received)
        if self.received > self.principal and self.principal.fen > 0:
            errors.append(FieldError("received", "loan.received_gt_principal"))
        if not 1 <= self.instalments <= MAX_INSTALMENTS:
            errors.append(FieldError("instalments", "loan.instalments_range", {"high": MAX_INSTALMENTS}))
        if self.term is not None and not 1 <= self.term <= MAX_INSTALMENTS:
            errors.append(FieldError("term", "loan.instalments_range", {"high": MAX_INSTALMENTS}))
        if self.first_due_date <= self.contract_date:
            errors.append(FieldError("first_due_date", "loan.first_due_before_contract"))
        if self.rate_percent < 0:
            errors.append(FieldError("rate_percent", "rate.negative"))
        if self.penalty_rate_percent is not None and self.penalty_rate_percent < 0:
            errors.append(FieldError("penalty_rate_percent", "rate.negative"))
        if self.late_fee is not None:
            _not_negative(errors, "late_fee", self.late_fee)
        if self.late_fee_percent is not None and self.late_fee_percent < 0:
            errors.append(FieldError("late_fee_percent", "rate.negative"))
        for index, fee in enumerate(self.fees):
            errors.extend(FieldError(f"fees[{index}].{e.field}", e.code, e.params) for e in fee.validate(self.principal))
        if self.method == RepaymentMethod.CUSTOM and not self.custom_schedule:
            errors.append(FieldError("custom_schedule", "loan.custom_schedule_required"))
        _optional_text(errors, "contract_no", self.contract_no, MAX_NAME)
        _optional_text(errors, "contact_numbers", self.contact_numbers, 1000)
        _optional_text(errors, "notes", self.notes)
        return tuple(errors)

    @property
    def upfront_deduction(self) -> Money:
        """What was kept back at payout (砍头息 and fees): principal on paper − amount received."""
        return self.principal - self.received


@dataclass(frozen=True, slots=True)
class Payment:
    loan_id: int
    paid_on: dt.date
    amount: Money
    note: str = ""
    id: int | None = None

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        _positive(errors, "amount", self.amount)
        _optional_text(errors, "note", self.note, 2000)
        return tuple(errors)

    def validate_for(self, loan: Loan) -> tuple[FieldError, ...]:
        """`validate()` plus the rules against the loan it pays (every path that stores a payment checks these)."""
        errors = list(self.validate())
        if self.paid_on < loan.contract_date:
            errors.append(FieldError("paid_on", "payment.date_before_contract"))
        return tuple(errors)


# --- budget ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class IncomeSource:
    name: str
    category: IncomeCategory
    amount: Money
    frequency: Frequency = Frequency.MONTHLY
    note: str = ""
    id: int | None = None

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        _required(errors, "name", self.name)
        _not_negative(errors, "amount", self.amount)
        if not isinstance(self.frequency, Frequency):
            errors.append(FieldError("frequency", "budget.frequency"))
        _optional_text(errors, "note", self.note, 2000)
        return tuple(errors)


@dataclass(frozen=True, slots=True)
class Expense:
    name: str
    category: ExpenseCategory
    monthly: Money
    kind: ExpenseKind = ExpenseKind.FIXED
    essential: bool = True
    note: str = ""
    id: int | None = None

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        _required(errors, "name", self.name)
        _not_negative(errors, "monthly", self.monthly)
        _optional_text(errors, "note", self.note, 2000)
        return tuple(errors)


@dataclass(frozen=True, slots=True)
class Asset:
    name: str
    kind: AssetKind
    value: Money
    note: str = ""
    id: int | None = None

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        _required(errors, "name", self.name)
        _not_negative(errors, "value", self.value)
        _optional_text(errors, "note", self.note, 2000)
        return tuple(errors)


@dataclass(frozen=True, slots=True)
class Liability:
    """A debt not tracked as a loan: owed to family, a credit-card balance entered as one line."""

    creditor: str
    kind: LiabilityKind
    balance: Money
    monthly_payment: Money = Money(0)
    note: str = ""
    id: int | None = None

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        _required(errors, "creditor", self.creditor)
        _not_negative(errors, "balance", self.balance)
        _not_negative(errors, "monthly_payment", self.monthly_payment)
        _optional_text(errors, "note", self.note, 2000)
        return tuple(errors)


@dataclass(frozen=True, slots=True)
class BudgetSnapshot:
    """The statement's headline figures as they were on a date (monthly amounts)."""

    taken_on: dt.date
    income: Money
    spending: Money
    essential_spending: Money
    available: Money  # for repayment
    contract_demand: Money  # what the current contracts demand each month
    total_debt: Money
    net_worth: Money
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """Who the user is, for letters and the financial statement. Kept inside the vault."""

    full_name: str = ""
    phone: str = ""
    address: str = ""
    id_number: str = ""
    hardship: str = ""  # the hardship in the user's own words
    protected_minimum: Money | None = None  # None: defaults to essential spending

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        _optional_text(errors, "full_name", self.full_name, MAX_NAME)
        _optional_text(errors, "phone", self.phone, MAX_NAME)
        _optional_text(errors, "address", self.address, 1000)
        _optional_text(errors, "id_number", self.id_number, 64)
        _optional_text(errors, "hardship", self.hardship)
        if self.protected_minimum is not None:
            _not_negative(errors, "protected_minimum", self.protected_minimum)
        return tuple(errors)


# --- negotiation diary ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ContactEntry:
    """One contact with a lender or collector."""

    happened_at: dt.datetime
    channel: Channel
    summary: str
    direction: Direction = Direction.INCOMING
    counterparty: str = ""  # who: lender, collector's name or number
    loan_id: int | None = None
    asked: str = ""  # what I asked
    answer: str = ""  # what they said
    promised: str = ""  # what was promised
    follow_up: dt.date | None = None
    misconduct: tuple[str, ...] = ()  # codes from the misconduct checklist
    id: int | None = None
    # the contact diary (issue 10)
    person_name: str = ""  # the name the other side gave
    staff_id: str = ""  # 工号 as they gave it
    phone: str = ""  # the number as they gave it or as it showed
    third_party: str = ""  # who was contacted instead of me (family, colleague, employer …), if anyone
    lender_name: str = ""  # a collection agency or unknown caller, when the entry is not about a loan
    tags: tuple[str, ...] = ()
    follow_up_done_at: dt.datetime | None = None

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        _required(errors, "summary", self.summary, MAX_TEXT)
        for name in ("counterparty", "person_name", "staff_id", "phone", "third_party", "lender_name"):
            _optional_text(errors, name, getattr(self, name), MAX_NAME)
        for name in ("asked", "answer", "promised"):
            _optional_text(errors, name, getattr(self, name))
        if any(len(tag) > MAX_NAME for tag in self.tags):
            errors.append(FieldError("tags", "field.too_long", {"limit": MAX_NAME}))
        if self.follow_up is not None and self.follow_up < self.happened_at.date():
            errors.append(FieldError("follow_up", "contact.follow_up_before"))
        return tuple(errors)


@dataclass(frozen=True, slots=True)
class Attachment:
    """Evidence kept inside the vault; the bytes live in the vault, the record describes them."""

    filename: str
    sha256: str
    size: int
    mime: str = "application/octet-stream"
    contact_id: int | None = None
    loan_id: int | None = None
    added_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    id: int | None = None
    file_mtime: dt.datetime | None = None  # the original file's modification time (issue 10)


class CustodyAction(StrEnum):
    ADDED = "added"
    OPENED = "opened"
    EXPORTED = "exported"


@dataclass(frozen=True, slots=True)
class CustodyEvent:
    """One line of an attachment's custody log: what happened to the evidence, and when."""

    attachment_id: int
    action: CustodyAction
    at: dt.datetime
    detail: str = ""  # e.g. the folder an export went to
    id: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A document the app drafted: where it was saved and, when kept, the exact file bytes in the
    vault (`sha256`, `size` describe them); whether it was sent, to whom and when."""

    kind: str  # e.g. "statement", "request", "agreement"
    title: str
    created_at: dt.datetime
    loan_id: int | None = None
    saved_to: str = ""
    lender: str = ""
    lang: str = "zh_CN"
    sha256: str = ""  # of the bytes kept in the vault; "" when none are kept
    size: int = 0
    sent: bool = False
    sent_to: str = ""
    sent_on: dt.date | None = None
    id: int | None = None

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        _required(errors, "kind", self.kind)
        _optional_text(errors, "title", self.title, MAX_NAME)
        _optional_text(errors, "lender", self.lender, MAX_NAME)
        _optional_text(errors, "sent_to", self.sent_to, MAX_NAME)
        _optional_text(errors, "saved_to", self.saved_to, 4096)
        if self.sent_on is not None and self.sent_on < self.created_at.date():
            errors.append(FieldError("sent_on", "document.sent_before_created"))
        return tuple(errors)


# --- payoff scenarios (issue 11) ------------------------------------------------------------
class PayoffStrategy(StrEnum):
    AVALANCHE = "avalanche"  # highest real APR first
    SNOWBALL = "snowball"  # smallest balance first
    CUSTOM = "custom"  # the user's order
    PRO_RATA = "pro-rata"  # shared by balance or by minimum


class ProRataBasis(StrEnum):
    BALANCE = "balance"
    MINIMUM = "minimum"


class WhatIfKind(StrEnum):
    EXTEND = "extend"  # 展期: the balance over more instalments
    GRACE = "grace"  # 宽限期: N months with no payment
    LOWER_RATE = "lower-rate"  # a lower annual rate from a month on
    WAIVE_PENALTIES = "waive-penalties"  # 减免罚息 and late fees
    DISCOUNT = "discount"  # a principal discount for a lump-sum settlement
    RESTRUCTURE = "restructure"  # the outstanding (or lawful) balance in N equal instalments


@dataclass(frozen=True, slots=True)
class WhatIf:
    """A negotiated term for one loan. `months`: new instalment count (extend, restructure) or
    grace months; `month`: when a lower rate starts or a settlement is paid (1 = first month)."""

    kind: WhatIfKind
    loan_id: int | None = None
    months: int = 0
    month: int = 1
    rate_percent: Decimal | None = None  # lower-rate: the new annual rate
    percent: Decimal | None = None  # discount: % of the balance waived
    with_interest: bool = True  # grace: does interest run during it
    lawful: bool = False  # restructure: the lawful balance instead of everything claimed


@dataclass(frozen=True, slots=True)
class LumpSum:
    month: int  # 1 = the scenario's first month
    amount: Money


@dataclass(frozen=True, slots=True)
class IncomeChange:
    month: int  # from this month on
    change: Money  # signed change of the monthly amount


@dataclass(frozen=True, slots=True)
class Scenario:
    """A named payoff plan kept in the vault. `budget` None: the budget page's available amount.
    `loan_id`: the loan whose lender this scenario is the negotiation proposal for (None: not a proposal)."""

    name: str
    strategy: PayoffStrategy = PayoffStrategy.AVALANCHE
    budget: Money | None = None
    start_month: dt.date | None = None  # None: the month after today
    basis: ProRataBasis = ProRataBasis.BALANCE
    lump_sums: tuple[LumpSum, ...] = ()
    income_changes: tuple[IncomeChange, ...] = ()
    custom_order: tuple[int, ...] = ()  # loan ids
    what_ifs: tuple[WhatIf, ...] = ()
    loan_id: int | None = None
    created_at: dt.datetime | None = None
    id: int | None = None

    def validate(self) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        _required(errors, "name", self.name)
        if self.budget is not None:
            _not_negative(errors, "budget", self.budget)
        for index, lump in enumerate(self.lump_sums):
            if not 1 <= lump.month <= MAX_INSTALMENTS:
                errors.append(FieldError(f"lump_sums[{index}].month", "field.range", {"low": 1, "high": MAX_INSTALMENTS}))
            _not_negative(errors, f"lump_sums[{index}].amount", lump.amount)
        for index, change in enumerate(self.income_changes):
            if not 1 <= change.month <= MAX_INSTALMENTS:
                errors.append(FieldError(f"income_changes[{index}].month", "field.range", {"low": 1, "high": MAX_INSTALMENTS}))
        return tuple(errors)
