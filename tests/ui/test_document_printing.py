"""Printing through Qt keeps the closing lines on the page of the signature."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument, QTextFormat

from app.documents.render_html import render_html
from app.documents.request import build_request
from app.ui.documents.printing import keep_ending_together
from tests.documents.negotiation_data import request_data


def test_the_closing_moves_to_the_next_page_with_the_signature_when_it_would_be_split(qapp):
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)  # lays out faster than the default 1200 dpi; the pages are the same
    moved = []
    for lines in range(0, 45, 3):  # push the ending down the page, three lines at a time
        model = build_request(request_data(hardship="\n".join(["困难"] * (lines + 1))))
        document = QTextDocument()
        document.setHtml(render_html(model))
        if keep_ending_together(document, model.kept_ending(), writer):
            breaks = [document.findBlockByNumber(n).blockFormat().pageBreakPolicy() for n in range(document.blockCount())]
            assert breaks.count(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore) == 1
            moved.append(lines)
    assert moved and len(moved) < 15  # only where the ending straddles a page
    short = build_request(request_data(hardship="困难"))
    document = QTextDocument()
    document.setHtml(render_html(short))
    assert short.kept_ending().startswith("本人确有还款意愿")
    del writer
