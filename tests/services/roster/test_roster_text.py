"""Special periods and leave reasons: bidi controls refused, zero-width characters removed with a notice."""

from __future__ import annotations

from datetime import date

import pytest

from dutylog.domain.errors import ValidationError
from dutylog.domain.text import collect_notices
from dutylog.office import Office

FIRST, LAST = date(2026, 12, 1), date(2026, 12, 3)


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u2066"])
def test_bidi_controls_are_refused_in_special_periods(office: Office, control: str) -> None:
    with pytest.raises(ValidationError) as info:
        office.roster.add_special_period(f"重大活动{control}保障", FIRST, LAST)
    assert info.value.code == "bad_characters" and info.value.field == "name"
    with pytest.raises(ValidationError) as info:
        office.roster.add_special_period("重大活动保障", FIRST, LAST, note=f"说明{control}")
    assert info.value.field == "note"
    assert office.roster.special_periods(FIRST, LAST) == []


def test_bidi_controls_are_refused_in_leave_reasons(office: Office) -> None:
    person = office.staff.add("张伟")
    with pytest.raises(ValidationError) as info:
        office.roster.add_leave(person.id, FIRST, LAST, "病假\u202e")
    assert info.value.code == "bad_characters" and info.value.field == "reason"
    assert office.roster.leave(FIRST, LAST) == []


def test_zero_width_characters_are_removed_from_labels_with_a_notice(office: Office) -> None:
    person = office.staff.add("张伟")
    with collect_notices() as notices:
        leave = office.roster.add_leave(person.id, FIRST, LAST, "\ufeff病\u200b假")
    assert leave.reason == "病假"
    assert notices == ["事由中的 2 个不可见字符（零宽字符或 BOM）已删除。"]
