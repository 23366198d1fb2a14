"""The steps on one assignment, shared by the supervision page and a matter's tab.

Both show a list of assignments and the same row of buttons (reply, review, extend,
urge, the supervision card); this object owns those buttons and opens the dialogs for
whichever assignment the host says is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from dutylog.domain.errors import DutyLogError
from dutylog.domain.supervision.assignments import AssignmentRecord
from dutylog.office import Office
from dutylog.ui.supervision.action_dialogs import (
    ReplyDialog,
    ReviewDialog,
    UrgeDialog,
    extension_dialog,
    waiting_reply,
)
from dutylog.ui.supervision.card import export_card, preview_card
from dutylog.ui.theme import error_style, ok_style


def say(label: QLabel, text: str, *, ok: bool) -> None:
    """The status line under a supervision widget: green when done, red when refused."""
    label.setStyleSheet(ok_style() if ok else error_style())
    label.setText(text)


class StepActions:
    def __init__(
        self,
        host: QWidget,
        office: Office,
        current: Callable[[], AssignmentRecord | None],
        message: QLabel,
        saved: Callable[[], None],
    ) -> None:
        self.host = host
        self.office = office
        self.current = current
        self.message = message
        self.saved = saved
        self.buttons: dict[str, QPushButton] = {}

    def button_row(self, prefix: str) -> QHBoxLayout:
        """The buttons, named ``<prefix>_<step>``; the host adds its own after them."""
        row = QHBoxLayout()
        for key, text, slot in (
            ("reply", QCoreApplication.translate("Supervision", "记录回复…"), self.reply),
            ("review", QCoreApplication.translate("Supervision", "审核回复…"), self.review),
            ("extend", QCoreApplication.translate("Supervision", "延期…"), self.extend),
            ("urge", QCoreApplication.translate("Supervision", "催办…"), self.urge),
            ("card", QCoreApplication.translate("Supervision", "督查卡预览"), self.card_preview),
            ("card_pdf", QCoreApplication.translate("Supervision", "督查卡 PDF…"), self.card_pdf),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{prefix}_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        return row

    def enable(self) -> None:
        chosen = self.current()
        for key in ("reply", "extend", "urge", "card", "card_pdf"):
            self.buttons[key].setEnabled(chosen is not None and chosen.status.is_open)
        self.buttons["review"].setEnabled(chosen is not None and waiting_reply(chosen) is not None)

    def _open(self, kind: Callable[[Office, AssignmentRecord, QWidget], QDialog]) -> QDialog | None:
        chosen = self.current()
        if chosen is None:
            return None
        dialog = kind(self.office, chosen, self.host)
        dialog.accepted.connect(self.stepped)
        dialog.open()
        return dialog

    def stepped(self) -> None:
        say(self.message, QCoreApplication.translate("Supervision", "已保存。"), ok=True)
        self.saved()

    def reply(self) -> QDialog | None:
        return self._open(ReplyDialog)

    def review(self) -> QDialog | None:
        return self._open(ReviewDialog)

    def extend(self) -> QDialog | None:
        return self._open(extension_dialog)

    def urge(self) -> QDialog | None:
        return self._open(UrgeDialog)

    def card_preview(self) -> None:
        chosen = self.current()
        if chosen is not None:
            preview_card(self.host, self.office, chosen.matter_number, chosen.unit_name, self.failed)

    def card_pdf(self) -> None:
        chosen = self.current()
        if chosen is not None:
            export_card(
                self.host, self.office, chosen.matter_number, chosen.unit_name, self.failed, self._exported
            )

    def _exported(self, written: str) -> None:
        say(self.message, QCoreApplication.translate("Supervision", "已导出：") + written, ok=True)

    def failed(self, error: DutyLogError) -> None:
        say(self.message, error.message, ok=False)
