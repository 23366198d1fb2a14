"""Optimistic locking: two workstations (two Office objects) on one file never overwrite silently."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dutylog.domain.enums import EntryKind, UserRole
from dutylog.domain.errors import ConflictError, NotFoundError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.storage.locking import update_versioned
from dutylog.storage.models import Staff


@pytest.fixture
def second(db_target: str | Path, clock: Any, office: Office) -> Iterator[Office]:
    other = Office.open(db_target, clock=clock)
    yield other
    other.close()


def test_staff_edit_conflict(office: Office, second: Office) -> None:
    person = office.staff.add("张伟", phone="111")
    mine = office.staff.get(person.id)
    theirs = second.staff.get(person.id)
    saved = second.staff.update(theirs.id, expected_version=theirs.version, phone="222")
    assert saved.version == mine.version + 1
    with pytest.raises(ConflictError) as caught:
        office.staff.update(mine.id, expected_version=mine.version, phone="333")
    assert "已被他人修改" in caught.value.message and "重新载入" in caught.value.message
    assert office.staff.get(person.id).phone == "222"
    # After reloading, the save goes through.
    fresh = office.staff.get(person.id)
    assert office.staff.update(fresh.id, expected_version=fresh.version, phone="333").phone == "333"


def test_log_entry_edit_conflict(office: Office, second: Office) -> None:
    entry = office.log.add_entry(
        NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text="巡查")
    )
    second.log.update_entry(entry.id, text="巡查（第二台电脑）", expected_version=entry.version)
    with pytest.raises(ConflictError):
        office.log.update_entry(entry.id, text="巡查（第一台电脑）", expected_version=entry.version)
    assert office.log.get(entry.id).text == "巡查（第二台电脑）"
    assert office.audit.verify().intact


def test_account_edit_conflict(office: Office, second: Office) -> None:
    user = office.accounts.add_user("lina", UserRole.OFFICER, "password 123")
    second.accounts.set_role("lina", UserRole.SUPERVISOR, expected_version=user.version)
    with pytest.raises(ConflictError):
        office.accounts.set_role("lina", UserRole.ADMIN, expected_version=user.version)


def test_helper_reports_missing_rows(office: Office) -> None:
    with office.db.transaction() as store, pytest.raises(NotFoundError):
        update_versioned(store.session, Staff, 999, expected_version=1, values={"phone": "1"}, label="人员")


def test_conflict_rolls_back_the_whole_transaction(office: Office, second: Office) -> None:
    person = office.staff.add("张伟")
    second.staff.update(person.id, expected_version=person.version, phone="222")
    audits = office.audit.count()
    with pytest.raises(ConflictError):
        office.staff.update(person.id, expected_version=person.version, name="张三", phone="333")
    assert office.audit.count() == audits
    assert office.staff.get(person.id).name == "张伟"
