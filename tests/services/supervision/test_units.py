"""The contact book: units with kinds and contacts, the sheet import, contact search."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from dutylog.domain.errors import ValidationError
from dutylog.domain.supervision.units import ContactInput, ContactRole, UnitKind
from dutylog.office import Office


def contact_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_unit_gets_its_kind_and_contacts_and_a_lookalike_name_is_the_same_unit(office: Office) -> None:
    unit = office.units.add(
        "城关镇", kind=UnitKind.TOWNSHIP, contact=ContactInput(name="李四", mobile="13900000000")
    )
    assert unit.kind is UnitKind.TOWNSHIP and unit.liaison is not None and unit.liaison.name == "李四"
    again = office.units.add(
        " 城关镇 ", contact=ContactInput(name="王五", role=ContactRole.LEADER, post="副镇长")
    )
    assert again.id == unit.id and [c.name for c in again.contacts] == ["李四", "王五"]
    with pytest.raises(ValidationError) as caught:
        office.units.add("城关镇")
    assert caught.value.code == "duplicate"


def test_contacts_are_found_by_name_unit_post_or_phone_and_retired_units_drop_out(office: Office) -> None:
    office.units.add(
        "县住建局", contact=ContactInput(name="张三", post="办公室主任", office_phone="0771-1234567")
    )
    town = office.units.add("城关镇", contact=ContactInput(name="李四", mobile="13900000000"))
    assert [c.name for c in office.units.search_contacts("住建")] == ["张三"]
    assert [c.name for c in office.units.search_contacts("1390")] == ["李四"]
    assert [c.name for c in office.units.search_contacts("主任")] == ["张三"]
    office.units.update(
        town.id, expected_version=town.version, short_name="城关", kind=UnitKind.TOWNSHIP, active=False
    )
    assert office.units.search_contacts("李四") == []
    assert [c.name for c in office.units.search_contacts("李四", include_retired=True)] == ["李四"]


def test_a_sheet_imports_all_rows_or_none_and_a_second_import_adds_nothing(
    office: Office, tmp_path: Path
) -> None:
    good = contact_sheet(
        tmp_path / "book.xlsx",
        [
            ["单位", "类别", "姓名", "职务", "办公电话", "手机"],
            ["县住建局", "部门", "张三", "主任", "0771-1234567", "13800000000"],
            ["城关镇", "乡镇", "李四", "", "", ""],
        ],
    )
    result = office.units.import_sheet(good)
    assert result.units_added == ("县住建局", "城关镇") and len(result.contacts_added) == 2
    second = office.units.import_sheet(good)
    assert second.units_added == () and second.contacts_added == () and len(second.skipped) == 2
    bad = contact_sheet(
        tmp_path / "bad.xlsx",
        [["单位", "姓名", "手机"], ["县教育局", "王五", ""], ["县公安局", "赵六", "not a phone"]],
    )
    with pytest.raises(ValidationError) as caught:
        office.units.import_sheet(bad)
    assert caught.value.code == "bad_rows" and "第 3 行" in caught.value.message
    assert [u.name for u in office.units.units()] == ["县住建局", "城关镇"]
