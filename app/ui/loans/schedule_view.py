"""The Schedule tab: the loan's instalments marked paid/unpaid, printable and exportable to CSV."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app.core.messages import CodedError
from app.core.overdue import InstalmentState
from app.core.records import Loan
from app.core.schedule import Schedule
from app.documents.save import save_bytes
from app.documents.schedule_csv import schedule_csv_bytes
from app.services.loans import LoanView, Mark
from app.ui.widgets import notify, read_only_view

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ScheduleModel(QAbstractTableModel):
    COLUMNS = 8

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.schedule: Schedule | None = None
        self.states: tuple[InstalmentState, ...] = ()
        self.marks: list[Mark] = []

    def set_view(self, view: LoanView | None) -> None:
        self.beginResetModel()
        self.schedule = view.summary.schedule if view else None
        self.states = view.instalments if view else ()
        self.marks = list(view.marks) if view else []
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
        return [str(row + 1), r.due_date.isoformat() if r.due_date else "—", r.payment.format(self.lang),
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
    """The schedule of the selected loan; several unpaid rows can be marked paid on their due dates at once."""

    mark_paid_requested = Signal(list)  # 1-based row numbers

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
        self.mark_button = QPushButton(self.tr("Mark selected paid on their due dates"))
        self.mark_button.clicked.connect(self._mark_selected)
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.model = ScheduleModel(lang, self)
        self.view = read_only_view(QTableView())
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_mark_button())
        layout.addWidget(self.view)
        self.set_view(None)

    def set_view(self, view: LoanView | None) -> None:
        self.loan = view.loan if view else None
        self.model.set_view(view)
        schedule = self.model.schedule
        has = schedule is not None
        self.print_button.setEnabled(has)
        self.export_button.setEnabled(has)
        if has:
            self.caption.setText(self.tr("Total to repay %1, of which interest %2 and fees %3.").replace(
                "%1", schedule.total_payment.format(self.lang)).replace(
                "%2", schedule.total_interest.format(self.lang)).replace("%3", schedule.total_fees.format(self.lang)))
        else:
            self.caption.setText("")
        self._update_mark_button()

    def selected_numbers(self) -> list[int]:
        """The selected rows not yet paid in full, as 1-based instalment numbers."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [row + 1 for row in rows if self.model.marks[row] != Mark.PAID]

    def _update_mark_button(self) -> None:
        self.mark_button.setEnabled(bool(self.selected_numbers()))

    def _mark_selected(self) -> None:
        numbers = self.selected_numbers()
        if numbers:
            self.mark_paid_requested.emit(numbers)

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
        self.set_view(None)
