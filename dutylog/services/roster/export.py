"""Roster exports that need no Qt: .ics, .xlsx and the HTML pages the PDF is printed from."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.checks import check_range
from dutylog.reports.roster_ics import roster_ics
from dutylog.reports.roster_table import PRINT_FONT, month_html, months, write_xlsx
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.services.roster.holidays import HolidayService
    from dutylog.services.roster.roster import RosterService
    from dutylog.services.roster.staff import StaffService


class RosterExportContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def staff(self) -> StaffService: ...

    @property
    def holidays(self) -> HolidayService: ...

    @property
    def roster(self) -> RosterService: ...


def _write(path: Path, data: bytes) -> Path:
    """Write through a temporary file so a failed export never leaves half a file."""
    target = Path(path)
    temp = target.with_name(target.name + ".part")
    try:
        temp.write_bytes(data)
        temp.replace(target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ValidationError(f"无法写入文件 {target}：{exc.strerror}", code="write_failed") from exc
    return target


class RosterExporter:
    def __init__(self, office: RosterExportContext) -> None:
        self.office = office

    def ics(self, first: date, last: date, path: Path, staff_id: int | None = None) -> int:
        check_range(first, last)
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
        _write(path, data)
        return len(duties)

    def xlsx(self, first: date, last: date, path: Path) -> int:
        check_range(first, last)
        days = self.office.roster.days(first, last)
        quality = self.office.roster.check(first, last)
        rows = [
            (p.name, p.total, p.leader, p.officer, p.workday, p.weekend, p.holiday, round(p.hours, 1))
            for p in quality.people
        ]
        target = Path(path)
        temp = target.with_name(target.name + ".part.xlsx")
        try:
            write_xlsx(temp, self.office.unit_name(), days, rows)
            temp.replace(target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise ValidationError(f"无法写入文件 {target}：{exc.strerror}", code="write_failed") from exc
        return sum(len(d.leaders) + len(d.officers) for d in days)

    def html_pages(self, first: date, last: date, font: str = PRINT_FONT) -> list[str]:
        """One printable HTML page per calendar month of the range."""
        check_range(first, last)
        unit = self.office.unit_name()
        today = self.office.clock().date()
        return [
            month_html(unit, group, printed_on=today, font=font)
            for group in months(self.office.roster.days(first, last))
        ]
