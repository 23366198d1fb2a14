from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.ledger_fields import LedgerField
from dutylog.office import Office
from dutylog.services.matters.ledger_import import ImportCancelled, ImportRejected
from tests.helpers.ledger_files import HEADERS, ROWS, write_csv, write_xlsx


def numbers(office: Office) -> list[str]:
    return [line.number for line in office.ledger_export.lines()]


def test_xlsx_with_a_title_row_imports_every_row(office: Office, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "台账.xlsx", title="XX县2026年网络舆情台账")
    preview = office.ledger_import.preview(path)
    assert preview.header_row == 2
    assert preview.default_year == 2026
    assert set(preview.mapping.values()) >= {LedgerField.TITLE, LedgerField.DISCOVERED_AT}

    report = office.ledger_import.commit(preview)

    assert report.ok and report.imported is not None
    assert report.imported.row_count == 3
    lines = office.ledger_export.lines()
    assert [line.title for line in lines] == [row[1] for row in ROWS]
    first, second, third = lines
    assert first.number == "YQ-2026-0001"
    assert first.discovered_at == datetime(2026, 3, 5, 14, 20)
    assert first.reported_at == datetime(2026, 3, 5, 15, 5)
    assert first.measures == ("跟帖引导", "情况说明")
    assert first.status is MatterStatus.HANDLING  # "已回复" does not say the matter was completed
    assert first.unit == "县水务局"
    assert second.grade is Grade.SERIOUS
    assert second.posts_removed == 3 and second.measures == ("删帖", "举报")
    assert second.url == "http://www.tieba.com/p/2"
    assert "家长群转发" in second.summary
    assert third.status is MatterStatus.FOUND
    assert {u.name for u in office.staff.units()} >= {"县水务局", "县教育局"}


def test_numbers_follow_the_configured_prefix_and_existing_matters(office: Office, tmp_path: Path) -> None:
    with office.db.transaction() as store:
        store.settings.set("matter_prefix", "WX")
    office.matters.add("已有事项", discovered_at=datetime(2026, 1, 2, 9, 0))
    rows = [*ROWS, (9, "去年的事项", "", "", "", None, "2025-12-30 08:00", None, "", "", "", "", "")]
    office.ledger_import.import_file(write_xlsx(tmp_path / "a.xlsx", rows))
    assert sorted(numbers(office)) == [
        "WX-2025-0001",
        "WX-2026-0001",
        "WX-2026-0002",
        "WX-2026-0003",
        "WX-2026-0004",
    ]


def test_gbk_csv_as_wps_saves_it(office: Office, tmp_path: Path) -> None:
    report = office.ledger_import.import_file(write_csv(tmp_path / "台账.csv", encoding="gbk"))
    assert report.imported is not None and report.imported.row_count == 3
    assert office.ledger_export.lines()[0].title == "某小区停水引发业主不满"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_encodings(office: Office, tmp_path: Path, encoding: str) -> None:
    preview = office.ledger_import.preview(write_csv(tmp_path / "x.csv", encoding=encoding))
    assert preview.headers[1] == "舆情标题"
    assert office.ledger_import.dry_run(preview).rows_ok == 3


def test_excel_serials_datetime_cells_blank_rows_and_merged_cells(office: Office, tmp_path: Path) -> None:
    rows = [
        (1, "甲事项", None, "微博", None, None, 46086.5979166667, None, "一般", None, None, "县公安局", None),
        (None,) * 13,
        (
            2,
            "乙事项",
            None,
            "微信",
            None,
            None,
            datetime(2026, 3, 6, 9, 30),
            None,
            "重大",
            None,
            None,
            None,
            None,
        ),
        (3, "丙事项", None, None, None, None, date(2026, 3, 7), None, "一般", None, None, None, None),
    ]
    # The unit is merged down over the first four data rows, as offices do for one department.
    path = write_xlsx(tmp_path / "m.xlsx", rows, title="台账", merges=["L3:L6"])
    report = office.ledger_import.commit(office.ledger_import.preview(path))
    assert report.rows_read == 3
    lines = office.ledger_export.lines()
    assert [line.discovered_at for line in lines] == [
        datetime(2026, 3, 5, 14, 21),
        datetime(2026, 3, 6, 9, 30),
        datetime(2026, 3, 7, 0, 0),
    ]
    assert {line.unit for line in lines} == {"县公安局"}


