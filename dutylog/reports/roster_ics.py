"""The roster as an iCalendar file (RFC 5545), for everyone or one person."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from icalendar import Calendar, Event

from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.rotation import ShiftPattern

PRODID = "-//DutyLog//Duty roster//ZH"


def roster_ics(
    duties: Sequence[DutyAssignment],
    pattern: ShiftPattern,
    *,
    unit_name: str,
    now: datetime,
    holiday_names: Mapping[date, str] | None = None,
) -> bytes:
    """One VEVENT per duty; times are the office's local (floating) times."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{unit_name}值班表")
    names = holiday_names or {}
    for duty in duties:
        start, end = pattern.bounds(duty.duty_date, duty.shift)
        event = Event()
        event.add("uid", f"duty-{duty.id}-{duty.duty_date.isoformat()}-{duty.role.value}@dutylog")
        event.add("dtstamp", now)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", f"{duty.role.zh}：{duty.staff_name}（{duty.shift.zh}）")
        details = [f"{unit_name} {duty.role.zh} {duty.staff_name}"]
        if duty.phone:
            details.append(f"电话：{duty.phone}")
        holiday = names.get(duty.duty_date, "")
        if holiday:
            details.append(f"节假日值班：{holiday}")
        event.add("description", "\n".join(details))
        event.add("categories", [duty.role.zh])
        event.add("x-dutylog-role", duty.role.value)
        event.add("x-dutylog-shift", duty.shift.value)
        event.add("x-dutylog-staff", duty.staff_name)
        if holiday:
            event.add("x-dutylog-holiday", holiday)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
