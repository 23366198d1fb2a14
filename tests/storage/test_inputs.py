"""Files a person names are checked before reading and never read past their limit."""

from __future__ import annotations

import hashlib
import io
import os
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dutylog.domain.errors import ValidationError
from dutylog.storage.inputs import check_zip, open_input, read_input, read_limited, sha256_input

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="devices and named pipes are POSIX")


def refused(path: str | Path, limit: int = 1000) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        read_input(path, limit, label="台账文件")
    return caught.value


@settings(max_examples=30, deadline=None)
@given(size=st.integers(0, 3000), limit=st.integers(0, 3000))
def test_a_regular_file_is_read_exactly_when_it_is_within_the_limit(
    tmp_path_factory: pytest.TempPathFactory, size: int, limit: int
) -> None:
    path = tmp_path_factory.mktemp("in") / "a.csv"
    data = os.urandom(size)
    path.write_bytes(data)
    if size <= limit:
        assert read_input(path, limit) == data
        assert sha256_input(path, limit) == hashlib.sha256(data).hexdigest()
    else:
        assert refused(path, limit).code == "file_too_large"
        with pytest.raises(ValidationError):
            sha256_input(path, limit)


def test_the_limit_is_named_in_the_message(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(51 * 1024 * 1024)
    error = refused(path, 50 * 1024 * 1024)
    assert error.code == "file_too_large"
    assert "50 MB" in error.message and "big.csv" in error.message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert refused(tmp_path / "nope.csv").code == "no_such_file"
    assert refused(tmp_path).code == "not_a_file"


@posix_only
def test_devices_and_links_to_devices_are_not_files(tmp_path: Path) -> None:
    link = tmp_path / "ledger.csv"
    link.symlink_to("/dev/zero")
    for path in ("/dev/zero", "/dev/null", link):
        error = refused(path)
        assert error.code == "not_a_file"
        assert "\n" not in error.message


@posix_only
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "ledger.csv"
    os.mkfifo(fifo)
    assert refused(fifo).code == "not_a_file"  # opening it for reading alone would block


def test_a_file_that_grows_after_the_check_is_cut_off() -> None:
    growing = io.BytesIO(b"x" * 1001)  # what the handle yields after fstat said 10 bytes
    with pytest.raises(ValidationError) as caught:
        read_limited(growing, Path("a.csv"), 1000, "台账文件")
    assert caught.value.code == "file_too_large"
    assert read_limited(io.BytesIO(b"x" * 1000), Path("a.csv"), 1000, "台账文件") == b"x" * 1000


def test_an_opened_input_is_a_readable_handle(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"PK\x03\x04rest")
    with open_input(path, 100) as handle:
        assert handle.read(4) == b"PK\x03\x04"


def zipped(members: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def test_a_zip_that_unpacks_past_the_limit_is_refused() -> None:
    bomb = zipped({"xl/sharedStrings.xml": b"\0" * 60_000, "xl/workbook.xml": b"<x/>"})
    assert len(bomb.getvalue()) < 1000  # small on disk
    with pytest.raises(ValidationError) as caught:
        check_zip(bomb, Path("台账.xlsx"), 50_000, label="台账文件")
    assert caught.value.code == "file_too_large" and "台账.xlsx" in caught.value.message

    fine = zipped({"a": b"\0" * 40_000, "b": b"x" * 10_000})
    fine.read(3)
    check_zip(fine, Path("台账.xlsx"), 50_000)
    assert fine.tell() == 0  # left ready for the reader


def test_a_damaged_zip_is_left_to_the_caller_to_word() -> None:
    with pytest.raises(zipfile.BadZipFile):
        check_zip(io.BytesIO(b"PK\x03\x04 not a zip"), Path("x.xlsx"), 1000)
