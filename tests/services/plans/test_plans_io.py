"""Plans typed into a sheet: merged plan names, the trigger on the first row, all or nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from dutylog.domain.enums import Grade
from dutylog.domain.errors import ValidationError
from dutylog.office import Office
from dutylog.services.plans.plans_io import HEADER


def _sheet(path: Path, rows: list[tuple[object, ...]], merge: str = "") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path


def test_a_typed_sheet_with_a_merged_name_imports_and_exports_again(office: Office, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "plans.xlsx",
        [
            (
                "网络舆情应急处置预案",
                "重大",
                "谣言、爆炸",
                "化工园区",
                "报告带班领导",
                "officer",
                30,
                "",
                "县级预案",
            ),
            (None, None, None, None, "报送专报", "officer", "4h", "专报", None),
            (None, None, None, None, "召开研判会", "head", "1wd", "会议纪要", None),
        ],
        merge="A2:A4",
    )
    [plan] = office.plans.files.import_(path)
    assert plan.trigger.min_grade is Grade.MAJOR and plan.trigger.tags == ("谣言", "爆炸")
    assert [step.spec.spec for step in plan.steps] == [
        "报告带班领导@officer+30",
        "报送专报@officer+4h",
        "召开研判会@head+1wd",
    ]
    assert [step.produces.zh for step in plan.steps] == ["无", "专报", "会议纪要"]
    out = office.plans.files.export(tmp_path / "out.xlsx")
    assert out.count == 1
    again = office.plans.files.import_(out.path)  # the same plans again: replaced, not doubled
    assert [p.name for p in again] == ["网络舆情应急处置预案"] and len(office.plans.plans()) == 1


def test_a_bad_row_saves_nothing_and_names_the_row(office: Office, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "bad.xlsx",
        [
            ("甲预案", "", "", "", "报告", "officer", 30, "", ""),
            ("乙预案", "", "", "", "报告", "boss", 30, "", ""),
        ],
    )
    with pytest.raises(ValidationError) as caught:
        office.plans.files.import_(path)
    assert caught.value.message.startswith("第 3 行")
    assert office.plans.plans() == []
    wrong = tmp_path / "wrong.xlsx"
    book = openpyxl.Workbook()
    book.save(wrong)
    with pytest.raises(ValidationError):
        office.plans.files.import_(wrong)
    with pytest.raises(ValidationError):
        office.plans.files.export(tmp_path / "plans.csv")
