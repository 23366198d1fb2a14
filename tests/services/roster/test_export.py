"""Exports (.ics round trip, .xlsx), the `dutylog roster` commands and staff import."""

from __future__ import annotations

import csv
import json
import os
from datetime import date
from pathlib import Path
from typing import Any as Team
from unittest.mock import patch
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from dutylog.cli import main
from dutylog.domain.enums import DutyRole
from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.staff_import import map_headers, parse_roles, parse_rows
from dutylog.office import Office
from dutylog.services.roster.staff_import import import_staff
from tests.cli.accounts import admin_login


def test_ics_parses_back_to_the_same_assignments(office: Office, team: Team, tmp_path: Path) -> None:
    office.roster.add_special_period("重大活动", date(2026, 12, 24), date(2026, 12, 24))
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    path = tmp_path / "roster.ics"
    count = office.roster.export.ics(date(2026, 12, 1), date(2026, 12, 31), path).count
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(parsed.walk("VEVENT"))
    assert count == len(events) == 63
    pattern = office.roster.pattern()
    expected = {
        (pattern.bounds(d.duty_date, d.shift), d.role.value, d.staff_name)
        for d in office.roster.between(date(2026, 12, 1), date(2026, 12, 31))
    }
    got = {
        (
            (e.decoded("dtstart").replace(tzinfo=None), e.decoded("dtend").replace(tzinfo=None)),
            str(e["x-dutylog-role"]),
            str(e["x-dutylog-staff"]),
        )
        for e in events
    }
    assert got == expected
    assert {str(e.decoded("dtstart").tzinfo) for e in events} == {"Asia/Shanghai"}
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_ics_for_one_person(office: Office, team: Team, tmp_path: Path) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    zhang = team.officers[0]
    path = tmp_path / "zhang.ics"
    count = office.roster.export.ics(date(2026, 12, 1), date(2026, 12, 31), path, zhang.id).count
    events = list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert count == len(events) == len(office.roster.between(date(2026, 12, 1), date(2026, 12, 31), zhang.id))
    assert {str(e["x-dutylog-staff"]) for e in events} == {"张伟"}


def test_xlsx_has_a_month_sheet_with_title_and_rows(office: Office, team: Team, tmp_path: Path) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    path = tmp_path / "roster.xlsx"
    office.roster.export.xlsx(date(2026, 12, 1), date(2026, 12, 31), path)
    book = load_workbook(path)
    sheet = book["2026年12月"]
    assert sheet["A1"].value == "网络舆情值班室2026年12月值班表"
    assert sheet.max_row == 2 + 31
    first = office.roster.days(date(2026, 12, 1), date(2026, 12, 1))[0]
    assert sheet["C3"].value == first.leaders[0].staff_name
    assert "值班统计" in book.sheetnames


def test_ics_names_asia_shanghai_with_its_vtimezone(office: Office, team: Team, tmp_path: Path) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    path = tmp_path / "roster.ics"
    office.roster.export.ics(date(2026, 12, 1), date(2026, 12, 31), path)
    raw = path.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Asia/Shanghai:" in raw and "DTEND;TZID=Asia/Shanghai:" in raw
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    zones = list(parsed.walk("VTIMEZONE"))
    assert [str(zone["tzid"]) for zone in zones] == ["Asia/Shanghai"]
    standard = next(iter(zones[0].walk("STANDARD")))
    assert standard.decoded("tzoffsetto").total_seconds() == 8 * 3600
    event = next(iter(parsed.walk("VEVENT")))
    assert event.decoded("dtstamp").utcoffset().total_seconds() == 0  # DTSTAMP in UTC
    # A phone in UTC shows the day shift of 12-01 starting at 00:00 UTC (08:00 in Beijing).
    start = min(e.decoded("dtstart") for e in parsed.walk("VEVENT"))
    assert start.astimezone(ZoneInfo("UTC")).hour == (start.hour - 8) % 24


