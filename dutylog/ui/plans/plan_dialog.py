"""Add or edit a plan: its name, trigger and steps (what, who, within how long, what it produces).

The steps editor is a table: WHO is typed as on the command line (officer, leader,
head or unit:单位) or picked from the list, the limit as 30, 4h or 2wd. The service
checks everything once on save; an error shows under the table and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.enums import Grade
from dutylog.domain.errors import DutyLogError
from dutylog.domain.plans.records import PlanRecord
from dutylog.domain.plans.steps import Produces, StepSpec, make_step
from dutylog.office import Office
from dutylog.ui.i18n import label
from dutylog.ui.operations import run_for
from dutylog.ui.theme import error_style

WHO_CHOICES = ("officer", "leader", "head", "unit:")
COLUMNS = 4


def error_and_buttons(
    dialog: QDialog, name: str, save: Callable[[], None]
) -> tuple[QLabel, QDialogButtonBox]:
    """The error line and the 保存/取消 buttons the plans' dialogs end with."""
    error = QLabel()
    error.setObjectName(name)
    error.setWordWrap(True)
    error.setStyleSheet(error_style())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(QCoreApplication.translate("Plans", "保存"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Plans", "取消")
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return error, buttons


def _split(text: str) -> list[str]:
    for mark in ("，", ",", "；", ";"):
        text = text.replace(mark, "、")
    return [word.strip() for word in text.split("、") if word.strip()]


class PlanDialog(QDialog):
    def __init__(self, office: Office, plan: PlanRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.plan = plan
        self.setWindowTitle(self.tr("新建预案") if plan is None else self.tr("编辑预案"))
        self.name = QLineEdit(plan.name if plan else "")
        self.name.setObjectName("plan_name")
        self.grade = QComboBox()
        self.grade.setObjectName("plan_grade")
        self.grade.addItem(self.tr("不按等级"), None)
        for grade in Grade:
            self.grade.addItem(label(grade) + self.tr("及以上"), grade.value)
        if plan is not None and plan.trigger.min_grade is not None:
            self.grade.setCurrentIndex(list(Grade).index(plan.trigger.min_grade) + 1)
        self.tags = QLineEdit("、".join(plan.trigger.tags) if plan else "")
        self.tags.setObjectName("plan_tags")
        self.keywords = QLineEdit("、".join(plan.trigger.keywords) if plan else "")
        self.keywords.setObjectName("plan_trigger_keywords")
        self.note = QLineEdit(plan.note if plan else "")
        form = QFormLayout()
        form.addRow(self.tr("预案名称"), self.name)
        form.addRow(self.tr("按等级启动"), self.grade)
        form.addRow(self.tr("按标签启动"), self.tags)
        form.addRow(self.tr("按关键词启动"), self.keywords)
        form.addRow(self.tr("说明"), self.note)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("plan_steps")
        self.table.setHorizontalHeaderLabels(
            [self.tr("步骤内容"), self.tr("责任人"), self.tr("时限"), self.tr("产出文书")]
        )
        for column, tip in (
            (1, self.tr("officer 值班员、leader 带班领导、head 办公室主任，或 unit:单位名称")),
            (2, self.tr("分钟数（30）、小时（4h）或工作日（2wd）")),
        ):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(tip)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 180)
        self.table.setColumnWidth(2, 80)
        for step in plan.steps if plan else ():
            self.add_step(step.spec)
        if plan is None:
            self.add_step()
        add = QPushButton(self.tr("添加步骤"))
        add.setObjectName("plan_add_step")
        add.clicked.connect(lambda: self.add_step())
        remove = QPushButton(self.tr("删除步骤"))
        remove.setObjectName("plan_remove_step")
        remove.clicked.connect(self.remove_step)
        up = QPushButton(self.tr("上移"))
        up.clicked.connect(lambda: self.move_step(-1))
        down = QPushButton(self.tr("下移"))
        down.clicked.connect(lambda: self.move_step(1))
        row = QHBoxLayout()
        for button in (add, remove, up, down):
            row.addWidget(button)
        row.addStretch(1)
        self.error, buttons = error_and_buttons(self, "plan_error", self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(860, 520)

    def add_step(self, spec: StepSpec | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(spec.text if spec else ""))
        who = QComboBox()
        who.setEditable(True)
        who.addItems(WHO_CHOICES)
        who.setCurrentText(spec.who.text if spec else "officer")
        self.table.setCellWidget(row, 1, who)
        self.table.setItem(row, 2, QTableWidgetItem(spec.limit.text if spec else "30"))
        produces = QComboBox()
        for choice in Produces:
            produces.addItem(label(choice), choice.value)
        if spec is not None:
            produces.setCurrentIndex(list(Produces).index(spec.produces))
        self.table.setCellWidget(row, 3, produces)
        return row

    def remove_step(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_step(self, offset: int) -> None:
        row = self.table.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        try:
            specs = self.steps()
        except DutyLogError as exc:
            self.error.setText(exc.message)
            return
        specs[row], specs[target] = specs[target], specs[row]
        self.table.setRowCount(0)
        for spec in specs:
            self.add_step(spec)
        self.table.setCurrentCell(target, 0)

    def steps(self) -> list[StepSpec]:
        specs = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, 0)
            limit = self.table.item(row, 2)
            who = self.table.cellWidget(row, 1)
            produces = self.table.cellWidget(row, 3)
            assert isinstance(who, QComboBox) and isinstance(produces, QComboBox)
            if text is None or not text.text().strip():
                continue  # an empty row left over from typing
            specs.append(
                make_step(
                    text.text(), who.currentText(), limit.text() if limit else "", str(produces.currentData())
                )
            )
        return specs

    def save(self) -> None:
        try:
            steps = self.steps()
        except DutyLogError as exc:
            self.error.setText(exc.message)
            return
        plan = self.plan
        name, note = self.name.text(), self.note.text()
        grade = Grade(self.grade.currentData()) if self.grade.currentData() else None
        tags, keywords = _split(self.tags.text()), _split(self.keywords.text())

        def save(office: Office) -> PlanRecord:
            return office.plans.save(
                name,
                steps,
                min_grade=grade,
                tags=tags,
                keywords=keywords,
                note=note,
                active=plan.active if plan else True,
                plan_id=plan.id if plan else None,
                expected_version=plan.version if plan else None,
            )

        run_for(
            self,
            self.office,
            save,
            on_done=lambda _plan: self.accept(),
            on_error=lambda error: self.error.setText(error.message),
            what=self.tr("保存预案"),
            areas=frozenset({"plan"}),
        )
