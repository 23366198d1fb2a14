"""The supervision card (督查卡) from any supervision widget: print preview or PDF.

The card is built by the service (a read, off the GUI thread in the window) and goes
through ui/printing.py like the briefing: the same preview, the same safe PDF export.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dutylog.domain.errors import DutyLogError
from dutylog.office import Office
from dutylog.reports.official import OfficialDocument
from dutylog.ui.operations import run_for
from dutylog.ui.printing import export_pdf, print_preview


def with_card(
    widget: QWidget,
    office: Office,
    number: str,
    unit: str,
    then: Callable[[OfficialDocument], None],
    on_error: Callable[[DutyLogError], None],
) -> None:
    run_for(
        widget,
        office,
        lambda o: o.supervision.card(number, unit),
        on_done=then,
        on_error=on_error,
        what=QCoreApplication.translate("SupervisionCard", "督查卡"),
        progress=False,
    )


def preview_card(
    widget: QWidget, office: Office, number: str, unit: str, on_error: Callable[[DutyLogError], None]
) -> None:
    def show(document: OfficialDocument) -> None:
        dialog = print_preview(widget, document)
        widget.setProperty("card_preview", True)
        dialog.open()

    with_card(widget, office, number, unit, show, on_error)


def export_card(
    widget: QWidget,
    office: Office,
    number: str,
    unit: str,
    on_error: Callable[[DutyLogError], None],
    on_written: Callable[[str], None],
) -> None:
    def export(document: OfficialDocument) -> None:
        export_pdf(widget, document, office, on_written)

    with_card(widget, office, number, unit, export, on_error)
