"""Write an official document as .docx (python-docx), laid out per GB/T 9704-2012.

Word, WPS and LibreOffice open the file; the fonts named are the ones Chinese
offices install (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312), which Word replaces
with the nearest installed face when missing.
"""

from __future__ import annotations

import os
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from dutylog.reports import official as gb
from dutylog.reports.html_subset import Node, parse
from dutylog.reports.official import OfficialDocument

SUBHEADING_FONT = "楷体_GB2312"
PAGE_NUMBER_FONT = "宋体"


def write_docx(document: OfficialDocument, path: str | os.PathLike[str]) -> None:
    """Write ``document`` to exactly ``path``.

    Callers pass the temporary file of ``office.outputs.writing(...)``, which checks the
    target and puts the finished file in place.
    """
    build_docx(document).save(str(Path(path)))


def build_docx(document: OfficialDocument) -> DocxDocument:
    doc = Document()
    _page_setup(doc)
    _base_style(doc)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(title, indent=False, line_pt=gb.TITLE_PT * 1.4, after_pt=gb.LINE_HEIGHT_PT)
    _run(title, document.title, gb.DOCX_TITLE_FONT, gb.TITLE_PT, bold=True)
    for node in parse(document.body_html).children:
        _block(doc, node)
    if document.closing:
        doc.add_paragraph()
    for label, text in document.closing:
        paragraph = doc.add_paragraph()
        _spacing(paragraph)
        _run(paragraph, f"{label}：", gb.DOCX_BODY_FONT, gb.BODY_PT, bold=True)
        _run(paragraph, text, gb.DOCX_BODY_FONT, gb.BODY_PT)
    for line in document.notes:  # the SHA-256 and the audit chain's mark of a signed briefing
        note = doc.add_paragraph()
        _spacing(note, indent=False, line_pt=12)
        _run(note, line, gb.DOCX_BODY_FONT, 9)
    return doc


def _page_setup(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(gb.PAGE_WIDTH_MM), Mm(gb.PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(gb.MARGIN_TOP_MM), Mm(gb.MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(gb.MARGIN_LEFT_MM), Mm(gb.MARGIN_RIGHT_MM)
    section.footer_distance = Mm(gb.MARGIN_BOTTOM_MM - 7 - 5)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_number_footer(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number_footer(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)


def _page_number_footer(paragraph: Paragraph, alignment: WD_ALIGN_PARAGRAPH) -> None:
    """ "— N —" one character in from the outer edge (odd pages right, even pages left)."""
    paragraph.alignment = alignment
    indent = Pt(gb.PAGE_NUMBER_PT)
    if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.paragraph_format.right_indent = indent
    else:
        paragraph.paragraph_format.left_indent = indent
    _run(paragraph, "— ", PAGE_NUMBER_FONT, gb.PAGE_NUMBER_PT)
    run = _run(paragraph, "", PAGE_NUMBER_FONT, gb.PAGE_NUMBER_PT)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)
    _run(paragraph, " —", PAGE_NUMBER_FONT, gb.PAGE_NUMBER_PT)


def _base_style(doc: DocxDocument) -> None:
    style = doc.styles["Normal"]
    font = style.font
    font.name = gb.DOCX_BODY_FONT
    font.size = Pt(gb.BODY_PT)
    _east_asian(style.element.get_or_add_rPr(), gb.DOCX_BODY_FONT)


def _east_asian(rpr: object, family: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)  # type: ignore[attr-defined]
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), family)


def _run(
    paragraph: Paragraph,
    text: str,
    family: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> Run:
    run = paragraph.add_run(text)
    run.font.name = family
    run.font.size = Pt(size)
    run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
    _east_asian(run._r.get_or_add_rPr(), family)
    return run


def _spacing(
    paragraph: Paragraph, *, indent: bool = True, line_pt: float = gb.LINE_HEIGHT_PT, after_pt: float = 0
) -> None:
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(line_pt)
    fmt.space_before, fmt.space_after = Pt(0), Pt(after_pt)
    fmt.first_line_indent = Pt(2 * gb.BODY_PT) if indent else Pt(0)


_ALIGN = {
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _block(doc: DocxDocument, node: Node) -> None:
    if node.tag == "table":
        _table(doc, node)
        return
    if node.tag in ("ul", "ol"):
        for number, item in enumerate((c for c in node.children if c.tag == "li"), 1):
            prefix = f"{number}. " if node.tag == "ol" else "• "
            _paragraph(doc.add_paragraph(), item, prefix=prefix)
        return
    if not node.tag:
        if node.text.strip():
            _paragraph(doc.add_paragraph(), Node("p", children=[node]))
        return
    _paragraph(doc.add_paragraph(), node)


def _paragraph(
    paragraph: Paragraph, node: Node, *, prefix: str = "", size: float = gb.BODY_PT, indent: bool = True
) -> None:
    family, bold = gb.DOCX_BODY_FONT, False
    if node.tag == "h1":
        family, size, bold = gb.DOCX_TITLE_FONT, gb.TITLE_PT, True
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        indent = False
    elif node.tag == "h2":
        family = gb.DOCX_HEADING_FONT
    elif node.tag == "h3":
        family = SUBHEADING_FONT
    if node.align in _ALIGN:
        paragraph.alignment = _ALIGN[node.align]
    _spacing(paragraph, indent=indent, line_pt=gb.LINE_HEIGHT_PT if size >= gb.BODY_PT else size * 1.5)
    if prefix:
        _run(paragraph, prefix, family, size, bold=bold)
    _inline(paragraph, node, family, size, bold=bold, italic=False, underline=False)


def _inline(
    paragraph: Paragraph, node: Node, family: str, size: float, *, bold: bool, italic: bool, underline: bool
) -> None:
    for child in node.children:
        if not child.tag:
            _run(paragraph, child.text, family, size, bold=bold, italic=italic, underline=underline)
        elif child.tag == "br":
            _run(paragraph, "", family, size).add_break()
        else:
            _inline(
                paragraph,
                child,
                family,
                size,
                bold=bold or child.tag in ("b", "th"),
                italic=italic or child.tag == "i",
                underline=underline or child.tag == "u",
            )


def _table(doc: DocxDocument, node: Node) -> None:
    rows = [row for row in node.children if row.tag == "tr"]
    if not rows:
        return
    width = max(sum(cell.colspan for cell in row.children if cell.tag in ("td", "th")) for row in rows)
    table = doc.add_table(rows=len(rows), cols=max(width, 1))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, row in enumerate(rows):
        docx_row = table.rows[index]
        properties = docx_row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))  # never break a row across pages
        cells = [cell for cell in row.children if cell.tag in ("td", "th")]
        if index == 0 and any(cell.tag == "th" for cell in cells):
            properties.append(OxmlElement("w:tblHeader"))  # repeat the header row on each page
        column = 0
        for cell in cells:
            target: _Cell = docx_row.cells[column]
            if cell.colspan > 1:
                target = target.merge(docx_row.cells[min(column + cell.colspan, width) - 1])
            _cell(target, cell)
            column += cell.colspan


def _cell(target: _Cell, node: Node) -> None:
    blocks = [child for child in node.children if child.tag in ("p", "h2", "h3", "li")]
    paragraphs = blocks or [Node("p", children=node.children)]
    for number, block in enumerate(paragraphs):
        paragraph = target.paragraphs[0] if number == 0 else target.add_paragraph()
        if node.tag == "th":
            block = Node("p", align="center", children=[Node("b", children=block.children)])
        _paragraph(paragraph, block, size=gb.TABLE_PT, indent=False)
