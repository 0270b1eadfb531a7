"""The fees of a loan as an editable table: kind, amount or %, when it is charged, date, label."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from app.core.errors import FieldError
from app.core.records import Fee, FeeCharge, FeeKind
from app.ui.loans.inputs import date_edit, enum_combo, from_qdate, money_text, parse_money, parse_percent, percent_text, select, to_qdate
from app.ui.loans.fields import INVALID_STYLE
from app.ui.loans.rows_editor import RowsEditor


WIDEST_DATE = dt.date(2000, 12, 31)  # sizes the date column (no clock needed)


class FeesEditor(RowsEditor):
    """`fees()` returns the parsed fees and field errors named `fees[i].amount` etc."""

    KIND, AMOUNT, CHARGE, DATE, LABEL = range(5)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(5, parent)
        self.today = today
        self.default_date: dt.date | None = None  # a new once-fee's date: the contract date
        self.table.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Amount or %"), self.tr("Charged"), self.tr("Date"), self.tr("Note"),
        ])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.AMOUNT, QHeaderView.ResizeMode.Stretch)
        for column, widget in ((self.KIND, enum_combo(FeeKind)), (self.CHARGE, enum_combo(FeeCharge))):
            header.resizeSection(column, widget.sizeHint().width() + 4)  # the longest choice shows unclipped
            widget.deleteLater()
        day = date_edit(WIDEST_DATE)
        header.resizeSection(self.DATE, day.minimumSizeHint().width() + 4)
        day.deleteLater()
        header.resizeSection(self.LABEL, 70)  # a note is rare; the column can be widened
        self.table.setMinimumHeight(96)
        self.table.setMaximumHeight(190)
        self.add_button.setText(self.tr("Add fee"))
        self.remove_button.setText(self.tr("Remove fee"))

    def add_row(self, fee: Fee | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = enum_combo(FeeKind)
        amount = QLineEdit()
        amount.setPlaceholderText(self.tr("e.g. 500 or 3%"))
        charge = enum_combo(FeeCharge)
        on_date = date_edit(self.default_date or self.today)
        note = QLineEdit()
        if fee is not None:
            select(kind, fee.kind)
            select(charge, fee.charge)
            amount.setText(money_text(fee.amount) if fee.amount is not None else f"{percent_text(fee.percent)}%")
            if fee.on_date:
                on_date.setDate(to_qdate(fee.on_date))
            note.setText(fee.label)
        on_date.setEnabled(charge.currentData() == FeeCharge.ONCE)
        charge.currentIndexChanged.connect(lambda _i, c=charge, d=on_date: d.setEnabled(c.currentData() == FeeCharge.ONCE))
        for column, widget in ((self.KIND, kind), (self.AMOUNT, amount), (self.CHARGE, charge), (self.DATE, on_date), (self.LABEL, note)):
            self.table.setCellWidget(row, column, widget)
        for signal in (kind.currentIndexChanged, amount.textChanged, charge.currentIndexChanged, on_date.dateChanged, note.textChanged):
            signal.connect(lambda *_args: self.changed.emit())
        self.changed.emit()
        if fee is None:
            amount.setFocus()
        return row

    def set_fees(self, fees: tuple[Fee, ...]) -> None:
        self.replace_rows(fees)

    def fees(self) -> tuple[tuple[Fee, ...], list[FieldError]]:
        fees: list[Fee] = []
        errors: list[FieldError] = []
        for row in range(self.table.rowCount()):
            field = f"fees[{row}].amount"
            text = self.table.cellWidget(row, self.AMOUNT).text().strip()
            charge = self.table.cellWidget(row, self.CHARGE).currentData()
            kind = self.table.cellWidget(row, self.KIND).currentData()
            row_errors: list[FieldError] = []
            amount = percent = None
            if not text:
                row_errors.append(FieldError(field, "field.required"))
            elif text.endswith(("%", "％")):
                percent = parse_percent(field, text, row_errors)
            else:
                amount = parse_money(field, text, row_errors)
            on_date: dt.date | None = from_qdate(self.table.cellWidget(row, self.DATE)) if charge == FeeCharge.ONCE else None
            errors += row_errors
            self.table.cellWidget(row, self.AMOUNT).setStyleSheet(INVALID_STYLE if row_errors and text else "")
            if not row_errors:
                fees.append(Fee(kind, charge, amount=amount, percent=percent, on_date=on_date,
                                label=self.table.cellWidget(row, self.LABEL).text().strip()))
        return tuple(fees), errors

    def focus_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.cellWidget(row, self.AMOUNT).setFocus()
