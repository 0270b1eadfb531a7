"""The month-by-month table of a payoff result (one row a month), thin over the result."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from app.core.money import Money
from app.core.payoff import PayoffResult

BEHIND_COLOUR = "#b3261e"


class MonthTableModel(QAbstractTableModel):
    """Columns: month, available, due, paid, interest, penalties, balance, behind, then each loan's payment."""

    FIELDS = ("available", "due", "paid", "interest", "penalties", "balance", "behind")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: PayoffResult | None = None

    def headers(self) -> list[str]:
        names = [
            self.tr("Month"), self.tr("Available"), self.tr("Minimums due"), self.tr("Paid"), self.tr("Interest"),
            self.tr("Penalties and fees"), self.tr("Still owed"), self.tr("Behind"),
        ]  # fmt: skip
        if self.result is not None:
            names += [debt.debt.name for debt in self.result.debts]
        return names

    def set_result(self, result: PayoffResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 — Qt's name
        return 0 if parent.isValid() or self.result is None else len(self.result.table)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if section < len(headers) else None
        return None

    def cell(self, row: int, column: int) -> str:
        month = self.result.table[row]
        if column == 0:
            return self.result.plan.month_date(month.month).strftime("%Y-%m")
        if column <= len(self.FIELDS):
            return getattr(month, self.FIELDS[column - 1]).format()
        return Money(month.debts[column - 1 - len(self.FIELDS)].paid).format()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.result is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == len(self.FIELDS):
            from PySide6.QtGui import QColor

            return QColor(BEHIND_COLOUR) if self.result.table[index.row()].behind else None
        return None

    def html(self, title: str) -> str:
        """The table as HTML for printing."""
        from html import escape

        head = "".join(f"<th>{escape(h)}</th>" for h in self.headers())
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(self.cell(r, c))}</td>" for c in range(self.columnCount())) + "</tr>"
            for r in range(self.rowCount())
        )
        return (
            f"<h2>{escape(title)}</h2><table border='1' cellspacing='0' cellpadding='3' style='font-size:8pt'>"
            f"<tr>{head}</tr>{rows}</table>"
        )
