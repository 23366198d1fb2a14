"""Roster exports that need no Qt: .ics, .xlsx and the HTML pages the PDF is printed from."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.roster.checks import check_range
from dutylog.reports.roster_ics import roster_ics
from dutylog.reports.roster_table import PRINT_FONT, month_html, months, write_xlsx
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.services.roster.holidays import HolidayService
    from dutylog.services.roster.roster import RosterService
    from dutylog.services.roster.staff import StaffService
    from dutylog.storage.output import Written


class RosterExportContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def staff(self) -> StaffService: ...

    @property
    def holidays(self) -> HolidayService: ...

    @property
    def roster(self) -> RosterService: ...


class RosterExporter:
    def __init__(self, office: RosterExportContext) -> None:
        self.office = office

    def ics(self, first: date, last: date, path: str | Path, staff_id: int | None = None) -> Written:
        """Write the range's duties (one person's with ``staff_id``); ``count`` is the duties."""
        check_range(first, last)
        self.office.outputs.check(path)  # refused before anything is read
        if staff_id is not None:
            self.office.staff.person(staff_id)
        duties = self.office.roster.between(first, last, staff_id)
        calendar = self.office.holidays.calendar(first, last)
        names = {day: entry.name for day, entry in calendar.entries.items() if entry.kind.is_rest_day}
        data = roster_ics(
            duties,
            self.office.roster.pattern(),
            unit_name=self.office.unit_name(),
            now=self.office.clock(),
            holiday_names=names,
        )
        return self.office.outputs.write(path, data, count=len(duties))

    def xlsx(self, first: date, last: date, path: str | Path) -> Written:
        """Write the range as a workbook; ``count`` is the duties in it."""
        check_range(first, last)
        with self.office.outputs.writing(path) as out:
            days = self.office.roster.days(first, last)
            quality = self.office.roster.check(first, last)
            rows = [
                (p.name, p.total, p.leader, p.officer, p.workday, p.weekend, p.holiday, round(p.hours, 1))
                for p in quality.people
            ]
            write_xlsx(out.temp, self.office.unit_name(), days, rows, printed_on=self.office.clock().date())
            out.count = sum(len(d.leaders) + len(d.officers) + len(d.standby) for d in days)
        return out.written

    def html_pages(self, first: date, last: date, font: str = PRINT_FONT) -> list[str]:
        """One printable HTML page per calendar month of the range."""
        check_range(first, last)
        unit = self.office.unit_name()
        today = self.office.clock().date()
        return [
            month_html(unit, group, printed_on=today, font=font)
            for group in months(self.office.roster.days(first, last))
        ]
