"""值班日志: entries by day and shift, a kind-specific editor with autosave, close shift, amend."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import Shift
from dutylog.domain.log.patrols import PatrolSlot, PatrolStatus
from dutylog.domain.log.records import LogEntryRecord
from dutylog.office import Office
from dutylog.ui.accounts.rights import offer
from dutylog.ui.i18n import label
from dutylog.ui.log.log_entries_model import TEXT, LogEntriesModel
from dutylog.ui.log.log_entry_editor import LogEntryEditor
from dutylog.ui.log.patrol_panel import patrol_line
from dutylog.ui.operations import in_window, operations_of, run_for
from dutylog.ui.qt_dates import qdate
from dutylog.ui.theme import error_colour
from dutylog.ui.widgets.empty_state import EmptyState
from dutylog.ui.widgets.fit import SIZE_FROM_ROWS
from dutylog.ui.widgets.selection import remember_selection

LOG_AREAS = frozenset({"log"})


class LogPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        day, shift = office.shift_times().locate(office.clock())
        self.day = QDateEdit(qdate(day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.shift = QComboBox()
        self.shift.addItem(self.tr("全部班次"), None)
        for item in Shift:
            self.shift.addItem(label(item), item.value)
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
        # The day's scheduled patrols in one line, so a missed one shows beside the entries.
        self.patrols = QLabel()
        self.patrols.setObjectName("log_patrols")
        self.patrols.setWordWrap(True)
        self.model = LogEntriesModel(self)
        self.table = QTableView()
        self.table.setObjectName("log_entries")
        self.table.setModel(self.model)
        self.empty = EmptyState(
            self.table,
            self.tr("这一天（班次）还没有记录。在下方填写内容后点“保存记录”，或用 Alt+←/→ 换一天。"),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Column widths from the rows in view, not from every row of a busy day on each change.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.editor = LogEntryEditor(office)
        self.editor.saved.connect(self._on_saved)
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
        layout.addWidget(self.patrols)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.editor, 2)
        self._loading = 0
        self.refresh()

    def _selection(self) -> tuple[Any, Shift | None]:
        day = self.day.date().toPython()
        code = self.shift.currentData()
        return day, Shift(code) if code else None

    def _on_saved(self, _record: object) -> None:
        if operations_of(self) is None:  # in a window, the change signal has refreshed this page
            self.refresh()

    def refresh(self) -> None:
        """Read the chosen day and shift on a worker; a newer choice supersedes an older read."""
        day, shift = self._selection()

        def read(office: Office) -> tuple[list[LogEntryRecord], bool, list[PatrolSlot]]:
            closed = shift is not None and office.log.is_closed(day, shift)
            return office.log.entries_for(day, shift), closed, office.patrols.day(day)

        self._loading += 1
        generation = self._loading

        def show(found: tuple[list[LogEntryRecord], bool, list[PatrolSlot]]) -> None:
            if generation == self._loading:
                self._show(*found)

        operations = operations_of(self)
        if operations is None:  # a page on its own (tests, previews): read here
            show(read(self.office))
            return
        operations.run(read, on_done=show, parent=self, what=self.tr("读取值班日志"), progress=False)

    def _show(self, entries: list[LogEntryRecord], closed: bool, patrols: list[PatrolSlot]) -> None:
        shift = self._selection()[1]
        self._show_patrols(patrols)
        # The rows arrive after the window's own keep-selection has run: keep it here.
        restore = remember_selection(self.table)
        self.model.set_entries(entries)
        restore()
        self.closed_label.setText(self.tr("本班已关闭（只读，可补正）") if closed else "")
        self.close_button.setEnabled(shift is not None and not closed)
        # Confirming a handover and amending are acts of the officer on duty now.
        offer(self.confirm_button, self.office, Permission.LOG_WRITE, self.tr("接班人确认所选交接班记录"))
        offer(self.amend_button, self.office, Permission.LOG_WRITE)

    def _show_patrols(self, patrols: list[PatrolSlot]) -> None:
        words = "；".join(patrol_line(slot) for slot in patrols)
        self.patrols.setText(self.tr("巡查：{0}").format(words) if patrols else "")
        missed = any(slot.status is PatrolStatus.MISSED for slot in patrols)
        self.patrols.setStyleSheet(f"color: {error_colour().name()};" if missed else "")
        self.patrols.setVisible(bool(patrols))

    def submit(self) -> None:
        self.editor.submit()

    def _write(self, work: Callable[[Office], object], what: str) -> None:
        """A log write through the operations layer; a refusal shows beside the shift."""
        run_for(
            self,
            self.office,
            work,
            # In a window the change signal refreshes this page; on its own it refreshes here.
            on_done=lambda _result: None if in_window(self) else self.refresh(),
            on_error=lambda error: self.closed_label.setText(error.message),
            what=what,
            areas=LOG_AREAS,
        )

    def close_shift(self) -> None:
        day, shift = self._selection()
        if shift is None:
            return
        self._write(lambda office: office.log.close_shift(day, shift), self.tr("交班并关闭本班"))

    def amend_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.model.entry(rows[0].row())
        text, ok = QInputDialog.getMultiLineText(self, self.tr("补正"), self.tr("更正说明（原记录保留）："))
        if ok and text.strip():
            self._write(lambda office: office.log.amend(entry.id, text), self.tr("补正"))

    def confirm_selected(self) -> None:
        """The logged-in incoming officer confirms the selected handover entry (接班确认)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.model.entry(rows[0].row())
        self._write(lambda office: office.log.confirm_handover(entry.id), self.tr("接班确认"))
