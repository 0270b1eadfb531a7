"""One thin table model per budget table: income, expenses, assets, other debts (with the loans)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.core.budget import LoanFigure, monthly_income
from app.core.records import Liability
from app.core.labels import label

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LOAN_ROW_COLOUR = QColor("#5f6368")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    text: Callable[[object], str]
    money: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows are records (`RECORD_ROLE` gives one back); subclasses define `columns()`."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[object] = []
        self._columns = self.columns()

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[object]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> object | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 — Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.money:
            return int(RIGHT.value)
        if role == RECORD_ROLE:
            return record
        return None

    def money(self, amount) -> str:
        return amount.format(self.lang)


class IncomeModel(RecordTableModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Category"), lambda r: label(r.category, self.lang)),
            Column(self.tr("Amount"), lambda r: self.money(r.amount), money=True),
            Column(self.tr("How often"), lambda r: label(r.frequency, self.lang)),
            Column(self.tr("Per month"), lambda r: self.money(monthly_income(r)), money=True),
            Column(self.tr("Note"), lambda r: r.note),
        ]


class ExpenseModel(RecordTableModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Category"), lambda r: label(r.category, self.lang)),
            Column(self.tr("Fixed or variable"), lambda r: label(r.kind, self.lang)),
            Column(self.tr("Essential"), lambda r: self.tr("Essential") if r.essential else self.tr("Can be cut")),
            Column(self.tr("Per month"), lambda r: self.money(r.monthly), money=True),
            Column(self.tr("Note"), lambda r: r.note),
        ]


class AssetModel(RecordTableModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: label(r.kind, self.lang)),
            Column(self.tr("Value"), lambda r: self.money(r.value), money=True),
            Column(self.tr("Note"), lambda r: r.note),
        ]


class LiabilityModel(RecordTableModel):
    """The register's loans first (read-only, `record()` is None for them), then the other debts."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Owed to"), lambda r: r.lender if isinstance(r, LoanFigure) else r.creditor),
            Column(self.tr("Kind"), self._kind),
            Column(self.tr("Outstanding"), lambda r: self.money(r.outstanding if isinstance(r, LoanFigure) else r.balance), money=True),
            Column(self.tr("Due per month"), lambda r: self.money(r.monthly_demand if isinstance(r, LoanFigure) else r.monthly_payment), money=True),
            Column(self.tr("Note"), self._note),
        ]

    def set_debts(self, loans: Sequence[LoanFigure], liabilities: Sequence[Liability]) -> None:
        self.set_rows([*loans, *liabilities])

    def record(self, row: int) -> Liability | None:
        record = super().record(row)
        return record if isinstance(record, Liability) else None

    def is_loan(self, row: int) -> bool:
        return isinstance(super().record(row), LoanFigure)

    def _kind(self, record: object) -> str:
        return self.tr("Loan (from the register)") if isinstance(record, LoanFigure) else label(record.kind, self.lang)

    def _note(self, record: object) -> str:
        if isinstance(record, LoanFigure):
            return self.tr("Overdue %1").replace("%1", self.money(record.overdue)) if record.overdue else ""
        return record.note

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and self.is_loan(index.row()):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(LOAN_ROW_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Read-only here: this loan comes from the Loans page.")
        return super().data(index, role)



class SnapshotModel(RecordTableModel):
    """Kept snapshots, newest first."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda r: r.taken_on.isoformat()),
            Column(self.tr("Income"), lambda r: self.money(r.income), money=True),
            Column(self.tr("Spending"), lambda r: self.money(r.spending), money=True),
            Column(self.tr("Available"), lambda r: self.money(r.available), money=True),
            Column(self.tr("Contracts demand"), lambda r: self.money(r.contract_demand), money=True),
            Column(self.tr("Total debt"), lambda r: self.money(r.total_debt), money=True),
            Column(self.tr("Net worth"), lambda r: self.money(r.net_worth), money=True),
        ]

    def set_rows(self, rows: Sequence[object]) -> None:
        super().set_rows(sorted(rows, key=lambda snap: snap.taken_on, reverse=True))
