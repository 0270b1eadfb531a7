"""The lender's own schedule, typed in row by row: due date, principal, interest, fee."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from app.core.errors import FieldError
from app.core.money import Money
from app.core.records import CustomInstalment
from app.core.schedule import add_months
from app.ui.loans.inputs import date_edit, from_qdate, money_text, parse_money
from app.ui.loans.rows_editor import RowsEditor

FIELD = "custom_schedule"


class CustomScheduleEditor(RowsEditor):
    DUE, PRINCIPAL, INTEREST, FEE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(4, parent)
        self.default_date: dt.date | None = None  # the first row's due date: the loan's first due date
        self.table.setHorizontalHeaderLabels([self.tr("Due date"), self.tr("Principal"), self.tr("Interest"), self.tr("Fee")])
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.add_button.setText(self.tr("Add row"))
        self.remove_button.setText(self.tr("Remove row"))

    def add_row(self, item: CustomInstalment | None = None) -> None:
        row = self.table.rowCount()
        previous = from_qdate(self.table.cellWidget(row - 1, self.DUE)) if row else None
        due = date_edit(item.due_date if item else (add_months(previous, 1) if previous else self.default_date))
        edits = [QLineEdit(money_text(value)) for value in ((item.principal, item.interest, item.fee) if item else (None, None, None))]
        self.table.insertRow(row)
        self.table.setCellWidget(row, self.DUE, due)
        for column, edit in zip((self.PRINCIPAL, self.INTEREST, self.FEE), edits):
            self.table.setCellWidget(row, column, edit)
            edit.textChanged.connect(lambda *_a: self.changed.emit())
        due.dateChanged.connect(lambda *_a: self.changed.emit())
        self.changed.emit()

    def set_rows(self, rows: tuple[CustomInstalment, ...]) -> None:
        self.replace_rows(rows)

    def rows(self) -> tuple[tuple[CustomInstalment, ...], list[FieldError]]:
        """The typed rows; an error names the first bad cell's row (1-based) in its message params."""
        items: list[CustomInstalment] = []
        errors: list[FieldError] = []
        for row in range(self.table.rowCount()):
            values: list[Money] = []
            for column in (self.PRINCIPAL, self.INTEREST, self.FEE):
                text = self.table.cellWidget(row, column).text()
                if column != self.PRINCIPAL and not text.strip():
                    values.append(Money(0))
                    continue
                value = parse_money(FIELD, text, errors)
                values.append(value if value is not None else Money(0))
            items.append(CustomInstalment(from_qdate(self.table.cellWidget(row, self.DUE)), *values))
            if errors:
                return (), [FieldError(FIELD, errors[0].code, {**errors[0].params, "row": row + 1})]
        return tuple(items), []
