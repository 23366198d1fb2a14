"""A date-time field that may be left unknown (a checkbox beside it), as matters need."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget

from dutylog.ui.qt_dates import qdatetime


def minute_of(edit: QDateTimeEdit) -> datetime:
    """The edit's date and time to the minute (seconds are never shown, so never kept)."""
    value: datetime = edit.dateTime().toPython()  # type: ignore[assignment]
    return value.replace(second=0, microsecond=0)


class OptionalDateTime(QWidget):
    """A date-time editor with a checkbox: unchecked means "not known"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox()
        self.edit = QDateTimeEdit()
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setCalendarPopup(True)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.set_value(None)

    def set_value(self, value: datetime | None, default: datetime | None = None) -> None:
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        shown = value or default
        self.edit.setDateTime(qdatetime(shown) if shown else QDateTime.currentDateTime())

    def value(self) -> datetime | None:
        if not self.known.isChecked():
            return None
        return minute_of(self.edit)
