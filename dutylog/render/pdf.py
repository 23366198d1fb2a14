"""Print an official document with Qt: PDF files, printers and the print preview.

Qt-using module: import it lazily (the GUI, or the CLI command that writes a PDF).
Layout follows GB/T 9704-2012 (see `dutylog.reports.official`): A4, 37/35/28/26 mm
margins, title 22 pt, body 16 pt, page numbers "— 1 —" outside (odd right, even left).

PySide6 6.12 on Python 3.11 drops a reference to None on every call of a void
method (about 5,000 such calls abort the interpreter with "deallocating None"), so
this module keeps its calls into Qt few: a page costs a handful, not one per block.
"""

from __future__ import annotations

import errno
import functools
import os
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from dutylog.reports import official as gb
from dutylog.reports.html_subset import break_before_heading, break_before_last_block, split_table
from dutylog.reports.official import OfficialDocument

MM_PER_INCH = 25.4
PDF_DPI = 300
# Documents are laid out in points (a 72-dpi layout device) and scaled to the
# printer or PDF resolution when painted, as QTextDocument.print() does.
LAYOUT_DPI = 72
MAX_LAYOUT_PASSES = 40  # each pass fixes one page break; real documents need a few


class PrintDocument(QTextDocument):
    """A text document that keeps its layout paint device alive (the layout only points to it)."""

    layout_device: QImage | None = None


def ensure_gui_application() -> QGuiApplication:
    """A QGuiApplication for printing outside the GUI (offscreen when there is no display)."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["dutylog"])
    assert isinstance(app, QGuiApplication)
    return app


def document_fonts() -> tuple[str, str, str]:
    """(title, body, heading) families: GB/T 9704 faces when installed, else the best CJK face."""
    installed = set(QFontDatabase.families())
    return (
        gb.choose_font(gb.TITLE_FONTS, installed),
        gb.choose_font(gb.BODY_FONTS, installed),
        gb.choose_font(gb.HEADING_FONTS, installed),
    )


def build_text_document(document: OfficialDocument) -> PrintDocument:
    """The document with the office fonts; sizes and spacing come as inline styles in the HTML.

    Styling happens in HTML rather than through QTextCursor calls: fewer calls into
    Qt (see the note on PySide6 6.12 in the module docstring) and one place for the layout.
    """
    title_font, body_font, heading_font = document_fonts()
    doc = PrintDocument()
    doc.setDocumentMargin(0)
    font = QFont(body_font)
    font.setPointSizeF(gb.BODY_PT)
    doc.setDefaultFont(font)
    doc.setHtml(
        gb.document_html(
            document,
            title_font=title_font,
            body_font=body_font,
            heading_font=heading_font,
            px_per_pt=vertical_px_per_pt(),
        )
    )
    # Qt's HTML has no letter-spacing: one merge closes the characters up to the
    # GB/T 9704 grid of 28 a line (percentages, so tables and titles keep their proportions).
    spacing = QTextCharFormat()
    spacing.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
    spacing.setFontLetterSpacing(gb.LETTER_SPACING_PERCENT)
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeCharFormat(spacing)
    return doc


def _layout_image() -> QImage:
    """The 72-dpi paint device documents are laid out on (1 px = 1 pt)."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    image.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    return image


@functools.cache
def vertical_px_per_pt() -> float:
    """How many CSS px of line-height make one point of the layout, measured.

    Qt scales fixed line heights and margins by the layout device's dpi over the
    screen's logical dpi (96 on most screens and offscreen, other values on scaled
    screens), so 28.9px printed 21.7 pt; measuring once keeps the pitch exact everywhere.
    """
    ensure_gui_application()
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    image = _layout_image()
    doc.documentLayout().setPaintDevice(image)
    line = '<p style="line-height:100px; margin-top:0px; margin-bottom:0px;">一</p>'
    doc.setHtml(line + line)
    pitch = doc.documentLayout().blockBoundingRect(doc.begin().next()).top()
    return 100 / pitch if pitch > 0 else 1.0


def _set_a4(device: QPagedPaintDevice) -> None:
    # The device gets no margins: they are applied here so the page number can sit in the bottom one.
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )


