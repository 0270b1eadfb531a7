"""Add or edit a loan: every contract term, field-level messages, a live preview of the real cost.

The preview is computed by `app.services.loans.preview_loan` on the vault thread, a moment after
the typing stops; saving goes through `save_loan` there too.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from app.core.bounds import loan_bound_errors
from app.core.errors import FieldError, ValidationFailed
from app.core.messages import CodedError
from app.core.money import Money
from app.core.real_cost import percent_text as rate_text
from app.core.records import MAX_INSTALMENTS, LenderType, Loan, LoanStatus, Period, RateBasis, RepaymentMethod
from app.core.schedule import add_months
from app.services import loans as service
from app.ui import ops
from app.ui.context import AppContext
from app.ui.errors import error_message
from app.ui.loans.custom_schedule_editor import CustomScheduleEditor
from app.ui.loans.fees_editor import FeesEditor
from app.ui.loans.fields import FieldBox
from app.ui.loans.inputs import (
    date_edit, enum_combo, from_qdate, money_text, parse_date, parse_money, parse_percent, percent_text, select,
    to_qdate,
)
from app.ui.widgets import ErrorLabel

LATE_FIXED, LATE_PERCENT = "fixed", "percent"
PREVIEW_DELAY_MS = 120
NOT_FIGURES = frozenset({"lender", "contract_no", "contact_numbers", "notes"})  # the preview can do without them


class LoanEditorDialog(QDialog):
    """`LoanEditorDialog(ctx, loan=None)`: only a loan that validates reaches the vault; `saved` holds it."""

    def __init__(self, ctx: AppContext, loan: Loan | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = loan
        self.closed = False
        self.saved: Loan | None = None
        self._shown_all = False
        self._touched: set[str] = set()
        self._preview_asked = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._ask_preview)
        self._pending: Loan | None = None
        self.setWindowTitle(self.tr("Edit loan") if loan else self.tr("Add a loan"))
        self._build()
        if loan is not None:
            self._fill(loan)
        self._connect()
        self.update_feedback()
        self.lender.setFocus()

    # building -----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(4)
        scroll = QScrollArea()  # only the lender's own schedule can make the form taller than the screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(14)
        left = QVBoxLayout()
        left.addWidget(self._contract_box())
        left.addWidget(self._penalties_box())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._fees_box())
        right.addWidget(self._status_box())
        right.addStretch(1)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)  # the fee table needs the room
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.preview = QLabel()
        self.preview.setObjectName("loanPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("font-weight: bold; padding: 2px 4px;")
        self.preview.setFixedHeight(2 * self.preview.fontMetrics().lineSpacing() + 8)  # never moves the buttons
        outer.addWidget(self.preview)
        self.form_error = ErrorLabel()
        outer.addWidget(self.form_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for button in (self.fees.add_button, self.fees.remove_button, self.custom.add_button, self.custom.remove_button):
            button.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.resize(1180, 680)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(2)
        return form

    def _contract_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contract"))
        form = self._form(box)
        today = self.ctx.today()
        self.lender = QLineEdit()
        self.lender.setPlaceholderText(self.tr("Platform, company or person"))
        self.lender_type = enum_combo(LenderType)
        self.contract_no = QLineEdit()
        self.principal = QLineEdit()
        self.principal.setPlaceholderText(self.tr("e.g. 10000 or 1万"))
        self.received = QLineEdit()
        self.received.setPlaceholderText(self.tr("what reached your account"))
        self.contract_date = date_edit(today)
        self.first_due = date_edit(add_months(today, 1))
        self.instalments = QSpinBox()
        self.instalments.setRange(0, 99_999)
        self.instalments.setValue(12)
        self.period = enum_combo(Period)
        self.due_label = QLabel()
        self.due_label.setObjectName("bulletDueDate")
        self.method = enum_combo(RepaymentMethod)
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("e.g. 18, 1.5 or 0.05"))
        self.rate_basis = enum_combo(RateBasis)
        self.custom = CustomScheduleEditor()
        self.boxes: dict[str, FieldBox] = {
            "lender": FieldBox(self.lender),
            "lender_type": FieldBox(self.lender_type),
            "contract_no": FieldBox(self.contract_no),
            "principal": FieldBox(self.principal),
            "received": FieldBox(self.received, hint=self.tr(
                "If fees or interest were kept back when the money was paid out (砍头息), enter what you actually got."),
                message_lines=2),  # the 砍头息 warning is a sentence: wrapped, not cut off
            "contract_date": FieldBox(self.contract_date, stretch_first=False),
            "method": FieldBox(self.method),
            "first_due_date": FieldBox(self.first_due, stretch_first=False),
            "instalments": FieldBox(self.instalments, self.period, self.due_label, stretch_first=False),
            "rate_percent": FieldBox(self.rate, self.rate_basis),
            "custom_schedule": FieldBox(self.custom),
        }
        rows = (
            ("lender", self.tr("&Lender:")), ("lender_type", self.tr("Lender &type:")),
            ("contract_no", self.tr("Contract &no.:")), ("principal", self.tr("&Principal on the contract:")),
            ("received", self.tr("Amount actually &received:")), ("contract_date", self.tr("&Contract date:")),
            ("method", self.tr("Repayment &method:")), ("first_due_date", self.tr("&First due date:")),
            ("instalments", self.tr("&Instalments:")), ("rate_percent", self.tr("&Advertised rate:")),
            ("custom_schedule", self.tr("Lender's &schedule:")),
        )
        self.row_labels = self._add_rows(form, rows)
        return box

    def _add_rows(self, form: QFormLayout, rows: tuple[tuple[str, str], ...]) -> dict[str, QLabel]:
        """A captioned row per field box, the caption's mnemonic going to the box's first input."""
        labels = {}
        for key, caption in rows:
            label = labels[key] = QLabel(caption)
            label.setBuddy(self.boxes[key].inputs[0])
            form.addRow(label, self.boxes[key])
        return labels

    def _fees_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Fees"))
        layout = QVBoxLayout(box)
        layout.setSpacing(2)
        hint = QLabel(self.tr(
            "Every fee besides interest: 中介费, 服务费, 会员费, 担保费, 权益费, 保险费 … as an amount (500) or a percent of the principal (3%)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(hint)
        self.fees = FeesEditor(self.ctx.today())
        self.boxes["fees"] = FieldBox(self.fees)
        layout.addWidget(self.boxes["fees"])
        return box

    def _penalties_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Penalties if late"))
        form = self._form(box)
        self.penalty_rate = QLineEdit()
        self.penalty_rate.setPlaceholderText(self.tr("none"))
        self.penalty_basis = enum_combo((RateBasis.DAILY, RateBasis.MONTHLY, RateBasis.ANNUAL))
        self.late_fee = QLineEdit()
        self.late_fee.setPlaceholderText(self.tr("none"))
        self.late_fee_kind = QComboBox()
        self.late_fee_kind.addItem(self.tr("¥ per late instalment"), LATE_FIXED)
        self.late_fee_kind.addItem(self.tr("% of the late instalment"), LATE_PERCENT)
        self.boxes["penalty_rate_percent"] = FieldBox(self.penalty_rate, self.penalty_basis)
        self.boxes["late_fee"] = FieldBox(self.late_fee, self.late_fee_kind)
        self._add_rows(form, (
            ("penalty_rate_percent", self.tr("Penalty interest (罚息):")), ("late_fee", self.tr("Late fee (滞纳金):")),
        ))
        return box

    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Status and notes"))
        form = self._form(box)
        self.status = enum_combo(LoanStatus)
        self.contacts = QLineEdit()
        self.contacts.setPlaceholderText(self.tr("the lender's phone numbers"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        self.boxes["status"] = FieldBox(self.status)
        self.boxes["contact_numbers"] = FieldBox(self.contacts)
        self.boxes["notes"] = FieldBox(self.notes)
        self.row_labels.update(self._add_rows(form, (
            ("status", self.tr("S&tatus:")), ("contact_numbers", self.phone_caption(LenderType.PLATFORM)),
            ("notes", self.tr("N&otes:")),
        )))
        return box

    def phone_caption(self, lender_type: LenderType) -> str:
        captions = {
            LenderType.PLATFORM: self.tr("Platform's p&hone numbers:"),
            LenderType.CONSUMER_FINANCE: self.tr("Company's p&hone numbers:"),
            LenderType.BANK: self.tr("Bank's p&hone numbers:"),
            LenderType.SMALL_LOAN: self.tr("Company's p&hone numbers:"),
            LenderType.PRIVATE: self.tr("Lender's p&hone numbers:"),
        }
        return captions[lender_type]

    def _fill(self, loan: Loan) -> None:
        self.lender.setText(loan.lender)
        select(self.lender_type, loan.lender_type)
        self.contract_no.setText(loan.contract_no)
        self.principal.setText(money_text(loan.principal))
        self.received.setText(money_text(loan.received))
        self.contract_date.setDate(to_qdate(loan.contract_date))
        self.first_due.setDate(to_qdate(loan.first_due_date))
        self.instalments.setValue(loan.instalments)
        if loan.method == RepaymentMethod.BULLET:
            self.instalments.setValue(loan.term if loan.term is not None else loan.instalments)
        select(self.period, loan.period)
        select(self.method, loan.method)
        self.rate.setText(percent_text(loan.rate_percent))
        select(self.rate_basis, loan.rate_basis)
        self.custom.set_rows(loan.custom_schedule)
        self.fees.set_fees(loan.fees)
        self.penalty_rate.setText(percent_text(loan.penalty_rate_percent))
        select(self.penalty_basis, loan.penalty_rate_basis)
        if loan.late_fee_percent is not None and loan.late_fee is None:
            select(self.late_fee_kind, LATE_PERCENT)
            self.late_fee.setText(percent_text(loan.late_fee_percent))
        else:
            self.late_fee.setText(money_text(loan.late_fee))
        select(self.status, loan.status)
        self.contacts.setText(loan.contact_numbers)
        self.notes.setPlainText(loan.notes)

    def _connect(self) -> None:
        edits = {
            "lender": self.lender, "contract_no": self.contract_no, "principal": self.principal,
            "received": self.received, "rate_percent": self.rate, "penalty_rate_percent": self.penalty_rate,
            "late_fee": self.late_fee, "contact_numbers": self.contacts,
        }
        for key, edit in edits.items():
            edit.textEdited.connect(lambda _t, k=key: self._touch(k))
        self.notes.textChanged.connect(lambda: self._touch("notes"))
        self.instalments.valueChanged.connect(lambda _v: self._touch("instalments"))
        for key, edit in (("contract_date", self.contract_date), ("first_due_date", self.first_due)):
            edit.dateChanged.connect(lambda _d, k=key: self._touch(k))
            edit.edit.textEdited.connect(lambda _t, k=key: self._touch(k))
        for combo in (self.lender_type, self.period, self.method, self.rate_basis, self.penalty_basis,
                      self.late_fee_kind, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.update_feedback())
        self.fees.default_date, self.custom.default_date = from_qdate(self.contract_date), from_qdate(self.first_due)
        self._contract_was = from_qdate(self.contract_date)
        self.contract_date.dateChanged.connect(lambda _d: self._first_due_follows_contract())
        self.contract_date.dateChanged.connect(lambda _d: setattr(self.fees, "default_date", from_qdate(self.contract_date)))
        self.first_due.dateChanged.connect(lambda _d: setattr(self.custom, "default_date", from_qdate(self.first_due)))
        self.fees.changed.connect(lambda: self._touch("fees"))
        self.custom.changed.connect(lambda: self._touch("custom_schedule"))

    def _first_due_follows_contract(self) -> None:
        """While the first due date is still one period after the contract date, keep it so when the
        contract date changes (a user typing an old contract's date forgot the first due date)."""
        was, now = self._contract_was, from_qdate(self.contract_date)
        self._contract_was = now
        period, first_due = self.period.currentData(), from_qdate(self.first_due)
        if first_due != service.bullet_due_date(was, period, 1):
            return
        self.first_due.setDate(to_qdate(service.bullet_due_date(now, period, 1)))

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self.update_feedback()

    # reading the form ---------------------------------------------------------------------
    def is_bullet(self) -> bool:
        return self.method.currentData() == RepaymentMethod.BULLET

    def _bullet_due(self) -> dt.date | None:
        """A bullet loan's due date from the contract date and the term; None while they make none."""
        term = self.instalments.value()
        if not 1 <= term <= MAX_INSTALMENTS:
            return None
        try:
            return service.bullet_due_date(from_qdate(self.contract_date), self.period.currentData(), term)
        except (ValueError, OverflowError):
            return None

    def collect(self) -> tuple[Loan | None, list[FieldError]]:
        """The loan the form describes and every problem with it (parse errors first, one per field)."""
        draft, errors = self.draft()
        return (None if errors else draft), errors

    def draft(self) -> tuple[Loan, list[FieldError]]:
        """The loan as typed so far (placeholders where a value does not parse) and every problem with it."""
        errors: list[FieldError] = []
        principal = parse_money("principal", self.principal.text(), errors)
        received = parse_money("received", self.received.text(), errors)
        rate = parse_percent("rate_percent", self.rate.text(), errors)
        penalty = parse_percent("penalty_rate_percent", self.penalty_rate.text(), errors, optional=True)
        late_fee = late_percent = None
        if self.late_fee_kind.currentData() == LATE_PERCENT:
            late_percent = parse_percent("late_fee", self.late_fee.text(), errors, optional=True)
        else:
            late_fee = parse_money("late_fee", self.late_fee.text(), errors, optional=True)
        contract_date = parse_date("contract_date", self.contract_date, errors)
        first_due = parse_date("first_due_date", self.first_due, errors)
        fees, fee_errors = self.fees.fees()
        method = self.method.currentData()
        custom_rows, custom_errors = self.custom.rows() if method == RepaymentMethod.CUSTOM else ((), [])
        errors += fee_errors + custom_errors
        instalments, term = (len(custom_rows) if custom_rows else self.instalments.value()), None
        if method == RepaymentMethod.BULLET:
            instalments, term = 1, self.instalments.value()
            first_due = self._bullet_due() or first_due
        loan = Loan(
            lender=self.lender.text().strip(),
            lender_type=self.lender_type.currentData(),
            principal=principal if principal is not None else Money(1),
            received=received if received is not None else Money(1),
            contract_date=contract_date,
            first_due_date=first_due,
            instalments=instalments,
            period=self.period.currentData(),
            method=method,
            rate_percent=rate if rate is not None else Decimal(0),
            rate_basis=self.rate_basis.currentData(),
            fees=fees,
            penalty_rate_percent=penalty,
            penalty_rate_basis=self.penalty_basis.currentData(),
            late_fee=late_fee,
            late_fee_percent=late_percent,
            status=self.status.currentData(),
            contract_no=self.contract_no.text().strip(),
            contact_numbers=self.contacts.text().strip(),
            notes=self.notes.toPlainText(),
            archived=self.original.archived if self.original else False,
            custom_schedule=custom_rows,
            id=self.original.id if self.original else None,
            term=term,
        )
        parsed_fields = {e.field for e in errors}
        if principal is None:
            parsed_fields.add("received")  # "received > principal" means nothing without a principal
        errors += [e for e in loan_bound_errors(loan) if e.field not in parsed_fields]
        errors += [e for e in loan.validate() if e.field not in parsed_fields and not (
            e.field.startswith("fees[") and principal is None and e.code == "loan.fee_gt_principal")]
        return loan, errors

    @staticmethod
    def box_key(field: str) -> str:
        """The form field an error belongs to: fees[2].amount → fees, late_fee_percent → late_fee."""
        if field.startswith("fees["):
            return "fees"
        return {"late_fee_percent": "late_fee", "penalty_rate_basis": "penalty_rate_percent",
                "term": "instalments"}.get(field, field)

    # feedback -----------------------------------------------------------------------------
    def update_feedback(self) -> tuple[Loan | None, list[FieldError]]:
        draft, errors = self.draft()
        loan = None if errors else draft
        lang = self.ctx.lang
        messages: dict[str, str] = {}
        for error in errors:
            key = self.box_key(error.field)
            if key == "fees" and error.code == "field.required" and not self._shown_all:
                continue  # a fee row just added is not wrong yet
            message = error.message(lang)
            if key == "fees":
                row = int(error.field[5:error.field.index("]")]) + 1
                message = self.tr("Fee %1: %2").replace("%1", str(row)).replace("%2", message)
            if key == "custom_schedule" and "row" in error.params:
                message = self.tr("Row %1: %2").replace("%1", str(error.params["row"])).replace("%2", message)
            messages.setdefault(key, message)
        for key, box in self.boxes.items():
            show = self._shown_all or key in self._touched
            box.set_error(messages.get(key, "") if show else "")
        self._show_method_rows()
        self._update_warnings()
        blocking = {e.field for e in errors if not (e.field.startswith("fees[") and e.code == "field.required")}
        self._update_preview(None if blocking - NOT_FIGURES else draft, blocking)  # an empty fee row waits quietly
        return loan, errors

    def _show_method_rows(self) -> None:
        method = self.method.currentData()
        is_custom, is_bullet = method == RepaymentMethod.CUSTOM, method == RepaymentMethod.BULLET
        for key, visible in (("custom_schedule", is_custom), ("first_due_date", not is_bullet)):
            self.boxes[key].setVisible(visible)
            self.row_labels[key].setVisible(visible)
        self.instalments.setEnabled(not is_custom)
        self.row_labels["instalments"].setText(self.tr("T&erm:") if is_bullet else self.tr("&Instalments:"))
        self.due_label.setVisible(is_bullet)
        due = self._bullet_due() if is_bullet else None
        self.due_label.setText(self.tr("due on %1").replace("%1", due.isoformat()) if due else "")
        self.row_labels["contact_numbers"].setText(self.phone_caption(self.lender_type.currentData()))

    def _update_warnings(self) -> None:
        lang = self.ctx.lang
        warning = ""
        errors: list[FieldError] = []
        rate = parse_percent("rate_percent", self.rate.text(), errors)
        if rate is not None and not errors:
            warning = service.rate_warning(rate, self.rate_basis.currentData(), self.period.currentData(), lang)
        self.boxes["rate_percent"].set_warning(warning)
        upfront = ""
        principal = parse_money("principal", self.principal.text(), [])
        received = parse_money("received", self.received.text(), [])
        if principal is not None and received is not None and Money(0) < received < principal:
            upfront = self.tr("%1 was kept back at payout (砍头息). In law the principal is the %2 you received.").replace(
                "%1", (principal - received).format(lang)).replace("%2", received.format(lang))
        self.boxes["received"].set_warning(upfront)

    def _update_preview(self, loan: Loan | None, bad_fields: set[str]) -> None:
        self._preview_asked += 1
        self._pending = loan
        if loan is None:
            self._preview_timer.stop()
            marked = any(box.error_text for box in self.boxes.values())
            self.preview.setText(self.tr("Preview: fill in the marked items.") if marked else self._missing_text(bad_fields))
            return
        self._preview_timer.start()

    def _missing_text(self, bad_fields: set[str]) -> str:
        """What the preview still needs, named, while nothing is marked yet (the fields were not touched)."""
        names = {
            "principal": self.tr("the principal"), "received": self.tr("the amount received"),
            "contract_date": self.tr("the contract date"), "first_due_date": self.tr("the first due date"),
            "instalments": self.tr("the term") if self.is_bullet() else self.tr("the instalments"),
            "rate_percent": self.tr("the rate"), "custom_schedule": self.tr("the lender's schedule"),
            "fees": self.tr("the fees"), "penalty_rate_percent": self.tr("the penalty interest"),
            "late_fee": self.tr("the late fee"),
        }
        keys = {self.box_key(field) for field in bad_fields}
        missing = [name for key, name in names.items() if key in keys]
        return self.tr("Preview: fill in %1.").replace("%1", self.tr(", ").join(missing)) if missing else ""

    def _ask_preview(self) -> None:
        loan, asked = self._pending, self._preview_asked
        if loan is None:
            return
        ops.query(self.ctx, lambda _repo: service.preview_loan(loan), lambda preview: self._show_preview(asked, preview),
                  parent=self, on_error=lambda error: self._show_preview(asked, error))

    def _show_preview(self, asked: int, result: service.LoanPreview | BaseException) -> None:
        if asked != self._preview_asked or self.closed:
            return  # the form has changed since; a newer preview is on its way
        if isinstance(result, CodedError):
            self.preview.setText(self.tr("Preview: %1").replace("%1", result.message(self.ctx.lang)))
            return
        if isinstance(result, BaseException):
            self.preview.setText(self.tr("Preview: %1").replace("%1", error_message(result, self.ctx.lang)))
            return
        first, cost = result.first, result.cost
        self.preview.setText(
            self.tr("Preview: first instalment %1 on %2 · real APR %3 % compound (%4 % simple) · advertised %5 % a year")
            .replace("%1", first.payment.format(self.ctx.lang))
            .replace("%2", first.due_date.isoformat() if first.due_date else "—")
            .replace("%3", cost.apr_compound_text)
            .replace("%4", cost.apr_simple_text)
            .replace("%5", rate_text(cost.advertised_annual))
        )

    # saving -------------------------------------------------------------------------------
    def submit(self) -> None:
        self._shown_all = True
        loan, errors = self.update_feedback()
        self.form_error.show_message("")
        if loan is None:
            self._focus_first(errors)
            return
        self.ok_button.setEnabled(False)
        ops.write(self.ctx, lambda repo: service.save_loan(repo, loan), "loans", self._saved,
                  parent=self, on_error=self._not_saved)

    def done(self, result: int) -> None:
        """Closing drops every answer still on its way from the vault thread."""
        self.closed = True
        self._preview_timer.stop()
        self._preview_asked += 1
        super().done(result)

    def _saved(self, stored: Loan) -> None:
        self.saved = stored
        if not self.closed:
            self.accept()

    def _not_saved(self, error: BaseException) -> None:
        if self.closed:
            return
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            for item in error.errors:
                self.boxes.get(self.box_key(item.field), self.boxes["lender"]).set_error(item.message(self.ctx.lang))
            self._focus_first(list(error.errors))
            return
        self.form_error.show_message(error_message(error, self.ctx.lang))

    def _focus_first(self, errors: list[FieldError]) -> None:
        order = list(self.boxes)
        keys = sorted({self.box_key(e.field) for e in errors}, key=lambda k: order.index(k) if k in order else 99)
        if not keys:
            return
        if keys[0] == "fees":
            rows = [int(e.field[5:e.field.index("]")]) for e in errors if e.field.startswith("fees[")]
            self.fees.focus_row(min(rows))
            return
        self.boxes.get(keys[0], self.boxes["lender"]).inputs[0].setFocus()
