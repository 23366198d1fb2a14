"""交办督办 on the matter dialog: the matter's assignments with their replies, extensions
and 催办, the steps the desk takes on them, and the research meetings (研判).

``changed`` tells the dialog that the matter moved (a step puts a line on its timeline
and the last lead assignment done closes it), so it reloads before the next save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.supervision.assignments import AssignmentRecord, MeetingRecord
from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.i18n import label
from dutylog.ui.operations import run_for
from dutylog.ui.supervision.assign_dialog import AssignDialog, MeetingDialog
from dutylog.ui.supervision.steps import StepActions

RECORD = Qt.ItemDataRole.UserRole


def _stamp(value: object) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


class AssignmentsTab(QWidget):
    changed = Signal()

    def __init__(self, office: Office, matter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.matter_id = matter_id
        self.matter_number = ""
        self.tree = QTreeWidget()
        self.tree.setObjectName("assignments_tree")
        self.tree.setHeaderLabels(
            [
                self.tr("单位"),
                self.tr("主/协办"),
                self.tr("状态"),
                self.tr("交办时间"),
                self.tr("完成时限"),
                self.tr("说明"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.meetings = QListWidget()
        self.meetings.setObjectName("assignments_meetings")
        self.meetings.setMaximumHeight(110)
        self.message = QLabel()
        self.message.setObjectName("assignments_message")
        self.message.setWordWrap(True)

        self.steps = StepActions(self, office, self.current, self.message, self._stepped)
        row = self.steps.button_row("assignments")
        assign = QPushButton(self.tr("交办…"))
        assign.setObjectName("assignments_assign")
        assign.clicked.connect(self.assign)
        row.insertWidget(0, assign)
        row.addStretch(1)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(QLabel(self.tr("研判记录")))
        meeting_row.addStretch(1)
        self.meeting_button = QPushButton(self.tr("记录研判…"))
        self.meeting_button.setObjectName("assignments_meeting")
        self.meeting_button.clicked.connect(self.add_meeting)
        meeting_row.addWidget(self.meeting_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addLayout(meeting_row)
        layout.addWidget(self.meetings)
        layout.addWidget(self.message)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.refresh()

    # --- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        matter_id = self.matter_id
        run_for(
            self,
            self.office,
            lambda o: (o.assignments.for_matter(matter_id), o.assignments.meetings(matter_id)),
            on_done=self._loaded,
            on_error=self._failed,
            what=self.tr("读取交办记录"),
            progress=False,
        )

    def _loaded(self, loaded: tuple[list[AssignmentRecord], list[MeetingRecord]]) -> None:
        assignments, meetings = loaded
        chosen = self.current()
        self.tree.clear()
        for item in assignments:
            self.matter_number = item.matter_number
            top = QTreeWidgetItem(
                [
                    item.unit_name,
                    self.tr("主办") if item.lead else self.tr("协办"),
                    label(item.status),
                    _stamp(item.assigned_at),
                    f"{item.due_on:%Y-%m-%d}"
                    + (self.tr("（%n 个工作日）", "", item.workdays) if item.workdays else ""),
                    item.instruction,
                ]
            )
            top.setData(0, RECORD, item)
            for reply in item.replies:
                review = {"": self.tr("待审核"), "accepted": self.tr("已采纳"), "returned": self.tr("已退回")}
                note = review.get(reply.review, reply.review)
                if reply.review_reason:
                    note += f"：{reply.review_reason}"
                top.addChild(QTreeWidgetItem([self.tr("回复"), "", note, _stamp(reply.at), "", reply.text]))
            for extension in item.extensions:
                decision = {"": self.tr("待审批"), "granted": self.tr("已同意"), "refused": self.tr("不同意")}
                top.addChild(
                    QTreeWidgetItem(
                        [
                            self.tr("延期"),
                            "",
                            decision.get(extension.decision, extension.decision),
                            _stamp(extension.requested_at),
                            f"{extension.to_date:%Y-%m-%d}",
                            extension.reason,
                        ]
                    )
                )
            for urge in item.urges:
                top.addChild(
                    QTreeWidgetItem(
                        [
                            self.tr("催办"),
                            "",
                            label(urge.how),
                            _stamp(urge.at),
                            "",
                            i18n.spaced(urge.note, urge.recorded_by_name),
                        ]
                    )
                )
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            if chosen is not None and chosen.id == item.id:
                self.tree.setCurrentItem(top)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        self.meetings.clear()
        for meeting in meetings:
            parts = [
                _stamp(meeting.at),
                meeting.participants,
                meeting.units,
                meeting.conclusion,
                meeting.measures,
            ]
            self.meetings.addItem(i18n.spaced(*(part for part in parts if part)))
        self._enable()

    def current(self) -> AssignmentRecord | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        record = item.data(0, RECORD) if item is not None else None
        return record if isinstance(record, AssignmentRecord) else None

    def _enable(self) -> None:
        self.steps.enable()

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.accepted.connect(self.steps.stepped)
        dialog.open()
        return dialog

    def _stepped(self) -> None:
        self.refresh()
        self.changed.emit()

    def assign(self) -> QDialog:
        return self._open(AssignDialog(self.office, self.matter_id, self))

    def add_meeting(self) -> QDialog:
        return self._open(MeetingDialog(self.office, self.matter_id, self))

    def _failed(self, error: DutyLogError) -> None:
        self.steps.failed(error)
