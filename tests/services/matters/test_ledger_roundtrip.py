"""Duplicates found, not made: an export imported again adds nothing, and a round trip changes nothing."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.matters.ledger_lines import LedgerLine
from dutylog.office import Office
from dutylog.reports.ledger_table import write_csv, write_xlsx
from dutylog.services.matters.ledger_report import ImportRejected
from tests.conftest import FakeClock
from tests.helpers.ledger_layouts import YUQING, YUQING_ROWS, fill_template

NOW = datetime(2026, 12, 5, 9, 0)
_files = itertools.count()


@pytest.fixture(autouse=True)
def _after_the_rows(clock: FakeClock) -> None:
    clock.set(NOW)


@pytest.fixture
def imported(office: Office, tmp_path: Path) -> Path:
    """The filled template imported; returns the office's own export of it."""
    office.ledger_import.import_file(fill_template(YUQING, YUQING_ROWS, tmp_path / "台账.xlsx"))
    out = tmp_path / "导出.xlsx"
    office.ledger_export.export_xlsx(out)
    return out


def test_reimporting_an_export_fails_by_default_and_lists_every_repeat(
    office: Office, imported: Path
) -> None:
    before = office.ledger_export.lines()
    with pytest.raises(ImportRejected) as rejected:
        office.ledger_import.import_file(imported)
    report = rejected.value.report
    assert [(d.row, d.match.number, d.match.basis) for d in report.duplicates] == [
        (row, line.number, "编号相同") for row, line in enumerate(before, start=2)
    ]
    assert "--on-duplicate" in report.errors[0].reason
    assert office.ledger_export.lines() == before


@pytest.mark.parametrize("policy", ["skip", "update"])
def test_reimporting_an_export_adds_no_matter(office: Office, imported: Path, policy: str) -> None:
    before = office.ledger_export.lines()
    dry = office.ledger_import.import_file(imported, dry_run=True, on_duplicate=policy)
    assert dry.ok and len(dry.duplicates) == len(before)
    report = office.ledger_import.import_file(imported, on_duplicate=policy)
    assert report.imported is not None and report.imported.row_count == 0
    assert (report.skipped if policy == "skip" else report.updated) == [line.number for line in before]
    assert office.ledger_export.lines() == before
    # Written over from its own export, the 跟踪 row is still 跟踪.
    assert MatterStatus.FOLLOW_UP in {line.status for line in office.ledger_export.lines()}


def test_a_row_repeating_by_url_and_time_or_title_and_time_is_found(office: Office, tmp_path: Path) -> None:
    first = [{**YUQING_ROWS[0]}, {**YUQING_ROWS[1]}]
    office.ledger_import.import_file(fill_template(YUQING, first, tmp_path / "a.xlsx"))
    again = [{**YUQING_ROWS[1], "舆情内容": "另一份台账的写法"}, YUQING_ROWS[3]]
    report = office.ledger_import.import_file(
        fill_template(YUQING, again, tmp_path / "b.xlsx"), on_duplicate="skip"
    )
    assert [(d.row, d.match.basis) for d in report.duplicates] == [(2, "标题和发现时间相同")]
    assert report.imported is not None and report.imported.row_count == 1


def test_an_update_writes_the_row_over_the_matter(office: Office, imported: Path, tmp_path: Path) -> None:
    changed = [{**YUQING_ROWS[1], "处置情况": "已办结", "呈办意见": "同意办结"}]
    path = fill_template(YUQING, changed, tmp_path / "更新.xlsx")
    report = office.ledger_import.import_file(path, on_duplicate="update")
    (number,) = report.updated
    line = next(line for line in office.ledger_export.lines() if line.number == number)
    assert line.status is MatterStatus.CLOSED and ("呈办意见", "同意办结") in line.extras
    assert len(office.ledger_export.lines()) == len(YUQING_ROWS)


# -- the round trip, over generated ledgers -------------------------------------------------

