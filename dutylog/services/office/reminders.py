"""Reminders due now: the day's briefing, matters' report deadlines and one's next duty.

Qt-free: the main window's minute timer, the tray icon and the Today page all show the
list this returns. Each reminder has a stable ``key`` so a notifier can show it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.permissions import Permission, allowed
from dutylog.domain.errors import DutyLogError
from dutylog.domain.log.patrols import PatrolStatus
from dutylog.domain.matters.deadlines import past_record
from dutylog.domain.supervision.figures import ReminderKind, ReminderRow
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.services.briefings.briefings import BriefingService
    from dutylog.services.log.patrols import PatrolService
    from dutylog.services.matters.matters import MatterService
    from dutylog.services.plans.checklists import ChecklistService
    from dutylog.services.roster.roster import RosterService
    from dutylog.services.supervision.supervision import SupervisionService

# A matter's report deadline is "approaching" this long before it falls due.
DEADLINE_WARNING = timedelta(minutes=30)
# The next duty is announced from this hour on the day before.
DUTY_NOTICE_FROM_HOUR = 12
# A special report's reminder comes back this often once late (twice this before).
SPECIAL_REPEAT = timedelta(minutes=15)
# This long past a special report's deadline the reminder asks to tell the leader on duty.
SPECIAL_ESCALATE = timedelta(hours=1)


class RemindersContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def briefings(self) -> BriefingService: ...

    @property
    def matters(self) -> MatterService: ...

    @property
    def patrols(self) -> PatrolService: ...

    @property
    def roster(self) -> RosterService: ...

    @property
    def supervision(self) -> SupervisionService: ...

    @property
    def checklists(self) -> ChecklistService: ...


@dataclass(frozen=True)
class DueReminder:
    key: str  # stable per subject and day, e.g. "matter-overdue:7"
    # "briefing", "deadline_soon", "deadline_overdue", "special_due", "special_overdue",
    # "patrol_due", "next_duty", "supervision", "plan_step_overdue", "bulletin"
    kind: str
    title: str
    message: str
    urgent: bool = False
    # The facts in the message (number, title, due time, day) for a UI that words it itself.
    params: dict[str, str] = field(default_factory=dict)


def _supervision_message(row: ReminderRow) -> str:
    """The reminder's sentence under its title (which already says due, overdue or waiting)."""
    subject = f"{row.matter_number}《{row.title}》"
    if row.kind is ReminderKind.REVIEW_WAITING:
        return f"{subject}{row.unit_name}的回复待审核。"
    if row.kind is ReminderKind.FOLLOW_UP:
        return f"{subject}跟踪至 {row.due_on:%Y-%m-%d}，请跟进。"
    return f"{subject}{row.unit_name}，办理时限 {row.due_on:%Y-%m-%d}。"


