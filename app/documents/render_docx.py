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
KEEP_LINES_TOGETHER = 6  # a block of this many lines or fewer (party details, 此致/敬礼) is not split across pages


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

    _default_fonts(out)
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
    for name in ("Table Grid", "Footer", "Header"):
        _set_fonts(out.styles[name], BODY_LATIN, BODY_EAST_ASIA, lang)


def _default_fonts(out: docx.document.Document) -> None:
    """East Asian fonts everywhere: in the document defaults and in every style of the template
    that names fonts (theme fonts dropped), headings in 黑体, everything else in 宋体."""
    from docx.oxml.ns import qn

    defaults = out.styles.element.find(qn("w:docDefaults"))
    _explicit_fonts(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).get_or_add_rFonts(), heading=False)
    for style in out.styles.element.findall(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None:
            name = style.find(qn("w:name"))
            label = name.get(qn("w:val")) if name is not None else ""
            _explicit_fonts(fonts, heading=label.lower().startswith(("heading", "title", "subtitle")))


def _explicit_fonts(fonts, *, heading: bool) -> None:
    from docx.oxml.ns import qn

    latin, east_asia = (HEADING_LATIN, HEADING_EAST_ASIA) if heading else (BODY_LATIN, BODY_EAST_ASIA)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute, name in (("w:ascii", latin), ("w:hAnsi", latin), ("w:cs", latin), ("w:eastAsia", east_asia)):
        fonts.set(qn(attribute), name)


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
    for number, line in enumerate(lines, start=1):
        paragraph = out.add_paragraph()
        paragraph.alignment = _ALIGN[block.align]
        if block.indent_first_line:
            paragraph.paragraph_format.first_line_indent = Pt(BODY_PT * 2)
        if block.keep_with_next or number < len(lines) and len(lines) <= KEEP_LINES_TOGETHER:
            paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(line).bold = block.bold


def _shade(cell, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _fill_row(row, values: tuple[str, ...], block: Table, widths: list[int], *, bold: bool, header: bool) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Pt

    for column, (cell, width) in enumerate(zip(row.cells, widths)):
        cell.width = width
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        paragraph.alignment = _ALIGN[Align.CENTER if header else block.alignment(column)]
        paragraph.paragraph_format.space_before = Pt(2)
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.paragraph_format.line_spacing = 1.0
        paragraph.add_run(values[column] if column < len(values) else "").bold = bold
        if header:
            _shade(cell, HEADER_SHADING)


def _body_rows(table, block: Table, widths: list[int]) -> None:
    """The body rows: one row formatted through python-docx, copied for every row with its own
    texts (formatting each cell through the API is what made long schedules slow)."""
    import copy

    from docx.oxml.ns import qn

    template = table.add_row()
    _fill_row(template, ("x",) * len(block.header), block, widths, bold=False, header=False)
    model = template._tr
    for values in block.rows:
        row = copy.deepcopy(model)
        for column, text in enumerate(row.iter(qn("w:t"))):
            text.text = values[column] if column < len(values) else ""
        model.addprevious(row)
    model.getparent().remove(model)


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
    _fill_row(header, block.header, block, widths, bold=True, header=True)
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    _body_rows(table, block, widths)
    if block.total:
        _fill_row(table.add_row(), block.total, block, widths, bold=True, header=False)
    _spacer(out)


def _spacer(out: docx.document.Document) -> None:
    """A small gap after a table (Word needs a paragraph between consecutive tables anyway)."""
    from docx.shared import Pt

    paragraph = out.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(8)


def _signature(out: docx.document.Document, block: SignatureBlock) -> None:
    """The signature lines, chained to the paragraph before them so no line is left alone on a page."""
    from docx.shared import Cm, Pt

    if out.paragraphs:
        out.paragraphs[-1].paragraph_format.keep_with_next = True
    gap = out.add_paragraph()
    gap.paragraph_format.keep_with_next = True
    for number, (label, value) in enumerate(block.lines, start=1):
        paragraph = out.add_paragraph()
        if block.indent:
            paragraph.paragraph_format.left_indent = Cm(SIGNATURE_INDENT_CM)
        paragraph.paragraph_format.space_after = Pt(12)
        paragraph.paragraph_format.keep_with_next = number < len(block.lines)
        paragraph.add_run(label)
        paragraph.add_run(value or "\u3000" * 8).underline = not value
