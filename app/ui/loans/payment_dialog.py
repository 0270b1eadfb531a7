"""Record a payment: date and amount, with how it is split (fees → interest → principal) before saving."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.errors import FieldError, ValidationFailed
from app.core.loan_summary import summarise
from app.core.lpr import LprTable
from app.core.messages import CodedError
from app.core.money import Money
from app.core.records import Loan, Payment
from app.ui.context import AppContext
from app.ui.errors import error_message
from app.ui.loans.fields import FieldBox
from app.ui.loans.inputs import date_edit, from_qdate, parse_money
from app.ui.widgets import ErrorLabel


@dataclass(frozen=True, slots=True)
class PaymentSplit:
    """What a payment pays off, by part, as the loan's own accounting applies it."""

    fees: Money
    interest: Money
    principal: Money
    surplus: Money
    outstanding_before: Money
    outstanding_after: Money


def split_payment(loan: Loan, payments: Sequence[Payment], new: Payment, lpr_table: LprTable, today: dt.date) -> PaymentSplit:
    """The difference the payment makes to the loan's paid fees, interest and principal."""
    on = max(today, new.paid_on)
    before = summarise(loan, payments, on, lpr_table)
    after = summarise(loan, [*payments, new], on, lpr_table)
    fees = after.paid_fees - before.paid_fees
    interest = after.paid_interest - before.paid_interest
    principal = after.paid_principal - before.paid_principal
    return PaymentSplit(fees, interest, principal, new.amount - fees - interest - principal,
                        before.outstanding_principal, after.outstanding_principal)


class PaymentDialog(QDialog):
    def __init__(self, ctx: AppContext, loan: Loan, payments: Sequence[Payment], lpr_table: LprTable,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.loan, self.payments, self.lpr_table = ctx, loan, list(payments), lpr_table
        self.today = today or dt.date.today()
        self.saved: Payment | None = None
        self.split: PaymentSplit | None = None
        self.setWindowTitle(self.tr("Record a payment — %1").replace("%1", loan.lender))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = date_edit(self.today)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 500"))
        self.note = QLineEdit()
        self.date_box, self.amount_box, self.note_box = FieldBox(self.date, stretch_first=False), FieldBox(self.amount), FieldBox(self.note)
        for caption, box in ((self.tr("Paid &on:"), self.date_box), (self.tr("&Amount:"), self.amount_box),
                             (self.tr("&Note:"), self.note_box)):
            label = QLabel(caption)
            label.setBuddy(box.inputs[0])
            form.addRow(label, box)
        layout.addLayout(form)
        self.split_label = QLabel()
        self.split_label.setObjectName("paymentSplit")
        self.split_label.setWordWrap(True)
        self.split_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.split_label)
        self.form_error = ErrorLabel()
        layout.addWidget(self.form_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.amount.textEdited.connect(lambda _t: self.update_split())
        self.date.dateChanged.connect(lambda _d: self.update_split())
        self.amount.setFocus()

    def collect(self) -> tuple[Payment | None, list[FieldError]]:
        errors: list[FieldError] = []
        amount = parse_money("amount", self.amount.text(), errors)
        paid_on = from_qdate(self.date)
        if paid_on < self.loan.contract_date:
            errors.append(FieldError("paid_on", "payment.date_before_contract"))
        payment = Payment(self.loan.id, paid_on, amount or Money(0), self.note.text().strip())
        if amount is not None:
            errors += list(payment.validate())
        return (None if errors else payment), errors

    def update_split(self, show_errors: bool = False) -> Payment | None:
        payment, errors = self.collect()
        lang = self.ctx.lang
        by_field = {e.field: e.message(lang) for e in reversed(errors)}
        typed = bool(self.amount.text().strip())
        self.amount_box.set_error(by_field.get("amount", "") if show_errors or typed else "")
        self.date_box.set_error(by_field.get("paid_on", ""))
        if payment is None:
            self.split, text = None, ""
        else:
            self.split = split_payment(self.loan, self.payments, payment, self.lpr_table, self.today)
            s = self.split
            text = self.tr("This payment goes to: fees %1 → interest %2 → principal %3").replace(
                "%1", s.fees.format(lang)).replace("%2", s.interest.format(lang)).replace("%3", s.principal.format(lang))
            if s.surplus.fen > 0:
                text += "\n" + self.tr("%1 is more than the schedule still asks for.").replace("%1", s.surplus.format(lang))
            text += "\n" + self.tr("Principal outstanding: %1 → %2").replace(
                "%1", s.outstanding_before.format(lang)).replace("%2", s.outstanding_after.format(lang))
            text += "\n" + self.tr("Order: expenses, then interest, then principal (Civil Code art. 561).")
        self.split_label.setText(text)
        return payment

    def submit(self) -> None:
        payment = self.update_split(show_errors=True)
        if payment is None:
            self.amount.setFocus()
            return
        try:
            self.saved = self.ctx.repo.add(payment)
        except ValidationFailed as exc:
            self.amount_box.set_error(exc.message(self.ctx.lang))
            return
        except (CodedError, KeyError, OSError) as exc:
            self.form_error.show_message(error_message(exc, self.ctx.lang))
            return
        self.ctx.data_changed.emit("loans")
        self.accept()
