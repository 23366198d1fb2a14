"""A group of settings with its own save button and a message line (the Settings page's unit)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dutylog.domain.errors import DutyLogError
from dutylog.ui.theme import error_style, ok_style


class SettingsGroup(QGroupBox):
    """A group of fields with its own save button and a message line under it."""

    def __init__(self, title: str, save: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._save = save
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        # Buttons shown before "save" (e.g. "test connection"), added by subclasses.
        self.extra_buttons: list[QPushButton] = []
        self.column = QVBoxLayout(self)
        self.column.addLayout(self.form)

    def finish_tab_order(self) -> None:
        """Add the message and buttons after the fields so Tab reaches "save" last."""
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)
        for button in self.extra_buttons:
            bottom.addWidget(button)
        bottom.addWidget(self.save_button)
        self.column.addLayout(bottom)

    def save(self) -> bool:
        try:
            done = self._save()
        except DutyLogError as exc:
            self.show_message(exc.message, error=True)
            return False
        self.show_message(done, error=False)
        return True

    def show_message(self, text: str, *, error: bool | None) -> None:
        """Red for an error, green for done, the plain text colour (None) for "in progress"."""
        self.message.setStyleSheet("" if error is None else error_style() if error else ok_style())
        self.message.setText(text)
        self.message.show()