# Text as DutyLog stores it: single spaces (a one-line field is stored with its spaces collapsed).
TEXT = (
    st.text(
        alphabet=st.sampled_from(list("舆情某县网民反映停水施工回应已处置跟踪甲乙 ")), min_size=1, max_size=12
    )
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)

# In the order the export writes them (HandlingMeasure's order).
MEASURE_ORDER = ["跟帖引导", "冷处理", "删帖", "举报", "情况说明"]
MEASURES = st.lists(st.sampled_from(MEASURE_ORDER), unique=True, max_size=3).map(
    lambda chosen: sorted(chosen, key=MEASURE_ORDER.index)
)
EXTRA_NAMES = ("领导批示", "宣教部门意见", "责任单位反馈", "交办时间")


@st.composite
def ledger_lines(draw: st.DrawFn) -> list[LedgerLine]:
    count = draw(st.integers(min_value=1, max_value=6))
    lines = []
    for seq in range(1, count + 1):
        found = datetime(2026, 1, 1) + timedelta(minutes=draw(st.integers(0, 300_000)))
        status = draw(st.sampled_from(list(MatterStatus)))
        measures = tuple(draw(MEASURES))
        extras = tuple((name, draw(TEXT)) for name in EXTRA_NAMES if draw(st.booleans()))
        lines.append(
            LedgerLine(
                number=f"YQ-2026-{seq:04d}",
                title=draw(TEXT),
                grade=draw(st.sampled_from(list(Grade))),
                status=status,
                discovered_at=found,
                published_at=draw(st.none() | st.just(found - timedelta(hours=3))),
                reported_at=draw(st.none() | st.just(found + timedelta(minutes=40))),
                summary=draw(TEXT),
                source=draw(st.sampled_from(["微博", "贴吧", ""])),
                url=draw(st.sampled_from(["", f"https://weibo.com/{seq}"])),
                author=draw(st.sampled_from(["网友甲", ""])),
                measures=measures,
                posts_removed=draw(st.integers(1, 9)) if "删帖" in measures else 0,
                outcome=draw(st.sampled_from(["", "已处置", "正在处置"]))
                if status is not MatterStatus.CLOSED
                else "已办结",
                unit=draw(st.sampled_from(["", "县水务局"])),
                tags=draw(st.sampled_from([(), ("谣言",)])),
                extras=extras,
            )
        )
    return sorted(lines, key=lambda line: line.discovered_at)


def fresh_office(tmp_path: Path) -> Iterator[Office]:
    office = Office.open(tmp_path / f"round-{next(_files)}.sqlite3", clock=lambda: NOW)
    try:
        yield office
    finally:
        office.close()


def file_rows(path: Path) -> list[tuple[object, ...]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [tuple(row) for row in csv.reader(handle)]
    workbook = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook.active.iter_rows(values_only=True)]  # type: ignore[union-attr]
    finally:
        workbook.close()


@pytest.mark.sqlite_only("a fresh database per generated example; the storage paths are the office tests'")
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ledger_lines(), st.sampled_from(["xlsx", "csv"]))
def test_export_import_into_an_empty_database_export_gives_the_same_rows(
    tmp_path: Path, lines: list[LedgerLine], kind: str
) -> None:
    names = list(dict.fromkeys(name for line in lines for name, _text in line.extras))
    source = tmp_path / f"ledger-{next(_files)}.{kind}"
    (write_xlsx if kind == "xlsx" else write_csv)(lines, source, extra_names=names)
    for office in fresh_office(tmp_path):
        report = office.ledger_import.import_file(source)
        assert report.imported is not None and report.imported.row_count == len(lines)
        exported = tmp_path / f"again-{next(_files)}.{kind}"
        getattr(office.ledger_export, f"export_{kind}")(exported)
        assert file_rows(exported) == file_rows(source)
        # And once more into the same database: nothing added.
        again = office.ledger_import.import_file(source, on_duplicate="skip")
        assert again.imported is not None and again.imported.row_count == 0
        assert len(office.ledger_export.lines()) == len(lines)
