"""What is overdue on a date, the penalty interest (罚息) and late fees (滞纳金) it has drawn, and
how each payment was applied.

Payments are applied in date order. On each payment's date the charges are brought up to date
first: penalty interest accrues day by day on the unpaid part of every instalment past its due
date, at the loan's penalty rate turned into a daily rate (annual / 365, monthly × 12 / 365,
daily as is, per-period / days in the period); a late fee is charged once for every instalment
still unpaid after its due date (the fixed amount, or the percentage of that instalment). The
payment then goes to what is due by that date in the legal order of Civil Code art. 561 —
fees, then the charges (late fees, then penalty interest), then interest, then principal,
oldest instalment first within each part — or in the contract's order when one is given.
What is left pays later instalments ahead of time (fee, interest, principal); beyond that it
is an overpayment. With the charges added as a flow on `on`, the all-in simple annual cost is
recomputed (XIRR) and compared with the 24 % line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from app.core.allocation import DEFAULT_ORDER, Allocation, Due, allocate
from app.core.irr import IrrError, daily_rates, xirr_daily
from app.core.money import Money
from app.core.real_cost import contract_flows
from app.core.records import Loan, Payment, Period, RateBasis
from app.core.schedule import DAYS_PER_PERIOD, PERIODS_PER_YEAR, Schedule, ScheduleRow

ALL_IN_LINE = Decimal(24)
_ROW_PARTS = ("fees", "interest", "principal")


@dataclass(frozen=True, slots=True)
class InstalmentState:
    """One schedule row and what has been paid against it by a date."""

    row: ScheduleRow
    paid: Money
    payments: tuple[tuple[dt.date, Money], ...]  # the parts of payments that went to this row
    paid_split: Allocation = Allocation()  # the paid amount by part: fees, interest, principal

    @property
    def unpaid(self) -> Money:
        return self.row.payment - self.paid

    @property
    def settled_on(self) -> dt.date | None:
        """The date the row was paid in full, None while it is not."""
        return self.payments[-1][0] if self.payments and self.unpaid.fen <= 0 else None


@dataclass(frozen=True, slots=True)
class PaymentSplit:
    """How one payment was applied; `split.penalty` is what went to late fees and penalty interest."""

    payment: Payment
    split: Allocation


@dataclass(frozen=True, slots=True)
class Account:
    """The loan's account on `on` after every payment made by then."""

    states: tuple[InstalmentState, ...]
    surplus: Money  # paid beyond everything the schedule asks
    splits: tuple[PaymentSplit, ...]
    penalty_interest: Money  # accrued to `on`, paid or not
    late_fees: Money  # charged to `on`, paid or not
    charges_paid: Money  # the part of the payments that went to penalty interest and late fees

    @property
    def charges_outstanding(self) -> Money:
        return self.penalty_interest + self.late_fees - self.charges_paid


def daily_rate(rate_percent: Decimal | None, basis: RateBasis, period: Period) -> Decimal:
    """The penalty rate as a fraction per day."""
    if not rate_percent:
        return Decimal(0)
    rate = Decimal(rate_percent) / 100
    if basis == RateBasis.DAILY:
        return rate
    if basis == RateBasis.MONTHLY:
        return rate * 12 / 365
    if basis == RateBasis.PER_PERIOD_FEE:
        return rate / DAYS_PER_PERIOD[period]
    return rate / 365


def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


