"""Print preview, PDF and Word export of official documents, from any page.

An export inside the main window runs through its operations layer (ui/operations.py):
a document of many pages is written on a worker thread, the window stays responsive, a
refusal shows in the one error dialog, and ``on_written`` gets the status text later.
A widget outside a window (a dialog of its own, tests) exports inline as before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from dutylog.domain.errors import DutyLogError
from dutylog.render.pdf import paint_document, prepare_for, write_pdf
from dutylog.reports.official import OfficialDocument
from dutylog.ui.widgets.file_dialogs import Purpose, save_file

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


def _write_pdf(document: OfficialDocument, office: Office, path: str) -> str:
    with office.outputs.writing(path) as out:
        out.count = write_pdf(document, out.temp)
    return written_text(out.written.path, out.written.size)


def _write_docx(document: OfficialDocument, office: Office, path: str) -> str:
    from dutylog.reports.docx_writer import write_docx

    with office.outputs.writing(path) as out:
        write_docx(document, out.temp, author=office.unit_name())
    return written_text(out.written.path, out.written.size)


def _export(
    parent: QWidget,
    office: Office,
    title: str,
    path: str,
    write: Callable[[Office, str], str],
    on_written: Callable[[str], None] | None,
) -> str | None:
    from dutylog.ui.operations import operations_of

    operations = operations_of(parent)
    if operations is not None:
        operations.run(
            lambda worker_office: write(worker_office, path),
            on_done=on_written or (lambda _text: None),
            parent=parent,
            what=title,
        )
        return None
    try:
        text = write(office, path)
    except DutyLogError as exc:
        QMessageBox.warning(parent, title, exc.message)
        return None
    if on_written is not None:
        on_written(text)
    return text


def export_pdf(
    parent: QWidget,
    document: OfficialDocument,
    office: Office,
    on_written: Callable[[str], None] | None = None,
) -> str | None:
    """Ask where, then write through ``office.outputs`` (an unsafe target is refused with a message).

    ``on_written`` gets the status text naming the file and its size. Returns that text
    when the export ran inline, None when it runs in the window's operations layer (or
    nothing was written).
    """
    title = QCoreApplication.translate("Printing", "导出 PDF")
    path = save_file(parent, Purpose.EXPORT, title, safe_file_name(document.title) + ".pdf", "PDF (*.pdf)")
    if not path:
        return None
    return _export(parent, office, title, path, lambda o, p: _write_pdf(document, o, p), on_written)


def export_docx(
    parent: QWidget,
    document: OfficialDocument,
    office: Office,
    on_written: Callable[[str], None] | None = None,
) -> str | None:
    """As `export_pdf`, as a Word document."""
    title = QCoreApplication.translate("Printing", "导出 Word")
    path = save_file(parent, Purpose.EXPORT, title, safe_file_name(document.title) + ".docx", "Word (*.docx)")
    if not path:
        return None
    return _export(parent, office, title, path, lambda o, p: _write_docx(document, o, p), on_written)
