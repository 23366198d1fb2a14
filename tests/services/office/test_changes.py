"""Two workstations on one database see which areas the other changed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from dutylog.domain.enums import DutyRole, EntryKind, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office

if TYPE_CHECKING:
    from tests.conftest import FakeClock


@pytest.fixture
def other(office: Office, db_target: str | Path, clock: FakeClock) -> Iterator[Office]:
    """A second workstation on the same database as ``office``."""
    second = Office.open(db_target, clock=clock)
    yield second
    second.close()


def test_first_poll_takes_a_baseline(office: Office, other: Office) -> None:
    office.staff.add("张伟")
    assert other.changes.poll() == set()
    assert other.changes.poll() == set()


def test_each_write_is_seen_by_the_other_workstation(office: Office, other: Office) -> None:
    other.changes.poll()
    person = office.staff.add("张伟")
    assert other.changes.poll() == {"staff"}
    office.roster.assign(date(2026, 11, 17), Shift.FULL, DutyRole.OFFICER, person.id)
    office.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, text="巡查微博、抖音"))
    office.matters.add("某小区停水引发关注")
    assert other.changes.poll() == {"roster", "log", "matters"}
    assert other.changes.poll() == set()


def test_settings_changes_are_seen(office: Office, other: Office) -> None:
    other.changes.poll()
    office.settings.set_unit_name("县委网信办值班室")
    assert other.changes.poll() == {"settings"}


def test_a_refused_write_changes_nothing(office: Office, other: Office) -> None:
    other.changes.poll()
    with pytest.raises(ValidationError):
        office.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, text=""))
    person = office.staff.add("李娜", active=False)
    other.changes.poll()
    with pytest.raises(ValidationError):
        office.roster.assign(date(2026, 11, 17), Shift.FULL, DutyRole.OFFICER, person.id)
    assert other.changes.poll() == set()


def test_reads_do_not_count_as_changes(office: Office, other: Office) -> None:
    office.staff.add("张伟")
    other.changes.poll()
    office.staff.all()
    office.log.today()
    office.roster.on_duty()
    assert other.changes.poll() == set()


def test_counters_are_bumped_once_per_transaction(office: Office) -> None:
    before = office.changes.serials().get("log", 0)
    with office.db.transaction() as store:
        store.changes.bump("log")
        store.changes.bump("log")
    assert office.changes.serials()["log"] == before + 1


def test_workflow_steps_swaps_and_briefings_are_seen(office: Office, other: Office) -> None:
    from dutylog.domain.enums import MatterStatus

    officer_a, officer_b = office.staff.add("张伟"), office.staff.add("刘洋")
    a = office.roster.assign(date(2026, 11, 18), Shift.FULL, DutyRole.OFFICER, officer_a.id)
    b = office.roster.assign(date(2026, 11, 19), Shift.FULL, DutyRole.OFFICER, officer_b.id)
    matter = office.matters.add("某小区停水引发关注", summary="网民反映小区连续两天停水")
    other.changes.poll()
    office.matters.advance(matter.id, MatterStatus.VERIFIED, expected_version=matter.version)
    assert other.changes.poll() == {"matters"}
    office.roster.changes.swap(a.id, b.id, "家中有事")
    assert other.changes.poll() == {"roster"}
    draft = office.briefings.draft(date(2026, 11, 17), author_id=officer_a.id)
    assert other.changes.poll() == {"briefings"}
    office.briefings.submit(draft.id, author_id=officer_a.id)
    assert other.changes.poll() == {"briefings"}
