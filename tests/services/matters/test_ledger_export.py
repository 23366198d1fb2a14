from __future__ import annotations

import csv
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dutylog.cli import main
from dutylog.domain.enums import Grade
from dutylog.domain.errors import ValidationError
from dutylog.office import Office
from dutylog.services.matters.ledger_export import ArchiveItem, LedgerFilter, verify_archive
from tests.cli.accounts import admin_login
from tests.helpers.ledger_files import write_xlsx


@pytest.fixture
def filled(office: Office, tmp_path: Path) -> Office:
    office.ledger_import.import_file(write_xlsx(tmp_path / "source.xlsx"))
    office.matters.add("2025年的旧事", discovered_at=datetime(2025, 6, 1, 9, 0), grade=Grade.MAJOR)
    return office


def test_xlsx_export_has_chinese_headers_real_dates_and_a_frozen_header(
    filled: Office, tmp_path: Path
) -> None:
    out = tmp_path / "out.xlsx"
    written = filled.ledger_export.export_xlsx(out)
    assert (written.count, written.path, written.size) == (4, out.resolve(), out.stat().st_size)
    sheet = load_workbook(out).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["编号", "标题", "摘要"] and "发现时间" in header
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width == 40
    found = sheet.cell(row=3, column=header.index("发现时间") + 1).value
    assert isinstance(found, datetime) and found == datetime(2026, 3, 5, 14, 20)


def test_xlsx_export_prints_landscape_fitted_to_the_width_with_the_header_repeated(
    filled: Office, tmp_path: Path
) -> None:
    out = tmp_path / "out.xlsx"
    filled.ledger_export.export_xlsx(out)
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.print_options.gridLines  # the ruled table of the printed ledger
    assert sheet.oddHeader.center.text == "舆情台账" and "打印日期" in sheet.oddHeader.right.text


def test_filters_by_discovery_date_and_grade(filled: Office) -> None:
    march_6_on = filled.ledger_export.lines(LedgerFilter(date_from=date(2026, 3, 6)))
    assert [line.title for line in march_6_on] == ["网传学校食堂问题", "道路施工扰民投诉"]
    only_5th = filled.ledger_export.lines(LedgerFilter(date(2026, 3, 5), date(2026, 3, 5)))
    assert [line.number for line in only_5th] == ["YQ-2026-0001"]
    major = filled.ledger_export.lines(LedgerFilter(grades=(Grade.MAJOR, Grade.SERIOUS)))
    assert {line.title for line in major} == {"2025年的旧事", "网传学校食堂问题"}
    with pytest.raises(ValidationError):
        LedgerFilter(date(2026, 3, 6), date(2026, 3, 5))


def test_csv_has_a_bom_for_excel(filled: Office, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    filled.ledger_export.export_csv(out, LedgerFilter(grades=(Grade.SERIOUS,)))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][1] == "网传学校食堂问题"
    assert rows[1][rows[0].index("处置措施")] == "删帖、举报"


def test_an_exported_ledger_imports_into_another_office_unchanged(
    filled: Office, tmp_path: Path, clock: object
) -> None:
    out = tmp_path / "round.xlsx"
    filled.ledger_export.export_xlsx(out)
    other = Office.open(tmp_path / "other.sqlite3", clock=filled.clock)
    try:
        other.ledger_import.import_file(out)
        before = filled.ledger_export.lines()
        after = other.ledger_export.lines()
    finally:
        other.close()
    assert after == before


