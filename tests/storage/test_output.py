"""The one way to write a file a user asked for: what it refuses, and what a failure leaves behind."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dutylog.domain.errors import DutyLogError, ValidationError
from dutylog.office import Office
from dutylog.storage.database import Database
from dutylog.storage.output import OutputFiles, Written

FS_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = Database.open(db_path)
    yield db
    db.close()


@pytest.fixture
def outputs(database: Database) -> OutputFiles:
    return OutputFiles(database.protected_paths)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(outputs: OutputFiles, path: str | Path) -> ValidationError:
    """Refused before the block runs: nothing is written, not even a temporary file."""
    ran = False
    with pytest.raises(ValidationError) as caught, outputs.writing(path) as out:
        ran = True
        out.temp.write_bytes(b"should never be written")
    assert not ran
    assert caught.value.code == "unsafe_target"
    return caught.value


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where exports go in these tests: a folder of its own, beside the database's."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


# -- refusals ---------------------------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_device_is_refused_and_left_as_it_was(outputs: OutputFiles, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    error = refused(outputs, device)
    assert "不是普通文件" in error.message and device in error.message
    assert stat.S_ISCHR(os.stat(device).st_mode)  # still the device node, not a regular file


def test_a_fifo_and_a_link_to_a_device_are_refused(outputs: OutputFiles, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused(outputs, fifo)
    link = tmp_path / "null.csv"
    link.symlink_to("/dev/null")
    refused(outputs, link)
    assert link.is_symlink() and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_directory_is_refused_with_or_without_a_trailing_slash(
    outputs: OutputFiles, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    assert "文件夹" in refused(outputs, folder).message
    assert "文件夹" in refused(outputs, f"{folder}/").message
    # A trailing slash names a folder even when there is none yet: never a file called "new".
    assert "文件夹" in refused(outputs, f"{tmp_path}/new/").message
    assert os.listdir(folder) == [] and not (tmp_path / "new").exists()
    refused(outputs, "")


def test_a_missing_folder_is_named_and_not_created(outputs: OutputFiles, tmp_path: Path) -> None:
    error = refused(outputs, tmp_path / "no" / "such" / "out.csv")
    assert str(tmp_path / "no" / "such") in error.message and "不存在" in error.message
    assert not (tmp_path / "no").exists()
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    assert "不是文件夹" in refused(outputs, a_file / "out.csv").message


def test_the_open_database_and_its_companions_are_refused(
    outputs: OutputFiles, database: Database, db_path: Path
) -> None:
    files = sorted(db_path.parent.iterdir())
    before = [digest(path) for path in files]
    for name in ("office.sqlite3", "office.sqlite3-journal", "office.sqlite3-wal", "office.sqlite3-shm"):
        assert "数据库" in refused(outputs, db_path.parent / name).message
    assert "锚点" in refused(outputs, database.anchor_path).message
    assert sorted(db_path.parent.iterdir()) == files and [digest(path) for path in files] == before


def test_other_spellings_of_the_database_are_refused(
    outputs: OutputFiles, db_path: Path, tmp_path: Path
) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    link = tmp_path / "innocent.csv"
    link.symlink_to(db_path)
    hard = tmp_path / "hard.csv"
    os.link(db_path, hard)
    before = digest(db_path)
    for spelling in (link, hard, sub / ".." / db_path.name, f"{tmp_path}/./sub/../{db_path.name}"):
        refused(outputs, spelling)
    assert digest(db_path) == before and link.is_symlink()


def test_backup_and_evidence_folders_and_their_files_are_refused(outputs: OutputFiles, db_path: Path) -> None:
    for folder in ("backups", "evidence"):
        inside = db_path.parent / folder / "ab"
        inside.mkdir(parents=True)
        (inside / "kept").write_bytes(b"precious")
        assert "文件夹" in refused(outputs, inside / "kept").message
        refused(outputs, inside / "new.csv")
        refused(outputs, db_path.parent / folder)
        assert (inside / "kept").read_bytes() == b"precious" and sorted(os.listdir(inside)) == ["kept"]


def test_the_configured_backup_folder_is_refused_too(office: Office, tmp_path: Path) -> None:
    folder = tmp_path / "my backups"
    folder.mkdir()
    office.backups.configure(folder=str(folder))
    refused(office.outputs, folder / "office-daily.sqlite3")
    written = office.outputs.write(tmp_path / "beside.csv", b"ok")
    assert written.size == 2


@FS_SETTINGS
@given(parts=st.lists(st.sampled_from([".", "..", "sub", "sub/deeper"]), max_size=6))
def test_any_spelling_of_the_database_path_is_refused(
    outputs: OutputFiles, db_path: Path, parts: list[str]
) -> None:
    (db_path.parent / "sub" / "deeper").mkdir(parents=True, exist_ok=True)
    spelled, depth = str(db_path.parent), 0
    for part in parts:
        if part == ".." and depth == 0:
            continue  # stay inside the test's folder
        spelled += "/" + part
        depth += {".": 0, "..": -1, "sub": 1, "sub/deeper": 2}[part]
    spelled += "/.." * depth + "/" + db_path.name
    with pytest.raises(ValidationError) as caught:
        outputs.check(spelled)
    assert caught.value.code == "unsafe_target"


# -- writing ----------------------------------------------------------------------


def test_write_reports_the_resolved_path_size_and_count(
    outputs: OutputFiles, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder)
    written = outputs.write("out.csv", b"a,b\n1,2\n", count=1)
    assert written == Written(folder.resolve() / "out.csv", 8, 1)
    assert (folder / "out.csv").read_bytes() == b"a,b\n1,2\n"


def test_writing_yields_a_temporary_file_and_puts_it_in_place(outputs: OutputFiles, folder: Path) -> None:
    target = folder / "report.xlsx"
    target.write_bytes(b"old")
    with outputs.writing(target) as out:
        assert out.temp.parent == target.parent and out.temp != target
        out.temp.write_bytes(b"new bytes")
        out.count = 7
        assert target.read_bytes() == b"old"  # nothing changes until the block is done
    assert out.written == Written(target, 9, 7)
    assert target.read_bytes() == b"new bytes" and os.listdir(folder) == ["report.xlsx"]


def test_a_full_disk_mid_write_leaves_the_old_file_and_no_temporary(
    outputs: OutputFiles, folder: Path
) -> None:
    target = folder / "ledger.csv"
    target.write_bytes(b"yesterday's export")
    with pytest.raises(DutyLogError) as caught, outputs.writing(target) as out:
        out.temp.write_bytes(b"half of tod")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert caught.value.code == "write_failed" and str(target) in caught.value.message
    assert target.read_bytes() == b"yesterday's export"
    assert os.listdir(folder) == ["ledger.csv"]


def test_an_error_of_the_writer_passes_through_and_cleans_up(outputs: OutputFiles, folder: Path) -> None:
    target = folder / "new.zip"
    with pytest.raises(ValidationError, match="evidence"), outputs.writing(target) as out:
        out.temp.write_bytes(b"partial")
        raise ValidationError("evidence corrupt", code="evidence_corrupt")
    assert os.listdir(folder) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_folder_without_permission_is_a_clear_failure(outputs: OutputFiles, folder: Path) -> None:
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(DutyLogError) as caught:
            outputs.write(locked / "out.csv", b"x")
        assert caught.value.code == "write_failed" and str(locked / "out.csv") in caught.value.message
    finally:
        locked.chmod(0o700)
    assert os.listdir(locked) == []


def test_a_rename_refused_at_the_last_step_leaves_the_old_file(
    outputs: OutputFiles, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Runs as root too, where folder permissions do not stop a write: the file system
    # refuses the final rename (a read-only remount, a network share gone away).
    target = folder / "roster.ics"
    target.write_bytes(b"old calendar")

    def refuse(source: object, destination: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DutyLogError) as caught:
        outputs.write(target, b"new calendar")
    monkeypatch.undo()
    assert caught.value.code == "write_failed" and str(target) in caught.value.message
    assert target.read_bytes() == b"old calendar" and os.listdir(folder) == ["roster.ics"]


def test_a_link_to_a_regular_file_writes_the_file_and_keeps_the_link(
    outputs: OutputFiles, folder: Path
) -> None:
    real = folder / "real.csv"
    real.write_bytes(b"old")
    link = folder / "link.csv"
    link.symlink_to(real)
    written = outputs.write(link, b"new")
    assert written.path == real.resolve()
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_permissions_follow_the_file_replaced_or_the_umask(outputs: OutputFiles, folder: Path) -> None:
    kept = folder / "kept.csv"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    outputs.write(kept, b"new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    previous = os.umask(0o027)
    try:
        outputs.write(folder / "fresh.csv", b"new")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((folder / "fresh.csv").stat().st_mode) == 0o640


@FS_SETTINGS
@given(old=st.binary(max_size=200), new=st.binary(max_size=2000), fail=st.booleans())
def test_the_target_holds_the_old_or_the_new_bytes_and_nothing_else_is_left(
    outputs: OutputFiles, folder: Path, old: bytes, new: bytes, fail: bool
) -> None:
    target = folder / "target.bin"
    target.write_bytes(old)
    try:
        with outputs.writing(target) as out, open(out.temp, "wb") as handle:
            handle.write(new[: len(new) // 2])
            if fail:
                raise OSError(errno.EIO, "simulated")
            handle.write(new[len(new) // 2 :])
    except DutyLogError:
        assert fail
    assert target.read_bytes() == (old if fail else new)
    assert os.listdir(folder) == ["target.bin"]
