"""Two workstations writing the same row: the version check catches the second writer.

The trust issue builds ConflictError on ``UPDATE ... WHERE id = :id AND version = :seen``;
these tests make sure the engine setup (isolation level, pooling) keeps that sound on
both backends, also when the second writer runs while the first has not yet committed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import update

from dutylog.office import Office
from dutylog.storage.models import Staff

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tests.conftest import FakeClock


@pytest.fixture
def other(office: Office, db_target: str | Path, clock: FakeClock) -> Iterator[Office]:
    second = Office.open(db_target, clock=clock)
    yield second
    second.close()


def save_if_unchanged(session: Session, staff_id: int, seen: int, phone: str) -> int:
    result = session.execute(
        update(Staff).where(Staff.id == staff_id, Staff.version == seen).values(phone=phone, version=seen + 1)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def test_the_second_save_of_the_same_version_matches_nothing(office: Office, other: Office) -> None:
    person = office.staff.add("张伟", phone="13900000001")
    with office.db.transaction() as store:
        assert save_if_unchanged(store.session, person.id, 1, "13900000002") == 1
    with other.db.transaction() as store:
        assert save_if_unchanged(store.session, person.id, 1, "13900000003") == 0
    assert [p.phone for p in other.staff.all()] == ["13900000002"]


def test_a_concurrent_save_waits_and_then_matches_nothing(office: Office, other: Office) -> None:
    if office.db.backend != "postgresql":
        pytest.skip("SQLite serialises writers on the file lock; the sequential case covers it")
    person = office.staff.add("张伟", phone="13900000001")
    outcome: list[int] = []
    with office.db.transaction() as store:
        assert save_if_unchanged(store.session, person.id, 1, "13900000002") == 1

        def second_writer() -> None:
            with other.db.transaction() as other_store:
                outcome.append(save_if_unchanged(other_store.session, person.id, 1, "13900000003"))

        thread = threading.Thread(target=second_writer)
        thread.start()
        thread.join(timeout=0.5)
        assert thread.is_alive()  # blocked on the row lock of the uncommitted first save
    thread.join(timeout=30)
    assert outcome == [0]
    assert [p.phone for p in office.staff.all()] == ["13900000002"]


def test_two_workstations_adding_matters_at_once_draw_distinct_numbers(office: Office, other: Office) -> None:
    errors: list[Exception] = []
    start = threading.Barrier(2)

    def add_matters(workstation: Office, name: str) -> None:
        start.wait()
        for i in range(8):
            try:
                workstation.matters.add(f"{name} 事项 {i}")
            except Exception as exc:  # collected: any failure is a lost write
                errors.append(exc)

    threads = [
        threading.Thread(target=add_matters, args=(office, "甲")),
        threading.Thread(target=add_matters, args=(other, "乙")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    numbers = [matter.number for matter in office.matters.open_matters()]
    assert len(numbers) == 16 and len(set(numbers)) == 16
