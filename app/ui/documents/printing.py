"""Printing the HTML rendering with Qt, made to look like the .docx: QTextDocument cannot keep
paragraphs together, so the closing lines and the signature are checked against the pages Qt will
lay out and moved to a new page together when they would be split (keep-with-next in the .docx);
and it does not scale indents given in px to the printer, so they are scaled here."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QObject, QSizeF
from PySide6.QtGui import (
    QGuiApplication, QPagedPaintDevice, QPageLayout, QPageSize, QTextBlock, QTextCursor, QTextDocument, QTextFormat,
)

QT_PRINT_MARGIN_CM = 2  # what QTextDocument.print_() puts around the text of a document it paginates
# QTextDocument adds 2 cm around the text when it lays a document out for printing; with these
# page margins the text sits 2.8 cm / 2.54 cm from the edges of the A4 sheet, as in the .docx.
PAGE_MARGINS_MM = QMarginsF(28 - 10 * QT_PRINT_MARGIN_CM, 25.4 - 10 * QT_PRINT_MARGIN_CM, 28 - 10 * QT_PRINT_MARGIN_CM,
                            25.4 - 10 * QT_PRINT_MARGIN_CM)


def _source_dpi() -> int:
    """The resolution QTextDocument lays documents out in (Qt's default DPI: the primary screen's)."""
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 96


def _page_of(document: QTextDocument, y: float) -> int:
    return int(y // document.pageSize().height())


def _last_block_reading(document: QTextDocument, text: str) -> QTextBlock | None:
    """The last block with this text (compared with whitespace collapsed, as HTML collapses U+3000)."""
    wanted = " ".join(text.split())
    block = document.lastBlock()
    while block.isValid():
        if " ".join(block.text().split()) == wanted:
            return block
        block = block.previous()
    return None


def keep_ending_together(document: QTextDocument, kept_ending: str | None, device: QPagedPaintDevice) -> bool:
    """Start `kept_ending` (the first line of the closing paragraphs) on a new page when it and the
    last line would print on different pages; True when a page break was added."""
    start = _last_block_reading(document, kept_ending) if kept_ending else None
    if start is None:
        return False
    layout_copy = document.clone()
    layout_copy.documentLayout().setPaintDevice(device)
    frame = layout_copy.rootFrame().frameFormat()
    frame.setMargin(int(QT_PRINT_MARGIN_CM / 2.54 * _source_dpi()))  # as print_() does: scaled to the device when laid out
    layout_copy.rootFrame().setFrameFormat(frame)
    layout_copy.setPageSize(QSizeF(device.width(), device.height()))
    layout = layout_copy.documentLayout()
    first = layout.blockBoundingRect(layout_copy.findBlockByNumber(start.blockNumber()))
    last = layout.blockBoundingRect(layout_copy.lastBlock())
    # counted with the bottom margin: Qt's own pass may push a last line that only just fits over
    bottom_margin = QT_PRINT_MARGIN_CM / 2.54 * device.logicalDpiY()
    if _page_of(layout_copy, first.top()) == _page_of(layout_copy, last.bottom() + bottom_margin):
        return False
    cursor = QTextCursor(start)
    block_format = cursor.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(block_format)
    return True


def scale_indents(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Qt scales fonts and frame margins to the printer but not block indents given in px: scale them."""
    factor = device.logicalDpiX() / _source_dpi()
    block = document.firstBlock()
    while block.isValid():
        block_format = block.blockFormat()
        if block_format.leftMargin() or block_format.textIndent():
            block_format.setLeftMargin(block_format.leftMargin() * factor)
            block_format.setTextIndent(block_format.textIndent() * factor)
            QTextCursor(block).setBlockFormat(block_format)
        block = block.next()


def print_document(document: QTextDocument, kept_ending: str | None, device: QPagedPaintDevice) -> None:
    """Print (or preview: the preview repaints as often as it likes) a copy set up for `device`."""
    copy = document.clone()
    scale_indents(copy, device)
    keep_ending_together(copy, kept_ending, device)
    copy.print_(device)


def a4_layout() -> QPageLayout:
    """A4 portrait with the .docx's margins (see PAGE_MARGINS_MM)."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, PAGE_MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


def a4_printer():
    """A high-resolution printer set up with `a4_layout()`."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    return printer


def text_document(model, parent: QObject | None = None) -> QTextDocument:
    """The neutral document (app.documents.model.Document) as a QTextDocument, through its HTML rendering."""
    from app.documents.render_html import render_html

    document = QTextDocument(parent)
    document.setHtml(render_html(model))
    return document
