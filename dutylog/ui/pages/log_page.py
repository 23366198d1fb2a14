"""值班日志: entries by day and shift, a kind-specific editor with autosave, close shift, amend."""

from __future__ import annotations

import getpass
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.enums import EntryKind, Shift
from dutylog.domain.errors import DutyLogError
from dutylog.domain.log_kinds import PATROL_RESULTS
from dutylog.domain.records import NewLogEntry
from dutylog.services.drafts import DraftStore
from dutylog.services.office import Office
from dutylog.ui.dialogs.matter_dialog import OptionalDateTime
from dutylog.ui.models.log_entries_model import TEXT, LogEntriesModel

AUTOSAVE_MS = 3000
EDITOR_KEY = "log-entry"


class LogEntryEditor(QWidget):
    """Kind, kind fields and text; saves a draft every few seconds while typing."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.drafts = DraftStore.beside(office.db.file)
        self.user = getpass.getuser()
        self.kind = QComboBox()
        self.kind.setObjectName("log_kind")
        for kind in EntryKind:
            self.kind.addItem(kind.zh, kind.value)
        self.sources = QLineEdit()
        self.sources.setPlaceholderText(self.tr("微博、微信公众号、抖音、本地论坛"))
        self.result = QComboBox()
        for code, label in PATROL_RESULTS.items():
            self.result.addItem(label, code)
        self.matter_number = QLineEdit()
        self.matter_number.setPlaceholderText("YQ-2026-0001")
        self.person = QLineEdit()
        self.open_matters = QLineEdit()
        # Unchecked: the entry is stamped when saved; checked: a late entry for an earlier time.
        self.when = OptionalDateTime()
        self.when.known.setText(self.tr("补记"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("log_text")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.status = QLabel()
        self.form = QFormLayout(self)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(QLabel(self.tr("时间")))
        kind_row.addWidget(self.when, 1)
        self.form.addRow(self.tr("类型"), kind_row)
        self.form.addRow(self.tr("巡查平台"), self.sources)
        self.form.addRow(self.tr("巡查结果"), self.result)
        self.form.addRow(self.tr("事项编号"), self.matter_number)
        self.form.addRow(self.tr("来电单位/指示领导"), self.person)
        self.form.addRow(self.tr("移交未办结事项"), self.open_matters)
        self.form.addRow(self.tr("内容"), self.text)
        self.form.addRow(self.error)
        self.form.addRow(self.status)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.autosave.start()
        self.when.set_value(None, office.clock())
        self._restore()
        self._show_fields()

    def current_kind(self) -> EntryKind:
        return EntryKind(self.kind.currentData())

    def _show_fields(self) -> None:
        kind = self.current_kind()
        visible = {
            self.sources: kind is EntryKind.PATROL,
            self.result: kind is EntryKind.PATROL,
            self.matter_number: kind in (EntryKind.MATTER_FOUND, EntryKind.INSTRUCTION, EntryKind.CALL),
            self.person: kind in (EntryKind.CALL, EntryKind.INSTRUCTION),
            self.open_matters: kind is EntryKind.HANDOVER,
        }
        for widget, show in visible.items():
            self.form.setRowVisible(widget, show)

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

    def save_draft(self) -> None:
        values = self.fields()
        if any(values[k] for k in ("sources", "matter_number", "person", "open_matters", "text")):
            self.drafts.save(self.user, EDITOR_KEY, values)

    def _restore(self) -> None:
        draft = self.drafts.load(self.user, EDITOR_KEY)
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

    def entry(self) -> NewLogEntry:
        kind = self.current_kind()
        matter_id = None
        number = self.matter_number.text().strip()
        if number and kind in (EntryKind.MATTER_FOUND, EntryKind.INSTRUCTION, EntryKind.CALL):
            matter_id = self.office.matters.by_number(number).id
        person_key = "caller" if kind is EntryKind.CALL else "leader"
        details = {
            "sources": self.sources.text(),
            "result": self.result.currentData(),
            person_key: self.person.text(),
            "open_matters": self.open_matters.text(),
        }
        return NewLogEntry(
            kind=kind,
            text=self.text.toPlainText(),
            occurred_at=self.when.value(),
            matter_id=matter_id,
            details=details,
            complete=True,
        )

    def submit(self) -> bool:
        try:
            self.office.log.add_entry(self.entry())
        except DutyLogError as exc:
            self.error.setText(exc.message)
            return False
        self.error.clear()
        self.status.clear()
        for edit in (self.sources, self.matter_number, self.person, self.open_matters):
            edit.clear()
        self.text.clear()
        self.when.set_value(None, self.office.clock())
        self.drafts.discard(self.user, EDITOR_KEY)
        return True


class LogPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        day, shift = office.shift_times().locate(office.clock())
        self.day = QDateEdit(QDate(day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.shift = QComboBox()
        self.shift.addItem(self.tr("全部班次"), None)
        for item in Shift:
            self.shift.addItem(item.zh, item.value)
        self.shift.setCurrentIndex(self.shift.findData(shift.value))
        self.closed_label = QLabel()
        self.close_button = QPushButton(self.tr("交班并关闭本班"))
        self.close_button.setObjectName("log_close_shift")
        self.close_button.clicked.connect(self.close_shift)
        self.amend_button = QPushButton(self.tr("补正所选记录…"))
        self.amend_button.clicked.connect(self.amend_selected)
        self.confirm_button = QPushButton(self.tr("接班确认…"))
        self.confirm_button.setObjectName("log_confirm_handover")
        self.confirm_button.setToolTip(self.tr("接班人确认所选交接班记录"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.model = LogEntriesModel(self)
        self.table = QTableView()
        self.table.setObjectName("log_entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.editor = LogEntryEditor(office)
        save = QPushButton(self.tr("保存记录"))
        save.setObjectName("log_save")
        save.clicked.connect(self.submit)
        self.day.dateChanged.connect(self.refresh)
        self.shift.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("值班日期")), self.day, self.shift, self.closed_label):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.confirm_button)
        top.addWidget(self.amend_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.editor, 2)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(save)
        layout.addLayout(bottom)
        self.refresh()

    def _selection(self) -> tuple[Any, Shift | None]:
        day = self.day.date().toPython()
        code = self.shift.currentData()
        return day, Shift(code) if code else None

    def refresh(self) -> None:
        day, shift = self._selection()
        self.model.set_entries(self.office.log.entries_for(day, shift))
        closed = shift is not None and self.office.log.is_closed(day, shift)
        self.closed_label.setText(self.tr("本班已关闭（只读，可补正）") if closed else "")
        self.close_button.setEnabled(shift is not None and not closed)

    def submit(self) -> None:
        if self.editor.submit():
            self.refresh()

    def close_shift(self) -> None:
        day, shift = self._selection()
        if shift is None:
            return
        try:
            self.office.log.close_shift(day, shift)
        except DutyLogError as exc:
            self.closed_label.setText(exc.message)
        self.refresh()

    def amend_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.model.entry(rows[0].row())
        text, ok = QInputDialog.getMultiLineText(self, self.tr("补正"), self.tr("更正说明（原记录保留）："))
        if ok and text.strip():
            try:
                self.office.log.amend(entry.id, text)
            except DutyLogError as exc:
                self.closed_label.setText(exc.message)
            self.refresh()

    def confirm_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.model.entry(rows[0].row())
        people = [p for p in self.office.staff.all(active_only=True) if p.id != entry.author_id]
        names = [p.name for p in people]
        if not names:
            return
        name, ok = QInputDialog.getItem(self, self.tr("接班确认"), self.tr("接班人："), names, 0, False)
        if not ok:
            return
        person = people[names.index(name)]
        try:
            self.office.log.confirm_handover(entry.id, confirmed_by=person.id)
        except DutyLogError as exc:
            self.closed_label.setText(exc.message)
        self.refresh()
