"""应急预案 on the matter dialog: the checklist of each plan started on the matter.

The officer ticks a step done (the session's person and now are recorded), skips it with
a reason, starts another plan by hand or stops one with a reason. Overdue steps show in
the theme's overdue colour. ``changed`` tells the dialog its timeline moved.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.plans.records import ChecklistStep, MatterPlanRecord, PlanRecord, StepStatus
from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.i18n import label
from dutylog.ui.operations import run_for
from dutylog.ui.theme import error_colour, error_style, ok_style, overdue_background

STEP = Qt.ItemDataRole.UserRole


class PlanTab(QWidget):
    changed = Signal()

    def __init__(self, office: Office, matter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.matter_id = matter_id
        self.plans: list[MatterPlanRecord] = []
        self.keywords = QLabel()
        self.keywords.setObjectName("plan_keywords")
        self.keywords.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("plan_checklist")
        self.tree.setHeaderLabels(
            [self.tr("步骤"), self.tr("责任"), self.tr("时限"), self.tr("状态"), self.tr("完成人/时间或原因")]
        )
        self.message = QLabel()
        self.message.setObjectName("plan_message")
        self.message.setWordWrap(True)

        self.done_button = QPushButton(self.tr("标记完成"))
        self.done_button.setObjectName("plan_done")
        self.done_button.clicked.connect(self.mark_done)
        self.skip_button = QPushButton(self.tr("跳过…"))
        self.skip_button.setObjectName("plan_skip")
        self.skip_button.clicked.connect(self._ask_skip)
        self.stop_button = QPushButton(self.tr("终止预案…"))
        self.stop_button.setObjectName("plan_stop")
        self.stop_button.clicked.connect(self._ask_stop)
        self.choice = QComboBox()
        self.choice.setObjectName("plan_choice")
        self.start_button = QPushButton(self.tr("手动启动"))
        self.start_button.setObjectName("plan_start")
        self.start_button.clicked.connect(self.start_chosen)
        row = QHBoxLayout()
        for widget in (self.done_button, self.skip_button, self.stop_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("预案：")))
        row.addWidget(self.choice)
        row.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.keywords)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.refresh()

    # --- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        matter_id = self.matter_id

        def load(
            office: Office,
        ) -> tuple[list[MatterPlanRecord], list[PlanRecord], tuple[str, ...], datetime]:
            words = office.keywords.words_of([matter_id]).get(matter_id, ())
            plans = office.plans.plans(active_only=True)
            return office.checklists.for_matter(matter_id), plans, words, office.clock()

        run_for(
            self,
            self.office,
            load,
            on_done=self._loaded,
            on_error=self._failed,
            what=self.tr("读取预案"),
            progress=False,
        )

    def _loaded(
        self, loaded: tuple[list[MatterPlanRecord], list[PlanRecord], tuple[str, ...], datetime]
    ) -> None:
        self.plans, available, words, now = loaded
        self.keywords.setText(self.tr("关键词：") + ("、".join(words) if words else self.tr("无")))
        self.tree.clear()
        for plan in self.plans:
            state = self.tr("执行中") if plan.running else self.tr("已终止：") + plan.stop_reason
            top = QTreeWidgetItem(
                [f"《{plan.plan_name}》", plan.started_by_name, f"{plan.started_at:%m-%d %H:%M}", state, ""]
            )
            for step in plan.steps:
                top.addChild(self._step_item(plan, step, now))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        running = {plan.plan_name for plan in self.plans if plan.running}
        self.choice.clear()
        for offered in available:
            if offered.name not in running:
                self.choice.addItem(offered.name)
        self.start_button.setEnabled(self.choice.count() > 0)
        self._enable()

    def _step_item(self, plan: MatterPlanRecord, step: ChecklistStep, now: datetime) -> QTreeWidgetItem:
        status = step.status(now)
        if status is StepStatus.DONE:
            detail = f"{step.done_by_name} {step.done_at:%m-%d %H:%M}" if step.done_at else step.done_by_name
        elif status is StepStatus.SKIPPED:
            detail = step.skip_reason
        else:
            detail = ""
        item = QTreeWidgetItem(
            [
                f"{step.position}. {step.text}",
                step.who.label(i18n.current()),
                f"{step.due_at:%m-%d %H:%M}",
                label(status),
                detail,
            ]
        )
        item.setData(0, STEP, (plan.plan_name, step.position) if plan.running else None)
        if status is StepStatus.OVERDUE and plan.running:
            for column in range(5):
                item.setBackground(column, overdue_background())
            item.setForeground(3, error_colour())
        return item

    def current(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        chosen = item.data(0, STEP) if item is not None else None
        return chosen if isinstance(chosen, tuple) else None

    def _open_step(self) -> bool:
        chosen = self.current()
        if chosen is None:
            return False
        plan = next((p for p in self.plans if p.plan_name == chosen[0]), None)
        step = plan.step(chosen[1]) if plan is not None else None
        return step is not None and step.stored_status is StepStatus.OPEN

    def _enable(self) -> None:
        open_step = self._open_step()
        self.done_button.setEnabled(open_step)
        self.skip_button.setEnabled(open_step)
        self.stop_button.setEnabled(any(plan.running for plan in self.plans))

    # --- acts ----------------------------------------------------------------------
    def _write(self, work: object, what: str) -> None:
        run_for(
            self,
            self.office,
            work,  # type: ignore[arg-type]
            on_done=lambda _record: self._written(),
            on_error=self._failed,
            what=what,
            areas=frozenset({"matters"}),
        )

    def mark_done(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        plan, position = chosen
        self._write(
            lambda office: office.checklists.tick(self.matter_id, position, plan_name=plan),
            self.tr("标记预案步骤"),
        )

    def _ask_skip(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("跳过步骤"), self.tr("跳过原因："))
        if ok:
            self.skip(reason)

    def skip(self, reason: str) -> None:
        chosen = self.current()
        if chosen is None:
            return
        plan, position = chosen
        self._write(
            lambda office: office.checklists.tick(
                self.matter_id, position, done=False, reason=reason, plan_name=plan
            ),
            self.tr("跳过预案步骤"),
        )

    def _ask_stop(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("终止预案"), self.tr("终止原因（如事态平息、经研判无需处置）：")
        )
        if ok:
            self.stop(reason)

    def stop(self, reason: str) -> None:
        running = [plan.plan_name for plan in self.plans if plan.running]
        chosen = self.current()
        name = chosen[0] if chosen is not None else (running[0] if len(running) == 1 else None)
        self._write(
            lambda office: office.checklists.stop(self.matter_id, reason, plan_name=name), self.tr("终止预案")
        )

    def start_chosen(self) -> None:
        name = self.choice.currentText()
        if name:
            self._write(lambda office: office.checklists.start(self.matter_id, name), self.tr("启动预案"))

    def _written(self) -> None:
        self.message.setStyleSheet(ok_style())
        self.message.setText(self.tr("已保存。"))
        self.refresh()
        self.changed.emit()

    def _failed(self, error: DutyLogError) -> None:
        self.message.setStyleSheet(error_style())
        self.message.setText(error.message)
