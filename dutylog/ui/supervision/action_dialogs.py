"""The supervision desk's steps on one assignment: a reply, its review, an extension, a 催办.

Each step may be recorded later than it happened (the paper came by fax in the
morning): "补录时间" gives the moment; left unchecked, the step happens now. The services
check who may record a past time, as the command line does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.supervision.assignments import AssignmentRecord, AssignmentStatus, ReplyRecord, UrgeHow
from dutylog.office import Office
from dutylog.ui.i18n import label
from dutylog.ui.qt_dates import qdate
from dutylog.ui.supervision import areas
from dutylog.ui.supervision.write_dialog import WriteDialog
from dutylog.ui.widgets.keys import multi_line
from dutylog.ui.widgets.optional_datetime import OptionalDateTime


def waiting_reply(assignment: AssignmentRecord) -> ReplyRecord | None:
    """The latest reply the office has not reviewed yet."""
    pending = [reply for reply in assignment.replies if reply.review == ""]
    return pending[-1] if pending else None


class StepDialog(WriteDialog):
    """A step on ``assignment``: its heading and the optional time of a late record."""

    def __init__(
        self, office: Office, assignment: AssignmentRecord, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(office, f"{title} — {assignment.matter_number} {assignment.unit_name}", parent)
        self.assignment = assignment
        heading = QLabel(
            self.tr("{number} {title}　{unit}（{role}），时限 {due}，{status}").format(
                number=assignment.matter_number,
                title=assignment.matter_title,
                unit=assignment.unit_name,
                role=self.tr("主办") if assignment.lead else self.tr("协办"),
                due=f"{assignment.due_on:%Y-%m-%d}",
                status=label(assignment.status),
            )
        )
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.at = OptionalDateTime()
        self.at.setObjectName("step_at")
        self.at.setToolTip(self.tr("补录过去发生的步骤时勾选并填写时间；不勾选即为现在"))

    def add_time_row(self) -> None:
        self.at.set_value(None, self.office.clock())
        self.form.addRow(self.tr("补录时间"), self.at)


class ReplyDialog(StepDialog):
    """A unit's reply as the duty officer records it."""

    def __init__(self, office: Office, assignment: AssignmentRecord, parent: QWidget | None = None) -> None:
        super().__init__(office, assignment, self.tr("记录回复"), parent)
        self.text = multi_line(QPlainTextEdit())
        self.text.setObjectName("reply_text")
        self.finished_box = QCheckBox(self.tr("已办结，直接采纳（不再审核）"))
        self.finished_box.setObjectName("reply_done")
        self.answered = QCheckBox(self.tr("已答复网民"))
        self.where = QLineEdit()
        self.where.setPlaceholderText(self.tr("答复位置，如：留言板原帖下"))
        self.answered.toggled.connect(self.where.setEnabled)
        self.where.setEnabled(False)
        answered = QHBoxLayout()
        answered.addWidget(self.answered)
        answered.addWidget(self.where, 1)
        self.files: list[Path] = []
        self.files_label = QLabel(self.tr("无附件"))
        add_file = QPushButton(self.tr("添加附件…"))
        add_file.clicked.connect(self._choose_file)
        files = QHBoxLayout()
        files.addWidget(self.files_label, 1)
        files.addWidget(add_file)
        self.form.addRow(self.tr("回复内容"), self.text)
        self.form.addRow("", self.finished_box)
        self.form.addRow(self.tr("答复网民"), answered)
        self.form.addRow(self.tr("附件"), files)
        self.add_time_row()

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("选择回复附件"))
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        self.files.append(path)
        self.files_label.setText("、".join(file.name for file in self.files))

    def save(self) -> None:
        assignment_id, text, done = self.assignment.id, self.text.toPlainText(), self.finished_box.isChecked()
        answered, where, files, at = (
            self.answered.isChecked(),
            self.where.text(),
            list(self.files),
            self.at.value(),
        )
        self.write(
            lambda office: office.assignments.reply(
                assignment_id,
                text,
                done=done,
                netizen_answered=answered,
                answered_where=where if answered else "",
                attachments=files,
                at=at,
            ),
            self.tr("记录回复"),
            areas.MATTERS,
        )


class ReviewDialog(StepDialog):
    """The office's review of a waiting reply: accept it, or return it with a reason."""

    def __init__(self, office: Office, assignment: AssignmentRecord, parent: QWidget | None = None) -> None:
        super().__init__(office, assignment, self.tr("审核回复"), parent)
        self.reply = waiting_reply(assignment)
        shown = QLabel(self.reply.text if self.reply is not None else self.tr("没有待审核的回复。"))
        shown.setObjectName("review_reply")
        shown.setWordWrap(True)
        self.accept_choice = QRadioButton(self.tr("采纳，办结"))
        self.accept_choice.setObjectName("review_accept")
        self.return_choice = QRadioButton(self.tr("退回重办"))
        self.return_choice.setObjectName("review_return")
        self.accept_choice.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("review_reason")
        self.reason.setPlaceholderText(self.tr("退回理由（退回时必填）"))
        choices = QHBoxLayout()
        choices.addWidget(self.accept_choice)
        choices.addWidget(self.return_choice)
        choices.addStretch(1)
        self.form.addRow(self.tr("回复内容"), shown)
        self.form.addRow(self.tr("审核意见"), choices)
        self.form.addRow(self.tr("退回理由"), self.reason)
        self.add_time_row()

    def save(self) -> None:
        if self.reply is None:
            self._failed(DutyLogError(self.tr("没有待审核的回复。")))
            return
        reply_id, accept, reason, at = (
            self.reply.id,
            self.accept_choice.isChecked(),
            self.reason.text(),
            self.at.value(),
        )
        self.write(
            lambda office: office.assignments.review(reply_id, accept=accept, reason=reason, at=at),
            self.tr("审核回复"),
            areas.MATTERS,
        )


