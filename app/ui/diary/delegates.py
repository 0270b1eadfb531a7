"""Painting for the diary views: search hits highlighted, and the timeline's entry cards."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.diary import DiaryLine
from app.core.diary_search import highlight_spans
from app.core.misconduct import labels
from app.ui.diary.table_model import Role
from app.ui.labels import label

HIT_STYLE = "background-color:#ffe082;color:#000"


def highlighted_html(text: str, query: str) -> str:
    """`text` as HTML with the query's pieces marked."""
    out, last = [], 0
    for start, end in highlight_spans(text, query) if query.strip() else ():
        out += [html.escape(text[last:start]), f'<span style="{HIT_STYLE}">{html.escape(text[start:end])}</span>']
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


class _HtmlDelegate(QStyledItemDelegate):
    """Paints an HTML rendering of each item instead of its plain text."""

    wrap = False

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.query = ""

    def html_for(self, index: QModelIndex) -> str:
        raise NotImplementedError

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(3)
        document.setHtml(self.html_for(index))
        if self.wrap:
            document.setTextWidth(max(option.rect.width(), 300))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.HighlightedText))
        else:
            context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.Text))
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, options.rect.width(), options.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()


class HighlightDelegate(_HtmlDelegate):
    """A table column whose text shows the search hits."""

    def html_for(self, index: QModelIndex) -> str:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return f"<span style='white-space:pre'>{highlighted_html(text, self.query)}</span>"


class TimelineDelegate(_HtmlDelegate):
    """One card per entry: time, lender and channel; the summary with hits; flags in red."""

    wrap = True

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang

    def html_for(self, index: QModelIndex) -> str:
        line: DiaryLine | None = index.data(Role.LINE)
        if line is None:
            return ""
        e = line.entry
        head = f"<b>{e.happened_at:%Y-%m-%d %H:%M}</b> · {html.escape(line.lender)} · {html.escape(label(e.channel))}"
        if line.attachments:
            head += " · " + html.escape(self.tr("%n file(s)", "", line.attachments))
        parts = [head, highlighted_html(e.summary, self.query)]
        if e.answer:
            parts.append(f"<i>{highlighted_html(e.answer, self.query)}</i>")
        flags = labels(e.misconduct, self.lang)
        if flags:
            parts.append('<span style="color:#c62828">⚑ ' + html.escape("、".join(flags)) + "</span>")
        return "<br>".join(parts)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)
