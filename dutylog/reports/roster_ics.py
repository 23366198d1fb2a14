"""The roster as an iCalendar file (RFC 5545), for everyone or one person."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneStandard

from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.rotation import ShiftPattern

PRODID = "-//DutyLog//Duty roster//ZH"
# The office's times are China Standard Time: without a zone a phone elsewhere (or a
# laptop set to UTC) would show the duty hours shifted.
TZID = "Asia/Shanghai"


def china_timezone() -> Timezone:
    """VTIMEZONE of Asia/Shanghai: UTC+8 all year (no daylight saving since 1991)."""
    zone = Timezone()
    zone.add("tzid", TZID)
    zone.add("x-lic-location", TZID)
    standard = TimezoneStandard()
    standard.add("tzname", "CST")
    standard.add("dtstart", datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", timedelta(hours=8))
    standard.add("tzoffsetto", timedelta(hours=8))
    zone.add_component(standard)
    return zone


def roster_ics(
    duties: Sequence[DutyAssignment],
    pattern: ShiftPattern,
    *,
    unit_name: str,
    now: datetime,
    holiday_names: Mapping[date, str] | None = None,
) -> bytes:
    """One VEVENT per duty; times are the office's local times in Asia/Shanghai (TZID)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{unit_name}值班表")
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(china_timezone())
    zone = ZoneInfo(TZID)
    names = holiday_names or {}
    for duty in duties:
        start, end = pattern.bounds(duty.duty_date, duty.shift)
        event = Event()
        event.add("uid", f"duty-{duty.id}-{duty.duty_date.isoformat()}-{duty.role.value}@dutylog")
        event.add("dtstamp", _utc(now, zone))
        event.add("dtstart", start.replace(tzinfo=zone))
        event.add("dtend", end.replace(tzinfo=zone))
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


def _utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """DTSTAMP must be UTC (RFC 5545 3.8.7.2); the office clock gives local naive times."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)
    return aware.astimezone(UTC)