def prepare_for(document: OfficialDocument, device: QPagedPaintDevice) -> PrintDocument:
    """A text document laid out for A4 pages in points, ready for `paint_document`.

    Tables are split before any row that would run over a page break, a heading
    left alone at the foot of a page moves to the next one, and so does the last
    body block when the closing (instruction, signature) would otherwise stand alone.
    """
    _set_a4(device)
    body = _body_rect(LAYOUT_DPI)
    seen: set[tuple[int, int]] = set()
    moved: set[str] = set()
    scan_from = 0  # tables before the last split are laid out as before: not scanned again
    for _attempt in range(MAX_LAYOUT_PASSES):
        doc = _laid_out(document, body)
        crossing = _first_split_row(doc, seen, scan_from)
        if crossing is not None:
            seen.add(crossing)
            scan_from = crossing[0] + 1  # the split's second part, which starts a page
            document = replace(document, body_html=split_table(document.body_html, *crossing))
            continue
        scan_from = 0  # a heading or the closing moves: everything after it moves too
        orphan = _first_orphan_heading(doc, moved)
        if orphan is None:
            if "closing" in moved or not _closing_alone(doc, document):
                return doc
            moved.add("closing")
            document = replace(document, body_html=break_before_last_block(document.body_html))
            continue
        moved.add(orphan)
        document = replace(document, body_html=break_before_heading(document.body_html, orphan))
    return doc


