"""Write an official document as .docx (python-docx), laid out per GB/T 9704-2012.

Word, WPS and LibreOffice open the file; the fonts named are the ones Chinese
offices install (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312), which Word replaces
with the nearest installed face when missing.
"""

from __future__ import annotations

import os
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from dutylog.reports import official as gb
from dutylog.reports.html_subset import Node, parse
from dutylog.reports.official import OfficialDocument

SUBHEADING_FONT = "楷体_GB2312"
PAGE_NUMBER_FONT = "宋体"


def write_docx(
    document: OfficialDocument,
    path: str | os.PathLike[str],
    *,
    author: str = "",
    now: datetime | None = None,
) -> None:
    """Write ``document`` to exactly ``path``; ``author`` is the office (the unit's name).

    Callers pass the temporary file of ``office.outputs.writing(...)``, which checks the
    target and puts the finished file in place.
    """
    build_docx(document, author=author, now=now).save(str(Path(path)))


def build_docx(document: OfficialDocument, *, author: str = "", now: datetime | None = None) -> DocxDocument:
    doc = Document()
    _core_properties(doc, document.title, author, now or datetime.now())
    _page_setup(doc)
    _base_style(doc)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(title, indent=False, line_pt=gb.TITLE_PT * 1.4, after_pt=gb.LINE_HEIGHT_PT)
    _run(title, document.title, gb.DOCX_TITLE_FONT, gb.TITLE_PT, bold=True)
    _off_grid(title)
    for node in parse(document.body_html).children:
        _block(doc, node)
    if document.closing:
        _keep_last_block_with_next(doc)
        spacer = doc.add_paragraph()
        _spacing(spacer)
        spacer.paragraph_format.keep_with_next = True
    closing = []
    for label, text in document.closing:
        paragraph = doc.add_paragraph()
        _spacing(paragraph)
        _run(paragraph, f"{label}：", gb.DOCX_BODY_FONT, gb.BODY_PT, bold=True)
        _run(paragraph, text, gb.DOCX_BODY_FONT, gb.BODY_PT)
        closing.append(paragraph)
    for line in document.notes:  # the SHA-256 and the audit chain's mark of a signed briefing
        note = doc.add_paragraph()
        _spacing(note, indent=False, line_pt=12)
        _run(note, line, gb.DOCX_BODY_FONT, 9)
        _off_grid(note)
        closing.append(note)
    # The closing block stays in one piece, and with the body's last lines before it:
    # a page holding only the signature is what no office files.
    for paragraph in closing[:-1]:
        paragraph.paragraph_format.keep_with_next = True
    return doc


def _core_properties(doc: DocxDocument, title: str, author: str, now: datetime) -> None:
    """Title, author (the office) and dates: python-docx's template says 2013 and "python-docx"."""
    properties = doc.core_properties
    properties.title = title
    properties.author = author or "DutyLog"
    properties.last_modified_by = author or "DutyLog"
    # OOXML keeps UTC; a naive ``now`` is this workstation's local time.
    utc = now.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    properties.created = properties.modified = utc
    properties.revision = 1
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""
    properties.category = ""


def _off_grid(paragraph: Paragraph) -> None:
    """Set a paragraph in its own size, not on the 16 pt body grid.

    On the grid every character takes whole cells: a 22 pt title character would take
    two and the title would wrap; table text at 12 pt would be spread to 16 pt cells.
    """
    properties = paragraph._p.get_or_add_pPr()
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    properties.append(snap)


def _keep_last_block_with_next(doc: DocxDocument) -> None:
    """The body's last paragraph (or table row) goes to the next page with the closing."""
    body = doc.element.body
    children = [child for child in body.iterchildren() if child.tag in (qn("w:p"), qn("w:tbl"))]
    if not children:
        return
    last = children[-1]
    paragraphs = last.iter(qn("w:p")) if last.tag == qn("w:tbl") else [last]
    for element in paragraphs:
        Paragraph(element, doc).paragraph_format.keep_with_next = True


