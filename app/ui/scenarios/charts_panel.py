"""The scenario's charts in tabs. Figures are built on a worker (`build_figures`) only once the
charts are on screen; the panel wraps them in matplotlib's Qt canvas (imported when first shown)
and draws the visible tab only. Hovering shows the values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QTabWidget, QToolTip, QVBoxLayout, QWidget

from app.core.money import Money
from app.ui.errors import show_error

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from app.core.payoff import PayoffResult

CHART_KEYS = ("balance", "cost", "payments", "compare")


def build_figures(result: PayoffResult, compared: list[tuple[str, PayoffResult]], lang: str) -> dict[str, Figure]:
    """Every chart of a result (pure; safe on a worker thread: no pyplot, no Qt)."""
    from app.charts.payoff import balance_figure, compare_figure, cost_figure, payments_figure

    return {
        "balance": balance_figure(result, lang),
        "cost": cost_figure(result, lang),
        "payments": payments_figure(result, lang),
        "compare": compare_figure(compared, lang),
    }


def hover_text(result: PayoffResult, month: int, behind_label: str) -> str:
    """What a month holds: the date, each loan's payment → balance, the total against the amount available."""
    if not 1 <= month <= len(result.table):
        return ""
    row = result.table[month - 1]
    lines = [result.plan.month_date(month).strftime("%Y-%m")]
    for debt, values in zip(result.debts, row.debts):
        lines.append(f"{debt.debt.name}: {Money(values.paid).format()} → {Money(values.balance).format()}")
    lines.append(f"Σ {row.paid.format()} / {row.available.format()}")
    if row.behind:
        lines.append(f"{behind_label} {row.behind.format()}")
    return "\n".join(lines)


class ChartsPanel(QTabWidget):
    def __init__(self, worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.generation = 0
        self.building = False
        self.result: PayoffResult | None = None
        self.compared: list[tuple[str, PayoffResult]] = []
        self.lang = "en"
        self.figures: dict[str, Figure] = {}
        self.canvases: dict[str, object] = {}
        self.holders: dict[str, QVBoxLayout] = {}
        titles = (self.tr("Still owed"), self.tr("Interest and fees"), self.tr("Payments"), self.tr("Compare"))
        for key, title in zip(CHART_KEYS, titles):
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self.holders[key] = layout
            self.addTab(holder, title)
        self.currentChanged.connect(lambda _index: self._show_current())

    def current_key(self) -> str:
        return CHART_KEYS[self.currentIndex()]

    def set_result(self, result: PayoffResult, compared: list[tuple[str, PayoffResult]], lang: str) -> None:
        """A new result: its figures are built when (or as soon as) the charts are on screen."""
        self.generation += 1
        self.result, self.compared, self.lang = result, compared, lang
        self.figures = {}
        for key in list(self.canvases):
            self._drop_canvas(key)
        self._show_current()

    def ensure_figures(self) -> dict[str, Figure]:
        """The figures now (built on this thread if they are not there yet), for saving."""
        if not self.figures and self.result is not None:
            self.figures = build_figures(self.result, self.compared, self.lang)
        return self.figures

    def _show_current(self) -> None:
        if not self.isVisible() or self.result is None:
            return
        if not self.figures:
            self._build()
            return
        key = self.current_key()
        if key in self.canvases:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(self.figures[key])
        canvas.setMinimumHeight(240)
        canvas.mpl_connect("motion_notify_event", lambda event: self._hover(key, event))
        self.holders[key].addWidget(canvas)
        self.canvases[key] = canvas
        canvas.draw_idle()

    def _build(self) -> None:
        if self.building:
            return
        self.building = True
        generation, result, compared, lang = self.generation, self.result, self.compared, self.lang

        def built(figures: dict[str, Figure]) -> None:
            self.building = False
            if generation == self.generation:
                self.figures = figures
            self._show_current()

        def failed(error: BaseException) -> None:
            self.building = False
            show_error(self, error, lang)  # a chart that cannot be drawn says so instead of staying blank

        self.worker.run(lambda: build_figures(result, compared, lang), built, failed)

    def _drop_canvas(self, key: str) -> None:
        canvas = self.canvases.pop(key)
        self.holders[key].removeWidget(canvas)
        canvas.setParent(None)
        canvas.deleteLater()

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        self._show_current()

    def _hover(self, key: str, event) -> None:
        if self.result is None or event.inaxes is None or event.xdata is None:
            QToolTip.hideText()
            return
        position = int(round(event.xdata))
        if key == "compare":
            if 0 <= position < len(self.compared):
                label, result = self.compared[position]
                text = f"{label}\n{result.months} · {result.total_cost.format()}"
            else:
                text = ""
        else:
            text = hover_text(self.result, position, self.tr("behind"))
        if text:
            QToolTip.showText(QCursor.pos(), text)
        else:
            QToolTip.hideText()

    def clear(self) -> None:
        self.generation += 1
        for key in list(self.canvases):
            self._drop_canvas(key)
        self.figures, self.result, self.compared = {}, None, []