def test_archive_contains_ledger_evidence_and_a_manifest_that_verifies(
    filled: Office, tmp_path: Path
) -> None:
    photo = tmp_path / "shot.png"
    photo.write_bytes(b"\x89PNG fake screenshot")
    import hashlib

    items = [
        ArchiveItem("网页.html", hashlib.sha256(b"<html>x</html>").hexdigest(), data=b"<html>x</html>"),
        ArchiveItem("shot.png", hashlib.sha256(photo.read_bytes()).hexdigest(), path=photo),
    ]
    filled.ledger_export.evidence_source = lambda year: items if year == 2026 else []
    out = tmp_path / "2026.zip"
    result = filled.ledger_export.build_archive(2026, out)
    assert (result.matters, result.evidence_files) == (3, 2)
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert sorted(archive.namelist()) == sorted(
            ["manifest.json", *[f["name"] for f in manifest["files"]]]
        )
    assert manifest["year"] == 2026 and manifest["matters"] == 3
    assert verify_archive(out) == []


def test_verify_reports_a_tampered_archive(filled: Office, tmp_path: Path) -> None:
    out = tmp_path / "a.zip"
    filled.ledger_export.build_archive(2026, out)
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data + b"x" if info.filename.endswith(".xlsx") else data)
        dst.writestr("extra.txt", b"?")
    problems = verify_archive(tampered)
    assert any("SHA-256 不符" in p for p in problems)
    assert any("extra.txt" in p for p in problems)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    assert verify_archive(bad) != []


def test_archive_refuses_evidence_whose_hash_does_not_match(filled: Office, tmp_path: Path) -> None:
    filled.ledger_export.evidence_source = lambda year: [ArchiveItem("a.txt", "0" * 64, data=b"a")]
    out = tmp_path / "x.zip"
    with pytest.raises(ValidationError) as refused:
        filled.ledger_export.build_archive(2026, out)
    assert refused.value.code == "evidence_corrupt"
    assert not out.exists()


def test_cli_import_export_and_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    # `archive` prints PDFs with Qt: pytest-qt's application is made first (see tests/cli/conftest.py).
    db = str(tmp_path / "cli.sqlite3")
    for name, value in admin_login(db).items():
        monkeypatch.setenv(name, value)  # importing past years' ledgers is an administrator's act
    source = write_xlsx(tmp_path / "src.xlsx")
    assert main(["--db", db, "matters", "import", str(source), "--dry-run"]) == 0
    assert "3 行可以导入" in capsys.readouterr().out
    assert main(["--db", db, "matters", "import", str(source), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 3
    assert main(["--db", db, "matters", "import", str(source)]) == 2
    assert "duplicate_import" in capsys.readouterr().err
    bad = write_xlsx(tmp_path / "bad.xlsx", [(1, "", "", "", "", None, "x", None, "", "", "", "", "")])
    assert main(["--db", db, "matters", "import", str(bad)]) == 1
    assert "第 2 行" in capsys.readouterr().out
    out = tmp_path / "e.csv"
    assert main(["--db", db, "matters", "export", "--csv", str(out), "--grade", "较大"]) == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 2
    archive = tmp_path / "y.zip"
    assert main(["--db", db, "archive", "--year", "2026", "--out", str(archive)]) == 0
    assert main(["--db", db, "archive", "--verify", str(archive)]) == 0


def test_archive_takes_evidence_from_the_office_store(filled: Office, tmp_path: Path) -> None:
    matter = filled.matters.add("带截图的事项", discovered_at=datetime(2026, 3, 1, 9, 0))
    shot = tmp_path / "截图.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n real screenshot bytes")
    filled.matters.evidence.attach(matter.id, shot)
    old = filled.matters.add("去年的事项", discovered_at=datetime(2025, 3, 1, 9, 0))
    filled.matters.evidence.attach_bytes(old.id, b"2025 text", filename="old.txt")
    out = tmp_path / "2026.zip"
    result = filled.ledger_export.build_archive(2026, out)
    assert result.evidence_files == 1
    with zipfile.ZipFile(out) as archive:
        evidence = [name for name in archive.namelist() if name.startswith("evidence/")]
        assert len(evidence) == 1 and evidence[0].endswith("截图.png")
        assert archive.read(evidence[0]) == shot.read_bytes()
    assert verify_archive(out) == []