def _page_setup(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(gb.PAGE_WIDTH_MM), Mm(gb.PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(gb.MARGIN_TOP_MM), Mm(gb.MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(gb.MARGIN_LEFT_MM), Mm(gb.MARGIN_RIGHT_MM)
    section.footer_distance = Mm(gb.MARGIN_BOTTOM_MM - 7 - 5)
    _document_grid(section._sectPr)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_number_footer(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number_footer(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)


# Body characters closed up to the GB/T 9704 pitch, in twentieths of a point (w:spacing).
CONDENSED_TWIPS = round((gb.CHAR_PITCH_PT - gb.BODY_PT) * 20)


def _document_grid(section_properties: object) -> None:
    """GB/T 9704's grid of 22 lines a page, as Word's 文档网格 (line pitch in twentieths of a point).

    The 28 characters a line come from the body runs' character spacing (`_run`), not
    from a character grid: LibreOffice misreads a negative ``w:charSpace`` (a 16 pt
    character then takes two cells), while both read run spacing alike.
    """
    grid = section_properties.find(qn("w:docGrid"))  # type: ignore[attr-defined]
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section_properties.append(grid)  # type: ignore[attr-defined]
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(gb.LINE_HEIGHT_PT * 20)))


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
    # The document's default size is what the character grid counts in (LibreOffice reads
    # it there, not from Normal): at the template's 10.5 pt every 16 pt character would
    # take two cells of the grid.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if rpr is not None:
        for tag in ("w:sz", "w:szCs"):
            size = rpr.find(qn(tag))
            if size is None:
                size = OxmlElement(tag)
                rpr.append(size)
            size.set(qn("w:val"), str(round(gb.BODY_PT * 2)))


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
    rpr = run._r.get_or_add_rPr()
    _east_asian(rpr, family)
    if size == gb.BODY_PT:
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(CONDENSED_TWIPS))
        rpr.append(spacing)
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
        _off_grid(paragraph)
    elif node.tag == "h2":
        family = gb.DOCX_HEADING_FONT
    elif node.tag == "h3":
        family = SUBHEADING_FONT
    if node.tag in ("h1", "h2", "h3"):
        # A heading is never the last line of a page: it goes where its text goes.
        paragraph.paragraph_format.keep_with_next = True
    if node.align in _ALIGN:
        paragraph.alignment = _ALIGN[node.align]
    if node.page_break:
        paragraph.paragraph_format.page_break_before = True
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
    _column_widths(table, rows, max(width, 1))
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


def text_width(text: str) -> float:
    """Width of ``text`` in ems: CJK and full-width characters one, the rest a half."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.55 for ch in text)


def column_widths(rows: list[list[tuple[str, int]]], columns: int, total: float) -> list[float]:
    """Widths (summing to ``total``) from the cells' content: short columns (编号, 时间,
    等级) get what their longest cell needs and never wrap, the long ones share the rest
    in proportion to their text. ``rows`` holds (text, colspan) per cell."""
    em = gb.TABLE_PT
    padding = 0.8  # cell margins, in ems
    natural = [2.0] * columns
    for row in rows:
        column = 0
        for text, span in row:
            if span == 1 and column < columns:
                natural[column] = max(natural[column], text_width(text) + padding)
            column += span
    needed = [width * em for width in natural]
    if sum(needed) <= total:
        spare = total - sum(needed)
        return [width + spare * width / sum(needed) for width in needed]
    # Too wide: columns up to eight characters keep their width, the others share what is left.
    short = [width <= 8 * em + padding * em for width in needed]
    fixed = sum(width for width, keep in zip(needed, short, strict=True) if keep)
    if fixed >= total * 0.7 or all(short):
        return [total * width / sum(needed) for width in needed]
    flexible = sum(width for width, keep in zip(needed, short, strict=True) if not keep)
    return [
        width if keep else (total - fixed) * width / flexible
        for width, keep in zip(needed, short, strict=True)
    ]


def _column_widths(table: Table, rows: list[Node], columns: int) -> None:
    cells = [
        [(cell.plain_text().strip(), cell.colspan) for cell in row.children if cell.tag in ("td", "th")]
        for row in rows
    ]
    widths = column_widths(cells, columns, gb.TYPE_WIDTH_PT)
    table.autofit = False
    # Word reads the grid, LibreOffice the cells: both are set.
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Pt(width)
        for cell in column.cells:
            cell.width = Pt(width)


def _cell(target: _Cell, node: Node) -> None:
    blocks = [child for child in node.children if child.tag in ("p", "h2", "h3", "li")]
    paragraphs = blocks or [Node("p", children=node.children)]
    for number, block in enumerate(paragraphs):
        paragraph = target.paragraphs[0] if number == 0 else target.add_paragraph()
        if node.tag == "th":
            block = Node("p", align="center", children=[Node("b", children=block.children)])
        _paragraph(paragraph, block, size=gb.TABLE_PT, indent=False)
        _off_grid(paragraph)
