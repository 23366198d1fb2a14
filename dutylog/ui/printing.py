"""Print preview, PDF and Word export of official documents, from any page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from dutylog.render.pdf import paint_document, prepare_for, write_pdf
from dutylog.reports.official import OfficialDocument


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


def export_pdf(parent: QWidget, document: OfficialDocument) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "导出 PDF"),
        safe_file_name(document.title) + ".pdf",
        "PDF (*.pdf)",
    )
    if not path:
        return None
    write_pdf(document, path)
    return path


def export_docx(parent: QWidget, document: OfficialDocument) -> str | None:
    from dutylog.reports.docx_writer import write_docx

    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "导出 Word"),
        safe_file_name(document.title) + ".docx",
        "Word (*.docx)",
    )
    if not path:
        return None
    write_docx(document, path)
    return path
