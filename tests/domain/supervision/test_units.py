"""Reading a contact sheet: headings anywhere in the first rows, kinds and roles in words."""

from __future__ import annotations

import pytest

from dutylog.domain.errors import ValidationError
from dutylog.domain.supervision.units import ContactRole, UnitKind, parse_import, parse_unit_kind


def test_a_sheet_with_a_title_line_reads_units_and_contacts() -> None:
    rows = [
        ["某县网络舆情联络员通讯录", None, None, None, None],
        ["单位名称", "类别", "联络员", "职务", "手机"],
        ["县住建局", "部门", "张三", "办公室主任", 13800000000.0],
        ["城关镇", "乡镇", "李四", "", "13900000000"],
        [None, None, None, None, None],
        ["县供电公司", "企业", "", "", ""],
    ]
    parsed, errors = parse_import(rows)
    assert errors == []
    assert [(row.line, row.unit, row.kind) for row in parsed] == [
        (3, "县住建局", UnitKind.DEPARTMENT),
        (4, "城关镇", UnitKind.TOWNSHIP),
        (6, "县供电公司", UnitKind.COMPANY),
    ]
    first = parsed[0].contact
    assert first is not None and first.mobile == "13800000000" and first.role is ContactRole.LIAISON
    assert parsed[2].contact is None


def test_bad_rows_are_named_by_their_excel_line() -> None:
    rows = [["单位", "姓名", "手机", "类别"], ["县住建局", "张三", "call me", ""], ["", "李四", "", ""]]
    parsed, errors = parse_import(rows)
    assert len(parsed) == 0
    assert errors[0].startswith("第 2 行") and errors[1].startswith("第 3 行")


def test_a_sheet_without_a_unit_column_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_import([["姓名", "手机"], ["张三", "13800000000"]])
    assert caught.value.code == "missing_column"


def test_unit_kinds_read_from_codes_labels_and_descriptions() -> None:
    assert parse_unit_kind("company") is UnitKind.COMPANY
    assert parse_unit_kind("街道办事处") is UnitKind.TOWNSHIP
    with pytest.raises(ValidationError):
        parse_unit_kind("外星")
