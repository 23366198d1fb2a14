"""The form that adds a log entry: kind, time (defaults to now), text.

What the user typed is never lost: a rejected entry stays in the form with the
reason shown beside it.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import DutyLogError
from dutylog.domain.records import LogEntryRecord, NewLogEntry
from dutylog.services.office import Office
from dutylog.ui.i18n import label


class EntryForm(QWidget):
    saved = Signal(object)  # LogEntryRecord

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.kind = QComboBox()
        self.kind.setObjectName("entry_kind")
        for kind in EntryKind:
            self.kind.addItem(label(kind), kind.value)
        self.when = QDateTimeEdit()
        self.when.setObjectName("entry_time")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.editingFinished.connect(self._mark_time_touched)
        self.text = QPlainTextEdit()
        self.text.setObjectName("entry_text")
        self.text.setPlaceholderText(
            self.tr("例如：早间巡查微博、微信公众号、抖音、本地论坛，未发现涉我单位负面舆情。")
        )
        self.text.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("entry_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.save_button = QPushButton(self.tr("保存记录"))
        self.save_button.setObjectName("entry_save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.clicked.connect(self.submit)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self.submit)

        form = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(QLabel(self.tr("时间")))
        top.addWidget(self.when, 1)
        form.addRow(self.tr("类型"), top)
        form.addRow(self.tr("内容"), self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setTabOrder(self.kind, self.when)
        self.setTabOrder(self.when, self.text)
        self.setTabOrder(self.text, self.save_button)
        self.reset_time()

    def reset_time(self) -> None:
        """Show "now"; until the user edits the time, saving stamps the moment of saving."""
        self._time_touched = False
        self.when.setDateTime(QDateTime(self.office.clock()))

    def _mark_time_touched(self) -> None:
        self._time_touched = True

    def selected_kind(self) -> EntryKind:
        return EntryKind(self.kind.currentData())

    def submit(self) -> LogEntryRecord | None:
        occurred_at: datetime | None = None
        if self._time_touched:
            chosen = cast(datetime, self.when.dateTime().toPython())
            occurred_at = chosen.replace(second=0, microsecond=0)
        request = NewLogEntry(
            kind=self.selected_kind(), text=self.text.toPlainText(), occurred_at=occurred_at
        )
        try:
            record = self.office.log.add_entry(request)
        except DutyLogError as exc:
            self.show_error(exc.message)
            return None
        self.error.hide()
        self.text.clear()
        self.reset_time()
        self.saved.emit(record)
        return record

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.text.setFocus()
