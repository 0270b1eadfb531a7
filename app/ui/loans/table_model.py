"""The loans register as a Qt item model over `LoanSummary` rows, and its sort/filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from app.core.loan_summary import LoanSummary
from app.core.records import LoanStatus
from app.ui.labels import label, level_colour

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    LENDER = 0
    TYPE = 1
    OUTSTANDING = 2
    NEXT_DUE = 3
    DAYS_OVERDUE = 4
    REAL_APR = 5
    VERDICT = 6
    STATUS = 7


class Role(IntEnum):
    LOAN = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2  # numbers and dates sort as numbers, not text
    STATUS = Qt.ItemDataRole.UserRole + 3
    ARCHIVED = Qt.ItemDataRole.UserRole + 4
    SEARCH = Qt.ItemDataRole.UserRole + 5


OVERDUE_COLOUR = QColor("#c62828")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def badge_icon(level: str | None, size: int = 12) -> QIcon:
    """A filled dot in the verdict's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(level_colour(level)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class LoanTableModel(QAbstractTableModel):
    """One row per loan; `set_rows` replaces everything with explicit begin/end reset signals."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[LoanSummary] = []
        self._icons: dict[str | None, QIcon] = {}

    # data in ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[LoanSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def row_of(self, loan_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.loan.id == loan_id), None)

    # Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.LENDER: self.tr("Lender"),
            Column.TYPE: self.tr("Type"),
            Column.OUTSTANDING: self.tr("Outstanding"),
            Column.NEXT_DUE: self.tr("Next due"),
            Column.DAYS_OVERDUE: self.tr("Days overdue"),
            Column.REAL_APR: self.tr("Real APR"),
            Column.VERDICT: self.tr("Verdict"),
            Column.STATUS: self.tr("Status"),
        }[Column(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        loan = summary.loan
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Role.SORT:
            return self._sort_key(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.OUTSTANDING, Column.NEXT_DUE, Column.DAYS_OVERDUE, Column.REAL_APR):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.DAYS_OVERDUE and summary.days_overdue > 0:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.VERDICT:
            return self._icon(summary.worst_level)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.REAL_APR, Column.VERDICT):
            return self._apr_tip(summary)
        if role == Role.LOAN:
            return loan
        if role == Role.STATUS:
            return " ".join(summary.statuses)  # the derived status, and "overdue" beneath a user-set one
        if role == Role.ARCHIVED:
            return loan.archived
        if role == Role.SEARCH:
            return " ".join((loan.lender, loan.contract_no, loan.contact_numbers, label(loan.lender_type), label(summary.status))).casefold()
        return None

    def _display(self, summary: LoanSummary, column: Column) -> str:
        loan = summary.loan
        if column == Column.LENDER:
            return loan.lender + (self.tr(" (archived)") if loan.archived else "")
        if column == Column.TYPE:
            return label(loan.lender_type)
        if column == Column.OUTSTANDING:
            return summary.outstanding_principal.format(self.lang)
        if column == Column.NEXT_DUE:
            if summary.next_due_date is None:
                return "—"
            return f"{summary.next_due_date.isoformat()}  {summary.next_due_amount.format(self.lang)}"
        if column == Column.DAYS_OVERDUE:
            return str(summary.days_overdue)
        if column == Column.REAL_APR:
            return "—" if summary.real_cost is None else f"{summary.real_cost.apr_compound_text} %"
        if column == Column.VERDICT:
            return label(summary.worst_level)
        return label(summary.status)

    @staticmethod
    def _sort_key(summary: LoanSummary, column: Column):
        loan = summary.loan
        if column == Column.OUTSTANDING:
            return summary.outstanding_principal.fen
        if column == Column.NEXT_DUE:
            return summary.next_due_date.toordinal() if summary.next_due_date else 10**7
        if column == Column.DAYS_OVERDUE:
            return summary.days_overdue
        if column == Column.REAL_APR:
            return int((summary.real_cost.apr_compound * 10_000).to_integral_value()) if summary.real_cost else -1
        if column == Column.VERDICT:
            return {None: -1, "green": 0, "amber": 1, "red": 2}[summary.worst_level]
        if column == Column.STATUS:
            return list(LoanStatus).index(summary.status)
        if column == Column.TYPE:
            return label(loan.lender_type)
        return loan.lender.casefold()

    def _icon(self, level: str | None) -> QIcon:
        if level not in self._icons:
            self._icons[level] = badge_icon(level)
        return self._icons[level]

    def _apr_tip(self, summary: LoanSummary) -> str:
        cost = summary.real_cost
        if cost is None:
            return self.tr("The real cost could not be computed.")
        return self.tr("Compound %1 % · simple %2 % · %3").replace("%1", cost.apr_compound_text).replace(
            "%2", cost.apr_simple_text).replace("%3", label(summary.worst_level))


class LoanFilterProxy(QSortFilterProxyModel):
    """Filters by free text (lender, contract no., phone), by status and by archived; sorts on `Role.SORT`."""

    ALL = ""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = self.ALL
        self._show_archived = False
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_status(self, status: str) -> None:
        self._change_filter(lambda: setattr(self, "_status", status))

    def set_show_archived(self, show: bool) -> None:
        self._change_filter(lambda: setattr(self, "_show_archived", show))

    def _change_filter(self, change) -> None:
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self._show_archived and model.data(index, Role.ARCHIVED):
            return False
        if self._status and self._status not in model.data(index, Role.STATUS).split():
            return False
        return not self._text or self._text in model.data(index, Role.SEARCH)