class ReminderService:
    def __init__(self, office: RemindersContext) -> None:
        self.office = office

    def due(self) -> list[DueReminder]:
        """Everything to remind the current user of now, most urgent first."""
        found: list[DueReminder] = []
        for part in (
            self._briefing,
            self._bulletin,
            self._deadlines,
            self._special_reports,
            self._plan_steps,
            self._patrols,
            self._supervision,
            self._next_duty,
        ):
            try:
                found.extend(part())
            except DutyLogError:
                continue  # one area failing (e.g. no permission) must not hide the others
        return sorted(found, key=lambda r: not r.urgent)

    def _briefing(self) -> list[DueReminder]:
        reminder = self.office.briefings.reminder()
        if not reminder.due:
            return []
        day = reminder.deadline.date()
        return [
            DueReminder(
                f"briefing:{day.isoformat()}",
                "briefing",
                "当日汇报提醒",
                reminder.message,
                urgent=self.office.clock() >= reminder.deadline,
                params={
                    "due": f"{reminder.deadline:%H:%M}",
                    "missing": reminder.missing,
                    "late": "late" if reminder.late else "",
                },
            )
        ]

    def _bulletin(self) -> list[DueReminder]:
        """Last month's bulletin: to the officers until submitted, then to the leaders until signed."""
        actor = self.office.actor
        if not allowed(actor, Permission.BULLETIN_WRITE):
            return []  # a viewer or an administrator: nothing to read for them
        reminder = self.office.briefings.bulletin_reminder()
        # The officers write it and are told; a leader is told once there is something to sign.
        if reminder is None or allowed(actor, Permission.BRIEFING_SIGN) != reminder.for_signer:
            return []
        what = {
            "unwritten": "尚未撰写",
            "unsubmitted": "尚未提交审签",
            "returned": "已被退回，需修改后重新提交",
            "unsigned": "已提交，等待审签",
        }[reminder.missing]
        if reminder.for_signer:
            tail = "。"
        elif reminder.late:
            tail = f"，已过 {reminder.due.month}月{reminder.due.day}日 报送时间。"
        else:
            tail = f"，请在 {reminder.due.month}月{reminder.due.day}日 前报送。"
        return [
            DueReminder(
                f"bulletin:{reminder.year}-{reminder.month:02d}:{reminder.missing}",
                "bulletin",
                "舆情月报提醒",
                f"{reminder.year}年{reminder.month}月舆情月报{what}{tail}",
                urgent=reminder.late,
                params={
                    "month": f"{reminder.year}-{reminder.month:02d}",
                    "missing": reminder.missing,
                    "due": reminder.due.isoformat(),
                    "late": "late" if reminder.late else "",
                },
            )
        ]

    def _deadlines(self) -> list[DueReminder]:
        now = self.office.clock()
        limits = self.office.matters.time_limits()
        found: list[DueReminder] = []
        for matter in self.office.matters.open_matters():
            if matter.reported_at is not None:
                continue
            deadline = self.office.matters.deadline(matter, limits=limits)
            if deadline.met:
                continue
            entered = matter.created_at
            if entered is not None and past_record(matter.discovered_at, entered) and deadline.due < entered:
                continue  # typed in on a later day, after its deadline had gone
            if deadline.overdue:
                found.append(
                    DueReminder(
                        f"matter-overdue:{matter.id}",
                        "deadline_overdue",
                        "事项报送超时",
                        f"{matter.number}《{matter.title}》已超过报送时限（{deadline.due:%H:%M}），请立即报送。",
                        urgent=True,
                        params={
                            "number": matter.number,
                            "title": matter.title,
                            "due": f"{deadline.due:%H:%M}",
                        },
                    )
                )
            elif deadline.due - now <= DEADLINE_WARNING:
                found.append(
                    DueReminder(
                        f"matter-soon:{matter.id}",
                        "deadline_soon",
                        "事项报送时限将至",
                        f"{matter.number}《{matter.title}》须在 {deadline.due:%H:%M} 前报送。",
                        params={
                            "number": matter.number,
                            "title": matter.title,
                            "due": f"{deadline.due:%H:%M}",
                        },
                    )
                )
        return found

    def _supervision(self) -> list[DueReminder]:
        """Assignments due today or tomorrow, overdue, replies to review, follow-ups reached."""
        found = []
        for row in self.office.supervision.reminders():
            subject = row.assignment_id if row.assignment_id is not None else f"m{row.matter_id}"
            found.append(
                DueReminder(
                    f"supervision-{row.kind.value}:{subject}:{self.office.clock().date().isoformat()}",
                    "supervision",
                    f"督办提醒：{row.kind.zh}",
                    _supervision_message(row),
                    urgent=row.kind is ReminderKind.OVERDUE or row.kind is ReminderKind.DUE_TODAY,
                    params={
                        "reminder": row.kind.value,
                        "number": row.matter_number,
                        "title": row.title,
                        "unit": row.unit_name,
                        "due": row.due_on.isoformat(),
                    },
                )
            )
        return found

    def _patrols(self) -> list[DueReminder]:
        """A scheduled patrol that is due now (from its time until its window closes)."""
        now = self.office.clock()
        duty_date, _shift = self.office.shift_times().locate(now)
        return [
            DueReminder(
                f"patrol:{slot.at.isoformat(timespec='minutes')}",
                "patrol_due",
                "巡查提醒",
                f"{slot.at:%H:%M} 巡查已到时间，请在 {slot.due_until:%H:%M} 前完成并记录。",
                params={"time": f"{slot.at:%H:%M}", "due": f"{slot.due_until:%H:%M}"},
            )
            for slot in self.office.patrols.day(duty_date, now=now)
            # Only a patrol someone is rostered for: an office that keeps no roster gets no alarm.
            if slot.status is PatrolStatus.DUE and slot.officers
        ]

    def _special_reports(self) -> list[DueReminder]:
        """A major matter's special report (专报): repeats until it is sent, escalates after the limit.

        The key changes every `SPECIAL_REPEAT` (so a notifier that shows a key once shows
        it again); past the deadline the reminder is urgent, and `SPECIAL_ESCALATE` later
        it asks for the leader on duty to be told.
        """
        now = self.office.clock()
        limits = self.office.matters.time_limits()
        found: list[DueReminder] = []
        for matter in self.office.matters.open_matters():
            limit = limits.by_grade.get(matter.grade)
            minutes = limit.special_report_minutes if limit is not None else None
            if minutes is None or matter.special_reported_at is not None or now < matter.discovered_at:
                continue
            entered = matter.created_at
            due = matter.discovered_at + timedelta(minutes=minutes)
            if entered is not None and past_record(matter.discovered_at, entered) and due < entered:
                continue  # typed in on a later day, after its deadline had gone
            late = now >= due
            step = SPECIAL_REPEAT if late else SPECIAL_REPEAT * 2
            turn = int((now - (due if late else matter.discovered_at)) / step)
            escalated = late and now >= due + SPECIAL_ESCALATE
            params = {"number": matter.number, "title": matter.title, "due": f"{due:%H:%M}"}
            if escalated:
                params["escalate"] = "leader"
            if late:
                message = (
                    f"{matter.number}《{matter.title}》专报已超过时限（{due:%m-%d %H:%M}），请立即报送。"
                )
                if escalated:
                    message += "已超时1小时以上，请报告带班领导。"
            else:
                message = f"{matter.number}《{matter.title}》须在 {due:%H:%M} 前报送专报。"
            found.append(
                DueReminder(
                    f"special{'-late' if late else ''}:{matter.id}:{turn}",
                    "special_overdue" if late else "special_due",
                    "专报超时" if late else "专报提醒",
                    message,
                    urgent=late,
                    params=params,
                )
            )
        return found

    def _plan_steps(self) -> list[DueReminder]:
        """An overdue step of a plan running on a matter alarms like a late special report."""
        now = self.office.clock()
        found: list[DueReminder] = []
        for plan, step in self.office.checklists.overdue(now):
            turn = int((now - step.due_at) / SPECIAL_REPEAT)
            params = {
                "number": plan.matter_number,
                "plan": plan.plan_name,
                "step": str(step.position),
                "text": step.text,
                "who": step.who.zh,
                "due": f"{step.due_at:%m-%d %H:%M}",
            }
            message = (
                f"{plan.matter_number}《{plan.plan_name}》第{step.position}步“{step.text}”"
                f"（{step.who.zh}）已超过时限（{step.due_at:%m-%d %H:%M}），请尽快办理。"
            )
            found.append(
                DueReminder(
                    f"plan-step:{step.id}:{turn}", "plan_step_overdue", "预案步骤逾期", message, True, params
                )
            )
        return found

    def _next_duty(self) -> list[DueReminder]:
        staff_id = self.office.actor.staff_id
        now = self.office.clock()
        if staff_id is None or now.hour < DUTY_NOTICE_FROM_HOUR:
            return []
        tomorrow = now.date() + timedelta(days=1)
        duties = self.office.roster.between(tomorrow, tomorrow, staff_id)
        if not duties:
            return []
        shifts = "、".join(sorted({duty.shift.zh for duty in duties}))
        roles = "、".join(sorted({duty.role.zh for duty in duties}))
        return [
            DueReminder(
                f"duty:{tomorrow.isoformat()}",
                "next_duty",
                "明日值班提醒",
                f"您明天（{tomorrow:%m月%d日}）{shifts}担任{roles}。",
                params={
                    "day": tomorrow.isoformat(),
                    "shifts": ", ".join(sorted({duty.shift.en for duty in duties})),
                    "roles": ", ".join(sorted({duty.role.en for duty in duties})),
                },
            )
        ]
