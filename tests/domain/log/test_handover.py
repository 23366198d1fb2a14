from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.errors import ValidationError
from dutylog.domain.log.handover import (
    HandoverItem,
    clean_checklist,
    confirm_items,
    describe_items,
    parse_items,
)

NOW = datetime(2026, 11, 17, 17, 35)


def test_checklist_labels_are_trimmed_distinct_and_bounded() -> None:
    assert clean_checklist([" 设备和账号 ", "设备和账号", "", "电话留言"]) == ("设备和账号", "电话留言")
    for bad in ([], ["  "], ["项" * 51], [str(n) for n in range(31)]):
        with pytest.raises(ValidationError):
            clean_checklist(bad)


def test_items_round_trip_through_the_details() -> None:
    items = [HandoverItem("设备和账号", "正常"), HandoverItem("电话留言", "县委办来电待回", open=True)]
    confirmed = confirm_items(items, [1], by=7, name="李四", at=NOW)
    assert [i.confirmed for i in confirmed] == [False, True]
    assert parse_items([i.as_details() for i in confirmed]) == confirmed
    again = confirm_items(confirmed, [0, 1], by=8, name="王五", at=NOW)
    assert again[1].confirmed_name == "李四" and again[0].confirmed_name == "王五"  # kept as first confirmed
    assert "县委办来电待回（待办，转下一班）；李四已确认" in describe_items(confirmed)


def test_confirming_an_item_that_does_not_exist_is_refused() -> None:
    with pytest.raises(ValidationError):
        confirm_items([HandoverItem("电话留言")], [1], by=1, name="甲", at=NOW)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda c: (
            st.lists(c, max_size=3)
            | st.dictionaries(
                st.sampled_from(["label", "note", "open", "confirmed_by", "confirmed_at"]), c, max_size=5
            )
        ),
        max_leaves=10,
    )
)
def test_any_stored_value_gives_items_or_a_validation_error(raw: object) -> None:
    try:
        items = parse_items(raw)
    except ValidationError:
        return
    assert all(isinstance(item, HandoverItem) and item.label for item in items)
