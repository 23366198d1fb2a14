"""A small form that writes through the services and closes when the write is done.

A refusal shows under the form and keeps what was typed (the operations layer's
``on_error``); inside the main window the write runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from dutylog.domain.errors import DutyLogError
from dutylog.office import Office
from dutylog.ui.operations import run_for
from dutylog.ui.theme import error_style
from dutylog.ui.widgets.keys import save_on_ctrl_enter


class WriteDialog(QDialog):
    """A small form that saves through the services and closes when saved."""

    def __init__(self, office: Office, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        save_on_ctrl_enter(self, self.save)
        self.result_value: Any = None

    def write(self, work: Callable[[Office], object], what: str, areas: frozenset[str]) -> None:
        run_for(self, self.office, work, on_done=self._done, on_error=self._failed, what=what, areas=areas)

    def _done(self, value: object) -> None:
        self.result_value = value
        self.accept()

    def _failed(self, error: DutyLogError) -> None:
        self.error.setText(error.message)

    def save(self) -> None:
        raise NotImplementedError
