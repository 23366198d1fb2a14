"""The matter dialog's 网页取证 button: save the matter's web page as evidence now.

The capture (a headless browser loading the page) takes seconds, so it runs through the
operations layer like any write; the dialog's evidence list reloads when it is done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QPushButton

from dutylog.domain.errors import DutyLogError
from dutylog.services.matters.capture import CaptureResult, CaptureService
from dutylog.ui.operations import operations_of

if TYPE_CHECKING:
    from dutylog.office import Office
    from dutylog.ui.matters.matter_dialog import MatterDialog


def _capture(office: Office, number: str, url: str) -> CaptureResult:
    return CaptureService(office).capture(number, url)


class CaptureButton(QPushButton):
    def __init__(self, dialog: MatterDialog) -> None:
        super().__init__(dialog)
        self.setText(self.tr("网页取证…"))
        self.setObjectName("matter_capture")
        self.setToolTip(self.tr("用本机浏览器保存网页当前的截图、PDF 和源文件，作为证据"))
        self.dialog = dialog
        self.clicked.connect(self.ask)

    def ask(self) -> None:
        dialog = self.dialog
        matter = dialog.matter
        if matter is None:
            dialog.error.setText(self.tr("请先保存事项，再添加证据。"))
            return
        url, accepted = QInputDialog.getText(
            dialog, self.tr("网页取证"), self.tr("网页地址："), QLineEdit.EchoMode.Normal, matter.url
        )
        if accepted and url.strip():
            self.capture(url.strip())

    def capture(self, url: str) -> None:
        dialog = self.dialog
        matter = dialog.matter
        if matter is None:
            return
        number = matter.number
        operations = operations_of(dialog)
        if operations is None:  # a dialog outside the main window (tests): inline
            try:
                _capture(dialog.office, number, url)
            except DutyLogError as exc:
                dialog._failed(exc)
                return
            dialog._attached(None)
            return
        operations.run(
            lambda office: _capture(office, number, url),
            on_done=dialog._attached,
            on_error=dialog._failed,
            what=self.tr("网页取证"),
            parent=dialog,
            areas=frozenset({"matters"}),
        )
