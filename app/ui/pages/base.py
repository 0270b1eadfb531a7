"""The page API that every page of the main window implements.

A page is built as `SomePage(ctx, parent)` the first time it is shown (the dashboard at
unlock). `title()` works on the class too, so the sidebar lists pages that are not built yet.
The main window calls `refresh()` when it builds a page and `clear()` on lock, after which no
personal data may remain in the page's widgets. Whoever writes to the vault emits
`ctx.data_changed.emit("<kind>")` and does not refresh anything itself: every page reloads on
that signal, at once if it is on screen, else the next time it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStyle, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.widgets import large_label, read_only_view


class Page(QWidget):
    """Base class: subclasses set `key` and `icon` and implement `title`, `refresh`, `clear`.

    `title` may be written as an ordinary method using `self.tr`: it is turned into a classmethod,
    so it must not read the page's state (`cls.tr` translates in the same context).
    """

    key: str = ""
    icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_FileIcon

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        title = cls.__dict__.get("title")
        if callable(title):
            cls.title = classmethod(title)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page-{self.key}")
        self.stale = False
        ctx.data_changed.connect(self._data_changed)

    @classmethod
    def title(cls) -> str:
        """The translated page title shown in the sidebar and the View menu."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload everything shown, through `app.ui.ops.query` (the vault thread)."""

    def clear(self) -> None:
        """Drop all personal data from the widgets (the vault is being locked)."""

    def _data_changed(self, _kind: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh()


def page_layout(widget: QWidget, heading: str) -> tuple[QVBoxLayout, QLabel]:
    """A page's vertical layout with its heading label (returned so it can be retranslated)."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(24, 18, 24, 18)
    layout.setSpacing(12)
    label = large_label(heading)
    label.setObjectName("pageHeading")
    layout.addWidget(label)
    return layout, label


def read_only_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    read_only_view(table)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], right_aligned: Sequence[int] = ()) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c in right_aligned:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def clear_table(table: QTableWidget) -> None:
    table.clearContents()
    table.setRowCount(0)