def test_xlsx_prints_landscape_fitted_with_rules_and_a_repeated_header(
    office: Office, team: Team, tmp_path: Path
) -> None:
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    path = tmp_path / "roster.xlsx"
    office.roster.export.xlsx(date(2026, 12, 1), date(2026, 12, 31), path)
    sheet = load_workbook(path)["2026年12月"]
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$2:$2"
    assert "值班表" in sheet.oddHeader.center.text and "打印日期：2026-11-17" in sheet.oddHeader.right.text
    assert "&P" in sheet.oddFooter.center.text
    for cell in (sheet["A2"], sheet["H33"], sheet["C15"]):
        assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin"
    assert sheet["A1"].border.left.style is None  # the title above the table has no rules


def cli(db: Path, *args: str) -> int:
    """`dutylog --db DB ...` logged in as the office's administrator: the roster is theirs."""
    login = admin_login(db)
    with patch.dict(os.environ, login):
        return main(["--db", str(db), *args])


def test_cli_generate_show_check_export(
    office: Office, team: Team, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office.close()
    # The CLI runs on the wall clock; plan a range safely in the future.
    assert (
        cli(
            db_path,
            "roster",
            "generate",
            "--from",
            "2030-03-01",
            "--to",
            "2030-03-31",
            "--start-officer",
            "赵敏",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "62 duties planned" in out and "2030年" in out  # unknown year warning
    assert cli(db_path, "roster", "show", "--date", "2030-03-01", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["officers"][0]["name"] == "赵敏" and len(shown["leaders"]) == 1
    assert cli(db_path, "roster", "check", "--from", "2030-03-01", "--to", "2030-03-31", "--json") == 0
    checked = json.loads(capsys.readouterr().out)
    assert checked["gaps"] == 0 and checked["spread"]["officer"] <= 1
    assert cli(db_path, "roster", "check", "--from", "2030-04-01", "--to", "2030-04-02") == 1
    ics = tmp_path / "x.ics"
    assert (
        cli(
            db_path,
            "roster",
            "export",
            "--from",
            "2030-03-01",
            "--to",
            "2030-03-31",
            "--ics",
            str(ics),
            "--person",
            "赵敏",
        )
        == 0
    )
    assert ics.exists()


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["generate", "--from", "2030-03-10", "--to", "2030-03-01"], "range_order"),
        (["generate", "--from", "2030-01-01", "--to", "2034-01-01"], "range_too_long"),
        (
            ["generate", "--from", "2030-01-01", "--to", "2030-01-02", "--start-officer", "无此人"],
            "unknown_person",
        ),
        (
            [
                "export",
                "--from",
                "2030-01-01",
                "--to",
                "2030-01-02",
                "--ics",
                "/tmp/x.ics",
                "--person",
                "无此人",
            ],
            "unknown_person",
        ),
    ],
)
def test_cli_bad_input_prints_one_clear_line(
    office: Office, team: Team, db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: str
) -> None:
    office.close()
    assert cli(db_path, "roster", *args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"dutylog: {code}:") and "\n" not in err


def test_import_staff_from_xlsx_and_csv(office: Office, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "单位", "手机", "职务", "角色"])
    sheet.append(["王建国", "办公室", 13900000001, "主任", "带班领导"])
    sheet.append(["张伟", "网评科", "13800000001", "科员", "值班员"])
    sheet.append(["马超", "网评科", "", "", "备班"])
    book.save(tmp_path / "staff.xlsx")
    result = import_staff(office, tmp_path / "staff.xlsx")
    assert result.added == ("王建国", "张伟", "马超")
    people = {p.name: p for p in office.staff.all()}
    assert people["王建国"].roles == {DutyRole.LEADER} and people["王建国"].title == "主任"
    assert people["王建国"].phone == "13900000001" and people["张伟"].unit_name == "网评科"
    assert people["马超"].roles == {DutyRole.OFFICER, DutyRole.STANDBY}
    path = tmp_path / "staff.csv"
    with path.open("w", encoding="gb18030", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "部门", "电话", "职务"])
        writer.writerow(["张伟", "网评科", "13800000001", "值班员"])
        writer.writerow(["刘洋", "网评科", "13800000002", "科员"])
    again = import_staff(office, path)
    assert again.added == ("刘洋",) and again.skipped == ("张伟",)
    assert next(p for p in office.staff.all() if p.name == "刘洋").roles == {DutyRole.OFFICER}


