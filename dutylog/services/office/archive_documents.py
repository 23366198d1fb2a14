"""The office's records gathered for documents: daily logs of a date, a shift or a range.

Used by `log show --pdf/--docx`, the monthly bulletin and the year's archive. Reads only.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.enums import Shift
from dutylog.domain.log.day_log import DayLog
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.domain.log.patrols import PatrolSlot
    from dutylog.domain.roster.records import RosterDay
    from dutylog.services.log.entries import LogService
    from dutylog.services.log.patrols import PatrolService
    from dutylog.services.roster.roster import RosterService


class DocumentsContext(OfficeContext, Protocol):
    """The office as this module needs it: the context and the services it uses."""

    @property
    def log(self) -> LogService: ...

    @property
    def patrols(self) -> PatrolService: ...

    @property
    def roster(self) -> RosterService: ...


class OfficeDocuments:
    def __init__(self, office: DocumentsContext) -> None:
        self.office = office

    def day_log(self, duty_date: date, shift: Shift | None = None) -> DayLog:
        """The log of one duty date, or of one of its shifts."""
        roster = self.office.roster.days(duty_date, duty_date)
        patrols = self.office.patrols.day(duty_date)
        return self._day(duty_date, shift, roster[0] if roster else None, patrols)

    def days_of_record(self, first: date, last: date) -> list[date]:
        """The duty dates of the range up to today that have log entries, in date order.

        Scheduled patrols alone do not make a day of record: before an office starts keeping
        its log in DutyLog, every past day would show its patrols as missed.
        """
        last = min(last, self.office.clock().date())  # the patrols of days to come are only plans
        if last < first:
            return []
        with self.office.db.transaction(read_only=True) as store:
            return store.log.duty_dates(first, last)

    def day_logs(self, first: date, last: date) -> list[DayLog]:
        """The log of every day of record of the range (see `days_of_record`), in date order."""
        dates = self.days_of_record(first, last)
        if not dates:
            return []
        roster = {day.day: day for day in self.office.roster.days(dates[0], dates[-1])}
        patrols = self.office.patrols.days(dates[0], dates[-1])
        return [self._day(day, None, roster.get(day), patrols.get(day, [])) for day in dates]

    def _day(
        self, duty_date: date, shift: Shift | None, roster: RosterDay | None, patrols: list[PatrolSlot]
    ) -> DayLog:
        entries = self.office.log.entries_for(duty_date, shift)
        if shift not in (None, Shift.FULL):
            times = self.office.shift_times()
            patrols = [slot for slot in patrols if times.locate(slot.at)[1] is shift]
        closed = tuple(s for s in (Shift.DAY, Shift.NIGHT) if self.office.log.is_closed(duty_date, s))
        return DayLog(
            unit_name=self.office.unit_name(),
            duty_date=duty_date,
            shift=shift,
            leaders=tuple(duty.staff_name for duty in roster.leaders) if roster else (),
            officers=tuple(duty.staff_name for duty in roster.officers) if roster else (),
            entries=tuple(entries),
            patrols=tuple(patrols),
            closed_shifts=closed,
        )
