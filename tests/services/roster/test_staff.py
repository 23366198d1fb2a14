"""Staff and unit names: no invisible characters, units one by key, lookups by any spelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from dutylog.domain.errors import ValidationError
from dutylog.office import Office
from dutylog.services.roster.staff_import import import_staff


@pytest.mark.parametrize("typed", ["张\u200b伟", "张伟\u202e", "\ufeff张伟", "张\u2060伟"])
def test_staff_names_with_invisible_characters_are_refused(office: Office, typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        office.staff.add(typed)
    assert info.value.code == "bad_characters" and info.value.field == "name"
    assert office.staff.all() == []


def test_staff_names_are_normalised_and_two_people_may_share_one(office: Office) -> None:
    first = office.staff.add("  ＬＩ　Ｎａ ")
    assert first.name == "LI Na"
    second = office.staff.add("张伟")
    assert office.staff.add("张伟").id != second.id  # 张伟 is a common name: never refused
    with pytest.raises(ValidationError):
        office.staff.update(second.id, expected_version=second.version, name="张伟\u202e")


def test_a_look_alike_unit_is_the_same_unit(office: Office) -> None:
    a = office.staff.add("张伟", unit="区委宣传部（网信办）")
    b = office.staff.add("李娜", unit="区委宣传部 (网信办)")
    c = office.staff.add("王芳", unit="ＩＴ科")
    d = office.staff.add("赵敏", unit="it科")
    assert a.unit_name == b.unit_name == "区委宣传部（网信办）"
    assert c.unit_name == d.unit_name == "IT科"
    assert [unit.name for unit in office.staff.units()] == ["区委宣传部（网信办）", "IT科"]
    with pytest.raises(ValidationError) as info:
        office.staff.add("孙丽", unit="网评\u200b科")
    assert info.value.field == "unit"


def test_settings_add_units_once_by_key(office: Office) -> None:
    office.settings.add_units(["市公安局", "市公安局 ", "市 公安局", "市教育局"])
    assert [unit.name for unit in office.staff.units()] == ["市公安局", "市教育局"]
    with pytest.raises(ValidationError):
        office.settings.add_units(["市\u202e局"])


def test_staff_import_skips_people_already_listed_under_any_spelling(office: Office, tmp_path: Path) -> None:
    office.staff.add("Li Na")
    path = tmp_path / "staff.csv"
    path.write_text("姓名,单位\nＬＩ　ＮＡ,网评科\n张伟,网评科\n", encoding="utf-8-sig")
    result = import_staff(office, path)
    assert (result.added, result.skipped) == (("张伟",), ("LI NA",))


def test_staff_import_refuses_invisible_characters_in_names(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("姓名\n张伟\n李\u200b娜\n", encoding="utf-8-sig")
    with pytest.raises(ValidationError) as info:
        import_staff(office, path)
    assert "第 3 行" in info.value.message and "U+200B" in info.value.message
    assert office.staff.all() == []
