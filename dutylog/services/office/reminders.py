"""Reminders due now: the day's briefing, matters' report deadlines and one's next duty.

Qt-free: the main window's minute timer, the tray icon and the Today page all show the
list this returns. Each reminder has a stable ``key`` so a notifier can show it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.errors import DutyLogError
from dutylog.domain.matters.deadlines import past_record
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.services.briefings.briefings import BriefingService
    from dutylog.services.matters.matters import MatterService
    from dutylog.services.roster.roster import RosterService

# A matter's report deadline is "approaching" this long before it falls due.
DEADLINE_WARNING = timedelta(minutes=30)
# The next duty is announced from this hour on the day before.
DUTY_NOTICE_FROM_HOUR = 12


class RemindersContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def briefings(self) -> BriefingService: ...

    @property
    def matters(self) -> MatterService: ...

    @property
    def roster(self) -> RosterService: ...


@dataclass(frozen=True)
class DueReminder:
    key: str  # stable per subject and day, e.g. "matter-overdue:7"
    kind: str  # "briefing", "deadline_soon", "deadline_overdue", "next_duty"
    title: str
    message: str
    urgent: bool = False
    # The facts in the message (number, title, due time, day) for a UI that words it itself.
    params: dict[str, str] = field(default_factory=dict)


class ReminderService:
    def __init__(self, office: RemindersContext) -> None:
        self.office = office

    def due(self) -> list[DueReminder]:
        """Everything to remind the current user of now, most urgent first."""
        found: list[DueReminder] = []
        for part in (self._briefing, self._deadlines, self._next_duty):
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
