"""The diary as a lazy Qt table: the first page comes first, later pages as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from app.core.diary import DiaryLine, FollowUp, direction_text, follow_up_state
from app.core.misconduct import labels
from app.ui.labels import label

_Index = QModelIndex | QPersistentModelIndex
FLAG_COLOUR = QColor("#c62828")
DUE_COLOUR = QColor("#8a6100")


class Column(IntEnum):
    WHEN = 0
    LENDER = 1
    SUMMARY = 2
    FLAGS = 3
    FOLLOW_UP = 4
    CHANNEL = 5
    DIRECTION = 6
    WHO = 7
    FILES = 8


class Role(IntEnum):
    LINE = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2


PageLoader = Callable[[int, Callable[[list[DiaryLine]], None]], None]  # (offset, deliver)


class DiaryTableModel(QAbstractTableModel):
    """Rows arrive page by page: `reset(total, first)` then `fetchMore` asks `loader` for the next,
    until the vault has no more (the total, when it was cheap to count, or a short page says so)."""

    def __init__(self, lang: str, loader: PageLoader, page_size: int, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.loader = loader
        self.page_size = page_size
        self.today = None
        self._rows: list[DiaryLine] = []
        self._total: int | None = 0
        self._more = False
        self._fetching = False
        self._generation = 0

    # data in ------------------------------------------------------------------------------
    def reset(self, total: int | None, first: Sequence[DiaryLine], today) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows, self._total, self._fetching, self.today = list(first), total, False, today
        self._more = len(self._rows) < total if total is not None else len(self._rows) == self.page_size
        self.endResetModel()

    def clear(self) -> None:
        self.reset(0, (), self.today)

    @property
    def total(self) -> int | None:
        """How many entries match, when known."""
        return self._total

    def count_text(self) -> str:
        """'450', or '200+' while the count is unknown and more rows may come."""
        if self._total is not None:
            return str(self._total)
        return f"{len(self._rows)}+" if self._more else str(len(self._rows))

    def line(self, row: int) -> DiaryLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, line in enumerate(self._rows) if line.entry.id == entry_id), None)

    # lazy fetching ------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._fetching and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        self.loader(len(self._rows), lambda lines: self._append(generation, lines))

    def _append(self, generation: int, lines: list[DiaryLine]) -> None:
        if generation != self._generation:  # the filter changed meanwhile
            return
        self._fetching = False
        self._more = len(lines) == self.page_size
        if not lines:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(lines) - 1)
        self._rows.extend(lines)
        self.endInsertRows()

    # Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Lender"), self.tr("Summary"), self.tr("Flags"), self.tr("Follow-up"),
                self.tr("Channel"), self.tr("Direction"), self.tr("Who"), self.tr("Files"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = Column(index.column())
        if role == Role.LINE:
            return line
        if role == Role.SORT:
            return self._sort_key(line, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.FLAGS and line.entry.misconduct:
                return FLAG_COLOUR
            if column == Column.FOLLOW_UP and self._follow_up(line) in (FollowUp.OVERDUE, FollowUp.TODAY):
                return DUE_COLOUR
        return None

    def _follow_up(self, line: DiaryLine) -> FollowUp:
        return follow_up_state(line.entry, self.today) if self.today else FollowUp.NONE

    def _text(self, line: DiaryLine, column: Column) -> str:
        e = line.entry
        if column == Column.WHEN:
            return e.happened_at.strftime("%Y-%m-%d %H:%M")
        if column == Column.LENDER:
            return line.lender
        if column == Column.CHANNEL:
            return label(e.channel)
        if column == Column.DIRECTION:
            return direction_text(e.direction, self.lang)
        if column == Column.WHO:
            return " ".join(part for part in (e.counterparty, e.person_name, e.staff_id, e.phone) if part)
        if column == Column.SUMMARY:
            return e.summary
        if column == Column.FLAGS:
            return "、".join(labels(e.misconduct, self.lang))
        if column == Column.FOLLOW_UP:
            return self._follow_up_text(line)
        return str(line.attachments) if line.attachments else ""

    def _follow_up_text(self, line: DiaryLine) -> str:
        state = self._follow_up(line)
        if state == FollowUp.NONE:
            return ""
        day = line.entry.follow_up.isoformat()
        if state == FollowUp.DONE:
            return self.tr("%1 (done)").replace("%1", day)
        if state == FollowUp.OVERDUE:
            return self.tr("%1 (overdue)").replace("%1", day)
        if state == FollowUp.TODAY:
            return self.tr("%1 (today)").replace("%1", day)
        return day

    def _sort_key(self, line: DiaryLine, column: Column):
        e = line.entry
        if column == Column.WHEN:
            return e.happened_at.isoformat()
        if column == Column.FOLLOW_UP:
            return e.follow_up.isoformat() if e.follow_up else ""
        if column == Column.FILES:
            return line.attachments
        if column == Column.FLAGS:
            return len(e.misconduct)
        return self._text(line, column)


class DiaryProxy(QSortFilterProxyModel):
    """Sorts the loaded rows by their sort keys (filters run in the vault, where all rows are)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(Role.SORT)
