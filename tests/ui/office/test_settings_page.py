"""The settings page saves through the services, shows refusals inline and applies at once."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dutylog.domain.accounts.permissions import Actor, UserRole
from dutylog.domain.enums import Grade
from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.main_window import MainWindow
from dutylog.ui.office.settings_page import SettingsPage


def settings_page(qtbot: QtBot, office: Office, qsettings: QSettings) -> tuple[MainWindow, SettingsPage]:
    window = MainWindow(office, qsettings)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return window, page


def test_office_settings_are_saved_and_the_title_follows(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    window, page = settings_page(qtbot, staffed_office, qsettings)
    page.unit_name.clear()
    page.unit_name.setText("市网信办值班室")  # keyClicks types ASCII only
    page.prefix.setText("WX")
    qtbot.mouseClick(page.office_group.save_button, Qt.MouseButton.LeftButton)
    assert "已保存" in page.office_group.message.text()
    assert staffed_office.unit_name() == "市网信办值班室"
    assert "市网信办值班室" in window.windowTitle()
    assert staffed_office.matters.add("测试事项").number.startswith("WX-")


def test_invalid_prefix_is_shown_under_its_group(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    _window, page = settings_page(qtbot, staffed_office, qsettings)
    page.prefix.setText("Y-Q")
    qtbot.mouseClick(page.office_group.save_button, Qt.MouseButton.LeftButton)
    assert page.office_group.message.isVisibleTo(page)
    assert "编号前缀" in page.office_group.message.text()
    assert staffed_office.settings.get("matter_prefix", "YQ") != "Y-Q"


def test_time_limits_and_lists(qtbot: QtBot, staffed_office: Office, qsettings: QSettings) -> None:
    _window, page = settings_page(qtbot, staffed_office, qsettings)
    page.limit_edits[Grade.SERIOUS][0].setValue(90)
    qtbot.mouseClick(page.limits_group.save_button, Qt.MouseButton.LeftButton)
    assert staffed_office.matters.time_limits().by_grade[Grade.SERIOUS].report_minutes == 90
    page.list_edits["tags"].setPlainText("谣言\n 谣言 \n涉稳")
    page.list_edits["units"].setPlainText("市公安局\n市教育局")
    qtbot.mouseClick(page.lists_group.save_button, Qt.MouseButton.LeftButton)
    assert staffed_office.matters.tag_choices() == ["谣言", "涉稳"]
    assert {"市公安局", "市教育局"} <= {u.name for u in staffed_office.staff.units()}


def test_an_officer_may_not_change_office_settings(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    _window, page = settings_page(qtbot, staffed_office, qsettings)
    staffed_office.act_as(Actor("zhangwei", UserRole.OFFICER, user_id=5))
    page.unit_name.setText("别的名字")
    qtbot.mouseClick(page.office_group.save_button, Qt.MouseButton.LeftButton)
    assert "无权修改系统设置" in page.office_group.message.text()
    assert staffed_office.unit_name() != "别的名字"


def test_language_switch_is_saved_and_applied(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    window, page = settings_page(qtbot, staffed_office, qsettings)
    page.language.setCurrentIndex(page.language.findData("en"))
    try:
        with qtbot.waitSignal(page.language_changed):
            qtbot.mouseClick(page.ui_group.save_button, Qt.MouseButton.LeftButton)
        assert i18n.current() == "en"
        assert qsettings.value("ui/language") == "en"
        assert window.nav.item(0).text() == "Today"  # the sidebar follows at once
    finally:
        i18n.install("zh_CN")


def test_holiday_calendar_opens_from_settings(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    _window, page = settings_page(qtbot, staffed_office, qsettings)
    qtbot.mouseClick(page.holidays_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(object, "holiday_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_settings_page_in_english_has_no_untranslated_text(
    qtbot: QtBot, office: Office, qsettings: QSettings
) -> None:
    from tests.ui.interface_text import CJK, interface_texts

    i18n.install("en")
    try:
        window = MainWindow(office, qsettings)
        qtbot.addWidget(window)
        page = window.show_page("settings")
        texts = [t for t in interface_texts(page) if t != "简体中文"]  # a language is named in itself
        assert "Unit name" in texts and "Report time limits (minutes from discovery)" in texts
        assert [t for t in texts if CJK.search(t)] == []
    finally:
        i18n.install("zh_CN")


def test_enter_in_the_prefix_saves_and_tab_reaches_save_last(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    _window, page = settings_page(qtbot, staffed_office, qsettings)
    page.prefix.clear()
    qtbot.keyClicks(page.prefix, "ZB")
    qtbot.keyClick(page.prefix, Qt.Key.Key_Return)
    assert staffed_office.settings.get("matter_prefix") == "ZB"
    window = page.window()
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.limit_edits[Grade.EXTRAORDINARY][1].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is page.limits_group.save_button, (focused.text(), focused.parent())


def test_patrol_times_and_the_handover_checklist_are_saved_together(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    from datetime import time

    _window, page = settings_page(qtbot, staffed_office, qsettings)
    watch = page.watch_group
    assert watch.times.text() == "08:30, 12:00, 17:30"
    watch.times.setText("08:00，12:30, 18:00")  # a Chinese comma is a comma too
    watch.window_minutes.setValue(45)
    watch.night_interval.setValue(180)
    watch.checklist.setPlainText("未办结事项\n领导批示\n\n设备与账号")
    qtbot.mouseClick(watch.save_button, Qt.MouseButton.LeftButton)
    assert "已保存" in watch.message.text()
    schedule = staffed_office.patrols.schedule()
    assert schedule.times == (time(8), time(12, 30), time(18))
    assert (schedule.window_minutes, schedule.night_interval_minutes) == (45, 180)
    assert staffed_office.handover.checklist() == ("未办结事项", "领导批示", "设备与账号")

    watch.times.setText("8点半")
    watch.checklist.setPlainText("只剩一项")
    qtbot.mouseClick(watch.save_button, Qt.MouseButton.LeftButton)
    assert "HH:MM" in watch.message.text() and watch.times.text() == "8点半"
    assert staffed_office.patrols.schedule().times == (time(8), time(12, 30), time(18))
    assert staffed_office.handover.checklist() == ("未办结事项", "领导批示", "设备与账号")


def test_back_up_now_copies_the_database_off_the_gui_thread(
    qtbot: QtBot, office: Office, qsettings: QSettings
) -> None:
    window, page = settings_page(qtbot, office, qsettings)
    assert page.backup_now_button.isEnabled()  # the system actor may back up
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已备份到" in page.backup_group.message.text(), timeout=30_000)
    assert office.db.file is not None
    copies = list(office.backups.folder().glob(f"{office.db.file.stem}*.sqlite3"))
    assert len(copies) == 1 and str(copies[0]) in page.backup_group.message.text()
    window.operations.settle()


def test_only_an_account_that_may_back_up_is_offered_the_button(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    _window, page = settings_page(qtbot, staffed_office, qsettings)
    staffed_office.act_as(Actor("zhangwei", UserRole.OFFICER, user_id=5))
    page.apply_rights()
    assert not page.backup_now_button.isEnabled()
