"""A matplotlib Figure shown in Qt. matplotlib is imported only when the first figure is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class ChartCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = None
        self.figure: Figure | None = None

    def show_figure(self, figure: Figure) -> None:
        """Replace whatever is shown by `figure`."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.clear()
        self.figure = figure
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setMinimumHeight(260)
        self._layout.addWidget(self.canvas)
        self.canvas.draw_idle()

    def clear(self) -> None:
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.canvas = None
        self.figure = None
