"""设置 → 巡查与交接班: the day's patrol times, how long a patrol stays due, night patrols in
24-hour special periods, and the handover checklist.

The places to patrol are the "巡查平台" list of the same page (one list, used by the log
form's completer too). Each part saves through its service, which checks the permission
and the values; a refused value shows in red under the group and the fields keep it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.log.handover import clean_checklist
from dutylog.office import Office
from dutylog.ui.accounts.rights import offer
from dutylog.ui.widgets.settings_group import SettingsGroup


class WatchSettings(SettingsGroup):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("巡查与交接班"), self.save_settings, parent)
        self.office = office
        self.times = QLineEdit()
        self.times.setObjectName("patrol_times")
        self.times.setPlaceholderText("08:30, 12:00, 17:30")
        self.times.setToolTip(self.tr("每天的巡查时间，用逗号分开"))
        self.window_minutes = QSpinBox()
        self.window_minutes.setObjectName("patrol_window")
        self.window_minutes.setRange(5, 240)
        self.window_minutes.setSuffix(self.tr(" 分钟内完成"))
        self.night_interval = QSpinBox()
        self.night_interval.setObjectName("patrol_night_interval")
        self.night_interval.setRange(0, 720)
        self.night_interval.setSingleStep(30)
        self.night_interval.setSuffix(self.tr(" 分钟一次"))
        self.night_interval.setSpecialValueText(self.tr("不安排"))
        self.checklist = QPlainTextEdit()
        self.checklist.setObjectName("handover_checklist")
        self.checklist.setTabChangesFocus(True)
        self.checklist.setFixedHeight(7 * self.checklist.fontMetrics().lineSpacing())
        self.form.addRow(self.tr("巡查时间"), self.times)
        self.form.addRow(self.tr("每次巡查"), self.window_minutes)
        self.form.addRow(self.tr("重点时段夜间巡查"), self.night_interval)
        self.form.addRow(self.tr("交接班清单（每行一项）"), self.checklist)
        self.times.returnPressed.connect(self.save)

    def refresh(self) -> None:
        schedule = self.office.patrols.schedule()
        self.times.setText(", ".join(f"{t:%H:%M}" for t in schedule.times))
        self.window_minutes.setValue(schedule.window_minutes)
        self.night_interval.setValue(schedule.night_interval_minutes)
        self.checklist.setPlainText("\n".join(self.office.handover.checklist()))
        offer(self, self.office, Permission.SETTINGS_MANAGE)

    def save_settings(self) -> str:
        items = [line.strip() for line in self.checklist.toPlainText().splitlines() if line.strip()]
        clean_checklist(items)  # refused before the schedule is saved: both or neither
        self.office.patrols.set_schedule(
            self.times.text(),
            window_minutes=self.window_minutes.value(),
            night_interval_minutes=self.night_interval.value(),
        )
        self.office.handover.set_checklist(items)
        return self.tr("已保存。今天起按新的巡查时间提醒，交接班使用新的清单。")
