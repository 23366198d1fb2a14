"""Painting the roster's month pages with Qt (QtGui only): PDF files and printers.

Imported lazily by the GUI and by `dutylog roster export --pdf`; the pages are the
HTML that `RosterExporter.html_pages` builds, so nothing here reads the database.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from dutylog.render.pdf import require_complete_pdf
from dutylog.reports.roster_table import PRINT_FONT

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

MARGINS_MM = QMarginsF(12, 10, 12, 10)


def landscape_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _document(html_text: str, width_pt: float, height_pt: float) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont(PRINT_FONT, 9))
    document.setDocumentMargin(0)
    document.setHtml(html_text)
    # No page height: the month is laid out in one piece and scaled to the page.
    document.setTextWidth(width_pt)
    _ = height_pt
    return document


def _paint_pages(painter: QPainter, pages: list[str], new_page: object, dpi: int) -> None:
    """Draw each month on its own page, scaled from points to the device's dots."""
    rect = painter.viewport()
    scale = dpi / 72.0
    width_pt, height_pt = rect.width() / scale, rect.height() / scale
    for index, html_text in enumerate(pages):
        if index:
            new_page()  # type: ignore[operator]
        document = _document(html_text, width_pt, height_pt)
        painter.save()
        painter.scale(scale, scale)
        # A long month shrinks to one page rather than spill over; it is laid out
        # wider by the same factor so that, once scaled, it still spans the page.
        fit = min(1.0, height_pt / max(1.0, document.size().height()))
        if fit < 1.0:
            document.setTextWidth(width_pt / fit)
            fit = min(fit, height_pt / max(1.0, document.size().height()))
        painter.scale(fit, fit)
        document.drawContents(painter)
        painter.restore()


def write_roster_pdf(pages: list[str], title: str, path: str | os.PathLike[str]) -> int:
    """Write the month tables (HTML, one a page) as an A4 landscape PDF to exactly ``path``.

    Callers pass the temporary file of ``office.outputs.writing(...)``; returns the pages.
    A PDF that could not be written in full raises OSError.
    """
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setPageLayout(landscape_layout())
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("DutyLog")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(errno.EIO, "无法开始写入 PDF")
    try:
        _paint_pages(painter, pages, writer.newPage, writer.resolution())
    finally:
        painter.end()
    del writer  # closes the file
    require_complete_pdf(target)
    return len(pages)


def render_to_printer(printer: QPrinter, pages: list[str]) -> None:
    """Paint the month pages on a printer (the preview's and the real one)."""
    painter = QPainter(printer)
    try:
        _paint_pages(painter, pages, printer.newPage, printer.resolution())
    finally:
        painter.end()


def landscape_printer() -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(landscape_layout())
    printer.setDocName("值班表")
    return printer
