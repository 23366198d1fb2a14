"""`dutylog backup --to DIR` and `dutylog restore FILE` with targets that are not what they should be:
one clear line, exit code 2, nothing written, the database as it was."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from dutylog.cli import main
from dutylog.domain.enums import EntryKind
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.storage.evidence_files import evidence_folder
from tests.cli.accounts import admin_login

pytestmark = pytest.mark.sqlite_only("backups copy the SQLite file")


@pytest.fixture
def db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    office = Office.open(db_path)
    try:
        office.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text="巡查"))
    finally:
        office.close()
    for name, value in admin_login(db_path).items():
        monkeypatch.setenv(name, value)
    return db_path


def _records(db: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT id, text FROM log_entry ORDER BY id").fetchall()


def _files(root: Path) -> set[Path]:
    # The database's own -wal/-shm come and go with every connection; they are not output.
    return {p for p in root.rglob("*") if not p.name.endswith(("-wal", "-shm"))}


def _one_error_line(capsys: pytest.CaptureFixture[str], code: str) -> str:
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"dutylog: {code}: "), err
    return lines[0]


@pytest.mark.parametrize("case", ["missing", "a file", "the database", "relative", "evidence"])
def test_backup_to_a_bad_folder(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    if case == "missing":
        target = str(tmp_path / "usb")
    elif case == "a file":
        (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
        target = str(tmp_path / "notes.txt")
    elif case == "the database":
        target = str(db)
    elif case == "relative":
        (tmp_path / "a" / "b").mkdir(parents=True)
        monkeypatch.chdir(tmp_path / "a" / "b")
        target = "../../x"
    else:
        evidence_folder(db).mkdir()
        target = str(evidence_folder(db))
    before = _files(tmp_path)
    records = _records(db)
    capsys.readouterr()
    assert main(["--db", str(db), "backup", "--to", target]) == 2
    _one_error_line(capsys, "bad_backup_folder")
    assert _files(tmp_path) == before  # no 0-byte file, no folder made
    assert _records(db) == records
    if case == "a file":
        assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_backup_to_an_existing_folder_reports_what_it_wrote(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["--db", str(db), "backup", "--to", str(usb)]) == 0
    copy = next(p for p in usb.iterdir() if p.suffix == ".sqlite3")
    assert capsys.readouterr().out.strip() == f"backup: {copy} ({copy.stat().st_size} bytes, verified)"
    assert {p.name for p in usb.iterdir()} == {copy.name, f"{copy.name}.anchor"}


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.write(b"SQLite format 3\x00")
        handle.truncate(size)
    return path


@pytest.mark.parametrize("case", ["a folder", "/dev/zero", "too large", "text", "missing"])
def test_restore_of_what_is_not_a_backup(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    from dutylog.storage.backup import MAX_RESTORE_BYTES

    if case == "/dev/zero" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    targets = {
        "a folder": lambda: tmp_path,
        "/dev/zero": lambda: Path("/dev/zero"),
        "too large": lambda: _sparse(tmp_path / "huge.sqlite3", MAX_RESTORE_BYTES + 1),
        "text": lambda: _text(tmp_path / "notes.sqlite3"),
        "missing": lambda: tmp_path / "missing.sqlite3",
    }
    target = targets[case]()
    records = _records(db)
    capsys.readouterr()
    assert main(["--db", str(db), "restore", str(target)]) == 2
    _one_error_line(capsys, "bad_backup_file")
    assert _records(db) == records
    assert not (db.parent / "backups").exists()  # not even the copy kept before a restore


def _text(path: Path) -> Path:
    path.write_text("值班记录\n" * 50, encoding="utf-8")
    return path
