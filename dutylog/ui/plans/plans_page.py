"""预案: the office's emergency plans, the plans running on matters, keywords, drills.

An administrator keeps the plans (steps editor, trigger, the plan's own document,
import and export as .xlsx), the keyword watch list and the drill records; everyone sees
which plans are running and which of their steps are overdue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.plans.records import DrillRecord, KeywordRecord, MatterPlanRecord, PlanRecord, StepStatus
from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.i18n import label
from dutylog.ui.operations import in_window, run_for
from dutylog.ui.plans.plan_dialog import PlanDialog
from dutylog.ui.plans.watch_tabs import DrillsTab, KeywordsTab
from dutylog.ui.theme import error_colour, error_style, ok_style, overdue_background
from dutylog.ui.widgets.rich import escape


@dataclass(frozen=True)
class PlansView:
    """Everything the page shows, read at once off the GUI thread."""

    plans: list[PlanRecord]
    running: list[MatterPlanRecord]
    keywords: list[KeywordRecord]
    drills: list[DrillRecord]
    year_sentence: str
    now: datetime


def read_view(office: Office) -> PlansView:
    now = office.clock()
    year = now.year
    return PlansView(
        plans=office.plans.plans(),
        running=office.checklists.running(),
        keywords=office.keywords.keywords(),
        drills=office.drills.drills(),
        year_sentence=office.drills.figures(date(year, 1, 1), date(year, 12, 31)).sentence,
        now=now,
    )


class PlansPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plans_page")
        self.office = office
        self.view: PlansView | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._plans_tab(), self.tr("预案"))
        self.tabs.addTab(self._running_tab(), self.tr("执行中"))
        self.keywords = KeywordsTab(office, self)
        self.keywords.written.connect(self._written)
        self.tabs.addTab(self.keywords, self.tr("关键词"))
        self.drills = DrillsTab(office, self)
        self.drills.written.connect(self._written)
        self.tabs.addTab(self.drills, self.tr("演练培训"))
        self.message = QLabel()
        self.message.setObjectName("plans_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.refresh()

    # --- building ------------------------------------------------------------------
    def _plans_tab(self) -> QWidget:
        self.plan_list = QListWidget()
        self.plan_list.setObjectName("plans_list")
        self.plan_list.setMaximumWidth(300)
        self.plan_list.currentRowChanged.connect(self._show_plan)
        self.detail = QTextBrowser()
        self.detail.setObjectName("plans_detail")
        row = QHBoxLayout()
        for name, text, slot in (
            ("plans_new", self.tr("新建预案…"), self.new_plan),
            ("plans_edit", self.tr("编辑…"), self.edit_plan),
            ("plans_toggle", self.tr("停用/启用"), self.toggle_plan),
            ("plans_document", self.tr("附加预案文件…"), self._ask_document),
            ("plans_import", self.tr("从 Excel 导入…"), self._ask_import),
            ("plans_export", self.tr("导出 Excel…"), self._ask_export),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.plan_list)
        body.addWidget(self.detail, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(body, 1)
        layout.addLayout(row)
        return tab

    def _running_tab(self) -> QWidget:
        self.running = QTableWidget(0, 6)
        self.running.setObjectName("plans_running")
        self.running.setHorizontalHeaderLabels(
            [
                self.tr("事项"),
                self.tr("预案"),
                self.tr("步骤"),
                self.tr("责任"),
                self.tr("时限"),
                self.tr("状态"),
            ]
        )
        self.running.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("正在执行的预案（逾期步骤标红；在事项的“应急预案”页标记完成）")))
        layout.addWidget(self.running, 1)
        return tab

    # --- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        run_for(
            self,
            self.office,
            read_view,
            on_done=self._loaded,
            on_error=self._failed,
            what=self.tr("读取预案"),
            progress=False,
        )

    def _loaded(self, view: PlansView) -> None:
        self.view = view
        chosen = self.plan_list.currentRow()
        self.plan_list.clear()
        for plan in view.plans:
            self.plan_list.addItem(plan.name + ("" if plan.active else self.tr("（已停用）")))
        if view.plans:
            self.plan_list.setCurrentRow(min(max(chosen, 0), len(view.plans) - 1))
        else:
            self.detail.setHtml(escape(self.tr("尚无预案。点“新建预案”录入，或从 Excel 导入。")))
        self._show_running(view)
        self.keywords.show_records(view.keywords)
        self.drills.show_records(view.drills, view.year_sentence, [p.name for p in view.plans if p.active])

    def _show_plan(self, row: int) -> None:
        plan = self.current_plan(row)
        if plan is None:
            return
        lang = i18n.current()
        parts = [
            f"<h3>{escape(plan.name)}</h3>",
            f"<p>{escape(self.tr('启动条件：') + plan.trigger.label(lang))}</p>",
        ]
        if plan.document_name:
            document = self.tr("预案文件：") + plan.document_name
            parts.append(f"<p>{escape(document)}（SHA-256 {plan.document_sha256[:12]}…）</p>")
        if plan.note:
            parts.append(f"<p>{escape(plan.note)}</p>")
        steps = "".join(
            f"<li>{escape(step.text)}"
            + escape(
                self.tr("（{who}，{limit}内").format(who=step.who.label(lang), limit=step.limit.label(lang))
            )
            + (
                escape(self.tr("，产出{what}").format(what=label(step.produces)))
                if step.produces.value
                else ""
            )
            + "）</li>"
            for step in plan.steps
        )
        parts.append(f"<ol>{steps}</ol>")
        self.detail.setHtml("".join(parts))

    def _show_running(self, view: PlansView) -> None:
        rows = [(plan, step) for plan in view.running for step in plan.steps]
        self.running.setRowCount(len(rows))
        for row, (plan, step) in enumerate(rows):
            status = step.status(view.now)
            who = step.who.label(i18n.current())
            values = [plan.matter_number, plan.plan_name, f"{step.position}. {step.text}", who]
            values += [f"{step.due_at:%m-%d %H:%M}", label(status)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if status is StepStatus.OVERDUE:
                    item.setBackground(overdue_background())
                    if column == 5:
                        item.setForeground(error_colour())
                self.running.setItem(row, column, item)
        self.running.resizeColumnsToContents()

    def current_plan(self, row: int | None = None) -> PlanRecord | None:
        index = self.plan_list.currentRow() if row is None else row
        plans = self.view.plans if self.view else []
        return plans[index] if 0 <= index < len(plans) else None

    # --- acts ----------------------------------------------------------------------
    def new_plan(self) -> PlanDialog:
        return self._open(PlanDialog(self.office, None, self))

    def edit_plan(self) -> PlanDialog | None:
        plan = self.current_plan()
        return self._open(PlanDialog(self.office, plan, self)) if plan is not None else None

    def _open(self, dialog: PlanDialog) -> PlanDialog:
        dialog.accepted.connect(self._written)
        dialog.open()
        return dialog

    def toggle_plan(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        self._write(
            lambda office: office.plans.save(
                plan.name,
                [step.spec for step in plan.steps],
                min_grade=plan.trigger.min_grade,
                tags=plan.trigger.tags,
                keywords=plan.trigger.keywords,
                note=plan.note,
                active=not plan.active,
                plan_id=plan.id,
                expected_version=plan.version,
            ),
            self.tr("停用/启用预案"),
        )

    def _ask_document(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("预案文件"), "", self.tr("预案文件 (*.pdf *.docx *.doc *.wps)")
        )
        if name:
            self.attach_document(Path(name))

    def attach_document(self, path: Path) -> None:
        plan = self.current_plan()
        if plan is not None:
            self._write(lambda office: office.plans.attach_document(plan.id, path), self.tr("附加预案文件"))

    def _ask_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("导入预案"), "", self.tr("预案表 (*.xlsx)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        self._write(lambda office: office.plans.files.import_(path), self.tr("导入预案"))

    def _ask_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出预案"), "预案.xlsx", self.tr("预案表 (*.xlsx)")
        )
        if name:
            self.export_file(Path(name))

    def export_file(self, path: Path) -> None:
        run_for(
            self,
            self.office,
            lambda office: office.plans.files.export(path),
            on_done=lambda written: self._say(self.tr("已导出：") + str(written.path), ok=True),
            on_error=self._failed,
            what=self.tr("导出预案"),
        )

    def _write(self, work: object, what: str) -> None:
        run_for(
            self,
            self.office,
            work,  # type: ignore[arg-type]
            on_done=lambda _result: self._written(),
            on_error=self._failed,
            what=what,
            areas=frozenset({"plan"}),
        )

    def _written(self) -> None:
        self._say(self.tr("已保存。"), ok=True)
        if not in_window(self):
            self.refresh()  # in a window the change signal refreshes the page

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(ok_style() if ok else error_style())
        self.message.setText(text)

    def _failed(self, error: DutyLogError) -> None:
        self._say(error.message, ok=False)
