"""Render a model Document to printable HTML (for QTextDocument/QPrinter or a browser).

Only the CSS subset QTextDocument understands: tables with border attributes,
font-family lists with CJK fallbacks, text-align, font-weight.
"""

from __future__ import annotations

from html import escape

from app.documents.model import Align, Document, Heading, Paragraph, SignatureBlock, Table, Title

BODY_FONTS = '"SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "Times New Roman", serif'
HEADING_FONTS = '"SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", Arial, sans-serif'

SIGNATURE_INDENT_PX = 340  # 9 cm at 96 px an inch, as in the .docx
_CSS = f"""
body {{ font-family: {BODY_FONTS}; font-size: 12pt; line-height: 130%; }}
h1.title {{ font-family: {HEADING_FONTS}; font-size: 18pt; font-weight: normal; text-align: center; }}
h2 {{ font-family: {HEADING_FONTS}; font-size: 14pt; font-weight: bold; margin-top: 12pt; }}
h3 {{ font-family: {HEADING_FONTS}; font-size: 12pt; font-weight: bold; }}
table.grid {{ border-collapse: collapse; width: 100%; margin-bottom: 10pt; }}
table.grid th {{ background-color: #e7e6e6; font-weight: bold; text-align: center; }}
table.grid th, table.grid td {{ border: 1px solid #000000; padding: 3pt 5pt; }}
tr.total td {{ font-weight: bold; }}
p.indent {{ text-indent: 32px; }}
.signature {{ margin-top: 18pt; }}
@page {{ size: A4; margin: 2.54cm 2.8cm; }}
"""


def render_html(document: Document) -> str:
    """A complete, self-contained HTML page for `document`."""
    language = "zh-CN" if document.lang == "zh_CN" else "en"
    body = "\n".join(_block(block) for block in document.blocks)
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{escape(document.title)}</title><style>{_CSS}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def _block(block: object) -> str:
    if isinstance(block, Title):
        return f'<h1 class="title">{escape(block.text)}</h1>'
    if isinstance(block, Heading):
        tag = "h2" if block.level <= 1 else "h3"
        return f"<{tag}>{escape(block.text)}</{tag}>"
    if isinstance(block, Paragraph):
        return "\n".join(_paragraph(block, line) for line in block.text.split("\n"))
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, SignatureBlock):
        # the indent in pixels on each line: QTextDocument ignores points, percentages and margins on a div
        style = f' style="margin-left: {SIGNATURE_INDENT_PX}px"' if block.indent else ""
        lines = "".join(f"<p{style}>{escape(label)}{escape(value) if value else '_' * 16}</p>" for label, value in block.lines)
        return f'<div class="signature">{lines}</div>'
    raise TypeError(f"unknown block {type(block).__name__}")


def _paragraph(block: Paragraph, line: str) -> str:
    content = escape(line) or "&nbsp;"
    if block.bold:
        content = f"<b>{content}</b>"
    css_class = ' class="indent"' if block.indent_first_line else ""
    align = f' align="{block.align.value}"' if block.align != Align.LEFT else ""
    return f"<p{css_class}{align}>{content}</p>"


def _cells(values: tuple[str, ...], block: Table, tag: str, *, bold: bool = False) -> str:
    cells = []
    for column in range(len(block.header)):
        value = escape(values[column]) if column < len(values) else ""
        align = "center" if tag == "th" else block.alignment(column).value
        cells.append(f'<{tag} align="{align}">{f"<b>{value}</b>" if bold and value else value}</{tag}>')
    return "".join(cells)


def _table(block: Table) -> str:
    columns = "".join(f'<col width="{round(share * 100)}%">' for share in block.shares())
    rows = [columns, f"<thead><tr>{_cells(block.header, block, 'th')}</tr></thead>"]  # repeated on every printed page
    rows += [f"<tr>{_cells(values, block, 'td')}</tr>" for values in block.rows]
    if block.total:
        rows.append(f'<tr class="total">{_cells(block.total, block, "td", bold=True)}</tr>')
    body = "\n".join(rows)
    return f'<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">\n{body}\n</table>'
