"""Roster dialogs: generate a range, swap or substitute a duty, edit the holiday table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.enums import DutyRole
from dutylog.domain.errors import DutyLogError
from dutylog.domain.roster.calendar import DayKind
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.records import GenerationResult
from dutylog.office import Office
from dutylog.ui.i18n import label
from dutylog.ui.roster.roster_text import duty_text
from dutylog.ui.theme import error_style

if TYPE_CHECKING:
    from dutylog.ui.operations import Running


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class GenerateDialog(QDialog):
    """Plan a range with the rotation; rules are saved as the office's defaults."""

    def __init__(self, office: Office, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.result_summary: GenerationResult | None = None
        self._running: Running[GenerationResult] | None = None
        self.setWindowTitle(self.tr("生成排班"))
        rules = office.roster.rules()
        self.first = date_edit(first)
        self.last = date_edit(last)
        self.start_officer = self._people_combo(DutyRole.OFFICER)
        self.start_leader = self._people_combo(DutyRole.LEADER)
        self.officers = QSpinBox()
        self.officers.setRange(0, 10)
        self.officers.setValue(rules.officers)
        self.leaders = QSpinBox()
        self.leaders.setRange(0, 5)
        self.leaders.setValue(rules.leaders)
        self.rest = QDoubleSpinBox()
        self.rest.setRange(0, 240)
        self.rest.setSuffix(self.tr(" 小时"))
        self.rest.setValue(rules.min_rest_hours)
        self.officer_block = QCheckBox(self.tr("休息日连续由同一值班员值守（一人值整个周末）"))
        self.officer_block.setChecked(rules.officer_covers_rest_days)
        self.leader_block = QCheckBox(self.tr("休息日连续由同一带班领导带班"))
        self.leader_block.setChecked(rules.leader_covers_rest_days)
        form = QFormLayout()
        form.addRow(self.tr("开始日期"), self.first)
        form.addRow(self.tr("结束日期"), self.last)
        form.addRow(self.tr("值班员从谁开始"), self.start_officer)
        form.addRow(self.tr("带班领导从谁开始"), self.start_leader)
        form.addRow(self.tr("每天值班员人数"), self.officers)
        form.addRow(self.tr("每天带班领导人数"), self.leaders)
        form.addRow(self.tr("两次值班最短间隔"), self.rest)
        form.addRow(self.officer_block)
        form.addRow(self.leader_block)
        note = QLabel(self.tr("只会为明天及以后的日期排班；手工安排和调班、替班的结果保持不变。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("生成"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _people_combo(self, role: DutyRole) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("（按上次轮到的位置继续）"), None)
        for person in self.office.staff.all(active_only=True, role=role):
            combo.addItem(person.name, person.id)
        return combo

    def accept(self) -> None:
        from dutylog.ui.operations import operations_of

        # Read the form here, on the GUI thread; the work may run on a worker.
        officers, leaders, rest = self.officers.value(), self.leaders.value(), self.rest.value()
        officer_block, leader_block = self.officer_block.isChecked(), self.leader_block.isChecked()
        first, last = to_date(self.first.date()), to_date(self.last.date())
        start_officer, start_leader = self.start_officer.currentData(), self.start_leader.currentData()

        def generate(office: Office) -> GenerationResult:
            rules = replace(
                office.roster.rules(),
                officers=officers,
                leaders=leaders,
                min_rest_hours=rest,
                officer_covers_rest_days=officer_block,
                leader_covers_rest_days=leader_block,
            )
            office.roster.set_rules(rules)
            return office.roster.generate(first, last, start_officer=start_officer, start_leader=start_leader)

        operations = operations_of(self)
        if operations is None:  # a dialog outside the main window
            try:
                self._generated(generate(self.office))
            except DutyLogError as exc:
                QMessageBox.warning(self, self.tr("无法生成排班"), exc.message)
            return
        # A year of duties on a large office takes a while: off the GUI thread, the form
        # stays as typed if it fails, and the roster pages learn of it through `changed`.
        if self._running is not None and not (self._running.finished or self._running.cancelled):
            return  # 生成 pressed again while the first run is still working
        self._running = operations.run(
            generate,
            on_done=self._generated,
            parent=self,
            what=self.tr("生成排班"),
            areas=frozenset({"roster", "settings"}),
        )

    def _generated(self, result: GenerationResult) -> None:
        self.result_summary = result
        super().accept()


class ChangeDialog(QDialog):
    """Swap two duties (调班) or let someone substitute (替班)."""

    def __init__(
        self,
        office: Office,
        duties: list[DutyAssignment],
        *,
        swap: bool,
        selected: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.swap = swap
        self.setWindowTitle(self.tr("调班") if swap else self.tr("替班"))
        future = [d for d in duties if d.duty_date > office.clock().date()]
        self.duty = QComboBox()
        for duty in future:
            self.duty.addItem(duty_text(duty), duty.id)
        if selected is not None and self.duty.findData(selected) >= 0:
            self.duty.setCurrentIndex(self.duty.findData(selected))
        self.other = QComboBox()
        if swap:
            for duty in future:
                self.other.addItem(duty_text(duty), duty.id)
        else:
            for person in office.staff.all(active_only=True):
                self.other.addItem(person.name, person.id)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：出差、病假、本人申请"))
        self.made_by = QLineEdit(self.tr("管理员"))
        form = QFormLayout()
        form.addRow(self.tr("原值班"), self.duty)
        form.addRow(self.tr("与此值班对调") if swap else self.tr("替班人员"), self.other)
        form.addRow(self.tr("原因"), self.reason)
        form.addRow(self.tr("批准人"), self.made_by)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            if self.duty.currentData() is None or self.other.currentData() is None:
                raise DutyLogError(self.tr("没有可调整的未来值班。"))
            if self.swap:
                self.office.roster.changes.swap(
                    self.duty.currentData(), self.other.currentData(), self.reason.text(), self.made_by.text()
                )
            else:
                self.office.roster.changes.substitute(
                    self.duty.currentData(), self.other.currentData(), self.reason.text(), self.made_by.text()
                )
        except DutyLogError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        super().accept()


class HolidayDialog(QDialog):
    """The year's statutory holidays and make-up workdays; add, change or remove days."""

    def __init__(self, office: Office, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setWindowTitle(self.tr("节假日与调休"))
        self.resize(520, 560)
        self.year = QSpinBox()
        self.year.setRange(2004, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(self.reload)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("类型"), self.tr("名称")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._load_selected)
        self.new_day = date_edit(date(year, 1, 1))
        self.new_kind = QComboBox()
        for kind in (DayKind.HOLIDAY, DayKind.MAKEUP):
            self.new_kind.addItem(label(kind), kind)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("例如：元旦、春节"))
        self.add_button = QPushButton(self.tr("添加/修改"))
        self.add_button.clicked.connect(self.add_day)
        # Enter in the editor row adds the day; Close is the way out.
        self.add_button.setDefault(True)
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.remove_button.clicked.connect(self.remove_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        top.addWidget(self.year)
        top.addStretch(1)
        editor = QHBoxLayout()
        for widget in (self.new_day, self.new_kind, self.new_name, self.add_button):
            editor.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(editor)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        days = self.office.holidays.days_of_year(year)
        known = self.office.holidays.is_year_known(year)
        self.status.setText(
            self.tr("{year} 年共 %n 天。", "", len(days)).format(year=year)
            if known
            else self.tr(
                "{year} 年的节假日安排尚未录入：排班只按周六、周日休息。"
                "国务院通常在每年 11 月公布次年安排，请在下方录入。"
            ).format(year=year)
        )
        self.status.setStyleSheet("" if known else error_style())
        self.table.setRowCount(len(days))
        for row, entry in enumerate(days):
            for column, text in enumerate((entry.day.isoformat(), label(entry.kind), entry.name)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.day)
                self.table.setItem(row, column, item)

    def _load_selected(self) -> None:
        """Put the selected day into the editor so it can be changed."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        if not rows:
            return
        day_item, name_item = self.table.item(rows[0], 0), self.table.item(rows[0], 2)
        if day_item is None or name_item is None:
            return
        day: date = day_item.data(Qt.ItemDataRole.UserRole)
        self.new_day.setDate(QDate(day.year, day.month, day.day))
        kind = self.table.item(rows[0], 1)
        self.new_kind.setCurrentIndex(1 if kind is not None and kind.text() == label(DayKind.MAKEUP) else 0)
        self.new_name.setText(name_item.text())

    def add_day(self) -> None:
        try:
            self.office.holidays.set_day(
                to_date(self.new_day.date()), self.new_kind.currentData(), self.new_name.text()
            )
        except DutyLogError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        self.year.setValue(self.new_day.date().year())
        self.reload()

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None:
                self.office.holidays.remove_day(item.data(Qt.ItemDataRole.UserRole))
        self.reload()


class PeriodDialog(QDialog):
    """Record leave for a person (请假) or a special period (重大活动/敏感时期)."""

    def __init__(self, office: Office, first: date, *, leave: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.leave = leave
        self.setWindowTitle(self.tr("请假/不可值班") if leave else self.tr("特殊时期（24小时值守）"))
        self.person = QComboBox()
        for person in office.staff.all(active_only=True):
            self.person.addItem(person.name, person.id)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：重大活动保障、敏感时期"))
        self.first = date_edit(first)
        self.last = date_edit(first)
        self.reason = QLineEdit()
        form = QFormLayout()
        if leave:
            form.addRow(self.tr("人员"), self.person)
        else:
            form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("开始日期"), self.first)
        form.addRow(self.tr("结束日期"), self.last)
        form.addRow(self.tr("事由") if leave else self.tr("说明"), self.reason)
        hint = QLabel(
            self.tr("请假期间不会排班；已排的值班会在检查中标出，可用替班调整。")
            if leave
            else self.tr("特殊时期内值班员按白班、夜班轮换，保证全天有人值守；重新生成排班后生效。")
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def accept(self) -> None:
        first, last = to_date(self.first.date()), to_date(self.last.date())
        try:
            if self.leave:
                if self.person.currentData() is None:
                    raise DutyLogError(self.tr("没有可选的人员。"))
                self.office.roster.add_leave(self.person.currentData(), first, last, self.reason.text())
            else:
                self.office.roster.add_special_period(self.name.text(), first, last, self.reason.text())
        except DutyLogError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        super().accept()