_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def page_of(top: float, page_height: float) -> int:
    """The page a block starting at ``top`` is on; a block pushed to a page's top by a
    page break sits a rounding error above the boundary (Qt lays out in 1/64 px)."""
    return int((top + 0.5) // page_height)


def _first_orphan_heading(doc: QTextDocument, moved: set[str]) -> str | None:
    """Text of the first section heading that ends a page while its text starts the next one."""
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        following = block.next()
        text = block.text().strip()
        if following.isValid() and text not in moved and len(text) <= 40 and _HEADING.match(text):
            here = layout.blockBoundingRect(block)
            there = layout.blockBoundingRect(following)
            if page_of(here.top(), page) != page_of(there.top(), page):
                return text
        block = following
    return None


def _closing_alone(doc: QTextDocument, document: OfficialDocument) -> bool:
    """Whether any of the closing block (instruction, signature, notes) falls on a page
    after the body's last line: a page must never hold only a signature."""
    if not document.closing:
        return False
    label, text = document.closing[0]
    first = f"{label}：{text}"
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    body_page: int | None = None
    last_text_page = 0
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        if body_page is None and block.text() == first:
            body_page = last_text_page  # the blank spacer before the closing does not count
        if block.text().strip():
            last_text_page = page_of(top, page)
            if body_page is not None and last_text_page > body_page:
                return True
        block = block.next()
    return False


def _laid_out(document: OfficialDocument, body: QRectF) -> PrintDocument:
    doc = build_text_document(document)
    image = _layout_image()
    doc.layout_device = image
    doc.documentLayout().setPaintDevice(image)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    return doc


def row_extent(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top and bottom of a table row's text in document coordinates."""
    layout = doc.documentLayout()
    cells = [table.cellAt(row, column) for column in range(table.columns())]
    top = min(layout.blockBoundingRect(cell.firstCursorPosition().block()).top() for cell in cells)
    bottom = max(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom() for cell in cells)
    return top, bottom


def _first_split_row(
    doc: QTextDocument, seen: set[tuple[int, int]], scan_from: int = 0
) -> tuple[int, int] | None:
    """(table index, row) of the first row that runs over a page break, if any, from table ``scan_from``."""
    page = doc.pageSize().height()
    tables = [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    for index, table in enumerate(tables):
        if index < scan_from:
            continue
        for row in range(table.rows()):
            top, bottom = row_extent(doc, table, row)
            if bottom - top >= page * 0.9 or (index, row) in seen:
                continue  # taller than a page: it has to run over
            if int(top // page) != int((bottom - 0.5) // page):
                return index, row
    return None


def _body_rect(dpi: float) -> QRectF:
    def px(mm: float) -> float:
        return mm / MM_PER_INCH * dpi

    return QRectF(
        px(gb.MARGIN_LEFT_MM),
        px(gb.MARGIN_TOP_MM),
        px(gb.PAGE_WIDTH_MM - gb.MARGIN_LEFT_MM - gb.MARGIN_RIGHT_MM),
        px(gb.PAGE_HEIGHT_MM - gb.MARGIN_TOP_MM - gb.MARGIN_BOTTOM_MM),
    )


def paint_document(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Paint ``doc`` (from `prepare_for`) on ``device`` page by page; returns the pages painted."""
    painter = QPainter(device)
    try:
        return _paint_pages(doc, device, painter, first_number=1)
    finally:
        painter.end()


def _paint_pages(
    doc: QTextDocument, device: QPagedPaintDevice, painter: QPainter, *, first_number: int
) -> int:
    """Paint ``doc``'s pages, numbered from ``first_number``; the first goes on the current page."""
    scale = device.logicalDpiY() / LAYOUT_DPI
    body = _body_rect(LAYOUT_DPI)
    pages = doc.pageCount()
    layout: QAbstractTextDocumentLayout = doc.documentLayout()
    title_font, _body_font, _heading = document_fonts()
    number_font = QFont(title_font)
    number_font.setPixelSize(round(gb.PAGE_NUMBER_PT))  # pixels of the 72-dpi layout = points
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.scale(scale, device.logicalDpiX() / LAYOUT_DPI)
        painter.save()
        painter.translate(body.left(), body.top() - page * body.height())
        clip = QRectF(0, page * body.height(), body.width(), body.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        painter.setClipRect(clip)
        layout.draw(painter, context)
        painter.restore()
        _page_number(painter, first_number + page, number_font, body)
        painter.restore()
    return pages


def _page_number(painter: QPainter, number: int, font: QFont, body: QRectF) -> None:
    """GB/T 9704: "— 1 —" 7 mm below the type area, one em in from the outer edge."""
    painter.setFont(font)
    mm = LAYOUT_DPI / MM_PER_INCH
    em = gb.PAGE_NUMBER_PT
    box = QRectF(body.left() + em, body.bottom() + 7 * mm, body.width() - 2 * em, 10 * mm)
    side = Qt.AlignmentFlag.AlignRight if number % 2 else Qt.AlignmentFlag.AlignLeft
    painter.drawText(box, int(side | Qt.AlignmentFlag.AlignTop), gb.page_number_text(number))


def write_pdf(document: OfficialDocument, path: str | os.PathLike[str]) -> int:
    """Write ``document`` as a PDF to exactly ``path``; returns the page count.

    Callers pass the temporary file of ``office.outputs.writing(...)``, which checks the
    target and puts the finished file in place. A PDF that could not be written in
    full raises OSError (see `require_complete_pdf`).
    """
    ensure_gui_application()
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setTitle(document.title)
    writer.setCreator("DutyLog")
    pages = paint_document(prepare_for(document, writer), writer)
    del writer  # closes the file
    require_complete_pdf(target)
    return pages


def write_pdf_volume(documents: Sequence[OfficialDocument], title: str, path: str | os.PathLike[str]) -> int:
    """Several documents in one PDF, each from a new page, numbered through; returns the pages.

    A month of daily logs is thirty short documents rather than one long one: each is laid
    out alone (moving a heading or a table row relays out one day, not the month), which
    keeps a busy office's volume to seconds.
    """
    ensure_gui_application()
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("DutyLog")
    prepared = [prepare_for(document, writer) for document in documents]  # before painting starts
    painter = QPainter(writer)
    pages = 0
    try:
        for doc in prepared:
            if pages:
                writer.newPage()
            pages += _paint_pages(doc, writer, painter, first_number=pages + 1)
    finally:
        painter.end()
    del writer  # closes the file
    require_complete_pdf(target)
    return pages


def require_complete_pdf(path: Path) -> None:
    """Raise OSError unless ``path`` ends like a PDF.

    QPdfWriter reports no errors: a file it could not open, or a disk that filled up,
    leaves a PDF without its closing ``%%EOF``.
    """
    with open(path, "rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - 1024))
        tail = handle.read()
    if b"%%EOF" not in tail:
        raise OSError(errno.EIO, "PDF 未能完整写出（磁盘已满或文件无法写入）")


__all__ = [
    "build_text_document",
    "ensure_gui_application",
    "paint_document",
    "require_complete_pdf",
    "write_pdf",
    "write_pdf_volume",
]