def test_import_with_a_bad_row_writes_nothing(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("姓名,电话\n张伟,13800000001\n,13800000002\n刘洋,not-a-phone!!\n", encoding="utf-8")
    with pytest.raises(ValidationError) as error:
        import_staff(office, path)
    assert (
        error.value.code == "bad_rows"
        and "第 3 行" in error.value.message
        and "第 4 行" in error.value.message
    )
    assert office.staff.all() == []


def test_import_without_name_column_is_refused() -> None:
    with pytest.raises(ValidationError):
        map_headers(["单位", "电话"])


@given(st.lists(st.sampled_from(["带班领导", "值班员", "备班", "科员", "主任", "、", " "]), max_size=5))
def test_parse_roles_never_fails_and_standby_implies_officer(words: list[str]) -> None:
    roles = parse_roles("".join(words))
    if DutyRole.STANDBY in roles:
        assert DutyRole.OFFICER in roles


@given(st.lists(st.lists(st.one_of(st.none(), st.text(max_size=20), st.integers()), max_size=4), max_size=8))
def test_parse_rows_reports_or_accepts_every_row(rows: list[list[object]]) -> None:
    people, errors = parse_rows(["姓名", "单位", "电话", "角色"], rows)
    non_blank = [r for r in rows if any(str(v or "").strip() for v in r)]
    assert len(people) + len(errors) == len(non_blank)


def test_cli_leave_special_holiday_and_import(
    office: Office, team: Team, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office.close()
    assert (
        cli(db_path, "roster", "leave", "--person", "张伟", "--from", "2030-03-01", "--to", "2030-03-10") == 0
    )
    assert (
        cli(db_path, "roster", "special", "--name", "重大活动", "--from", "2030-03-05", "--to", "2030-03-05")
        == 0
    )
    assert cli(db_path, "roster", "holiday", "--date", "2030-03-02", "--name", "测试节") == 0
    assert cli(db_path, "roster", "generate", "--from", "2030-03-01", "--to", "2030-03-10") == 0
    capsys.readouterr()
    assert cli(db_path, "roster", "show", "--date", "2030-03-05", "--json") == 0
    day = json.loads(capsys.readouterr().out)
    assert day["special_periods"] == ["重大活动"]
    assert {o["shift"] for o in day["officers"]} == {"day", "night"}
    assert "张伟" not in [o["name"] for o in day["officers"]]
    assert cli(db_path, "roster", "show", "--date", "2030-03-02", "--json") == 0
    assert json.loads(capsys.readouterr().out)["holiday_duty"] is True
    sheet = tmp_path / "s.csv"
    sheet.write_text("姓名,单位,手机,角色\n钱七,办公室,13700000000,带班领导\n", encoding="utf-8")
    assert cli(db_path, "roster", "import-staff", str(sheet)) == 0
    assert "1 added" in capsys.readouterr().out


def test_cli_show_at_a_time_names_the_shift_on_duty(
    office: Office, team: Team, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office.close()
    assert (
        cli(db_path, "roster", "special", "--name", "重大活动", "--from", "2030-05-01", "--to", "2030-05-01")
        == 0
    )
    assert cli(db_path, "roster", "generate", "--from", "2030-05-01", "--to", "2030-05-02") == 0
    capsys.readouterr()
    assert cli(db_path, "roster", "show", "--date", "2030-05-02", "--time", "03:00", "--json") == 0
    night = json.loads(capsys.readouterr().out)
    assert night["date"] == "2030-05-01"  # 03:00 belongs to the previous duty day
    assert [o["shift"] for o in night["officers"]] == ["night"] and len(night["leaders"]) == 1
    assert cli(db_path, "roster", "show", "--date", "2030-05-01", "--time", "25:00") == 2
