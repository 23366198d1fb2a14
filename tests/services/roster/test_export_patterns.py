"""Exports follow the shift pattern and name the standby (issue 20)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from openpyxl import load_workbook

from dutylog.domain.enums import DutyRole
from dutylog.domain.log.shifts import PatternKind
from dutylog.office import Office
from tests.services.roster.conftest import Team

DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))


def three_shift_month(office: Office) -> None:
    office.staff.add("钱备", roles=[DutyRole.STANDBY])
    office.staff.add("冯备", roles=[DutyRole.STANDBY])
    office.roster.set_shift_pattern(PatternKind.THREE, [time(8), time(16), time(0)], date(2026, 12, 1))
    office.roster.generate(*DECEMBER)


def test_ics_gives_each_shift_its_own_hours(office: Office, team: Team, tmp_path: Path) -> None:
    three_shift_month(office)
    path = tmp_path / "roster.ics"
    office.roster.export.ics(*DECEMBER, path)
    events = list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    late = [e for e in events if str(e["x-dutylog-shift"]) == "late"]
    assert len(late) == 31
    first = min(late, key=lambda e: e["dtstart"].dt)
    # The late shift of 12-01 runs from midnight to 08:00 on the 2nd.
    shanghai = ZoneInfo("Asia/Shanghai")
    assert (first["dtstart"].dt, first["dtend"].dt) == (
        datetime(2026, 12, 2, 0, tzinfo=shanghai),
        datetime(2026, 12, 2, 8, tzinfo=shanghai),
    )
    assert sum(1 for e in events if str(e["x-dutylog-role"]) == "standby") == 31


def test_the_table_has_a_standby_column_and_explains_the_shifts(
    office: Office, team: Team, tmp_path: Path
) -> None:
    three_shift_month(office)
    pages = office.roster.export.html_pages(*DECEMBER)
    assert "<th" in pages[0] and "备班" in pages[0] and "大夜班" in pages[0]
    assert "每日交班时起值班 24 小时" not in pages[0]
    path = tmp_path / "roster.xlsx"
    written = office.roster.export.xlsx(*DECEMBER, path)
    sheet = load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet[2]]
    assert header[6] == "备班"
    assert sheet.cell(3, 7).value in ("钱备", "冯备")
    assert written.count == 31 * 5  # leader, three officers and the standby each day


def test_without_standby_people_the_table_keeps_its_columns(
    office: Office, team: Team, tmp_path: Path
) -> None:
    office.roster.generate(*DECEMBER)
    path = tmp_path / "roster.xlsx"
    office.roster.export.xlsx(*DECEMBER, path)
    header = [cell.value for cell in load_workbook(path).worksheets[0][2]]
    assert "备班" not in header and len(header) == 8
    assert "每日交班时起值班 24 小时" in office.roster.export.html_pages(*DECEMBER)[0]
