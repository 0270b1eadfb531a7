"""The Schedule tab: the loan's instalments marked paid/unpaid, printable and exportable to CSV."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app.core.messages import CodedError
from app.core.overdue import InstalmentState, apply_payments
from app.core.records import Loan, Payment
from app.core.schedule import Schedule
from app.documents.save import save_bytes
from app.documents.schedule_csv import schedule_csv_bytes
from app.ui.widgets import notify, read_only_view

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Mark(IntEnum):
    PAID = 0
    PART_PAID = 1
    UNPAID = 2
    OVERDUE = 3


def marks_for(states: Sequence[InstalmentState], today: dt.date) -> list[Mark]:
    marks = []
    for state in states:
        if state.unpaid.fen <= 0:
            marks.append(Mark.PAID)
        elif state.row.due_date is not None and state.row.due_date < today:
            marks.append(Mark.OVERDUE)
        elif state.paid.fen > 0:
            marks.append(Mark.PART_PAID)
        else:
            marks.append(Mark.UNPAID)
    return marks


class ScheduleModel(QAbstractTableModel):
    COLUMNS = 8

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.schedule: Schedule | None = None
        self.states: tuple[InstalmentState, ...] = ()
        self.marks: list[Mark] = []

    def set_schedule(self, schedule: Schedule | None, payments: Sequence[Payment], today: dt.date) -> None:
        self.beginResetModel()
        self.schedule = schedule
        self.states = apply_payments(schedule, payments, today)[0] if schedule else ()
        self.marks = marks_for(self.states, today)
        self.endResetModel()

    def mark_text(self, mark: Mark) -> str:
        return {
            Mark.PAID: self.tr("Paid"), Mark.PART_PAID: self.tr("Part paid"),
            Mark.UNPAID: self.tr("Not yet due"), Mark.OVERDUE: self.tr("Overdue"),
        }[mark]

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Due date"), self.tr("Payment"), self.tr("Principal"), self.tr("Interest"),
                self.tr("Fee"), self.tr("Balance"), self.tr("Paid?")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.states)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def cells(self, row: int) -> list[str]:
        state = self.states[row]
        r = state.row
        return [str(r.period), r.due_date.isoformat() if r.due_date else "—", r.payment.format(self.lang),
                r.principal.format(self.lang), r.interest.format(self.lang), r.fee.format(self.lang),
                r.balance.format(self.lang), self.mark_text(self.marks[row])]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= index.column() <= 6:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            mark = self.marks[index.row()]
            if mark == Mark.OVERDUE:
                return QBrush(QColor("#c62828"))
            if mark == Mark.PAID:
                return QBrush(QColor("#6b6b6b"))
        return None

    def html(self, title: str) -> str:
        """A printable HTML table of the schedule with its totals."""
        head = "".join(f"<th>{html.escape(h)}</th>" for h in self.headers())
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in self.cells(row)) + "</tr>"
            for row in range(len(self.states))
        )
        s = self.schedule
        totals = ""
        if s is not None:
            cells = ["", self.tr("Total"), s.total_payment.format(self.lang), s.total_principal.format(self.lang),
                     s.total_interest.format(self.lang), s.total_fees.format(self.lang), "", ""]
            totals = "<tr>" + "".join(f"<td><b>{html.escape(c)}</b></td>" for c in cells) + "</tr>"
        return (
            f"<h2>{html.escape(title)}</h2>"
            '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
            f"<tr>{head}</tr>{body}{totals}</table>"
        )


class ScheduleTab(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.loan: Loan | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.print_button.clicked.connect(self.print_preview)
        self.export_button.clicked.connect(self.export_csv)
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.model = ScheduleModel(lang, self)
        self.view = read_only_view(QTableView())
        self.view.setModel(self.model)
        layout.addWidget(self.view)
        self.set_loan(None, None, (), dt.date.today())

    def set_loan(self, loan: Loan | None, schedule: Schedule | None, payments: Sequence[Payment], today: dt.date) -> None:
        self.loan = loan
        self.model.set_schedule(schedule, payments, today)
        has = schedule is not None
        self.print_button.setEnabled(has)
        self.export_button.setEnabled(has)
        if has:
            self.caption.setText(self.tr("Total to repay %1, of which interest %2 and fees %3.").replace(
                "%1", schedule.total_payment.format(self.lang)).replace(
                "%2", schedule.total_interest.format(self.lang)).replace("%3", schedule.total_fees.format(self.lang)))
        else:
            self.caption.setText("")

    def title(self) -> str:
        name = self.loan.lender if self.loan else ""
        return self.tr("Repayment schedule — %1").replace("%1", name)

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        document = QTextDocument()
        document.setHtml(self.model.html(self.title()))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.title())
        dialog.paintRequested.connect(document.print_)
        self.preview_dialog = dialog
        dialog.exec()

    def export_csv(self) -> None:
        if self.model.schedule is None:
            return
        suggested = f"{self.loan.lender if self.loan else 'schedule'}-schedule.csv"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the schedule"), suggested, self.tr("CSV files (*.csv)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        marks = [self.model.mark_text(m) for m in self.model.marks]
        try:
            save_bytes(schedule_csv_bytes(self.model.schedule, self.lang, marks), path)
        except CodedError as exc:
            self.last_notice = notify(self, self.tr("Export failed"), exc.message(self.lang), QMessageBox.Icon.Warning)
            return
        self.last_notice = notify(self, self.tr("Schedule exported"), self.tr("Saved to %1").replace("%1", str(path)))

    def clear(self) -> None:
        self.set_loan(None, None, (), dt.date.today())
