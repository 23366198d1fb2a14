"""设置: office-wide settings (administrators), this workstation's interface and database connection.

Each group saves on its own button through the services, which validate and check the
permission; a refused or invalid value is shown in red under the group, nothing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import Grade
from dutylog.domain.matters.deadlines import GradeLimit, TimeLimits
from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.accounts.accounts_group import AccountsGroup
from dutylog.ui.accounts.rights import offer
from dutylog.ui.i18n import label
from dutylog.ui.log.watch_settings import WatchSettings
from dutylog.ui.office.connection_group import ConnectionGroup
from dutylog.ui.supervision.settings_group import SupervisionSettings
from dutylog.ui.widgets.settings_group import SettingsGroup

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))
NO_LIMIT = -1  # spin box value shown as "none" (no time limit / no special report)


def _time_edit(text: str) -> QTimeEdit:
    edit = QTimeEdit(QTime.fromString(text, "HH:mm"))
    edit.setDisplayFormat("HH:mm")
    return edit


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class SettingsPage(QWidget):
    language_changed = Signal(str)

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.qsettings: QSettings = getattr(parent, "settings", None) or QSettings()
        self.note = QLabel(self.tr("单位设置需要管理员权限；界面设置只影响本机。"))
        self.note.setWordWrap(True)

        self.office_group = SettingsGroup(self.tr("单位与时间"), self.save_office)
        self.unit_name = QLineEdit()
        self.day_start = _time_edit("08:30")
        self.day_end = _time_edit("17:30")
        hours = QHBoxLayout()
        hours.addWidget(self.day_start)
        hours.addWidget(QLabel(self.tr("至")))
        hours.addWidget(self.day_end)
        hours.addStretch(1)
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(10)
        self.briefing_deadline = _time_edit("17:30")
        self.reminder_lead = QSpinBox()
        self.reminder_lead.setRange(0, 240)
        self.reminder_lead.setSuffix(self.tr(" 分钟"))
        reminder = QHBoxLayout()
        reminder.addWidget(self.briefing_deadline)
        reminder.addWidget(QLabel(self.tr("提前提醒")))
        reminder.addWidget(self.reminder_lead)
        reminder.addStretch(1)
        form = self.office_group.form
        form.addRow(self.tr("单位名称"), self.unit_name)
        form.addRow(self.tr("白班时间（交接班）"), hours)
        form.addRow(self.tr("事项编号前缀"), self.prefix)
        form.addRow(self.tr("当日汇报截止"), reminder)

        self.limits_group = SettingsGroup(self.tr("报送时限（自发现起，分钟）"), self.save_limits)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("等级")), 0, 0)
        grid.addWidget(QLabel(self.tr("首报时限")), 0, 1)
        grid.addWidget(QLabel(self.tr("专报时限")), 0, 2)
        self.limit_edits: dict[Grade, tuple[QSpinBox, QSpinBox]] = {}
        for row, grade in enumerate(Grade, start=1):
            pair = (self._minutes_box(self.tr("随当日汇报")), self._minutes_box(self.tr("不需要")))
            self.limit_edits[grade] = pair
            grid.addWidget(QLabel(label(grade)), row, 0)
            grid.addWidget(pair[0], row, 1)
            grid.addWidget(pair[1], row, 2)
        self.limits_group.form.addRow(grid)

        self.lists_group = SettingsGroup(self.tr("选项列表（每行一项）"), self.save_lists)
        self.list_edits: dict[str, QPlainTextEdit] = {}
        lists = QGridLayout()
        titles = {
            "sources": self.tr("巡查平台"),
            "tags": self.tr("分类标签"),
            "measures": self.tr("处置措施"),
            "units": self.tr("责任单位"),
        }
        for col, (key, title) in enumerate(titles.items()):
            edit = QPlainTextEdit()
            edit.setObjectName(f"list_{key}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(8 * edit.fontMetrics().lineSpacing())
            self.list_edits[key] = edit
            lists.addWidget(QLabel(title), 0, col)
            lists.addWidget(edit, 1, col)
        self.lists_group.form.addRow(lists)

        self.backup_group = SettingsGroup(self.tr("备份"), self.save_backup)
        self.backup_folder = QLineEdit()
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse_backup)
        folder = QHBoxLayout()
        folder.addWidget(self.backup_folder, 1)
        folder.addWidget(browse)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 3650)
        self.backup_keep.setSuffix(self.tr(" 份"))
        self.backup_group.form.addRow(self.tr("备份文件夹"), folder)
        self.backup_group.form.addRow(self.tr("保留份数"), self.backup_keep)
        self.backup_now_button = QPushButton(self.tr("立即备份"))
        self.backup_now_button.setObjectName("backup_now")
        self.backup_now_button.setToolTip(self.tr("现在把数据库复制到备份文件夹，并校验副本"))
        self.backup_now_button.clicked.connect(self.back_up_now)
        self.backup_group.form.addRow("", self.backup_now_button)

        self.holidays_button = QPushButton(self.tr("节假日与调休…"))
        self.holidays_button.clicked.connect(self.open_holidays)

        self.ui_group = SettingsGroup(self.tr("界面（本机）"), self.save_interface)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.close_to_tray = QCheckBox(self.tr("关闭窗口时最小化到系统托盘，继续提醒"))
        self.ui_group.form.addRow(self.tr("界面语言"), self.language)
        self.ui_group.form.addRow("", self.close_to_tray)
        self.ui_group.form.addRow("", self.holidays_button)

        self.supervision_group = SupervisionSettings(office)
        self.watch_group = WatchSettings(office)
        self.connection_group = ConnectionGroup(office)
        self.accounts_group = AccountsGroup(office)

        # Enter in a one-line field saves its group, as in a dialog.
        self.unit_name.returnPressed.connect(self.office_group.save)
        self.prefix.returnPressed.connect(self.office_group.save)
        self.backup_folder.returnPressed.connect(self.backup_group.save)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.note)
        for group in (
            self.office_group,
            self.limits_group,
            self.watch_group,
            self.supervision_group,
            self.lists_group,
            self.backup_group,
            self.ui_group,
            self.connection_group,
        ):
            group.finish_tab_order()
            column.addWidget(group)
            if group is self.office_group:
                column.addWidget(self.accounts_group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    @staticmethod
    def _minutes_box(none_text: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NO_LIMIT, 7 * 24 * 60)
        box.setSpecialValueText(none_text)
        return box

    # -- loading -------------------------------------------------------------
    def refresh(self) -> None:
        office = self.office
        self.unit_name.setText(office.unit_name())
        times = office.shift_times()
        self.day_start.setTime(QTime(times.day_start.hour, times.day_start.minute))
        self.day_end.setTime(QTime(times.day_end.hour, times.day_end.minute))
        self.prefix.setText(str(office.settings.get("matter_prefix", "YQ")))
        deadline, lead = office.settings.briefing_reminder()
        self.briefing_deadline.setTime(QTime.fromString(deadline, "HH:mm"))
        self.reminder_lead.setValue(lead)
        limits = office.matters.time_limits()
        for grade, (report, special) in self.limit_edits.items():
            limit = limits.by_grade.get(grade, GradeLimit(None))
            report.setValue(NO_LIMIT if limit.report_minutes is None else limit.report_minutes)
            special.setValue(
                NO_LIMIT if limit.special_report_minutes is None else limit.special_report_minutes
            )
        for key in ("sources", "tags", "measures"):
            self.list_edits[key].setPlainText("\n".join(office.settings.choices(key)))
        self.list_edits["units"].setPlainText("\n".join(unit.name for unit in office.staff.units()))
        if office.db.file is None:
            # A server database has no file for DutyLog to copy (backups.py refuses it).
            self.backup_group.setEnabled(False)
            self.backup_group.show_message(
                self.tr("服务器数据库请使用其自带的备份工具（如 pg_dump）。"), error=None
            )
        else:
            self.backup_folder.setText(str(office.backups.folder()))
            self.backup_keep.setValue(office.backups.keep())
        saved = str(self.qsettings.value("ui/language", i18n.current()))
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.close_to_tray.setChecked(bool(self.qsettings.value("ui/close_to_tray", False, type=bool)))
        self.connection_group.refresh()
        self.accounts_group.refresh()
        self.supervision_group.refresh()
        self.watch_group.refresh()
        self.apply_rights()

    def apply_rights(self) -> None:
        """Office-wide groups only for an account that may change them; the tooltip says why."""
        for group, permission in (
            (self.office_group, Permission.SETTINGS_MANAGE),
            (self.limits_group, Permission.SETTINGS_MANAGE),
            (self.lists_group, Permission.SETTINGS_MANAGE),
            (self.holidays_button, Permission.ROSTER_MANAGE),
        ):
            offer(group, self.office, permission)
        if self.office.db.file is not None:
            offer(self.backup_group, self.office, Permission.SETTINGS_MANAGE)
            # Copying needs the right to back up; the group itself stays open to read.
            if self.backup_group.isEnabled():
                offer(self.backup_now_button, self.office, Permission.BACKUP_RESTORE)

    # -- saving (each returns the confirmation shown under its group) --------
    def save_office(self) -> str:
        settings = self.office.settings
        settings.set_unit_name(self.unit_name.text())
        settings.set_working_hours(
            self.day_start.time().toString("HH:mm"), self.day_end.time().toString("HH:mm")
        )
        settings.set_matter_prefix(self.prefix.text())
        settings.set_briefing_reminder(
            self.briefing_deadline.time().toString("HH:mm"), self.reminder_lead.value()
        )
        window = self.window()
        if hasattr(window, "update_title"):
            window.update_title()
        return self.tr("已保存。新的编号前缀用于此后登记的事项。")

    def save_limits(self) -> str:
        def minutes(box: QSpinBox) -> int | None:
            return None if box.value() == NO_LIMIT else box.value()

        current = self.office.matters.time_limits()
        grades = {grade: GradeLimit(minutes(a), minutes(b)) for grade, (a, b) in self.limit_edits.items()}
        self.office.settings.set_time_limits(TimeLimits(grades, current.briefing_time))
        return self.tr("已保存，倒计时立即按新时限计算。")

    def save_lists(self) -> str:
        for key in ("sources", "tags", "measures"):
            cleaned = self.office.settings.set_choices(key, _lines(self.list_edits[key]))
            self.list_edits[key].setPlainText("\n".join(cleaned))
        self.office.settings.add_units(_lines(self.list_edits["units"]))
        self.list_edits["units"].setPlainText("\n".join(unit.name for unit in self.office.staff.units()))
        return self.tr("已保存。已在使用的责任单位不会被删除。")

    def save_backup(self) -> str:
        self.office.backups.configure(folder=self.backup_folder.text().strip(), keep=self.backup_keep.value())
        return self.tr("已保存。")

    def save_interface(self) -> str:
        code = str(self.language.currentData())
        self.qsettings.setValue("ui/close_to_tray", self.close_to_tray.isChecked())
        changed = code != i18n.current()
        self.qsettings.setValue("ui/language", code)
        self.qsettings.sync()
        if changed:
            i18n.install(code)
            shell = getattr(self.window(), "shell", None)
            if shell is not None:
                shell.retranslate()
            self.language_changed.emit(code)
            return self.tr("界面语言已切换；部分文字需重新启动后更新。")
        return self.tr("已保存。")

    def back_up_now(self) -> None:
        from dutylog.ui.office.backup_now import back_up_now

        self.backup_group.show_message(self.tr("正在备份…"), error=None)
        back_up_now(self, self.office, lambda text, error: self.backup_group.show_message(text, error=error))

    def _browse_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def open_holidays(self) -> None:
        from dutylog.ui.roster.roster_dialogs import HolidayDialog

        dialog = HolidayDialog(self.office, self.office.clock().year, self)
        dialog.setObjectName("holiday_dialog")
        dialog.open()
