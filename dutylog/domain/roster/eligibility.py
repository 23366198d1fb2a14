"""May this person take this duty slot? The one rule shared by auto-fill and by changes.

Pure: no storage, no Qt. The caller gives the person, the slot with its times, the
person's other duties near that day (a `Schedule`), their leave and the minimum
rest, and chooses the strictness explicitly (``ignore_rest``). The answer is the
list of reasons to refuse; an empty answer means the person may take the slot.

The rules, in the order they are reported:

- ``inactive``: the person is no longer active;
- ``wrong_role``: the person does not have the slot's role;
- ``on_leave``: the person is on leave that day;
- ``double_booking``: the person already has another duty on that duty date;
- ``overlap``: another duty's hours overlap the slot's hours (refused even when
  the rest rule is ignored: nobody can be in two places at once);
- ``too_little_rest``: less than the minimum rest between another duty and this
  one, before or after it (skipped when ``ignore_rest``).

A duty the person gives up with this change (``ignoring``: its slot id) does not
count for double booking, overlap or rest.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from dutylog.domain.enums import DutyRole, Shift


class RefusalCode(StrEnum):
    INACTIVE = "inactive"
    WRONG_ROLE = "wrong_role"
    ON_LEAVE = "on_leave"
    DOUBLE_BOOKING = "double_booking"
    OVERLAP = "overlap"
    TOO_LITTLE_REST = "too_little_rest"


class Person(Protocol):
    """What the rule needs to know about a person (`StaffRecord` fits)."""

    @property
    def name(self) -> str: ...

    @property
    def active(self) -> bool: ...

    @property
    def roles(self) -> frozenset[DutyRole]: ...


def holds(roles: frozenset[DutyRole], role: DutyRole) -> bool:
    """Whether someone with ``roles`` may take a slot of ``role``.

    A duty officer may also be the day's standby (备班): offices name as standby an
    officer who is not on duty that day, besides anyone kept for standby only.
    """
    return role in roles or (role is DutyRole.STANDBY and DutyRole.OFFICER in roles)


@dataclass(frozen=True)
class Candidate:
    """A person as the rotation knows them: an active member of one or more pools."""

    name: str
    roles: frozenset[DutyRole]
    active: bool = True


@dataclass(frozen=True)
class Booking:
    """One duty (planned, existing or wanted) with its hours from `ShiftPattern.bounds`.

    ``slot_id`` is the stored slot's id, 0 for a duty that is only planned.
    """

    duty_date: date
    shift: Shift
    role: DutyRole
    start: datetime
    end: datetime
    slot_id: int = 0

    @property
    def label(self) -> str:
        return f"{self.role.zh}{self.shift.zh}"


@dataclass(frozen=True)
class Refusal:
    """One reason a person may not take a slot. The message is built only when read:
    auto-fill asks for thousands of answers and never shows them."""

    code: RefusalCode
    name: str
    slot: Booking
    other: Booking | None = None
    rest_hours: float = 0.0

    @property
    def message(self) -> str:
        name, day, other = self.name, self.slot.duty_date, self.other
        if self.code is RefusalCode.INACTIVE:
            return f"{name} 已停用，不能安排值班。"
        if self.code is RefusalCode.WRONG_ROLE:
            return f"{name} 不是{self.slot.role.zh}。"
        if self.code is RefusalCode.ON_LEAVE:
            return f"{name} 在 {day} 请假，不能安排值班。"
        assert other is not None
        if self.code is RefusalCode.DOUBLE_BOOKING:
            return f"{name} 在 {day} 已有{other.label}值班。"
        if self.code is RefusalCode.OVERLAP:
            return f"{name} 的值班时间与 {other.duty_date} {other.label}值班重叠。"
        side = "下一班" if other.start >= self.slot.end else "上一班"
        return f"{name} 距{side}（{other.duty_date} {other.label}）休息不足 {self.rest_hours:g} 小时。"


class Schedule:
    """One person's duties, sorted by start so that the ones near a slot are found by
    bisection: auto-fill asks about every candidate for every slot of a year."""

    def __init__(self, bookings: Iterable[Booking] = ()) -> None:
        # (start, end, index into _bookings): the index keeps equal times distinct.
        self._intervals: list[tuple[datetime, datetime, int]] = []
        self._bookings: list[Booking] = []
        self._by_day: dict[date, list[Booking]] = {}
        self._longest = timedelta(0)
        for booking in bookings:
            self.add(booking)

    def add(self, booking: Booking) -> None:
        insort(self._intervals, (booking.start, booking.end, len(self._bookings)))
        self._bookings.append(booking)
        self._by_day.setdefault(booking.duty_date, []).append(booking)
        self._longest = max(self._longest, booking.end - booking.start)

    def __len__(self) -> int:
        return len(self._bookings)

    def on(self, day: date) -> Sequence[Booking]:
        return self._by_day.get(day, ())

    def near(self, start: datetime, end: datetime, margin: timedelta) -> list[Booking]:
        """Duties that may come within ``margin`` of ``start``..``end``, by start time.

        A duty starting earlier than the longest duty before ``start - margin``
        cannot reach it, so the search window is bounded on both sides."""
        low = bisect_left(self._intervals, (start - margin - self._longest,))
        high = bisect_left(self._intervals, (end + margin,))
        return [self._bookings[index] for _start, _end, index in self._intervals[low:high]]


def on_leave(leave: Iterable[tuple[date, date]], day: date) -> bool:
    """Is ``day`` inside one of the inclusive leave periods?"""
    return any(first <= day <= last for first, last in leave)


def overlaps(start: datetime, end: datetime, other_start: datetime, other_end: datetime) -> bool:
    """Do two duties' hours overlap (touching ends do not)?"""
    return other_start < end and start < other_end


