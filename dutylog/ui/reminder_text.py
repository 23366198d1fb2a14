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
    elif reminder.kind == "special_due":
        title = QCoreApplication.translate("Reminders", "专报提醒")
        template = QCoreApplication.translate("Reminders", "{number}《{title}》须在 {due} 前报送专报。")
    elif reminder.kind == "special_overdue":
        title = QCoreApplication.translate("Reminders", "专报超时")
        template = QCoreApplication.translate(
            "Reminders", "{number}《{title}》专报已超过时限（{due}），请立即报送。"
        )
        if reminder.params.get("escalate"):
            template += QCoreApplication.translate("Reminders", "已超时1小时以上，请报告带班领导。")
    elif reminder.kind == "plan_step_overdue":
        title = QCoreApplication.translate("Reminders", "预案步骤逾期")
        template = QCoreApplication.translate(
            "Reminders", "{number}《{plan}》第{step}步“{text}”（{who}）已超过时限（{due}），请尽快办理。"
        )
    elif reminder.kind == "patrol_due":
        title = QCoreApplication.translate("Reminders", "巡查提醒")
        template = QCoreApplication.translate("Reminders", "{time} 巡查已到时间，请在 {due} 前完成并记录。")
    elif reminder.kind == "supervision":
        return _supervision_text(reminder.params)
    elif reminder.kind == "bulletin":
        return QCoreApplication.translate("Reminders", "舆情月报提醒"), _bulletin_sentence(reminder.params)
    elif reminder.kind == "next_duty":
        title, template = (
            QCoreApplication.translate("Reminders", "明日值班提醒"),
            QCoreApplication.translate("Reminders", "您明天（{day}）{shifts}担任{roles}。"),
        )
    else:
        return reminder.title, reminder.message
    return title, template.format(**reminder.params)


def _supervision_text(params: dict[str, str]) -> tuple[str, str]:
    """A supervision reminder (督办): what came due, for which matter and unit."""
    what = {
        "due_today": QCoreApplication.translate("Reminders", "今日到期"),
        "due_tomorrow": QCoreApplication.translate("Reminders", "明日到期"),
        "overdue": QCoreApplication.translate("Reminders", "已超期"),
        "review_waiting": QCoreApplication.translate("Reminders", "回复待审核"),
        "follow_up": QCoreApplication.translate("Reminders", "跟踪到期"),
    }[params["reminder"]]
    title = QCoreApplication.translate("Reminders", "督办提醒：{what}").format(what=what)
    if params["reminder"] == "review_waiting":
        template = QCoreApplication.translate("Reminders", "{number}《{title}》{unit}的回复待审核。")
    elif params["reminder"] == "follow_up":
        template = QCoreApplication.translate("Reminders", "{number}《{title}》跟踪至 {due}，请跟进。")
    else:
        template = QCoreApplication.translate("Reminders", "{number}《{title}》{unit}，办理时限 {due}。")
    return title, template.format(**params)


def _bulletin_sentence(params: dict[str, str]) -> str:
    """Last month's bulletin: what it still needs, and by when."""
    what = {
        "unwritten": QCoreApplication.translate("Reminders", "{month} 舆情月报尚未撰写"),
        "unsubmitted": QCoreApplication.translate("Reminders", "{month} 舆情月报尚未提交审签"),
        "returned": QCoreApplication.translate("Reminders", "{month} 舆情月报已被退回，需修改后重新提交"),
        "unsigned": QCoreApplication.translate("Reminders", "{month} 舆情月报已提交，等待审签。"),
    }[params["missing"]]
    if params["missing"] == "unsigned":
        return what.format(month=params["month"])
    if params["late"]:
        when = QCoreApplication.translate("Reminders", "，已过 {due} 报送时间。")
    else:
        when = QCoreApplication.translate("Reminders", "，请在 {due} 前报送。")
    return what.format(month=params["month"]) + when.format(due=params["due"])


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
