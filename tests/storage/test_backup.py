"""Listing, pruning and restoring backups: only whole copies under real names count."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dutylog.domain.errors import DatabaseError, DutyLogError, ValidationError
from dutylog.storage import anchor as anchors
from dutylog.storage import backup as files
from dutylog.storage.backup_copy import backup_name, partial_name

from .backup_support import dutylog_file, truncated_copy

pytestmark = pytest.mark.sqlite_only("backups copy the SQLite file")

T0 = datetime(2026, 11, 17, 8, 0, 0)


def _at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return dutylog_file(tmp_path / "office.sqlite3", filler_kb=100)


def test_copies_left_by_older_versions_neither_count_nor_push_out_good_ones(db: Path) -> None:
    folder = db.parent / "backups"
    good = [files.make_backup(db, folder, "daily", now=_at(n)) for n in range(3)]
    # An older DutyLog killed mid-copy left half a file under a real name, twice.
    with_journal = truncated_copy(good[2], folder / backup_name(db, "manual", _at(10)), with_journal=True)
    without = truncated_copy(good[2], folder / backup_name(db, "manual", _at(11)), with_journal=False)
    assert files.list_backups(db, folder)[:2] == [without, with_journal]

    newest = files.make_backup(db, folder, "manual", keep=2, now=_at(20))

    assert files.list_backups(db, folder) == [newest, good[2]]
    assert not good[0].exists() and not good[1].exists()
    assert not anchors.beside(good[0]).exists()
    # Set aside, not deleted: its bytes may still matter to someone.
    for bad in (with_journal, without):
        assert not bad.exists() and Path(f"{bad}.unusable").is_file()
    assert Path(f"{with_journal}.unusable-journal").is_file()
    assert files.latest_good_backup(db, folder) == newest


def test_usable_is_false_for_what_killed_or_foreign_copies_look_like(db: Path, tmp_path: Path) -> None:
    folder = db.parent / "backups"
    good = files.make_backup(db, folder, "manual", now=T0)
    assert files.usable(good)
    assert not files.usable(truncated_copy(good, tmp_path / "a.sqlite3", with_journal=False))
    assert not files.usable(truncated_copy(good, tmp_path / "b.sqlite3", with_journal=True))
    whole_but_unfinished = tmp_path / "c.sqlite3"
    whole_but_unfinished.write_bytes(good.read_bytes())
    Path(f"{whole_but_unfinished}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    assert not files.usable(whole_but_unfinished)
    empty = tmp_path / "d.sqlite3"
    empty.write_bytes(b"")
    assert not files.usable(empty)
    foreign = tmp_path / "e.sqlite3"
    with contextlib.closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert not files.usable(foreign)


def test_only_this_databases_real_names_are_listed_and_pruned(db: Path) -> None:
    folder = db.parent / "backups"
    other = dutylog_file(db.parent / "office-old.sqlite3")
    theirs = files.make_backup(other, folder, "manual", now=_at(0))
    ours = [files.make_backup(db, folder, "manual", keep=1, now=_at(n)) for n in (1, 2)]
    (folder / partial_name(backup_name(db, "manual", _at(3)))).write_bytes(b"")
    assert files.list_backups(db, folder) == [ours[1]]
    assert files.list_backups(other, folder) == [theirs]


def test_a_partial_daily_copy_does_not_count_as_todays_backup(db: Path) -> None:
    folder = db.parent / "backups"
    folder.mkdir()
    (folder / partial_name(backup_name(db, "daily", T0))).write_bytes(b"")
    assert files.daily_backup_due(db, folder, date(2026, 11, 17))
    files.make_backup(db, folder, "daily", now=_at(1))
    assert not files.daily_backup_due(db, folder, date(2026, 11, 17))


# -- restore: refused in one line before anything is opened or changed -------------------


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.write(b"SQLite format 3\x00")
        handle.truncate(size)
    return path


@pytest.mark.parametrize("case", ["missing", "a folder", "/dev/zero", "too large", "text", "empty"])
def test_restore_refuses_what_is_not_a_backup_file(db: Path, tmp_path: Path, case: str) -> None:
    candidates = {
        "missing": lambda: tmp_path / "missing.sqlite3",
        "a folder": lambda: tmp_path,
        "/dev/zero": lambda: Path("/dev/zero"),
        "too large": lambda: _sparse(tmp_path / "huge.sqlite3", files.MAX_RESTORE_BYTES + 1),
        "text": lambda: _write(tmp_path / "notes.sqlite3", "值班记录\n" * 100),
        "empty": lambda: _write(tmp_path / "empty.sqlite3", ""),
    }
    if case == "/dev/zero" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    target = candidates[case]()
    before = db.read_bytes()
    with pytest.raises(ValidationError) as info:
        files.restore_file(target, db, db.parent / "backups")
    assert info.value.code == "bad_backup_file"
    assert "未做任何更改" in info.value.message and "\n" not in info.value.message
    assert db.read_bytes() == before
    assert not (db.parent / "backups").exists()


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_restore_refuses_a_damaged_backup(db: Path) -> None:
    folder = db.parent / "backups"
    copy = files.make_backup(db, folder, "manual", now=T0)
    data = bytearray(copy.read_bytes())
    data[len(data) // 2 :] = b"\xff" * (len(data) - len(data) // 2)
    copy.write_bytes(bytes(data))
    before = db.read_bytes()
    with pytest.raises(DutyLogError, match="未做任何更改") as info:
        files.restore_file(copy, db, folder)
    assert isinstance(info.value, DatabaseError | ValidationError)
    assert db.read_bytes() == before


def test_the_copy_kept_before_a_restore_is_a_verified_backup(db: Path) -> None:
    folder = db.parent / "backups"
    old = files.make_backup(db, folder, "manual", now=T0)
    safety = files.restore_file(old, db, folder, now=_at(5))
    assert safety is not None and "-pre-restore-" in safety.name
    assert files.check_file(safety) == []
    assert files.list_backups(db, folder) == [safety, old]
    assert anchors.beside(safety).is_file()
    assert not [p for p in db.parent.iterdir() if ".restoring" in p.name]


def test_a_whole_copy_made_by_an_older_version_counts_and_is_read_without_traces(db: Path) -> None:
    folder = db.parent / "backups"
    folder.mkdir()
    # Older versions copied the live (WAL-mode) file as it was: a WAL-mode copy.
    legacy = folder / backup_name(db, "daily", T0)
    with contextlib.closing(sqlite3.connect(db)) as src, contextlib.closing(sqlite3.connect(legacy)) as dst:
        src.execute("PRAGMA journal_mode=WAL")
        src.backup(dst)
    newest = files.make_backup(db, folder, "manual", keep=2, now=_at(5))
    assert files.list_backups(db, folder) == [newest, legacy]
    assert {p.name for p in folder.iterdir()} == {newest.name, f"{newest.name}.anchor", legacy.name}


_PIECES = st.sampled_from(
    [
        "office",
        "office-old",
        "other",
        "-",
        ".",
        "manual",
        "daily",
        "pre-restore",
        "damaged",
        "20261117",
        "080000",
        "000000",
        "sqlite3",
        "anchor",
        "journal",
        "wal",
        "partial",
        "tmp",
        "unusable",
        "host",
        "123",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.sets(st.lists(_PIECES, min_size=1, max_size=9).map("".join), max_size=12),
    real=st.lists(st.sampled_from(["manual", "daily", "pre-restore"]), max_size=3),
)
def test_cleaning_never_touches_a_backup_or_what_belongs_to_one(
    tmp_path_factory: pytest.TempPathFactory, names: set[str], real: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("backups")
    db = folder.parent / "office.sqlite3"
    backups = {backup_name(db, reason, _at(n)) for n, reason in enumerate(real)}
    for name in names | backups:
        if name not in {"", ".", ".."}:
            (folder / name).write_bytes(b"x")
    present = {p.name for p in folder.iterdir()}
    removed = {p.name for p in files.clean_leftovers(db, folder)}
    assert backups <= present - removed
    for name in removed:
        base = name.removesuffix(".anchor")
        for suffix in ("-journal", "-wal", "-shm"):
            base = base.removesuffix(suffix)
        # Only what hangs off a missing file, or a hidden partial copy's family.
        assert (name.startswith("office-") and base not in present) or name.startswith(".")
    assert {p.name for p in files.list_backups(db, folder)} == backups


def test_a_backup_reports_its_steps_and_a_raise_from_them_leaves_nothing(db: Path) -> None:
    big = dutylog_file(db.parent / "big.sqlite3", filler_kb=12_000)  # three steps of 4 MiB
    folder = big.parent / "backups"
    seen: list[tuple[int, int, str]] = []
    copy = files.make_backup(big, folder, "manual", now=_at(0), progress=lambda *step: seen.append(step))
    copied = [step for step in seen if step[2] == "复制数据库"]
    assert len(copied) >= 3 and copied[-1][0] == copied[-1][1]  # step by step, to the last page
    assert [done for done, _total, _what in copied] == sorted(done for done, _total, _what in copied)
    assert seen[-1] == (1, 1, "校验副本") and files.list_backups(big, folder) == [copy]

    class Stop(DutyLogError):
        code = "cancelled"

    def cancel_midway(done: int, total: int, what: str) -> None:
        if what == "复制数据库" and done < total:
            raise Stop("已取消")

    before = sorted(path.name for path in folder.iterdir())
    with pytest.raises(Stop):
        files.make_backup(big, folder, "manual", now=_at(1), progress=cancel_midway)
    assert sorted(path.name for path in folder.iterdir()) == before  # no copy, no partial file
