"""Reminders in the UI's language: the service words them in Chinese and gives their facts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dutylog.domain.briefings.briefing import Reminder
from dutylog.services.office.reminders import DueReminder
from dutylog.ui import i18n


def reminder_text(reminder: DueReminder) -> tuple[str, str]:
    """(title, message) for the tray and the Today page."""
    if i18n.current() == i18n.DEFAULT:
        return reminder.title, reminder.message
    try:
        return _translated(reminder)
    except (KeyError, IndexError):
        return reminder.title, reminder.message


def _translated(reminder: DueReminder) -> tuple[str, str]:
    # Each message is looked up by its own literal so lupdate finds it; only the chosen one is formatted.
    if reminder.kind == "briefing":
        params = reminder.params
        message = _briefing_sentence(params["missing"], bool(params["late"]), params["due"])
        return QCoreApplication.translate("Reminders", "当日汇报提醒"), message
    if reminder.kind == "deadline_soon":
        title, template = (
            QCoreApplication.translate("Reminders", "事项报送时限将至"),
            QCoreApplication.translate("Reminders", "{number}《{title}》须在 {due} 前报送。"),
        )
    elif reminder.kind == "deadline_overdue":
        title = QCoreApplication.translate("Reminders", "事项报送超时")
        template = QCoreApplication.translate(
            "Reminders", "{number}《{title}》已超过报送时限（{due}），请立即报送。"
        )
    elif reminder.kind == "next_duty":
        title, template = (
            QCoreApplication.translate("Reminders", "明日值班提醒"),
            QCoreApplication.translate("Reminders", "您明天（{day}）{shifts}担任{roles}。"),
        )
    else:
        return reminder.title, reminder.message
    return title, template.format(**reminder.params)


def briefing_reminder_text(reminder: Reminder) -> str:
    """The Briefings page's banner: what is missing from today's briefing and by when."""
    if i18n.current() == i18n.DEFAULT:
        return reminder.message
    return _briefing_sentence(reminder.missing, reminder.late, f"{reminder.deadline:%H:%M}")


def _briefing_sentence(missing: str, late: bool, due: str) -> str:
    """The same sentence on the banner, in the tray and on the Today page."""
    if missing == "returned":
        what = QCoreApplication.translate("Reminders", "今日汇报已被退回，请修改后重新提交")
    elif missing == "unwritten":
        what = QCoreApplication.translate("Reminders", "今日汇报尚未撰写")
    else:
        what = QCoreApplication.translate("Reminders", "今日汇报尚未提交")
    if late:
        when = QCoreApplication.translate("Reminders", "，已过 {due} 下班时间。")
    else:
        when = QCoreApplication.translate("Reminders", "，请在 {due} 前提交。")
    return what + when.format(due=due)
