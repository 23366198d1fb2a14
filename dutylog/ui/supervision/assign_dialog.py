"""交办 a matter to a unit, and record a research meeting (研判) on it.

The assign dialog shows the due date the office calendar gives (holidays and make-up
workdays counted as the roster counts them) before anything is saved: the time limit
comes from the matter kind's preset in Settings, any number of working days, or a date.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.supervision.assignments import MatterKind, TimeLimitPresets
from dutylog.domain.supervision.units import UnitInfo
from dutylog.domain.supervision.workdays import MAX_WORKDAYS
from dutylog.office import Office
from dutylog.ui.i18n import label
from dutylog.ui.operations import run_for
from dutylog.ui.qt_dates import qdate, qdatetime
from dutylog.ui.supervision import areas
from dutylog.ui.supervision.write_dialog import WriteDialog
from dutylog.ui.widgets.keys import multi_line
from dutylog.ui.widgets.optional_datetime import OptionalDateTime, minute_of

WEEKDAYS = "一二三四五六日"


class AssignDialog(WriteDialog):
    def __init__(self, office: Office, matter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(office, self.tr("交办"), parent)
        self.matter_id = matter_id
        self.presets = TimeLimitPresets()
        self.unit = QComboBox()
        self.unit.setObjectName("assign_unit")
        self.unit.setEditable(False)
        self.role = QComboBox()
        self.role.setObjectName("assign_role")
        self.role.addItem(self.tr("自动（尚无主办单位时为主办）"), None)
        self.role.addItem(self.tr("主办"), True)
        self.role.addItem(self.tr("协办"), False)
        self.instruction = multi_line(QPlainTextEdit())
        self.instruction.setObjectName("assign_instruction")
        self.instruction.setPlaceholderText(self.tr("照录领导批示原文"))
        self.instruction.setMaximumHeight(80)

        self.by_days = QRadioButton(self.tr("工作日"))
        self.by_days.setObjectName("assign_by_days")
        self.by_days.setChecked(True)
        self.kind = QComboBox()
        self.kind.setObjectName("assign_kind")
        self.kind.addItem(self.tr("按类别预设…"), None)
        for kind in MatterKind:
            self.kind.addItem(label(kind), kind.value)
        self.workdays = QSpinBox()
        self.workdays.setObjectName("assign_workdays")
        self.workdays.setRange(1, MAX_WORKDAYS)
        self.workdays.setValue(5)
        self.workdays.setSuffix(self.tr(" 个工作日"))
        self.by_date = QRadioButton(self.tr("截止日期"))
        self.by_date.setObjectName("assign_by_date")
        self.due = QDateEdit(qdate(office.clock().date()).addDays(7))
        self.due.setObjectName("assign_due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        limit = QHBoxLayout()
        for widget in (self.by_days, self.kind, self.workdays, self.by_date, self.due):
            limit.addWidget(widget)
        limit.addStretch(1)
        self.at = OptionalDateTime()
        self.at.setObjectName("assign_at")
        self.at.set_value(None, office.clock())
        self.computed = QLabel()
        self.computed.setObjectName("assign_computed")

        self.form.addRow(self.tr("承办单位"), self.unit)
        self.form.addRow(self.tr("主办/协办"), self.role)
        self.form.addRow(self.tr("领导批示"), self.instruction)
        self.form.addRow(self.tr("办理时限"), limit)
        self.form.addRow(self.tr("补录交办时间"), self.at)
        self.form.addRow(self.tr("到期日"), self.computed)

        self.kind.currentIndexChanged.connect(self._kind_chosen)
        for signal in (
            self.workdays.valueChanged,
            self.by_days.toggled,
            self.due.dateChanged,
            self.at.known.toggled,
            self.at.edit.dateTimeChanged,
        ):
            signal.connect(self.update_due)
        run_for(
            self,
            office,
            lambda o: (o.units.units(include_retired=False), o.assignments.presets()),
            on_done=self._loaded,
            on_error=self._failed,
            what=self.tr("读取通讯录"),
            progress=False,
        )

    def _loaded(self, loaded: tuple[list[UnitInfo], TimeLimitPresets]) -> None:
        units, self.presets = loaded
        self.unit.clear()
        for unit in units:
            liaison = unit.liaison
            shown = unit.name + (f"（{liaison.name}）" if liaison is not None else "")
            self.unit.addItem(shown, unit.name)
        if not units:
            self._failed(DutyLogError(self.tr("通讯录里还没有单位：请先在“通讯录”页添加。")))
        self.update_due()

    def _kind_chosen(self) -> None:
        code = self.kind.currentData()
        if code is not None:
            self.workdays.setValue(self.presets.workdays[MatterKind(code)])
            self.by_days.setChecked(True)

    def assigned_on(self) -> date:
        at = self.at.value()
        return (at or self.office.clock()).date()

    def update_due(self) -> None:
        """Show the deadline the office calendar gives before the user saves."""
        if self.by_date.isChecked():
            due: date = self.due.date().toPython()  # type: ignore[assignment]
            self._show_due(due)
            return
        start, days = self.assigned_on(), self.workdays.value()
        run_for(
            self,
            self.office,
            lambda office: office.assignments.due_date(start, days),
            on_done=self._show_due,
            on_error=self._failed,
            what=self.tr("计算截止日期"),
            progress=False,
        )

    def _show_due(self, due: date) -> None:
        self.computed.setText(f"{due:%Y-%m-%d}（星期{WEEKDAYS[due.weekday()]}）")

    def save(self) -> None:
        unit = self.unit.currentData()
        if unit is None:
            self._failed(DutyLogError(self.tr("请选择承办单位。")))
            return
        matter_id, lead, instruction, at = (
            self.matter_id,
            self.role.currentData(),
            self.instruction.toPlainText(),
            self.at.value(),
        )
        workdays = self.workdays.value() if self.by_days.isChecked() else None
        due: date | None = None if self.by_days.isChecked() else self.due.date().toPython()  # type: ignore[assignment]
        self.write(
            lambda office: office.assignments.assign(
                matter_id,
                str(unit),
                workdays=workdays,
                due_on=due,
                lead=lead,
                instruction=instruction,
                at=at,
            ),
            self.tr("交办"),
            areas.MATTERS,
        )


class MeetingDialog(WriteDialog):
    """A research meeting (研判): when, who, which units, what was concluded and decided."""

    def __init__(self, office: Office, matter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(office, self.tr("记录研判"), parent)
        self.matter_id = matter_id
        self.at = QDateTimeEdit(qdatetime(office.clock()))
        self.at.setObjectName("meeting_at")
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        self.participants = QLineEdit()
        self.participants.setObjectName("meeting_participants")
        self.units = QLineEdit()
        self.units.setObjectName("meeting_units")
        self.conclusion = multi_line(QPlainTextEdit())
        self.conclusion.setObjectName("meeting_conclusion")
        self.measures = multi_line(QPlainTextEdit())
        self.measures.setObjectName("meeting_measures")
        for text, widget in (
            (self.tr("研判时间"), self.at),
            (self.tr("参会人员"), self.participants),
            (self.tr("参会单位"), self.units),
            (self.tr("研判结论"), self.conclusion),
            (self.tr("处置措施"), self.measures),
        ):
            self.form.addRow(text, widget)

    def save(self) -> None:
        matter_id = self.matter_id
        at: datetime = minute_of(self.at)
        values = {
            "participants": self.participants.text(),
            "units": self.units.text(),
            "conclusion": self.conclusion.toPlainText(),
            "measures": self.measures.toPlainText(),
        }
        self.write(
            lambda office: office.assignments.add_meeting(matter_id, at=at, **values),
            self.tr("记录研判"),
            areas.MATTERS,
        )
