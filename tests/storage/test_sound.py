"""A file closed cleanly and untouched since skips the start-up check; anything else is checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dutylog.domain.enums import EntryKind
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.services.office.backups import damaged_database
from dutylog.storage import backup as files
from dutylog.storage.sound import known_sound
from tests.conftest import FakeClock

pytestmark = pytest.mark.sqlite_only("about the SQLite file")


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    checked: list[Path] = []
    real = files.check_file

    def counting(path: Path, **options: Any) -> list[str]:
        checked.append(path)
        return real(path, **options)

    monkeypatch.setattr(files, "check_file", counting)
    return checked


def _write_and_close(db_path: Path, clock: FakeClock) -> None:
    office = Office.open(db_path, clock=clock)
    office.log.add_entry(NewLogEntry(EntryKind.OTHER, "一条记录"))
    office.close()


def test_a_clean_close_spares_the_next_start_its_check(
    db_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_and_close(db_path, clock)
    checked = _count_checks(monkeypatch)
    assert damaged_database(str(db_path)) is None  # never seen: checked
    assert checked == [db_path]
    _write_and_close(db_path, clock)  # opened as known sound, written, closed cleanly
    assert known_sound(db_path)
    assert damaged_database(str(db_path)) is None
    assert checked == [db_path]  # not read again


def test_a_session_that_never_closed_is_checked_again(
    db_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_and_close(db_path, clock)
    assert damaged_database(str(db_path)) is None
    crashed = Office.open(db_path, clock=clock)
    crashed.log.add_entry(NewLogEntry(EntryKind.OTHER, "崩溃前的记录"))
    crashed.db.engine.dispose()  # the process died: Office.close never ran
    assert not known_sound(db_path)
    checked = _count_checks(monkeypatch)
    assert damaged_database(str(db_path)) is None
    assert checked == [db_path]


def test_a_change_by_anything_else_is_checked_and_damage_found(db_path: Path, clock: FakeClock) -> None:
    _write_and_close(db_path, clock)
    assert damaged_database(str(db_path)) is None
    _write_and_close(db_path, clock)
    assert known_sound(db_path)
    data = bytearray(db_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : page * 4] = b"\xff" * (page * 3)  # another program scribbles over pages 2-4
    db_path.write_bytes(bytes(data))
    assert not known_sound(db_path)
    damaged = damaged_database(str(db_path))
    assert damaged is not None and damaged.problem


def test_a_waiting_write_ahead_log_means_not_at_rest(db_path: Path, clock: FakeClock) -> None:
    _write_and_close(db_path, clock)
    assert damaged_database(str(db_path)) is None
    Path(f"{db_path}-wal").write_bytes(b"\x00" * 32)
    assert not known_sound(db_path)
