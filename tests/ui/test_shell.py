"""Keyboard shortcuts, the Help menu and reminders in the main window."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import Grade
from dutylog.office import Office
from dutylog.services.office.reminders import DueReminder
from dutylog.ui.main_window import MainWindow
from tests.conftest import FakeClock


def shown_window(qtbot: QtBot, office: Office, qsettings: QSettings) -> MainWindow:
    window = MainWindow(office, qsettings)
    qtbot.addWidget(window)
    window.show()
    window.windowHandle().requestActivate()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """Type a shortcut where the user's keyboard focus is."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def test_new_entry_shortcut_focuses_the_today_editor(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    window = shown_window(qtbot, staffed_office, qsettings)
    window.show_page("ledger")
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "today"
    assert QApplication.focusWidget() is window.page("today").form.text  # type: ignore[attr-defined]


def test_search_shortcut_focuses_the_ledger_search(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    window = shown_window(qtbot, staffed_office, qsettings)
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "ledger"
    assert QApplication.focusWidget() is window.page("ledger").search  # type: ignore[attr-defined]


def test_new_matter_shortcut_opens_the_dialog_and_esc_cancels(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    window = shown_window(qtbot, staffed_office, qsettings)
    press(
        qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = window.findChild(QDialog, "new_matter_dialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert staffed_office.matters.open_matters() == []


def test_previous_and_next_day_on_the_log_page(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    window = shown_window(qtbot, staffed_office, qsettings)
    page = window.show_page("log")
    start = page.day.date()  # type: ignore[attr-defined]
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day.date() == start.addDays(-1)  # type: ignore[attr-defined]
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.day.date() == start.addDays(1)  # type: ignore[attr-defined]
    assert isinstance(start, QDate)


def test_print_shortcut_uses_the_page_print_action(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings, monkeypatch: object
) -> None:
    window = shown_window(qtbot, staffed_office, qsettings)
    page = window.show_page("stats")
    printed: list[bool] = []
    page.print_preview = lambda: printed.append(True)  # type: ignore[attr-defined]
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [True]
    window.show_page("settings")
    assert window.shell.print_current() is False


def test_help_shows_the_guide_and_the_shortcut_list(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    window = shown_window(qtbot, staffed_office, qsettings)
    guide = window.shell.show_guide()
    assert "当日汇报" in guide.findChild(QTextBrowser, "guide_browser").toPlainText()
    guide.close()
    press(qtbot, window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QDialog, "shortcuts_dialog")
    assert dialog is not None and dialog.isVisible()
    texts = {text for text, _keys in window.shell.shortcut_rows()}
    assert {"新增日志记录", "新建事项…", "搜索台账", "前一天", "后一天"} <= texts


def test_reminders_show_on_the_today_page(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 17, 10, 0))
    staffed_office.matters.add(
        "网传某校食堂问题", grade=Grade.SERIOUS, discovered_at=clock() - timedelta(hours=3)
    )
    window = shown_window(qtbot, staffed_office, qsettings)
    due = window.shell.check_reminders()
    assert [r.kind for r in due] == ["deadline_overdue"]
    today = window.page("today")
    assert today.reminders_box.isVisible()  # type: ignore[attr-defined]
    assert "超过报送时限" in today.reminders.text()  # type: ignore[attr-defined]


def test_the_timer_s_check_runs_on_a_worker_and_shows_when_ready(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings, clock: FakeClock
) -> None:
    import threading

    clock.set(datetime(2026, 11, 17, 10, 0))
    window = shown_window(qtbot, staffed_office, qsettings)
    staffed_office.matters.add("网传停水", grade=Grade.SERIOUS, discovered_at=clock() - timedelta(hours=3))
    threads: list[str] = []
    real_due = staffed_office.reminders.due

    def due() -> list[DueReminder]:
        threads.append(threading.current_thread().name)
        return real_due()

    staffed_office.reminders.due = due  # type: ignore[method-assign]
    window.shell.refresh_reminders()
    qtbot.waitUntil(lambda: [r.kind for r in window.shell.current] == ["deadline_overdue"], timeout=10_000)
    assert threads and threading.main_thread().name not in threads
    assert "超过报送时限" in window.page("today").reminders.text()  # type: ignore[attr-defined]


def test_empty_log_tells_what_to_do_and_hides_after_an_entry(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings
) -> None:
    window = shown_window(qtbot, staffed_office, qsettings)
    page = window.show_page("log")
    hint = page.empty  # type: ignore[attr-defined]
    assert hint.isVisible() and "保存记录" in hint.text()
    page.editor.sources.setText("微博")  # type: ignore[attr-defined]
    page.editor.text.insertPlainText("午间巡查，未发现负面舆情。")  # type: ignore[attr-defined]
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    # The save runs on the operations layer; the change signal refreshes the page.
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)  # type: ignore[attr-defined]
    assert not hint.isVisible()


def test_reminders_are_worded_in_english_when_the_ui_is(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings, clock: FakeClock
) -> None:
    from dutylog.ui import i18n

    clock.set(datetime(2026, 11, 17, 10, 0))
    matter = staffed_office.matters.add(
        "网传停水", grade=Grade.SERIOUS, discovered_at=clock() - timedelta(hours=3)
    )
    i18n.install("en")
    try:
        window = shown_window(qtbot, staffed_office, qsettings)
        window.shell.check_reminders()
        text = window.page("today").reminders.text()  # type: ignore[attr-defined]
        assert "<b>Report overdue</b>" in text and matter.number in text and "09:00" in text
    finally:
        i18n.install("zh_CN")


class FakeTray:
    """Stands in for the system tray, which the offscreen platform lacks."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title: str, *_rest: object) -> None:
        self.messages.append(title)

    def hide(self) -> None:
        pass


def test_closing_keeps_running_in_the_tray_only_when_chosen(
    qtbot: QtBot, staffed_office: Office, qsettings: QSettings, clock: FakeClock
) -> None:
    window = shown_window(qtbot, staffed_office, qsettings)
    tray = FakeTray()
    window.shell.tray = tray  # type: ignore[assignment]
    qsettings.setValue("ui/close_to_tray", True)
    window.close()
    assert not window.isVisible()
    assert window.shell.timer.isActive()  # reminders keep coming
    assert tray.messages == ["DutyLog 仍在运行"]
    clock.set(datetime(2026, 11, 17, 17, 10))
    window.shell.check_reminders()
    assert "当日汇报提醒" in tray.messages
    qsettings.setValue("ui/close_to_tray", False)
    window.show()
    window.close()
    assert not window.shell.timer.isActive()  # really closed
