"""The briefing page's documents: print preview, PDF and Word export, special and weekly reports.

A mixin of BriefingsPage. Its strings are translated in the page's context
("BriefingsPage"), the class the running code belongs to, written out at each call
so that lupdate finds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from dutylog.domain.errors import DutyLogError
from dutylog.reports.official import OfficialDocument, briefing_document
from dutylog.reports.period_reports import special_document, weekly_document

if TYPE_CHECKING:
    from dutylog.domain.briefings.briefing import BriefingRecord
    from dutylog.office import Office


class BriefingDocuments:
    """Needs the page's ``office``, ``current``, ``preview_dialog`` and ``_say``."""

    office: Office
    current: BriefingRecord | None
    preview_dialog: QWidget | None

    def _say(self, text: str, *, error: bool = False) -> None:
        raise NotImplementedError

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def current_document(self) -> OfficialDocument | None:
        if self.current is None:
            return None
        briefing = self.office.briefings.get(self.current.id)
        # A signed briefing prints how far the audit chain reached when it was signed.
        return briefing_document(briefing, signing=self.office.briefings.signing_mark(briefing.id))

    def _show_document(self, document: OfficialDocument | None) -> None:
        from dutylog.ui.printing import print_preview

        if document is None:
            return
        dialog = print_preview(self._parent(), document)
        self.preview_dialog = dialog
        dialog.open()

    def print_preview(self) -> None:
        self._show_document(self.current_document())

    def export_pdf(self) -> None:
        from dutylog.ui.printing import export_pdf

        document = self.current_document()
        if document is not None:
            export_pdf(self._parent(), document, self.office, self._say_exported)

    def export_docx(self) -> None:
        from dutylog.ui.printing import export_docx

        document = self.current_document()
        if document is not None:
            export_docx(self._parent(), document, self.office, self._say_exported)

    def _say_exported(self, written: str) -> None:
        self._say(QCoreApplication.translate("BriefingsPage", "已导出：") + written)

    def special_report(self) -> None:
        number, ok = QInputDialog.getText(
            self._parent(),
            QCoreApplication.translate("BriefingsPage", "舆情专报"),
            QCoreApplication.translate("BriefingsPage", "事项编号（如 YQ-2026-0042）："),
        )
        if ok and number.strip():
            self._open_report(lambda: special_document(self.office.reports.special_report(number)))

    def weekly_report(self) -> None:
        year, week, _ = self.office.briefings.today().isocalendar()
        text, ok = QInputDialog.getText(
            self._parent(),
            QCoreApplication.translate("BriefingsPage", "周报"),
            QCoreApplication.translate("BriefingsPage", "周次（YYYY-Www）："),
            text=f"{year}-W{week:02d}",
        )
        if ok and text.strip():
            self._open_report(lambda: weekly_document(self.office.reports.weekly(text)))

    def _open_report(self, build: Callable[[], OfficialDocument]) -> None:
        try:
            document = build()
        except DutyLogError as error:
            self._say(error.message, error=True)
            return
        self._show_document(document)
