"""Swap requests in the GUI: ask for a swap of one's own duty, and the list where the other
person accepts and a supervisor approves or refuses (issue 20).

The request dialog starts from the requester's own duties (an administrator may pick
the person) and offers only the people the house's one rule allows on that duty:
same role (leader and officer slots are never mixed), not on leave, rested, free.
Reads run off the GUI thread and writes announce the roster area through the
operations layer; outside the main window (tests, previews) they run inline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import DutyLogError
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.records import SwapRequestRecord, SwapStatus
from dutylog.domain.roster.staff import StaffRecord
from dutylog.office import Office
from dutylog.ui.accounts.rights import may
from dutylog.ui.i18n import label
from dutylog.ui.operations import run_for
from dutylog.ui.roster.roster_text import duty_text
from dutylog.ui.theme import error_style

T = TypeVar("T")
ROSTER_AREAS = frozenset({"roster"})


def _call(
    widget: QWidget,
    office: Office,
    work: Callable[[Office], T],
    on_done: Callable[[T], None],
    *,
    what: str,
    write: bool = False,
    on_error: Callable[[DutyLogError], None] | None = None,
) -> None:
    """Run ``work`` through the window's operations layer (`ui.operations.run_for`);
    a write announces the roster area; a refusal goes to ``on_error`` or a message box."""

    def warn(exc: DutyLogError) -> None:
        QMessageBox.warning(widget, what, exc.message)

    run_for(
        widget,
        office,
        work,
        on_done=on_done,
        on_error=on_error or warn,
        what=what,
        areas=ROSTER_AREAS if write else frozenset(),
        progress=write,
    )


class SwapRequestDialog(QDialog):
    """Ask that someone take one of your duties (替班), or exchange it for one of theirs (调班)."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.result_request: SwapRequestRecord | None = None
        self.setWindowTitle(self.tr("申请调班"))
        actor = office.actor
        self.person = QComboBox()
        self.person.setObjectName("swap_person")
        self.on_behalf = may(office, Permission.ROSTER_MANAGE)
        self.duty = QComboBox()
        self.duty.setObjectName("swap_duty")
        self.other = QComboBox()
        self.other.setObjectName("swap_other")
        self.theirs = QComboBox()
        self.theirs.setObjectName("swap_theirs")
        self.reason = QLineEdit()
        self.reason.setObjectName("swap_reason")
        self.reason.setPlaceholderText(self.tr("例如：出差、病假、家中有事"))
        self.message = QLabel()
        self.message.setObjectName("swap_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        form = QFormLayout()
        form.addRow(self.tr("申请人"), self.person)
        form.addRow(self.tr("我的值班"), self.duty)
        form.addRow(self.tr("请谁接班"), self.other)
        form.addRow(self.tr("我换回对方的值班"), self.theirs)
        form.addRow(self.tr("原因"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("提交申请"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("调班须对方确认、领导批准后才生效；只列出按规则可以接班的同岗位人员。"))
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.person.currentIndexChanged.connect(self._load_duties)
        self.duty.currentIndexChanged.connect(self._load_candidates)
        self.other.currentIndexChanged.connect(self._load_theirs)
        if self.on_behalf or actor.staff_id is not None:
            _call(
                self, office, lambda o: o.staff.all(active_only=True), self._people, what=self.tr("读取人员")
            )
        else:
            self.message.setText(self.tr("当前账号没有关联值班人员，不能申请调班。"))
        self._update_ok()

    # -- loading, one list after another --------------------------------------------
    def _people(self, people: list[StaffRecord]) -> None:
        own = self.office.actor.staff_id
        self.person.blockSignals(True)
        for person in people:
            if self.on_behalf or person.id == own:  # an officer asks for their own duties only
                self.person.addItem(person.name, person.id)
        self.person.setEnabled(self.on_behalf)
        if own is not None and self.person.findData(own) >= 0:
            self.person.setCurrentIndex(self.person.findData(own))
        self.person.blockSignals(False)
        self._load_duties()

    def _load_duties(self) -> None:
        staff_id = self.person.currentData()
        self.duty.clear()
        if staff_id is None:
            return
        _call(
            self,
            self.office,
            lambda o: o.roster.swaps.own_duties(staff_id),
            self._duties,
            what=self.tr("读取值班"),
        )

    def _duties(self, duties: list[DutyAssignment]) -> None:
        self.duty.blockSignals(True)
        self.duty.clear()
        for duty in duties:
            self.duty.addItem(duty_text(duty), duty)
        self.duty.blockSignals(False)
        self.message.setText("" if duties else self.tr("近两个月没有可以调整的值班。"))
        self._load_candidates()

    def _load_candidates(self) -> None:
        duty: DutyAssignment | None = self.duty.currentData()
        self.other.clear()
        self.theirs.clear()
        if duty is None:
            self._update_ok()
            return
        _call(
            self,
            self.office,
            lambda o: o.roster.swaps.candidates(duty.id),
            self._candidates,
            what=self.tr("读取可接班人员"),
        )

    def _candidates(self, people: list[StaffRecord]) -> None:
        self.other.blockSignals(True)
        self.other.clear()
        for person in people:
            self.other.addItem(person.name, person.id)
        self.other.blockSignals(False)
        if not people:
            self.message.setText(self.tr("没有按规则可以接这个班的人员（同岗位、未请假、休息充足）。"))
        self._load_theirs()

    def _load_theirs(self) -> None:
        duty: DutyAssignment | None = self.duty.currentData()
        other = self.other.currentData()
        self.theirs.clear()
        self.theirs.addItem(self.tr("不换回（替班）"), None)
        if duty is None or other is None:
            self._update_ok()
            return
        _call(
            self,
            self.office,
            lambda o: o.roster.swaps.own_duties(other),
            lambda duties: self._theirs(duty, duties),
            what=self.tr("读取值班"),
        )

    def _theirs(self, mine: DutyAssignment, duties: list[DutyAssignment]) -> None:
        for duty in duties:
            if duty.role is mine.role:  # leader and officer slots are never mixed
                self.theirs.addItem(duty_text(duty), duty.id)
        self._update_ok()

    def _update_ok(self) -> None:
        ready = self.duty.currentData() is not None and self.other.currentData() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    # -- the request ------------------------------------------------------------
    def accept(self) -> None:
        duty: DutyAssignment | None = self.duty.currentData()
        other, theirs = self.other.currentData(), self.theirs.currentData()
        if duty is None or other is None:
            return
        reason = self.reason.text()
        for_staff = duty.staff_id if self.on_behalf else None

        def ask(office: Office) -> SwapRequestRecord:
            return office.roster.swaps.request(
                duty.duty_date, other, reason, for_staff_id=for_staff, their_slot_id=theirs
            )

        _call(
            self,
            self.office,
            ask,
            self._asked,
            what=self.tr("申请调班"),
            write=True,
            on_error=lambda exc: self.message.setText(exc.message),
        )

    def _asked(self, request: SwapRequestRecord) -> None:
        self.result_request = request
        super().accept()


COLUMNS = (
    str(QT_TRANSLATE_NOOP("SwapRequestsDialog", "编号")),
    str(QT_TRANSLATE_NOOP("SwapRequestsDialog", "状态")),
    str(QT_TRANSLATE_NOOP("SwapRequestsDialog", "值班")),
    str(QT_TRANSLATE_NOOP("SwapRequestsDialog", "申请人")),
    str(QT_TRANSLATE_NOOP("SwapRequestsDialog", "接班人")),
    str(QT_TRANSLATE_NOOP("SwapRequestsDialog", "换回")),
    str(QT_TRANSLATE_NOOP("SwapRequestsDialog", "原因")),
    str(QT_TRANSLATE_NOOP("SwapRequestsDialog", "处理")),
)


class SwapRequestsDialog(QDialog):
    """Every swap request, open ones first: the other person accepts, a supervisor decides."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.rows: list[SwapRequestRecord] = []
        self.setWindowTitle(self.tr("调班申请"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("swap_requests")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SwapRequestsDialog", text) for text in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton(self.tr("申请调班…"))
        self.accept_button = QPushButton(self.tr("接受"))
        self.approve_button = QPushButton(self.tr("批准"))
        self.refuse_button = QPushButton(self.tr("不同意…"))
        for name, button in (
            ("swap_new", self.new_button),
            ("swap_accept", self.accept_button),
            ("swap_approve", self.approve_button),
            ("swap_refuse", self.refuse_button),
        ):
            button.setObjectName(name)
        self.new_button.clicked.connect(self.open_request)
        self.accept_button.clicked.connect(lambda: self._step("accept"))
        self.approve_button.clicked.connect(lambda: self._step("approve"))
        self.refuse_button.clicked.connect(lambda: self._step("refuse"))
        row = QHBoxLayout()
        for button in (self.new_button, self.accept_button, self.approve_button, self.refuse_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(900, 420)
        self.new_button.setEnabled(may(office, Permission.ROSTER_SWAP_REQUEST))
        self.reload()

    def reload(self) -> None:
        _call(
            self, self.office, lambda o: o.roster.swaps.requests(), self._show, what=self.tr("读取调班申请")
        )

    def _show(self, requests: list[SwapRequestRecord]) -> None:
        self.rows = sorted(requests, key=lambda r: (not r.status.is_open, r.requested_at, r.id))
        self.table.setRowCount(len(self.rows))
        for index, request in enumerate(self.rows):
            theirs = (
                f"{request.other_date} {label(request.other_shift)}"
                if request.other_date and request.other_shift
                else "—"
            )
            decided = request.decision_reason or (
                self.tr("{who} 批准").format(who=request.decided_by) if request.decided_by else ""
            )
            values = (
                str(request.id),
                label(request.status),
                f"{request.duty_date} {label(request.role)}（{label(request.shift)}）",
                request.requester_name,
                request.other_name,
                theirs,
                request.reason,
                decided,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, request.id)
                self.table.setItem(index, column, item)
        self._update_buttons()

    def selected(self) -> SwapRequestRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        request = self.selected()
        actor = self.office.actor
        mine = request is not None and actor.staff_id == request.other_staff_id
        party = request is not None and actor.staff_id in (request.requester_staff_id, request.other_staff_id)
        approver = may(self.office, Permission.ROSTER_SWAP_APPROVE) and not party
        status = request.status if request else None
        self.accept_button.setEnabled(mine and status is SwapStatus.PENDING)
        self.approve_button.setEnabled(approver and status is SwapStatus.ACCEPTED)
        self.refuse_button.setEnabled(bool(status and status.is_open) and (approver or mine))

    def open_request(self) -> None:
        if SwapRequestDialog(self.office, self).exec():
            self.reload()

    def _step(self, step: str) -> None:
        request = self.selected()
        if request is None:
            return
        reason = ""
        if step == "refuse":
            reason, ok = QInputDialog.getText(self, self.tr("不同意"), self.tr("理由"))
            if not ok:
                return
        work: dict[str, Callable[[Office], Any]] = {
            "accept": lambda o: o.roster.swaps.accept(request.id),
            "approve": lambda o: o.roster.swaps.approve(request.id),
            "refuse": lambda o: o.roster.swaps.refuse(request.id, reason),
        }
        _call(
            self,
            self.office,
            work[step],
            lambda done: self._stepped(step, done),
            what=self.tr("调班申请"),
            write=True,
        )

    def _stepped(self, step: str, request: SwapRequestRecord) -> None:
        if step == "approve" and request.status is SwapStatus.REFUSED:
            QMessageBox.information(
                self, self.tr("调班申请"), self.tr("未能批准：{why}").format(why=request.decision_reason)
            )
        self.reload()
