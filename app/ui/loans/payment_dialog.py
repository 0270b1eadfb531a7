"""Record a payment: date and amount (pre-filled from the next unpaid instalment), with its split before saving."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.errors import FieldError, ValidationFailed
from app.core.money import Money
from app.core.records import Payment
from app.services import loans as service
from app.ui import ops
from app.ui.context import AppContext
from app.ui.errors import error_message
from app.ui.loans.fields import FieldBox
from app.ui.loans.inputs import date_edit, money_text, parse_date, parse_money
from app.ui.widgets import ErrorLabel

SPLIT_DELAY_MS = 120


class PaymentDialog(QDialog):
    """`PaymentDialog(ctx, view)`: the split is previewed and the payment recorded by the loans service."""

    def __init__(self, ctx: AppContext, view: service.LoanView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.loan = ctx, view.loan
        self.closed = False
        self.saved: Payment | None = None
        self.split: service.PaymentSplit | None = None
        self._asked = 0
        self.setWindowTitle(self.tr("Record a payment — %1").replace("%1", self.loan.lender))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        upcoming = view.next_unpaid
        day = ctx.today()
        if upcoming is not None and upcoming.row.due_date is not None:
            day = min(upcoming.row.due_date, day)
        self.date = date_edit(day)
        self.amount = QLineEdit(money_text(upcoming.unpaid) if upcoming is not None else "")
        self.amount.setPlaceholderText(self.tr("e.g. 500"))
        self.note = QLineEdit()
        self.date_box, self.amount_box, self.note_box = FieldBox(self.date, stretch_first=False), FieldBox(self.amount), FieldBox(self.note)
        for caption, box in ((self.tr("Paid &on:"), self.date_box), (self.tr("&Amount:"), self.amount_box),
                             (self.tr("&Note:"), self.note_box)):
            label = QLabel(caption)
            label.setBuddy(box.inputs[0])
            form.addRow(label, box)
        layout.addLayout(form)
        self.prefill_label = QLabel()
        self.prefill_label.setWordWrap(True)
        self.prefill_label.setStyleSheet("color: palette(mid);")
        if upcoming is not None:
            self.prefill_label.setText(self.tr("Filled in from the next unpaid instalment, due %1. Change them to what you paid.")
                                       .replace("%1", upcoming.row.due_date.isoformat() if upcoming.row.due_date else "—"))
        layout.addWidget(self.prefill_label)
        self.split_label = QLabel()
        self.split_label.setObjectName("paymentSplit")
        self.split_label.setWordWrap(True)
        self.split_label.setTextFormat(Qt.TextFormat.PlainText)
        self.split_label.setMinimumHeight(4 * self.split_label.fontMetrics().lineSpacing())
        self.split_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.split_label)
        self.form_error = ErrorLabel()
        layout.addWidget(self.form_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SPLIT_DELAY_MS)
        self.timer.timeout.connect(self._ask_split)
        self.amount.textEdited.connect(lambda _t: self.update_split())
        self.date.dateChanged.connect(lambda _d: self.update_split())
        self.date.edit.textEdited.connect(lambda _t: self.update_split())
        self.amount.setFocus()
        self.amount.selectAll()
        self.update_split()

    def collect(self) -> tuple[Payment | None, list[FieldError]]:
        errors: list[FieldError] = []
        amount = parse_money("amount", self.amount.text(), errors)
        paid_on = parse_date("paid_on", self.date, errors)
        payment = Payment(self.loan.id, paid_on, amount or Money(0), self.note.text().strip())
        if amount is not None:
            errors += list(payment.validate_for(self.loan))
        return (None if errors else payment), errors

    def update_split(self, show_errors: bool = False) -> Payment | None:
        """Check the form now; the split itself follows from the vault thread a moment later."""
        payment, errors = self.collect()
        lang = self.ctx.lang
        by_field = {e.field: e.message(lang) for e in reversed(errors)}
        typed = bool(self.amount.text().strip())
        self.amount_box.set_error(by_field.get("amount", "") if show_errors or typed else "")
        self.date_box.set_error(by_field.get("paid_on", ""))
        self._asked += 1
        self.split = None
        self.split_label.setText("")
        if payment is not None:
            self._pending = payment
            self.timer.start()
        return payment

    def _ask_split(self) -> None:
        payment, asked, today = self._pending, self._asked, self.ctx.today()
        ops.query(self.ctx, lambda repo: service.preview_payment(repo, payment, today),
                  lambda split: self._show_split(asked, split), parent=self,
                  on_error=lambda error: self._show_split(asked, error))

    def _show_split(self, asked: int, result: service.PaymentSplit | BaseException) -> None:
        if asked != self._asked or self.closed:
            return
        lang = self.ctx.lang
        if isinstance(result, BaseException):
            self.split_label.setText(error_message(result, lang))
            return
        self.split = s = result
        parts = (s.fees, s.penalty, s.interest, s.principal)
        text = self.tr("This payment goes to: fees %1 → penalty interest and late fees %2 → interest %3 → principal %4")
        for number, part in enumerate(parts, start=1):
            text = text.replace(f"%{number}", part.format(lang))
        if s.surplus.fen > 0:
            text += "\n" + self.tr("%1 is more than the schedule still asks for.").replace("%1", s.surplus.format(lang))
        text += "\n" + self.tr("Principal outstanding: %1 → %2").replace(
            "%1", s.outstanding_before.format(lang)).replace("%2", s.outstanding_after.format(lang))
        text += "\n" + self.tr("Order: expenses, then penalty interest and late fees, then interest, then principal (Civil Code art. 561).")
        self.split_label.setText(text)

    def submit(self) -> None:
        payment = self.update_split(show_errors=True)
        if payment is None:
            self.amount.setFocus()
            return
        self.ok_button.setEnabled(False)
        ops.write(self.ctx, lambda repo: service.record_payment(repo, payment), "loans", self._saved,
                  parent=self, on_error=self._not_saved)

    def done(self, result: int) -> None:
        """Closing drops every answer still on its way from the vault thread."""
        self.closed = True
        self.timer.stop()
        self._asked += 1
        super().done(result)

    def _saved(self, payment: Payment) -> None:
        self.saved = payment
        if not self.closed:
            self.accept()

    def _not_saved(self, error: BaseException) -> None:
        if self.closed:
            return
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            by_field = {e.field: e.message(self.ctx.lang) for e in error.errors}
            self.date_box.set_error(by_field.pop("paid_on", ""))
            self.amount_box.set_error("\n".join(by_field.values()))
            return
        self.form_error.show_message(error_message(error, self.ctx.lang))