class ExtendDialog(StepDialog):
    """A unit's request for more time, granted at once or left for a decision."""

    def __init__(self, office: Office, assignment: AssignmentRecord, parent: QWidget | None = None) -> None:
        super().__init__(office, assignment, self.tr("延期"), parent)
        self.to_date = QDateEdit(qdate(assignment.due_on).addDays(5))
        self.to_date.setObjectName("extend_to")
        self.to_date.setCalendarPopup(True)
        self.to_date.setDisplayFormat("yyyy-MM-dd")
        self.reason = QLineEdit()
        self.reason.setObjectName("extend_reason")
        self.grant = QCheckBox(self.tr("同意延期（不勾选则记为待审批的申请）"))
        self.grant.setObjectName("extend_grant")
        self.grant.setChecked(True)
        self.form.addRow(self.tr("延期至"), self.to_date)
        self.form.addRow(self.tr("延期理由"), self.reason)
        self.form.addRow("", self.grant)
        self.add_time_row()

    def save(self) -> None:
        to_date: date = self.to_date.date().toPython()  # type: ignore[assignment]
        assignment_id, reason, grant, at = (
            self.assignment.id,
            self.reason.text(),
            self.grant.isChecked(),
            self.at.value(),
        )
        self.write(
            lambda office: office.assignments.request_extension(
                assignment_id, to_date, reason, grant=grant, at=at
            ),
            self.tr("延期"),
            areas.MATTERS,
        )


class DecideExtensionDialog(StepDialog):
    """The office's decision on a unit's waiting request for more time: grant or refuse."""

    def __init__(self, office: Office, assignment: AssignmentRecord, parent: QWidget | None = None) -> None:
        super().__init__(office, assignment, self.tr("审批延期"), parent)
        waiting = [e for e in assignment.extensions if not e.decision]
        self.request = waiting[-1] if waiting else None
        if self.request is not None:
            self.form.addRow(
                self.tr("申请"),
                QLabel(
                    self.tr("{at} 申请由 {old} 延至 {to}：{reason}").format(
                        at=f"{self.request.requested_at:%Y-%m-%d %H:%M}",
                        old=f"{self.request.old_due_on:%Y-%m-%d}",
                        to=f"{self.request.to_date:%Y-%m-%d}",
                        reason=self.request.reason,
                    )
                ),
            )
        self.grant = QComboBox()
        self.grant.setObjectName("extension_decision")
        self.grant.addItem(self.tr("同意延期"), True)
        self.grant.addItem(self.tr("不同意，仍按原时限"), False)
        self.form.addRow(self.tr("审批"), self.grant)
        self.add_time_row()

    def save(self) -> None:
        assignment_id, grant, at = self.assignment.id, bool(self.grant.currentData()), self.at.value()
        self.write(
            lambda office: office.assignments.decide_extension(assignment_id, grant=grant, at=at),
            self.tr("审批延期"),
            areas.MATTERS,
        )


def extension_dialog(office: Office, assignment: AssignmentRecord, parent: QWidget | None) -> StepDialog:
    """A waiting request is decided; otherwise the office records (or grants) a new one."""
    if assignment.status is AssignmentStatus.EXTENSION_REQUESTED:
        return DecideExtensionDialog(office, assignment, parent)
    return ExtendDialog(office, assignment, parent)


class UrgeDialog(StepDialog):
    """A 催办: by phone or by sending a supervision card, with a note of what was said."""

    def __init__(self, office: Office, assignment: AssignmentRecord, parent: QWidget | None = None) -> None:
        super().__init__(office, assignment, self.tr("催办"), parent)
        self.how = QComboBox()
        self.how.setObjectName("urge_how")
        for how in UrgeHow:
            self.how.addItem(label(how), how.value)
        self.note = QLineEdit()
        self.note.setObjectName("urge_note")
        self.note.setPlaceholderText(self.tr("如：已电话联系联络员，承诺明日回复"))
        self.form.addRow(self.tr("方式"), self.how)
        self.form.addRow(self.tr("说明"), self.note)
        self.add_time_row()

    def save(self) -> None:
        assignment_id, how, note, at = (
            self.assignment.id,
            UrgeHow(self.how.currentData()),
            self.note.text(),
            self.at.value(),
        )
        self.write(
            lambda office: office.assignments.urge(assignment_id, how, note=note, at=at),
            self.tr("催办"),
            areas.MATTERS,
        )
