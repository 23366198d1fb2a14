"""An exported ledger is safe to open in a spreadsheet and imports back unchanged; imports are bounded."""

from __future__ import annotations

import os
import sys
import zipfile
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.ledger_rows import LedgerLine
from dutylog.domain.matters.records import MatterInput
from dutylog.office import Office
from dutylog.services.matters import ledger_reader
from tests.helpers.ledger_files import write_csv, write_xlsx

HOSTILE_TITLES = (
    '=HYPERLINK("http://x","y")',
    "+86 138 0000 0000",
    "-1",
    "@home",
    "#N/A",
    "=1+1'",
    "'plain",  # a typed apostrophe before ordinary text stays
    "'-x",  # and before risky text too
    "''=1",
)


def add_hostile_matters(office: Office) -> None:
    start = datetime(2026, 3, 1, 9, 0)
    for index, title in enumerate(HOSTILE_TITLES):
        office.matters.create(
            MatterInput(
                title=title,
                discovered_at=start + timedelta(hours=index),
                summary="=SUM(A1:A9)\n第二行" if index % 2 else "-",
                source="@微博",
                author_name="-网友" if index % 2 else "+网友",
                tags=("@标签", "-二"),
            )
        )


def comparable(lines: list[LedgerLine]) -> list[LedgerLine]:
    # Tags come back in the database's collation order, which differs between backends.
    return [replace(line, tags=tuple(sorted(line.tags))) for line in lines]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_hostile_text_survives_export_and_import_into_a_fresh_database(
    office: Office, tmp_path: Path, kind: str
) -> None:
    add_hostile_matters(office)
    out = tmp_path / f"ledger.{kind}"
    if kind == "csv":
        office.ledger_export.export_csv(out)
        text = out.read_text(encoding="utf-8-sig")
        assert "\n=" not in text and ",=" not in text and ",@" not in text and ",+" not in text
    else:
        office.ledger_export.export_xlsx(out)
        with zipfile.ZipFile(out) as archive:
            assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")

    other = Office.open(tmp_path / "fresh.sqlite3", clock=office.clock)
    try:
        report = other.ledger_import.import_file(out)
        assert report.imported is not None and report.imported.row_count == len(HOSTILE_TITLES)
        after = other.ledger_export.lines()
    finally:
        other.close()
    before = office.ledger_export.lines()
    assert {line.title for line in after} == set(HOSTILE_TITLES)
    assert comparable(after) == comparable(before)


def test_a_device_a_folder_and_a_missing_file_are_refused(office: Office, tmp_path: Path) -> None:
    cases = [(tmp_path, "not_a_file"), (tmp_path / "nope.xlsx", "no_such_file")]
    if sys.platform != "win32":
        cases.append((Path("/dev/zero"), "not_a_file"))
    for path, code in cases:
        with pytest.raises(ValidationError) as refused:
            office.ledger_import.preview(path)
        assert refused.value.code == code


def test_a_ledger_over_the_size_limit_is_refused_before_reading(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(ledger_reader.FILE_LIMIT + 1)
    with pytest.raises(ValidationError) as refused:
        office.ledger_import.preview(path)
    assert refused.value.code == "file_too_large" and "50 MB" in refused.value.message


def test_a_workbook_that_unpacks_past_the_limit_is_refused(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "台账.xlsx")
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    monkeypatch.setattr(ledger_reader, "UNPACKED_LIMIT", unpacked - 1)
    with pytest.raises(ValidationError) as refused:
        office.ledger_import.preview(path)
    assert refused.value.code == "file_too_large"
    monkeypatch.setattr(ledger_reader, "UNPACKED_LIMIT", unpacked)
    assert office.ledger_import.preview(path).header_row >= 1


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")
def test_a_ledger_replaced_by_a_pipe_after_the_preview_is_refused(office: Office, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "台账.csv")
    preview = office.ledger_import.preview(path)
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(ValidationError) as refused:
        office.ledger_import.commit(preview)
    assert refused.value.code == "file_changed"
    assert office.ledger_export.lines() == []