def test_dry_run_lists_every_row_error_and_writes_nothing(office: Office, tmp_path: Path) -> None:
    rows = [
        (1, "", "https://a.com/1", "", "", None, "2026-3-5", None, "一般", "", "", "", ""),
        (2, "网址坏了", "见附件", "", "", None, "2026-3-5", None, "一般", "", "", "", ""),
        (3, "时间倒序", "", "", "", "2026-3-6 10:00", "2026-3-5 09:00", "2026-3-4", "一般", "", "", "", ""),
        (4, "等级不明", "", "", "", None, "2026-3-5", None, "紧急", "", "", "", ""),
        (5, "日期乱写", "", "", "", None, "上周五", None, "一般", "", "", "", ""),
        (6, "未来的事", "", "", "", None, "2027-1-1", None, "一般", "", "", "", ""),
        (7, "好的一行", "", "", "", None, "2026-3-5", None, "一般", "", "", "", ""),
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    preview = office.ledger_import.preview(path)
    report = office.ledger_import.dry_run(preview)
    found = {(p.row, p.column) for p in report.errors}
    assert found == {
        (2, "舆情标题"),
        (3, "链接"),
        (4, "发布时间"),
        (4, "发现时间"),
        (5, "舆情等级"),
        (6, "发现时间"),
        (7, "发现时间"),
    }
    assert all(p.reason for p in report.errors)
    with pytest.raises(ImportRejected) as rejected:
        office.ledger_import.commit(preview)
    assert len(rejected.value.report.errors) == 7
    assert numbers(office) == []
    assert office.staff.units() == [] or all(u.name != "" for u in office.staff.units())


def test_unknown_units_become_errors_when_new_units_are_not_allowed(office: Office, tmp_path: Path) -> None:
    preview = office.ledger_import.preview(write_xlsx(tmp_path / "u.xlsx"))
    report = office.ledger_import.dry_run(preview, allow_new_units=False)
    assert {p.reason for p in report.errors} == {"未知的责任单位：县水务局", "未知的责任单位：县教育局"}
    assert office.ledger_import.dry_run(preview).new_units == ["县教育局", "县水务局"]


def test_the_same_file_cannot_be_imported_twice(office: Office, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx")
    office.ledger_import.import_file(path)
    copy = tmp_path / "copy-of-a.xlsx"
    copy.write_bytes(path.read_bytes())
    preview = office.ledger_import.preview(copy)
    assert preview.already_imported is not None
    with pytest.raises(ValidationError) as refused:
        office.ledger_import.commit(preview)
    assert refused.value.code == "duplicate_import"
    assert "a.xlsx" in refused.value.message
    assert len(numbers(office)) == 3


def test_an_excel_file_that_is_not_a_ledger(office: Office, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "通讯录.xlsx", [("张三", "13800000000")], ("姓名", "电话"))
    with pytest.raises(ValidationError) as refused:
        office.ledger_import.preview(path)
    assert refused.value.code == "not_a_ledger"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"PK\x03\x04 this is not really a zip", "corrupt_file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old_excel"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not_a_ledger"),
    ],
)
def test_damaged_or_foreign_files_give_clear_errors(
    office: Office, tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        office.ledger_import.preview(path)
    assert refused.value.code == code


def test_truncated_xlsx_is_reported_as_corrupt(office: Office, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    with pytest.raises(ValidationError) as refused:
        office.ledger_import.preview(broken)
    assert refused.value.code == "corrupt_file"
    assert zipfile.is_zipfile(good)


def test_custom_mapping_and_missing_required_columns(office: Office, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "odd2.xlsx", [("甲", "2026-3-5", "备注一")], ("标题", "哪天", "备注"))
    preview = office.ledger_import.preview(path)
    with pytest.raises(ValidationError) as missing:
        office.ledger_import.dry_run(preview)
    assert missing.value.code == "missing_columns"
    mapping = {**preview.mapping, 1: LedgerField.DISCOVERED_AT}
    report = office.ledger_import.commit(preview, mapping)
    assert report.imported is not None and report.imported.row_count == 1
    with pytest.raises(ValidationError) as doubled:
        office.ledger_import.check_mapping({0: LedgerField.TITLE, 1: LedgerField.TITLE})
    assert doubled.value.code == "duplicate_mapping"


def test_progress_is_reported_and_cancel_leaves_nothing(office: Office, tmp_path: Path) -> None:
    rows = [
        (i, f"事项{i}", "", "", "", None, "2026-3-5 10:00", None, "一般", "", "", "", "") for i in range(4500)
    ]
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    seen: list[tuple[str, int, int]] = []
    preview = office.ledger_import.preview(path)
    office.ledger_import.commit(
        preview, progress=lambda phase, done, total: seen.append((phase, done, total))
    )
    assert ("写入", 4500, 4500) in seen
    assert any(phase == "读取" for phase, _d, _t in seen)
    assert len(numbers(office)) == 4500

    other = write_xlsx(tmp_path / "big2.xlsx", rows[:3000])
    with pytest.raises(ImportCancelled):
        office.ledger_import.commit(office.ledger_import.preview(other), cancel=lambda: True)
    assert len(numbers(office)) == 4500


def test_footer_and_repeated_header_rows_are_skipped(office: Office, tmp_path: Path) -> None:
    rows = [*ROWS[:2], HEADERS, ROWS[2], ("填表人：张三　审核：李四",)]
    report = office.ledger_import.commit(office.ledger_import.preview(write_xlsx(tmp_path / "f.xlsx", rows)))
    assert report.imported is not None and report.imported.row_count == 3
    assert [w.row for w in report.warnings if "不是事项行" in w.reason] == [4, 6]


def test_a_file_changed_after_the_preview_is_refused(office: Office, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx")
    preview = office.ledger_import.preview(path)
    assert office.ledger_import.dry_run(preview).ok
    write_xlsx(path, ROWS[:1])
    with pytest.raises(ValidationError) as refused:
        office.ledger_import.commit(preview)
    assert refused.value.code == "file_changed"
    assert numbers(office) == []


def test_commit_after_a_clean_dry_run_imports_the_checked_rows(office: Office, tmp_path: Path) -> None:
    preview = office.ledger_import.preview(write_xlsx(tmp_path / "a.xlsx"))
    checked = office.ledger_import.dry_run(preview)
    report = office.ledger_import.commit(preview)
    assert report.imported is not None and report.imported.row_count == checked.rows_ok == 3
    with pytest.raises(ValidationError):  # and the cache is gone: a second commit is a duplicate
        office.ledger_import.commit(preview)


def test_a_workbook_with_a_cover_sheet_and_one_sheet_per_year(office: Office, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "填表说明"
    cover.append(["本台账按年度分表填写。"])
    for year in (2024, 2025):
        sheet = workbook.create_sheet(f"{year}年")
        sheet.append(["序号", "标题", "发现时间"])
        sheet.append([1, f"{year}年的事项", "3月5日"])  # no year in the cells: the sheet name gives it
    path = tmp_path / "历年台账.xlsx"
    workbook.save(path)

    first = office.ledger_import.preview(path)
    assert first.sheet == "2024年" and first.default_year == 2024
    office.ledger_import.commit(first)
    office.ledger_import.commit(office.ledger_import.preview(path, "2025年"))
    assert numbers(office) == ["YQ-2024-0001", "YQ-2025-0001"]
    with pytest.raises(ValidationError) as refused:
        office.ledger_import.commit(office.ledger_import.preview(path, "2025年"))
    assert refused.value.code == "duplicate_import" and "2025年" in refused.value.message


def test_a_renamed_copy_of_an_imported_csv_is_refused(office: Office, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", encoding="gbk")
    office.ledger_import.import_file(path)
    copy = tmp_path / "b.csv"
    copy.write_bytes(path.read_bytes())
    with pytest.raises(ValidationError) as refused:
        office.ledger_import.import_file(copy, dry_run=True)
    assert refused.value.code == "duplicate_import"


def test_imported_numbers_never_reuse_a_counted_number_and_later_matters_follow(
    office: Office, tmp_path: Path
) -> None:
    with office.db.transaction() as store:
        for _ in range(5):  # numbers 1-5 handed out and then voided: never to be used again
            store.matters.take_seq(2026)
    office.ledger_import.import_file(write_xlsx(tmp_path / "a.xlsx"))
    assert numbers(office) == ["YQ-2026-0006", "YQ-2026-0007", "YQ-2026-0008"]
    later = office.matters.add("导入之后的新事项", discovered_at=datetime(2026, 11, 1, 9, 0))
    assert later.number == "YQ-2026-0009"


def test_imported_measures_read_like_those_chosen_in_the_editor(office: Office, tmp_path: Path) -> None:
    office.ledger_import.import_file(write_xlsx(tmp_path / "a.xlsx"))
    matter = office.matters.search("网传学校食堂问题", limit=1)[0]
    assert set(office.matters.get(matter.id).measures) == {"删帖", "举报"}
    assert set(office.matters.get(matter.id).measures) <= set(office.matters.measure_choices())


class _CountingWorkbook:
    """python-calamine's workbook, counting the sheets it parses (each parse reads the whole sheet)."""

    parses = 0

    def __init__(self, real: object) -> None:
        self.real = real

    @classmethod
    def from_filelike(cls, handle: object) -> _CountingWorkbook:
        return cls(_REAL_WORKBOOK.from_filelike(handle))

    @property
    def sheet_names(self) -> list[str]:
        return list(self.real.sheet_names)  # type: ignore[attr-defined]

    def get_sheet_by_name(self, name: str) -> object:
        _CountingWorkbook.parses += 1
        return self.real.get_sheet_by_name(name)  # type: ignore[attr-defined]

    def close(self) -> None:
        self.real.close()  # type: ignore[attr-defined]


_REAL_WORKBOOK = __import__("python_calamine").CalamineWorkbook


@pytest.fixture
def counted_parses(monkeypatch: pytest.MonkeyPatch) -> type[_CountingWorkbook]:
    monkeypatch.setattr("python_calamine.CalamineWorkbook", _CountingWorkbook)
    _CountingWorkbook.parses = 0
    return _CountingWorkbook


def test_an_import_parses_the_sheet_once(
    office: Office, tmp_path: Path, counted_parses: type[_CountingWorkbook]
) -> None:
    report = office.ledger_import.import_file(write_xlsx(tmp_path / "a.xlsx"))
    assert report.imported is not None and report.imported.row_count == 3
    assert counted_parses.parses == 1  # the preview's parse is the one the rows are read from


def test_a_second_reading_after_the_preview_parses_again(
    office: Office, tmp_path: Path, counted_parses: type[_CountingWorkbook]
) -> None:
    preview = office.ledger_import.preview(write_xlsx(tmp_path / "a.xlsx"))
    chosen = preview.chosen()
    assert office.ledger_import.dry_run(preview, chosen, on_duplicate="skip").ok
    assert counted_parses.parses == 1
    # The parse is handed on once (its memory goes with it): another dry run reads the file again.
    assert office.ledger_import.dry_run(preview, chosen).rows_ok == 3
    assert counted_parses.parses == 2


def test_the_preview_of_another_file_is_not_reused(
    office: Office, tmp_path: Path, counted_parses: type[_CountingWorkbook]
) -> None:
    first = office.ledger_import.preview(write_xlsx(tmp_path / "a.xlsx"))
    office.ledger_import.preview(write_xlsx(tmp_path / "b.xlsx", ROWS[:1]))
    report = office.ledger_import.commit(first)
    assert report.imported is not None and report.imported.row_count == 3
    assert counted_parses.parses == 3


def test_every_imported_row_keeps_its_own_steps_and_measures(office: Office, tmp_path: Path) -> None:
    """The rows are inserted in bulk and their ids found by number: each matter's first step
    names its own row, and its measures are its own."""
    office.ledger_import.import_file(write_xlsx(tmp_path / "a.xlsx"))
    lines = {line.title: line for line in office.ledger_export.lines()}
    for number, row in enumerate(ROWS, start=2):  # the header is the first row
        matter = office.matters.by_number(lines[str(row[1])].number)
        first_step = office.matters.timeline(matter.id)[0]
        assert f"第 {number} 行" in first_step.note
    assert lines[str(ROWS[1][1])].measures == ("删帖", "举报")
