"""The diary entry dialog: when, who, what was asked, said and promised, follow-up, tags and flags.

The flags the app can see (night-time contact, too many contacts that day, a third party
contacted) are ticked for the user as they fill in the form, and marked as suggestions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget,
)

from app.core.diary import direction_text, in_future, parse_tags
from app.core.errors import FieldError, ValidationFailed
from app.core.misconduct import CHECKLIST
from app.core.records import Channel, ContactEntry, Direction, Loan
from app.ui import ops
from app.ui.context import AppContext
from app.ui.loans.inputs import date_edit, from_qdate, select, to_qdate
from app.ui.labels import label

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
WARN_STYLE = "color: #8a6100;"
ERROR_STYLE = "color: #c62828;"


def _text_box(text: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class DiaryEntryDialog(QDialog):
    """Add (entry None) or edit an entry; emits `saved(entry)` once the vault has it."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, loans: Sequence[Loan], lender_names: Sequence[str],
                 entry: ContactEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.touched: set[str] = set()  # flags the user ticked or unticked by hand
        self.suggested: tuple[str, ...] = ()
        self.setWindowTitle(self.tr("New diary entry") if entry is None else self.tr("Edit diary entry"))
        self._suggest_timer = QTimer(self, singleShot=True, interval=150)
        self._suggest_timer.timeout.connect(self._ask_suggestions)
        self._build(loans, lender_names)
        self._fill(entry)
        self._connect()
        self._update_warning()
        self._suggest_timer.start()
        (self.lender_combo if entry is None else self.summary_edit).setFocus()

    # building -----------------------------------------------------------------------------
    def _build(self, loans: Sequence[Loan], lender_names: Sequence[str]) -> None:
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.lender_combo = QComboBox()
        self.lender_combo.setEditable(True)
        self.lender_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lender_combo.lineEdit().setPlaceholderText(self.tr("A loan's lender, or any name (agency, unknown caller)"))
        for loan in loans:
            self.lender_combo.addItem(loan.lender, loan.id)
        for name in lender_names:
            if self.lender_combo.findText(name) < 0:
                self.lender_combo.addItem(name, None)
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(label(channel), channel)
        self.direction_combo = QComboBox()
        for direction in Direction:
            self.direction_combo.addItem(direction_text(direction, self.ctx.lang), direction)
        self.counterparty_edit = QLineEdit()
        self.counterparty_edit.setPlaceholderText(self.tr("e.g. collector, customer service, legal department"))
        self.person_edit = QLineEdit()
        self.staff_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("as they gave it or as it showed"))
        self.third_party_edit = QLineEdit()
        self.third_party_edit.setPlaceholderText(self.tr("if they contacted someone else: my mother, my employer …"))
        self.summary_edit = QLineEdit()
        self.summary_edit.setPlaceholderText(self.tr("What happened, in one line"))
        self.asked_edit = _text_box()
        self.answer_edit = _text_box()
        self.promised_edit = _text_box(lines=2)
        self.follow_up_check = QCheckBox(self.tr("Follow up on"))
        self.follow_up_edit = date_edit(self.ctx.today())
        self.follow_up_edit.setEnabled(False)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("separated by commas or spaces"))

        contact = QFormLayout()
        contact.addRow(self.tr("&When"), self.when_edit)
        contact.addRow(self.tr("&Lender"), self.lender_combo)
        contact.addRow(self.tr("&Channel"), self.channel_combo)
        contact.addRow(self.tr("&Direction"), self.direction_combo)
        contact.addRow(self.tr("Who (role)"), self.counterparty_edit)
        contact.addRow(self.tr("Name they gave"), self.person_edit)
        contact.addRow(self.tr("Staff ID"), self.staff_edit)
        contact.addRow(self.tr("Phone number"), self.phone_edit)
        contact.addRow(self.tr("Someone else contacted"), self.third_party_edit)
        self.future_label = QLabel(self.tr("This time is in the future. Check the date and time."))
        self.future_label.setStyleSheet(WARN_STYLE)
        self.future_label.hide()
        contact.addRow("", self.future_label)

        content = QFormLayout()
        content.addRow(self.tr("&Summary"), self.summary_edit)
        content.addRow(self.tr("What I asked"), self.asked_edit)
        content.addRow(self.tr("What they said or offered"), self.answer_edit)
        content.addRow(self.tr("Promises and deadlines"), self.promised_edit)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_check)
        follow.addWidget(self.follow_up_edit, 1)
        content.addRow(self.tr("Follow-up"), follow)
        content.addRow(self.tr("Tags"), self.tags_edit)

        self.flags_list = QListWidget()
        self.flags_list.setObjectName("misconductChecklist")
        for item in CHECKLIST:
            row = QListWidgetItem(item.label(self.ctx.lang))
            row.setData(CODE_ROLE, item.code)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setToolTip(f"{item.rule(self.ctx.lang)}\n{item.source(self.ctx.lang)}")
            self.flags_list.addItem(row)
        self.suggest_label = QLabel()
        self.suggest_label.setWordWrap(True)
        self.suggest_label.setStyleSheet(WARN_STYLE)
        flags_box = QGroupBox(self.tr("Collection misconduct"))
        flags_layout = QVBoxLayout(flags_box)
        flags_layout.addWidget(self.flags_list, 1)
        flags_layout.addWidget(self.suggest_label)

        grid = QGridLayout()
        left = QGroupBox(self.tr("Contact"))
        left.setLayout(contact)
        middle = QGroupBox(self.tr("What was said"))
        middle.setLayout(content)
        grid.addWidget(left, 0, 0)
        grid.addWidget(middle, 0, 1)
        grid.addWidget(flags_box, 0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(1100, 560)

    def _fill(self, entry: ContactEntry | None) -> None:
        moment = entry.happened_at if entry else self.ctx.now()
        self.when_edit.setDateTime(QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0))
        if entry is None:
            self.lender_combo.setCurrentIndex(-1)
            self.lender_combo.setEditText("")
            return
        index = self.lender_combo.findData(entry.loan_id) if entry.loan_id is not None else -1
        if index >= 0:
            self.lender_combo.setCurrentIndex(index)
        else:
            self.lender_combo.setEditText(entry.lender_name)
        select(self.channel_combo, entry.channel)
        select(self.direction_combo, entry.direction)
        for edit, value in ((self.counterparty_edit, entry.counterparty), (self.person_edit, entry.person_name),
                            (self.staff_edit, entry.staff_id), (self.phone_edit, entry.phone),
                            (self.third_party_edit, entry.third_party), (self.summary_edit, entry.summary),
                            (self.tags_edit, " ".join(entry.tags))):
            edit.setText(value)
        for box, value in ((self.asked_edit, entry.asked), (self.answer_edit, entry.answer),
                           (self.promised_edit, entry.promised)):
            box.setPlainText(value)
        if entry.follow_up is not None:
            self.follow_up_check.setChecked(True)
            self.follow_up_edit.setEnabled(True)
            self.follow_up_edit.setDate(to_qdate(entry.follow_up))
        for row in self._rows():
            if row.data(CODE_ROLE) in entry.misconduct:
                row.setCheckState(Qt.CheckState.Checked)
        self.touched = set(entry.misconduct)  # what was saved is the user's choice

    def _connect(self) -> None:
        self.follow_up_check.toggled.connect(self.follow_up_edit.setEnabled)
        self.when_edit.dateTimeChanged.connect(lambda _v: (self._update_warning(), self._suggest_timer.start()))
        for signal in (self.direction_combo.currentIndexChanged, self.lender_combo.currentTextChanged,
                       self.third_party_edit.textChanged):
            signal.connect(lambda *_a: self._suggest_timer.start())
        self.flags_list.itemChanged.connect(self._flag_changed)

    def _rows(self) -> list[QListWidgetItem]:
        return [self.flags_list.item(i) for i in range(self.flags_list.count())]

    # reading the form ---------------------------------------------------------------------
    def when(self) -> dt.datetime:
        return self.when_edit.dateTime().toPython().replace(second=0, microsecond=0)

    def collect(self) -> tuple[ContactEntry, list[FieldError]]:
        """The entry as the form stands, and the field errors that stop it being saved."""
        text = self.lender_combo.currentText().strip()
        index = self.lender_combo.findText(text)
        loan_id = self.lender_combo.itemData(index) if index >= 0 else None
        entry = ContactEntry(
            self.when(), Channel(self.channel_combo.currentData()), self.summary_edit.text().strip(),
            Direction(self.direction_combo.currentData()), self.counterparty_edit.text().strip(), loan_id,
            self.asked_edit.toPlainText().strip(), self.answer_edit.toPlainText().strip(),
            self.promised_edit.toPlainText().strip(),
            from_qdate(self.follow_up_edit) if self.follow_up_check.isChecked() else None,
            tuple(row.data(CODE_ROLE) for row in self._rows() if row.checkState() == Qt.CheckState.Checked),
            self.entry.id if self.entry else None,
            person_name=self.person_edit.text().strip(), staff_id=self.staff_edit.text().strip(),
            phone=self.phone_edit.text().strip(), third_party=self.third_party_edit.text().strip(),
            lender_name="" if loan_id is not None else text, tags=parse_tags(self.tags_edit.text()),
            follow_up_done_at=self.entry.follow_up_done_at if self.entry else None,
        )
        errors = list(entry.validate())
        if not text:
            errors.insert(0, FieldError("lender", "field.required"))
        return entry, errors

    # suggestions and warnings -------------------------------------------------------------
    def _update_warning(self) -> None:
        self.future_label.setVisible(in_future(self.when(), self.ctx.now()))

    def _ask_suggestions(self) -> None:
        draft, _errors = self.collect()
        draft = dataclasses.replace(draft, summary=draft.summary or "-")
        ops.query(self.ctx, lambda repo: _suggest(repo, draft), self._show_suggestions, parent=self)

    def _show_suggestions(self, codes: tuple[str, ...]) -> None:
        self.suggested = codes
        self.flags_list.blockSignals(True)
        for row in self._rows():
            code = row.data(CODE_ROLE)
            if code not in self.touched:
                row.setCheckState(Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)
            font = row.font()
            font.setBold(code in codes)
            row.setFont(font)
        self.flags_list.blockSignals(False)
        self.suggest_label.setText(self.tr("Suggested from what you entered (bold): check them before saving.") if codes else "")

    def _flag_changed(self, row: QListWidgetItem) -> None:
        self.touched.add(row.data(CODE_ROLE))

    # saving -------------------------------------------------------------------------------
    def submit(self) -> None:
        entry, errors = self.collect()
        if errors:
            names = {"lender": self.tr("Lender"), "summary": self.tr("Summary"), "follow_up": self.tr("Follow-up")}
            self.error_label.setText("\n".join(f"{names.get(e.field, e.field)}: {e.message(self.ctx.lang)}" for e in errors))
            return
        self.error_label.clear()
        self.buttons.setEnabled(False)
        ops.write(self.ctx, lambda repo: _save(repo, entry), "diary", self._saved, parent=self, on_error=self._failed)

    def _saved(self, entry: ContactEntry) -> None:
        self.saved.emit(entry)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from app.ui.errors import error_message

        self.buttons.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.error_label.setText("\n".join(e.message(self.ctx.lang) for e in error.errors))
        else:
            self.error_label.setText(error_message(error, self.ctx.lang))


def _suggest(repo, draft: ContactEntry) -> tuple[str, ...]:
    from app.services import diary

    return diary.suggest_flags(repo, draft)


def _save(repo, entry: ContactEntry) -> ContactEntry:
    from app.services import diary

    return diary.add_entry(repo, entry) if entry.id is None else diary.update_entry(repo, entry)
