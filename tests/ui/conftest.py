from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.theme import apply_fonts
from tests.conftest import FakeClock

# The screenshots' moment: a weekday after the briefing reminder, with the day shift on.
DEMO_NOW = datetime(2026, 11, 17, 17, 10)


@pytest.fixture
def qsettings(tmp_path: Path) -> Iterator[QSettings]:
    """Window state in a temp file, never in the developer's own settings."""
    yield QSettings(str(tmp_path / "dutylog.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def staffed_office(office: Office, qapp: object) -> Office:
    """An office with today's officer and leader on duty."""
    from dutylog.domain.enums import DutyRole, Shift

    apply_fonts(qapp)  # type: ignore[arg-type]
    i18n.install("zh_CN")  # as the app does at start; the tests read Chinese labels and dates
    officer = office.staff.add("张伟", phone="13900000001")
    leader = office.staff.add("王建国", phone="13900000002", roles=[DutyRole.LEADER])
    today = office.clock().date()
    office.roster.assign(today, Shift.FULL, DutyRole.OFFICER, officer.id)
    office.roster.assign(today, Shift.FULL, DutyRole.LEADER, leader.id)
    return office


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A month of a realistic office, built once: briefings in every state, a voided matter."""
    from dutylog.demo.office import DemoOptions, fill_demo
    from dutylog.domain.enums import Grade

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    office = Office.open(path, clock=FakeClock(DEMO_NOW))
    try:
        fill_demo(office, DemoOptions(days=30))
        today = DEMO_NOW.date()
        leader = next(p for p in office.staff.all() if "leader" in {r.value for r in p.roles})
        # The demo signed the last weeks' briefings and left yesterday's submitted; add a
        # returned one before them and today's draft.
        returned = office.briefings.draft(today - timedelta(days=25), author_id=None)
        office.briefings.submit(returned.id, author_id=None)
        office.briefings.return_(returned.id, reviewer_id=leader.id, reason="请补充处置情况。")
        office.briefings.draft(today, author_id=None)
        duplicate = office.matters.add("重复登记的事项", grade=Grade.MAJOR, source="微博")
        office.matters.void(duplicate.id, "重复登记", expected_version=duplicate.version)
    finally:
        office.close()
    return path


@pytest.fixture
def demo_office(demo_database: Path, tmp_path: Path, qapp: object) -> Iterator[Office]:
    """A fresh copy of the demo office, its clock at the screenshots' moment."""
    apply_fonts(qapp)  # type: ignore[arg-type]
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_database, copy)
    office = Office.open(copy, clock=FakeClock(DEMO_NOW))
    yield office
    office.close()
