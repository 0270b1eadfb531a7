"""The History tab: the chart of income, spending, available amount and total debt over time,
and the kept snapshots. The chart is drawn (and matplotlib imported) only when the tab is shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from app.core.records import BudgetSnapshot
from app.ui.budget.chart_canvas import ChartCanvas
from app.ui.budget.table_models import SnapshotModel
from app.ui.errors import show_error
from app.ui.widgets import read_only_view
from app.ui.worker import Worker


def build_figure(snapshots: Sequence[BudgetSnapshot], lang: str):
    """Runs on a worker: imports matplotlib and its Qt canvas module there, then builds the figure."""
    import matplotlib.backends.backend_qtagg  # noqa: F401 — imported here, not on the UI thread
    from app.charts.budget_history import budget_history_figure

    return budget_history_figure(snapshots, lang)


class HistoryView(QWidget):
    """The figure is built off the UI thread (matplotlib's import alone froze the window for 0.77 s)."""

    def __init__(self, lang: str, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.worker = worker
        self._drawing = 0
        self.snapshots: list[BudgetSnapshot] = []
        self._chart_stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        note = QLabel(self.tr("Take a snapshot each month (button above) to see how your budget and debts change."))
        note.setWordWrap(True)
        layout.addWidget(note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = ChartCanvas()
        self.chart.setMinimumHeight(300)
        self.model = SnapshotModel(lang, self)
        self.table = read_only_view(QTableView())
        self.table.setModel(self.model)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 160])
        layout.addWidget(splitter, 1)

    def set_snapshots(self, snapshots: Sequence[BudgetSnapshot]) -> None:
        self.snapshots = list(snapshots)
        self.model.set_rows(self.snapshots)
        self._chart_stale = True
        if self.isVisible():
            self.draw_chart()

    def draw_chart(self) -> None:
        snapshots, lang = tuple(self.snapshots), self.lang
        self._chart_stale = False
        self._drawing += 1
        drawing = self._drawing
        self.worker.run(lambda: build_figure(snapshots, lang), lambda figure: self._show(figure, drawing),
                        lambda error: show_error(self, error, lang))

    def _show(self, figure, drawing: int) -> None:
        if drawing == self._drawing:  # a newer drawing (or a clear) supersedes this one
            self.chart.show_figure(figure)

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        if self._chart_stale:
            self.draw_chart()

    def clear(self) -> None:
        self._drawing += 1
        self.snapshots = []
        self.model.set_rows([])
        self.chart.clear()
        self._chart_stale = True
