from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dutylog.domain.errors import ValidationError
from dutylog.services.demo import DemoOptions, fill_demo
from dutylog.services.office import Office
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
