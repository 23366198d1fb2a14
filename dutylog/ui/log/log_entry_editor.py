"""The editor for one log entry, used on the Today and the Log pages.

Kind, time (defaults to now), the kind's own fields and the text. It saves a draft
every few seconds so that typing survives a crash, and keeps what was typed when
the service refuses it, showing the reason.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import DutyLogError
from dutylog.domain.log.kinds import PATROL_RESULTS
from dutylog.domain.log.records import LogEntryRecord, NewLogEntry
from dutylog.domain.text import collect_notices
from dutylog.office import Office
from dutylog.ui.i18n import label
from dutylog.ui.operations import Running, operations_of
from dutylog.ui.qt_dates import qdatetime
from dutylog.ui.theme import error_style
from dutylog.ui.widgets.keys import multi_line, save_on_ctrl_enter

AUTOSAVE_MS = 3000
EDITOR_KEY = "log-entry"
MATTER_KINDS = (EntryKind.MATTER_FOUND, EntryKind.INSTRUCTION, EntryKind.CALL)


class LogEntryEditor(QWidget):
    saved = Signal(object)  # LogEntryRecord

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        # The logged-in person's drafts on this database: nobody else is offered them.
        self.drafts = office.drafts
        self._running: Running[tuple[LogEntryRecord, list[str]]] | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("entry_kind")
        for kind in EntryKind:
            self.kind.addItem(label(kind), kind.value)
        self.when = QDateTimeEdit()
        self.when.setObjectName("entry_time")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.editingFinished.connect(self._mark_time_touched)
        self.sources = QLineEdit()
        self.sources.setObjectName("entry_sources")
        self.sources.setPlaceholderText(self.tr("微博、微信公众号、抖音、本地论坛"))
        # The platforms listed in Settings complete as one types.
        self.sources.setCompleter(QCompleter(office.settings.choices("sources"), self.sources))
        self.result = QComboBox()
        result_labels = {"none": self.tr("未发现"), "found": self.tr("有发现")}
        for code in PATROL_RESULTS:
            self.result.addItem(result_labels[code], code)
        self.matter_number = QLineEdit()
        self.matter_number.setPlaceholderText("YQ-2026-0001")
        self.person = QLineEdit()
        self.open_matters = QLineEdit()
        self.text = multi_line(QPlainTextEdit())
        self.text.setObjectName("entry_text")
        self.text.setPlaceholderText(self.tr("例如：早间巡查，未发现涉我单位负面舆情。"))
        self.error = QLabel()
        self.error.setObjectName("entry_error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("保存记录"))
        self.save_button.setObjectName("entry_save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Ctrl+Enter")
        self.save_button.clicked.connect(self.submit)
        save_on_ctrl_enter(self, self.submit)

        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(QLabel(self.tr("时间")))
        top.addWidget(self.when, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.status)
        bottom.addWidget(self.save_button)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("类型"), top)
        self.form.addRow(self.tr("巡查平台"), self.sources)
        self.form.addRow(self.tr("巡查结果"), self.result)
        self.form.addRow(self.tr("事项编号"), self.matter_number)
        self.form.addRow(self.tr("来电单位/指示领导"), self.person)
        self.form.addRow(self.tr("移交未办结事项"), self.open_matters)
        self.form.addRow(self.tr("内容"), self.text)
        self.form.addRow(bottom)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.autosave.start()
        self.reset_time()
        self._restore()
        self._show_fields()

    # -- fields --------------------------------------------------------------
    def current_kind(self) -> EntryKind:
        return EntryKind(self.kind.currentData())

    def _show_fields(self) -> None:
        kind = self.current_kind()
        visible = {
            self.sources: kind is EntryKind.PATROL,
            self.result: kind is EntryKind.PATROL,
            self.matter_number: kind in MATTER_KINDS,
            self.person: kind in (EntryKind.CALL, EntryKind.INSTRUCTION),
            self.open_matters: kind is EntryKind.HANDOVER,
        }
        for widget, show in visible.items():
            self.form.setRowVisible(widget, show)

    def reset_time(self) -> None:
        """Show "now"; until the user edits the time, saving stamps the moment of saving."""
        self._time_touched = False
        self.when.setDateTime(qdatetime(self.office.clock()))

    def _mark_time_touched(self) -> None:
        self._time_touched = True

    def fields(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "sources": self.sources.text(),
            "result": self.result.currentData(),
            "matter_number": self.matter_number.text(),
            "person": self.person.text(),
            "open_matters": self.open_matters.text(),
            "text": self.text.toPlainText(),
        }

    # -- drafts --------------------------------------------------------------
    def save_draft(self) -> None:
        values = self.fields()
        if any(values[k] for k in ("sources", "matter_number", "person", "open_matters", "text")):
            self.drafts.save(EDITOR_KEY, values)

    def _restore(self) -> None:
        draft = self.drafts.load(EDITOR_KEY)
        if draft is None:
            return
        f = draft.fields
        self.kind.setCurrentIndex(max(0, self.kind.findData(f.get("kind"))))
        self.sources.setText(str(f.get("sources", "")))
        self.result.setCurrentIndex(max(0, self.result.findData(f.get("result"))))
        self.matter_number.setText(str(f.get("matter_number", "")))
        self.person.setText(str(f.get("person", "")))
        self.open_matters.setText(str(f.get("open_matters", "")))
        self.text.setPlainText(str(f.get("text", "")))
        self.status.setText(self.tr("已恢复 %1 自动保存的草稿。").replace("%1", f"{draft.saved_at:%H:%M:%S}"))

    # -- saving --------------------------------------------------------------
    def entry(self) -> NewLogEntry:
        kind = self.current_kind()
        matter_id = None
        number = self.matter_number.text().strip()
        if number and kind in MATTER_KINDS:
            matter_id = self.office.matters.by_number(number).id
        person_key = "caller" if kind is EntryKind.CALL else "leader"
        details = {
            "sources": self.sources.text(),
            "result": self.result.currentData(),
            person_key: self.person.text(),
            "open_matters": self.open_matters.text(),
        }
        occurred_at: datetime | None = None
        if self._time_touched:
            chosen = cast(datetime, self.when.dateTime().toPython())
            occurred_at = chosen.replace(second=0, microsecond=0)
        return NewLogEntry(
            kind=kind,
            text=self.text.toPlainText(),
            matter_id=matter_id,
            details=details,
            occurred_at=occurred_at,
            complete=True,
        )

    def submit(self) -> LogEntryRecord | None:
        """Save the entry; on a refusal keep everything typed and show why.

        In a window the write runs through the operations layer (its change signal
        refreshes the pages) and this returns None; ``saved`` tells when it is done.
        Outside one it runs inline and returns the record.
        """
        try:
            entry = self.entry()  # read the form here, on the GUI thread
        except DutyLogError as exc:
            self._refused(exc)
            return None
        operations = operations_of(self)
        if operations is None:
            try:
                saved = _add(self.office, entry)
            except DutyLogError as exc:
                self._refused(exc)
                return None
            self._saved(saved)
            return saved[0]
        if self._running is not None and not (self._running.finished or self._running.cancelled):
            return None  # Ctrl+Enter again while the first save is still working
        self._running = operations.run(
            lambda office: _add(office, entry),
            on_done=self._saved,
            on_error=self._refused,
            what=self.tr("保存日志"),
            parent=self,
            areas=frozenset({"log"}),
        )
        return None

    def _refused(self, error: DutyLogError) -> None:
        self.error.setText(error.message)
        self.error.show()
        self.text.setFocus()

    def _saved(self, saved: tuple[LogEntryRecord, list[str]]) -> None:
        record, notices = saved
        self.error.clear()
        # What was saved differs from what was typed (zero-width characters removed): say so.
        self.status.setText(" ".join(notices))
        for edit in (self.sources, self.matter_number, self.person, self.open_matters):
            edit.clear()
        self.text.clear()
        self.drafts.discard(EDITOR_KEY)
        self.reset_time()
        self.saved.emit(record)


def _add(office: Office, entry: NewLogEntry) -> tuple[LogEntryRecord, list[str]]:
    # The notices are collected on the thread that writes (a worker, in a window).
    with collect_notices() as notices:
        record = office.log.add_entry(entry)
    return record, list(notices)
