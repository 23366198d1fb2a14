"""Print preview, PDF and Word export of official documents, from any page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dutylog.domain.errors import DutyLogError
from dutylog.render.pdf import paint_document, prepare_for, write_pdf
from dutylog.reports.official import OfficialDocument

if TYPE_CHECKING:
    from dutylog.office import Office


class PreviewDialog(QPrintPreviewDialog):
    """Keeps its printer alive: the Qt dialog only points to it."""

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.kept_printer = printer


def print_preview(parent: QWidget, document: OfficialDocument) -> QPrintPreviewDialog:
    """Qt's print preview (and printing) with the office layout; the caller shows it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # margins are drawn by paint_document, page numbers sit in them
    printer.setDocName(document.title)
    dialog = PreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "打印预览 — ") + document.title)
    dialog.paintRequested.connect(lambda target: paint_document(prepare_for(document, target), target))
    dialog.resize(900, 1000)
    return dialog


def safe_file_name(title: str) -> str:
    return "".join(ch for ch in title if ch not in '\\/:*?"<>|').strip() or "report"


def written_text(path: Path, size: int) -> str:
    """What the status line says after an export: the file actually written and its size."""
    return f"{path}（{size:,} B）"


def export_pdf(parent: QWidget, document: OfficialDocument, office: Office) -> str | None:
    """Ask where, then write through ``office.outputs`` (an unsafe target is refused with a message).

    Returns the status text naming the file and its size, or None when nothing was written.
    """
    title = QCoreApplication.translate("Printing", "导出 PDF")
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, safe_file_name(document.title) + ".pdf", "PDF (*.pdf)"
    )
    if not path:
        return None
    try:
        with office.outputs.writing(path) as out:
            out.count = write_pdf(document, out.temp)
    except DutyLogError as exc:
        QMessageBox.warning(parent, title, exc.message)
        return None
    return written_text(out.written.path, out.written.size)


def export_docx(parent: QWidget, document: OfficialDocument, office: Office) -> str | None:
    from dutylog.reports.docx_writer import write_docx

    title = QCoreApplication.translate("Printing", "导出 Word")
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, safe_file_name(document.title) + ".docx", "Word (*.docx)"
    )
    if not path:
        return None
    try:
        with office.outputs.writing(path) as out:
            write_docx(document, out.temp)
    except DutyLogError as exc:
        QMessageBox.warning(parent, title, exc.message)
        return None
    return written_text(out.written.path, out.written.size)
