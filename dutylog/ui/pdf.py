"""Print an official document with Qt: PDF files, printers and the print preview.

Qt-using module: import it lazily (the GUI, or the CLI command that writes a PDF).
Layout follows GB/T 9704-2012 (see `dutylog.reports.official`): A4, 37/35/28/26 mm
margins, title 22 pt, body 16 pt, page numbers "— 1 —" outside (odd right, even left).
"""

from __future__ import annotations

import os
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
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from dutylog.reports import official as gb
from dutylog.reports.official import OfficialDocument

MM_PER_INCH = 25.4
PDF_DPI = 300
# Documents are laid out in points (a 72-dpi layout device) and scaled to the
# printer or PDF resolution when painted, as QTextDocument.print() does.
LAYOUT_DPI = 72


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


def build_text_document(document: OfficialDocument, dpi: int = 96) -> PrintDocument:
    """The document laid out for a device of ``dpi`` (set the layout's paint device to match)."""
    title_font, body_font, heading_font = document_fonts()
    doc = PrintDocument()
    doc.setDocumentMargin(0)
    font = QFont(body_font)
    font.setPointSizeF(gb.BODY_PT)
    doc.setDefaultFont(font)
    doc.setHtml(
        gb.document_html(document, title_font=title_font, body_font=body_font, heading_font=heading_font)
    )
    _repeat_table_headers(doc.rootFrame())
    _apply_office_layout(doc, dpi, title_font, body_font, heading_font)
    return doc


def _apply_office_layout(
    doc: QTextDocument, dpi: int, title_font: str, body_font: str, heading_font: str
) -> None:
    """Fonts, indents and line spacing set block by block.

    Qt's HTML import sizes headings with a relative size adjustment and ignores
    most CSS lengths, so the layout is applied to the blocks directly instead.
    """

    def pt(points: float) -> float:
        return points * dpi / 72

    heading_bold = heading_font not in gb.HEADING_FONTS  # a fallback face needs weight to stand out
    block = doc.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        cursor.setPosition(block.position())
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        level = block.blockFormat().headingLevel()
        in_table = cursor.currentTable() is not None
        family, size, weight = body_font, gb.BODY_PT, None
        fmt = QTextBlockFormat()
        if level == 1:
            family, size, weight = title_font, gb.TITLE_PT, QFont.Weight.Bold
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            fmt.setBottomMargin(pt(gb.LINE_HEIGHT_PT))
            fmt.setLineHeight(pt(gb.TITLE_PT * 1.4), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        elif in_table:
            size = gb.TABLE_PT
            fmt.setTextIndent(0)
        else:
            if level == 2:
                family = heading_font
                weight = QFont.Weight.Bold if heading_bold else QFont.Weight.Normal
            elif level == 3:
                weight = QFont.Weight.Bold
            fmt.setTextIndent(pt(2 * gb.BODY_PT))
            fmt.setTopMargin(0)
            fmt.setBottomMargin(0)
            fmt.setLineHeight(pt(gb.LINE_HEIGHT_PT), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockAlignment) and level != 1:
            fmt.setAlignment(block.blockFormat().alignment())
        cursor.mergeBlockFormat(fmt)
        _restyle_fragments(block, family, size, weight)
        block = block.next()


def _restyle_fragments(block: QTextBlock, family: str, size: float, weight: QFont.Weight | None) -> None:
    """Give every run of a block the office face and size, keeping only its emphasis."""
    spans = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            spans.append((fragment.position(), fragment.length(), fragment.charFormat()))
        iterator += 1
    cursor = QTextCursor(block)
    for position, length, old in spans:
        new = QTextCharFormat()
        new.setFontFamilies([family])
        new.setFontPointSize(size)
        bold = old.fontWeight() >= QFont.Weight.DemiBold.value
        new.setFontWeight(
            weight if weight is not None else (QFont.Weight.Bold if bold else QFont.Weight.Normal)
        )
        new.setFontItalic(old.fontItalic())
        new.setFontUnderline(old.fontUnderline())
        if old.foreground().style() != Qt.BrushStyle.NoBrush:
            new.setForeground(old.foreground())
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(new)


def _repeat_table_headers(frame: QTextFrame) -> None:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            table_format = child.format()
            table_format.setHeaderRowCount(1)
            child.setFormat(table_format)
        _repeat_table_headers(child)


def _set_a4(device: QPagedPaintDevice) -> None:
    # The device gets no margins: they are applied here so the page number can sit in the bottom one.
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )


def prepare_for(document: OfficialDocument, device: QPagedPaintDevice) -> PrintDocument:
    """A text document laid out for A4 pages in points, ready for `paint_document`."""
    _set_a4(device)
    doc = build_text_document(document, LAYOUT_DPI)
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    image.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    doc.layout_device = image
    doc.documentLayout().setPaintDevice(image)
    body = _body_rect(LAYOUT_DPI)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    return doc


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
    scale = device.logicalDpiY() / LAYOUT_DPI
    body = _body_rect(LAYOUT_DPI)
    pages = doc.pageCount()
    layout: QAbstractTextDocumentLayout = doc.documentLayout()
    title_font, _body_font, _heading = document_fonts()
    number_font = QFont(title_font)
    number_font.setPixelSize(round(gb.PAGE_NUMBER_PT))  # pixels of the 72-dpi layout = points
    painter = QPainter(device)
    try:
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
            _page_number(painter, page + 1, number_font, body)
            painter.restore()
    finally:
        painter.end()
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
    """Write ``document`` as a PDF; returns the page count."""
    ensure_gui_application()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setTitle(document.title)
    writer.setCreator("DutyLog")
    return paint_document(prepare_for(document, writer), writer)


__all__ = ["build_text_document", "ensure_gui_application", "paint_document", "write_pdf"]
