"""The Qt document printer the year's archive is given (services do not import Qt)."""

from __future__ import annotations

from pathlib import Path

from dutylog.reports.official import OfficialDocument


class QtDocumentPrinter:
    """Official documents (GB/T 9704) and the landscape roster, to PDF files."""

    def __init__(self) -> None:
        from dutylog.render.pdf import ensure_gui_application

        ensure_gui_application()

    def official_pdf(self, document: OfficialDocument, path: Path) -> int:
        from dutylog.render.pdf import write_pdf

        return write_pdf(document, path)

    def volume_pdf(self, documents: list[OfficialDocument], title: str, path: Path) -> int:
        from dutylog.render.pdf import write_pdf_volume

        return write_pdf_volume(documents, title, path)

    def roster_pdf(self, pages: list[str], title: str, path: Path) -> int:
        from dutylog.render.roster_pdf import write_roster_pdf

        return write_roster_pdf(pages, title, path)
