"""Real layouts: the published 舆情处置 templates filled with five typical rows import whole.

The templates are kept as published under tests/helpers/ledgers/ (see its README).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from dutylog.domain.enums import MatterStatus
from dutylog.domain.matters.ledger_fields import LedgerField
from dutylog.office import Office
from tests.conftest import FakeClock
from tests.helpers.ledger_layouts import YUQING, YUQING_HEADERS, YUQING_ROWS, YUQING_TABLE, fill_template

# Where each column of the template goes.
FATES = {
    "舆情标题": ("mapped", (LedgerField.TITLE,)),
    "舆情发生日期": ("extra", ()),
    "舆情发现日期": ("mapped", (LedgerField.DISCOVERED_AT,)),
    "舆情来源": ("mapped", (LedgerField.SOURCE,)),
    "责任单位": ("mapped", (LedgerField.UNIT,)),
    "领导批示": ("mapped", (LedgerField.INSTRUCTION,)),
    "宣教部门意见": ("extra", ()),
    "专业部门意见": ("extra", ()),
    "责任单位反馈": ("extra", ()),
    "处置说明": ("extra", ()),
    "舆情内容": ("mapped", (LedgerField.SUMMARY,)),
    "呈办意见": ("extra", ()),
    "处置情况": ("mapped", (LedgerField.OUTCOME,)),
}


@pytest.fixture(autouse=True)
def _after_the_rows(clock: FakeClock) -> None:
    clock.set(datetime(2026, 12, 5, 9, 0))


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    return fill_template(YUQING, YUQING_ROWS, tmp_path / "舆情处置台账.xlsx")


def by_title(office: Office) -> dict[str, object]:
    return {line.title: line for line in office.ledger_export.lines()}


def test_the_dry_run_names_every_columns_fate(office: Office, filled: Path) -> None:
    report = office.ledger_import.import_file(filled, dry_run=True)
    assert report.ok, report.errors
    assert [fate.name for fate in report.columns] == list(YUQING_HEADERS)
    assert {fate.name: (fate.kind, fate.fields) for fate in report.columns} == FATES
    assert all(fate.describe() for fate in report.columns)
    assert [(line.row, line.status, line.basis) for line in report.statuses] == [
        (2, MatterStatus.CLOSED, "处置情况“已处置”"),
        (3, MatterStatus.HANDLING, "处置情况“正在处置”"),
        (4, MatterStatus.FOLLOW_UP, "处置情况“跟踪”"),
        (5, MatterStatus.FOUND, "无办结时间和处置结果"),
        (6, MatterStatus.CLOSED, "处置情况“已删除”"),
    ]
    assert office.ledger_export.lines() == []


def test_a_filled_template_imports_open_rows_open_and_keeps_every_column(
    office: Office, filled: Path
) -> None:
    report = office.ledger_import.import_file(filled)
    assert report.imported is not None and report.imported.row_count == 5
    lines = by_title(office)

    handling = lines["网传学校食堂卫生问题"]
    assert handling.status is MatterStatus.HANDLING  # "正在处置" is open
    # The yearless "12月1日 下午3:05" takes its year from the row's 舆情发生日期.
    assert lines["道路施工夜间扰民投诉"].discovered_at == datetime(2026, 12, 1, 15, 5)
    assert any("按同一行“舆情发生日期”的年份取 2026 年" in p.reason for p in report.problems if p.row == 4)

    first = lines["某小区停水引发业主不满"]
    kept = dict(first.extras)
    for header in (
        "舆情发生日期",
        "宣教部门意见",
        "专业部门意见",
        "责任单位反馈",
        "处置说明",
        "呈办意见",
        "领导批示",
    ):
        assert kept[header] == YUQING_ROWS[0][header]
    matter = office.matters.by_number(first.number)
    assert office.ledger_import.extra_fields(matter.id)[0] == ("舆情发生日期", "2026-11-27")
    notes = [event.note for event in office.matters.timeline(matter.id)]
    assert "领导批示：请水务局尽快核实并回应关切" in notes


@pytest.mark.parametrize("term", ["领导", "尽快核实", "呈分管领导", "管网抢修"])
def test_kept_columns_and_the_instruction_are_searchable(office: Office, filled: Path, term: str) -> None:
    office.ledger_import.import_file(filled)
    found = [m.title for m in office.matters.search(term)]
    assert found == ["某小区停水引发业主不满"]


def test_the_other_published_layout_reads_the_same(office: Office, tmp_path: Path) -> None:
    path = fill_template(
        YUQING_TABLE, YUQING_ROWS, tmp_path / "舆情处置表.xlsx", title="某县2026年舆情处置表"
    )
    report = office.ledger_import.import_file(path, dry_run=True)
    assert report.ok and len(report.columns) == len(YUQING_HEADERS)
    assert {fate.name: (fate.kind, fate.fields) for fate in report.columns} == FATES
    # With a year in the title, a yearless date still prefers its own row's year.
    assert any("同一行“舆情发生日期”" in p.reason for p in report.problems)
