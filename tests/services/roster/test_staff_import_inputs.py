"""Staff import reads only a bounded regular file, and reads apostrophe-marked CSV cells as text."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from dutylog.domain.errors import ValidationError
from dutylog.office import Office
from dutylog.services.roster import staff_import
from dutylog.services.roster.staff_import import import_staff


def test_a_csv_cell_marked_as_text_reads_as_the_text(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    # As a spreadsheet-safe export writes a phone number with a country code.
    path.write_text("姓名,电话\n张伟,'+86 138 0000 0001\n", encoding="utf-8-sig")
    assert import_staff(office, path).added == ("张伟",)
    assert [p.phone for p in office.staff.all()] == ["+86 138 0000 0001"]


@pytest.mark.parametrize("name", ["staff.csv", "staff.xlsx"])
def test_devices_folders_and_missing_files_are_refused(office: Office, tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    cases = [(folder, "not_a_file"), (tmp_path / "nope" / name, "no_such_file")]
    if sys.platform != "win32":
        link = tmp_path / f"zero-{name}"
        link.symlink_to("/dev/zero")
        cases.append((link, "not_a_file"))
    for path, code in cases:
        with pytest.raises(ValidationError) as refused:
            import_staff(office, path)
        assert refused.value.code == code
    assert office.staff.all() == []


def test_a_staff_file_over_the_limit_is_refused(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    with path.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(staff_import.FILE_LIMIT + 1)
    with pytest.raises(ValidationError) as refused:
        import_staff(office, path)
    assert refused.value.code == "file_too_large" and "10 MB" in refused.value.message


def test_a_workbook_that_unpacks_past_the_limit_is_refused(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名"])
    sheet.append(["张伟"])
    path = tmp_path / "staff.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    monkeypatch.setattr(staff_import, "UNPACKED_LIMIT", unpacked - 1)
    with pytest.raises(ValidationError) as refused:
        import_staff(office, path)
    assert refused.value.code == "file_too_large"
    monkeypatch.setattr(staff_import, "UNPACKED_LIMIT", unpacked)
    assert import_staff(office, path).added == ("张伟",)


def test_a_damaged_workbook_is_one_clear_error(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "staff.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ValidationError) as refused:
        import_staff(office, path)
    assert refused.value.code == "bad_file"
