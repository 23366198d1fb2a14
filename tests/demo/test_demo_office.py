from __future__ import annotations

import sqlite3
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from dutylog.demo.office import DemoOptions, fill_demo
from dutylog.domain.enums import BriefingKind, BriefingStatus, Grade
from dutylog.domain.errors import ValidationError
from dutylog.office import Office
from tests.conftest import FakeClock


def dump(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        rows: list[tuple[object, ...]] = []
        for table in ("staff", "duty_slot", "log_entry", "matter", "matter_event"):
            rows += conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        return rows


def test_demo_fills_a_healthy_office(office: Office) -> None:
    summary = fill_demo(office, DemoOptions(days=30, seed=7))
    assert summary.staff == 12
    assert summary.log_entries >= 30 * 3  # three patrols a day at least
    assert summary.matters > 0
    report = office.health.check()
    assert report.healthy, report.problems
    duty = office.roster.on_duty()
    assert duty.is_covered
    matters = {m.grade for m in office.matters.open_matters()}
    assert matters  # recent matters are still open
    [plan] = office.plans.plans()
    assert plan.trigger.min_grade is Grade.MAJOR and len(plan.steps) == 5
    assert {k.category for k in office.keywords.keywords(active_only=True)} == {
        "重点项目",
        "民生热点",
        "学校医院",
    }


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        office = Office.open(path, clock=FakeClock())
        fill_demo(office, DemoOptions(days=20, seed=3))
        office.close()
        paths.append(path)
    assert dump(paths[0]) == dump(paths[1])


def test_demo_refuses_a_database_with_records(office: Office) -> None:
    office.staff.add("张伟")
    with pytest.raises(ValidationError) as info:
        fill_demo(office, DemoOptions(days=5))
    assert info.value.code == "not_empty"
    assert len(office.staff.all()) == 1


def test_demo_never_writes_entries_in_the_future(office: Office, clock: FakeClock) -> None:
    fill_demo(office, DemoOptions(days=3))
    _day, entries = office.log.today()
    assert entries and all(entry.occurred_at <= clock() for entry in entries)


def test_demo_people_can_log_in_and_the_officer_on_duty_can_write(office: Office) -> None:
    from dutylog.demo.office import DEMO_ADMIN, DEMO_PASSWORD
    from dutylog.domain.enums import EntryKind, UserRole
    from dutylog.domain.log.records import NewLogEntry

    summary = fill_demo(office, DemoOptions(days=5))
    assert summary.accounts == summary.staff + 1
    officer = office.roster.on_duty().officers[0]
    actor = office.login(officer.staff_name, DEMO_PASSWORD)
    assert actor.role is UserRole.OFFICER and actor.staff_id == officer.staff_id
    entry = office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="演示账号登录后记录"))
    assert entry.author_id == officer.staff_id
    leader = office.roster.on_duty().leaders[0]
    assert office.login(leader.staff_name, DEMO_PASSWORD).role is UserRole.SUPERVISOR
    assert office.login(DEMO_ADMIN, DEMO_PASSWORD).role is UserRole.ADMIN


def test_demo_has_signed_briefings_and_one_waiting_for_the_leader(office: Office, clock: FakeClock) -> None:
    summary = fill_demo(office, DemoOptions(days=30, seed=7))
    today = clock().date()
    briefings = office.briefings.between(today - timedelta(days=40), today)
    # The days' briefings, and last month's bulletin (the demo reaches into October), signed.
    bulletins = office.briefings.between(today - timedelta(days=60), today, kind=BriefingKind.MONTHLY)
    assert summary.briefings == len(briefings) + len(bulletins) == 23
    assert [(f"{b.duty_date:%Y-%m}", b.status) for b in bulletins] == [("2026-10", BriefingStatus.SIGNED)]
    assert office.briefings.verify(bulletins[0].id) and "下月工作重点" in bulletins[0].body_html
    by_day = {b.duty_date: b for b in briefings}
    assert by_day[today].status is BriefingStatus.DRAFT  # today's is the officer's to finish
    waiting = by_day[today - timedelta(days=1)]
    assert waiting.status is BriefingStatus.SUBMITTED
    signed = [b for b in briefings if b.status is BriefingStatus.SIGNED]
    assert len(signed) == 20
    assert all(office.briefings.verify(b.id) and b.instruction for b in signed)
    # Each was signed by that day's leader on duty and written by its officer.
    for briefing in signed:
        duty = office.roster.on_duty(datetime.combine(briefing.duty_date, time(10, 0)))
        assert briefing.signer_name == duty.leaders[0].staff_name
        assert briefing.author_name == duty.officers[0].staff_name
    returned = by_day[today - timedelta(days=5)]
    actions = [v.action for v in office.briefings.versions(returned.id)]
    assert actions == ["drafted", "submitted", "returned", "submitted", "signed"]
    assert "巡查" in waiting.body_html
