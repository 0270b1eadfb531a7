"""Render a model Document to a python-docx Document: A4, Chinese typography, page numbers.

python-docx is imported inside the functions (start-up time matters).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core import messages
from app.documents.model import Align, Document, Heading, Paragraph, SignatureBlock, Table, Title

if TYPE_CHECKING:
    import docx.document

BODY_EAST_ASIA = "宋体"  # SimSun
HEADING_EAST_ASIA = "黑体"  # SimHei
BODY_LATIN = "Times New Roman"
HEADING_LATIN = "Arial"
BODY_PT = 12  # 小四
HEADING_PT = {0: 18, 1: 14, 2: 12}  # title 小二, heading 四号, subheading 小四
HEADER_SHADING = "E7E6E6"
SIGNATURE_INDENT_CM = 9.0


def render_docx(document: Document) -> docx.document.Document:
    """The python-docx Document for `document` (not saved; see save.save_docx)."""
    import docx

    out = docx.Document()
    _page_setup(out)
    _style_fonts(out, document.lang)
    _page_numbers(out, document.lang)
    out.core_properties.title = document.title
    out.core_properties.author = ""
    out.core_properties.comments = ""
    for block in document.blocks:
        if isinstance(block, Title):
            out.add_paragraph(block.text, style="Title")
        elif isinstance(block, Heading):
            out.add_paragraph(block.text, style=f"Heading {min(max(block.level, 1), 2)}")
        elif isinstance(block, Paragraph):
            _paragraph(out, block)
        elif isinstance(block, Table):
            _table(out, block)
        elif isinstance(block, SignatureBlock):
            _signature(out, block)
    return out


def _page_setup(out: docx.document.Document) -> None:
    from docx.shared import Cm

    for section in out.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin = section.bottom_margin = Cm(2.54)
        section.left_margin = section.right_margin = Cm(2.8)


def _set_fonts(style, latin: str, east_asia: str, lang: str) -> None:
    """Set the Latin and East Asian fonts explicitly, dropping theme fonts that would win."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    style.font.name = latin
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    language.set(qn("w:val"), "zh-CN" if lang == "zh_CN" else "en-GB")
    language.set(qn("w:eastAsia"), "zh-CN")


def _style_fonts(out: docx.document.Document, lang: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    normal = out.styles["Normal"]
    _set_fonts(normal, BODY_LATIN, BODY_EAST_ASIA, lang)
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.line_spacing = 1.3
    normal.paragraph_format.space_after = Pt(4)
    for name, level in (("Title", 0), ("Heading 1", 1), ("Heading 2", 2)):
        style = out.styles[name]
        _set_fonts(style, HEADING_LATIN, HEADING_EAST_ASIA, lang)
        style.font.size = Pt(HEADING_PT[level])
        style.font.bold = level > 0
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(6 if level else 0)
        style.paragraph_format.space_after = Pt(12 if level == 0 else 6)
        style.paragraph_format.keep_with_next = True
        ppr = style.element.get_or_add_pPr()
        border = ppr.find(qn("w:pBdr"))
        if border is not None:
            ppr.remove(border)
    out.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table_style = out.styles["Table Grid"]
    _set_fonts(table_style, BODY_LATIN, BODY_EAST_ASIA, lang)


def _page_numbers(out: docx.document.Document, lang: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = out.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, after = messages.text("docx.page", lang, page="\0").split("\0")
    paragraph.add_run(before)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(after)


_ALIGN = {Align.LEFT: 0, Align.CENTER: 1, Align.RIGHT: 2}  # WD_ALIGN_PARAGRAPH values


def _paragraph(out: docx.document.Document, block: Paragraph) -> None:
    from docx.shared import Pt

    lines = block.text.split("\n")
    for line in lines:
        paragraph = out.add_paragraph()
        paragraph.alignment = _ALIGN[block.align]
        if block.indent_first_line:
            paragraph.paragraph_format.first_line_indent = Pt(BODY_PT * 2)
        paragraph.add_run(line).bold = block.bold


def _shade(cell, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _fill_row(row, values: tuple[str, ...], block: Table, *, bold: bool, header: bool) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Pt

    for column, cell in enumerate(row.cells):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        paragraph.alignment = _ALIGN[Align.CENTER if header else block.alignment(column)]
        paragraph.paragraph_format.space_before = Pt(2)
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.paragraph_format.line_spacing = 1.0
        value = values[column] if column < len(values) else ""
        paragraph.add_run(value).bold = bold
        if header:
            _shade(cell, HEADER_SHADING)


def _table(out: docx.document.Document, block: Table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    table = out.add_table(rows=1, cols=len(block.header))
    table.style = out.styles["Table Grid"]
    table.autofit = False
    text_width = out.sections[0].page_width - out.sections[0].left_margin - out.sections[0].right_margin
    widths = [int(text_width * share) for share in block.shares()]
    for column, width in zip(table.columns, widths):
        column.width = width
    header = table.rows[0]
    _fill_row(header, block.header, block, bold=True, header=True)
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    for values in block.rows:
        _fill_row(table.add_row(), values, block, bold=False, header=False)
    if block.total:
        _fill_row(table.add_row(), block.total, block, bold=True, header=False)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    _spacer(out)


def _spacer(out: docx.document.Document) -> None:
    """A small gap after a table (Word needs a paragraph between consecutive tables anyway)."""
    from docx.shared import Pt

    paragraph = out.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(8)


def _signature(out: docx.document.Document, block: SignatureBlock) -> None:
    from docx.shared import Cm, Pt

    out.add_paragraph()
    for label, value in block.lines:
        paragraph = out.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(SIGNATURE_INDENT_CM)
        paragraph.paragraph_format.space_after = Pt(12)
        paragraph.add_run(label)
        paragraph.add_run(value or "\u3000" * 8).underline = not value