def too_little_rest(
    start: datetime, end: datetime, other_start: datetime, other_end: datetime, rest: timedelta
) -> bool:
    """Is there less than ``rest`` between two duties that do not overlap (in either order)?"""
    return other_start < end + rest and start < other_end + rest


def refusals(
    person: Person,
    slot: Booking,
    *,
    schedule: Schedule,
    leave: Iterable[tuple[date, date]],
    min_rest: timedelta,
    ignore_rest: bool,
    ignoring: int | None = None,
) -> tuple[Refusal, ...]:
    """Why ``person`` may not take ``slot``; empty when they may.

    ``schedule`` holds the person's other duties (at least those within
    ``min_rest`` plus a day of the slot), ``leave`` their inclusive leave periods.
    ``ignore_rest`` drops the minimum-rest rule only; overlapping hours are still
    refused. ``ignoring`` is the id of a slot the person gives up with this change.
    At most one refusal per code is returned, for the earliest offending duty.
    """
    found: list[Refusal] = []
    name, day = person.name, slot.duty_date
    if not person.active:
        found.append(Refusal(RefusalCode.INACTIVE, name, slot))
    if not holds(person.roles, slot.role):
        found.append(Refusal(RefusalCode.WRONG_ROLE, name, slot))
    if on_leave(leave, day):
        found.append(Refusal(RefusalCode.ON_LEAVE, name, slot))
    for other in schedule.on(day):
        if ignoring is None or other.slot_id != ignoring:
            found.append(Refusal(RefusalCode.DOUBLE_BOOKING, name, slot, other))
            break
    rest = timedelta(0) if ignore_rest else min_rest
    start, end = slot.start, slot.end
    overlap: Booking | None = None
    short: Booking | None = None
    for other in schedule.near(start, end, rest):
        if ignoring is not None and other.slot_id == ignoring:
            continue
        if overlaps(start, end, other.start, other.end):
            overlap = overlap or other
        elif too_little_rest(start, end, other.start, other.end, rest):
            short = short or other
    if overlap is not None:
        found.append(Refusal(RefusalCode.OVERLAP, name, slot, overlap))
    if short is not None:
        hours = min_rest.total_seconds() / 3600
        found.append(Refusal(RefusalCode.TOO_LITTLE_REST, name, slot, short, hours))
    return tuple(found)