class _Ledger:
    """The running account: what each row has had by part, and the charges accrued and paid."""

    def __init__(self, schedule: Schedule, loan: Loan | None) -> None:
        self.rows = list(schedule.rows)
        self.paid = [dict.fromkeys(_ROW_PARTS, 0) for _ in self.rows]
        self.totals = [{"fees": r.fee.fen, "interest": r.interest.fen, "principal": r.principal.fen} for r in self.rows]
        self.parts: list[list[tuple[dt.date, Money]]] = [[] for _ in self.rows]
        self.daily = daily_rate(loan.penalty_rate_percent, loan.penalty_rate_basis, loan.period) if loan else Decimal(0)
        self.late_fee = loan.late_fee.fen if loan and loan.late_fee is not None else 0
        self.late_percent = loan.late_fee_percent if loan and loan.late_fee_percent else Decimal(0)
        self.penalty = Decimal(0)
        self.late = 0
        self.late_charged = [False] * len(self.rows)
        self.penalty_paid = self.late_paid = 0
        self.last = dt.date.min
        self.first_open = 0  # rows before it are paid in full

    def open_rows(self, day: dt.date) -> list[int]:
        """The rows not yet paid in full that fall due on or before `day` (rows are in date order)."""
        while self.first_open < len(self.rows) and not self.unpaid(self.first_open):
            self.first_open += 1
        found = []
        for index in range(self.first_open, len(self.rows)):
            due = self.rows[index].due_date
            if due is not None and due > day:
                break
            found.append(index)
        return found

    def owed(self, index: int, part: str) -> int:
        return max(self.totals[index][part] - self.paid[index][part], 0)

    def unpaid(self, index: int) -> int:
        return sum(self.owed(index, part) for part in _ROW_PARTS)

    def accrue(self, day: dt.date) -> None:
        """Penalty interest up to `day` and late fees for instalments unpaid after their due date."""
        if self.loan_has_charges():
            for index in self.open_rows(day):
                row = self.rows[index]
                due = row.due_date
                if due is None or due >= day:
                    continue
                unpaid = self.unpaid(index)
                if unpaid <= 0:
                    continue
                start = max(due, self.last)
                if day > start:
                    self.penalty += unpaid * self.daily * (day - start).days
                if not self.late_charged[index]:
                    self.late_charged[index] = True
                    self.late += self.late_fee + (row.payment * (self.late_percent / 100)).fen
        self.last = max(self.last, day)

    def loan_has_charges(self) -> bool:
        return bool(self.daily or self.late_fee or self.late_percent)

    def charges_due(self) -> tuple[int, int]:
        """(late fees, penalty interest) still unpaid, in fen."""
        return self.late - self.late_paid, _half_up(self.penalty) - self.penalty_paid

    def pay_row(self, index: int, part: str, amount: int, day: dt.date) -> int:
        take = min(amount, self.owed(index, part))
        if take > 0:
            self.paid[index][part] += take
            parts = self.parts[index]
            if parts and parts[-1][0] == day:
                parts[-1] = (day, parts[-1][1] + Money(take))
            else:
                parts.append((day, Money(take)))
        return take

    def apply(self, payment: Payment, order: tuple[str, ...]) -> Allocation:
        day = payment.paid_on
        self.accrue(day)
        due_rows = self.open_rows(day)
        late, penalty = self.charges_due()
        due = Due(
            fees=Money(sum(self.owed(i, "fees") for i in due_rows)),
            penalty=Money(late + penalty),
            interest=Money(sum(self.owed(i, "interest") for i in due_rows)),
            principal=Money(sum(self.owed(i, "principal") for i in due_rows)),
        )
        split = allocate(payment.amount, due, order)
        to_late = min(split.penalty.fen, late)
        self.late_paid += to_late
        self.penalty_paid += split.penalty.fen - to_late
        for part in _ROW_PARTS:
            left = getattr(split, part).fen
            for index in due_rows:
                if left <= 0:
                    break
                left -= self.pay_row(index, part, left, day)
        ahead = dict.fromkeys(_ROW_PARTS, 0)
        left = split.surplus.fen
        for index in range(self.first_open, len(self.rows)):
            if left <= 0:
                break
            for part in _ROW_PARTS:
                taken = self.pay_row(index, part, left, day)
                ahead[part] += taken
                left -= taken
        return Allocation(
            fees=split.fees + Money(ahead["fees"]),
            penalty=split.penalty,
            interest=split.interest + Money(ahead["interest"]),
            principal=split.principal + Money(ahead["principal"]),
            surplus=Money(left),
        )

    def states(self) -> tuple[InstalmentState, ...]:
        return tuple(
            InstalmentState(
                row,
                Money(sum(paid.values())),
                tuple(parts),
                Allocation(fees=Money(paid["fees"]), interest=Money(paid["interest"]), principal=Money(paid["principal"])),
            )
            for row, paid, parts in zip(self.rows, self.paid, self.parts)
        )


