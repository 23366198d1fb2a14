"""督办: the desk's list of open assignments, latest first, and what waits for the office.

The table holds what the units owe (working days overdue first, then due today and
tomorrow); the list beside it holds what the office owes: replies waiting for review
and matters whose follow-up date has come. Every step on an assignment (reply, review,
extension, 催办) and the supervision card are a button away.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.supervision.assignments import AssignmentRecord
from dutylog.domain.supervision.figures import ReminderKind, ReminderRow, SupervisionRow
from dutylog.office import Office
from dutylog.ui.i18n import label
from dutylog.ui.operations import in_window, run_for
from dutylog.ui.qt_dates import pydate, qdate
from dutylog.ui.supervision.models import SupervisionModel, table_view
from dutylog.ui.supervision.steps import StepActions
from dutylog.ui.widgets.empty_state import EmptyState

RECORD = Qt.ItemDataRole.UserRole
# What the office owes (the list beside the table); the rest are in the table.
OFFICE_OWES = (ReminderKind.REVIEW_WAITING, ReminderKind.FOLLOW_UP)


class SupervisionPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervision_page")
        self.office = office
        self.model = SupervisionModel(self)
        self.waiting: dict[int, AssignmentRecord] = {}

        title = QLabel(self.tr("督办"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.on = QDateEdit(qdate(office.clock().date()))
        self.on.setObjectName("supervision_on")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.summary = QLabel()
        self.summary.setObjectName("supervision_summary")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("截至")))
        top.addWidget(self.on)
        top.addWidget(self.summary, 1)

        self.table = table_view(self.model, "supervision_table")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        EmptyState(self.table, self.tr("没有待办理的交办件。在事项的“交办督办”页交办后，会列在这里。"))
        self.owed = QListWidget()
        self.owed.setObjectName("supervision_owed")
        self.owed.setWordWrap(True)
        owed_box = QWidget()
        owed_column = QVBoxLayout(owed_box)
        owed_column.setContentsMargins(0, 0, 0, 0)
        owed_column.addWidget(QLabel(self.tr("待审核回复、跟踪到期")))
        owed_column.addWidget(self.owed, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(owed_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        self.message = QLabel()
        self.message.setObjectName("supervision_message")
        self.message.setWordWrap(True)

        self.steps = StepActions(self, office, self.current, self.message, self._stepped)
        actions = self.steps.button_row("supervision")
        self.matter_button = QPushButton(self.tr("打开事项"))
        self.matter_button.setObjectName("supervision_matter")
        self.matter_button.clicked.connect(self.open_matter)
        actions.addWidget(self.matter_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

        self.on.dateChanged.connect(lambda _day: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chose_table())
        self.owed.currentItemChanged.connect(lambda *_: self._chose_owed())
        self.table.doubleClicked.connect(lambda _index: self.open_matter())
        self.refresh()

    # --- reading -------------------------------------------------------------------
    def day(self) -> date:
        return pydate(self.on.date())

    def refresh(self) -> None:
        day = self.day()

        def load(
            office: Office,
        ) -> tuple[list[SupervisionRow], list[ReminderRow], dict[int, AssignmentRecord]]:
            rows = office.supervision.supervision_list(day)
            reminders = office.supervision.reminders(day)
            waiting: dict[int, AssignmentRecord] = {}
            for matter_id in {r.matter_id for r in reminders if r.kind is ReminderKind.REVIEW_WAITING}:
                waiting.update((item.id, item) for item in office.assignments.for_matter(matter_id))
            return rows, reminders, waiting

        run_for(
            self,
            self.office,
            load,
            on_done=self._loaded,
            on_error=self._failed,
            what=self.tr("读取督办"),
            progress=False,
        )

    def _loaded(
        self, loaded: tuple[list[SupervisionRow], list[ReminderRow], dict[int, AssignmentRecord]]
    ) -> None:
        rows, reminders, self.waiting = loaded
        chosen = self.current()
        self.model.set_rows(rows)
        if chosen is not None:
            for row, item in enumerate(rows):
                if item.assignment.id == chosen.id:
                    self.table.selectRow(row)
        self.owed.clear()
        for reminder in reminders:
            if reminder.kind not in OFFICE_OWES:
                continue
            entry = QListWidgetItem(reminder.text)
            entry.setData(RECORD, reminder)
            self.owed.addItem(entry)
        counts = {kind: sum(1 for r in reminders if r.kind is kind) for kind in ReminderKind}
        self.summary.setText(
            "　".join(f"{label(kind)} {counts[kind]}" for kind in ReminderKind if counts[kind])
            or self.tr("今日没有到期、超期或待审核的交办件。")
        )
        self._enable()

    def current(self) -> AssignmentRecord | None:
        """The assignment chosen in the table, else the one behind the chosen review."""
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0]) if rows else None
        if row is not None:
            return row.assignment
        entry = self.owed.currentItem()
        reminder = entry.data(RECORD) if entry is not None else None
        if isinstance(reminder, ReminderRow) and reminder.assignment_id is not None:
            return self.waiting.get(reminder.assignment_id)
        return None

    def _chose_table(self) -> None:
        if self.table.selectionModel().hasSelection():
            self.owed.blockSignals(True)
            self.owed.setCurrentRow(-1)
            self.owed.blockSignals(False)
        self._enable()

    def _chose_owed(self) -> None:
        if self.owed.currentItem() is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.clearSelection()
            self.table.selectionModel().blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        self.steps.enable()
        self.matter_button.setEnabled(self.current() is not None or self.owed.currentItem() is not None)

    # --- steps -----------------------------------------------------------------------
    def _stepped(self) -> None:
        if not in_window(self):  # in the window, the change signal refreshes this page
            self.refresh()

    def open_matter(self) -> QDialog | None:
        from dutylog.ui.matters.matter_dialog import MatterDialog

        chosen = self.current()
        entry = self.owed.currentItem()
        reminder = entry.data(RECORD) if entry is not None else None
        matter_id = chosen.matter_id if chosen is not None else getattr(reminder, "matter_id", None)
        if matter_id is None:
            return None
        dialog = MatterDialog(self.office, matter_id, self)
        if not in_window(self):
            dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
        return dialog

    def _failed(self, error: DutyLogError) -> None:
        self.steps.failed(error)