def account(
    schedule: Schedule, payments: Sequence[Payment], on: dt.date, loan: Loan | None = None, order: tuple[str, ...] = DEFAULT_ORDER
) -> Account:
    """Apply the payments made up to `on` (see the module docstring); without `loan` there are no charges."""
    ledger = _Ledger(schedule, loan)
    splits = []
    with localcontext() as ctx:
        ctx.prec = 34
        for payment in sorted(payments, key=lambda p: p.paid_on):
            if payment.paid_on > on:
                break
            splits.append(PaymentSplit(payment, ledger.apply(payment, order)))
        ledger.accrue(on)
    return Account(
        states=ledger.states(),
        surplus=Money(sum(s.split.surplus.fen for s in splits)),
        splits=tuple(splits),
        penalty_interest=Money(_half_up(ledger.penalty)),
        late_fees=Money(ledger.late),
        charges_paid=Money(ledger.late_paid + ledger.penalty_paid),
    )


def split_of(
    loan: Loan, schedule: Schedule, payments: Sequence[Payment], new: Payment, order: tuple[str, ...] = DEFAULT_ORDER
) -> Allocation:
    """How `new` would be applied after the recorded `payments` (for a payment dialog's preview)."""
    result = account(schedule, [*payments, new], new.paid_on, loan, order)
    return next(s.split for s in reversed(result.splits) if s.payment is new)


def apply_payments(
    schedule: Schedule, payments: Sequence[Payment], on: dt.date, loan: Loan | None = None
) -> tuple[tuple[InstalmentState, ...], Money]:
    """Each row's state after the payments made up to `on`, oldest row first; plus any overpayment.

    Pass `loan` so that its penalty interest and late fees take their part of each payment first.
    """
    result = account(schedule, payments, on, loan)
    return result.states, result.surplus


@dataclass(frozen=True, slots=True)
class OverdueStatus:
    on: dt.date
    days_overdue: int  # of the oldest unpaid instalment past its due date; 0 when none
    overdue_instalments: int
    overdue_amount: Money
    overdue_principal: Money
    penalty_interest: Money
    late_fees: Money
    all_in_apr: Decimal | None  # simple annual % with the charges; None without charges
    line_percent: Decimal = ALL_IN_LINE
    charges_paid: Money = Money(0)  # the part of the payments that went to the charges

    @property
    def charges(self) -> Money:
        """Penalty interest and late fees accrued to `on`, paid or not."""
        return self.penalty_interest + self.late_fees

    @property
    def charges_outstanding(self) -> Money:
        return self.charges - self.charges_paid

    @property
    def above_line(self) -> bool:
        return self.all_in_apr is not None and self.all_in_apr > self.line_percent


def _all_in(loan: Loan, schedule: Schedule, charges: Money, on: dt.date) -> Decimal | None:
    flows, _ = contract_flows(loan, schedule)
    dated = [(f.on, f.amount) for f in flows] + [(on, charges)]
    try:
        _, simple, _ = daily_rates(xirr_daily(dated), PERIODS_PER_YEAR[loan.period])
    except IrrError:
        return None
    return simple


def overdue_status(
    loan: Loan, schedule: Schedule, payments: Sequence[Payment], on: dt.date, order: tuple[str, ...] = DEFAULT_ORDER
) -> OverdueStatus:
    """Days overdue, what is overdue and the penalty and late fees accrued to `on`."""
    return status_of(loan, schedule, account(schedule, payments, on, loan, order), on)


def status_of(loan: Loan, schedule: Schedule, result: Account, on: dt.date) -> OverdueStatus:
    """The overdue status from an account already worked out to `on`."""
    overdue = [s for s in result.states if s.row.due_date is not None and s.row.due_date < on and s.unpaid.fen > 0]
    charges = result.penalty_interest + result.late_fees
    return OverdueStatus(
        on=on,
        days_overdue=(on - overdue[0].row.due_date).days if overdue else 0,
        overdue_instalments=len(overdue),
        overdue_amount=Money(sum(s.unpaid.fen for s in overdue)),
        overdue_principal=Money(sum(s.row.principal.fen - s.paid_split.principal.fen for s in overdue)),
        penalty_interest=result.penalty_interest,
        late_fees=result.late_fees,
        all_in_apr=_all_in(loan, schedule, charges, on) if charges else None,
        charges_paid=result.charges_paid,
    )
