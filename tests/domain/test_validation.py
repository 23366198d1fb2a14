from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.errors import ValidationError
from dutylog.domain.validation import check_not_future, check_order, clean_phone, clean_text

NOW = datetime(2026, 11, 17, 15, 30)


def test_text_is_stripped_and_kept_exactly() -> None:
    value = "  巡查微博 😀 𠀀𪚥 \n第二行  "
    assert clean_text(value, field="t", label="内容", max_length=100) == "巡查微博 😀 𠀀𪚥 \n第二行"


def test_required_text_must_not_be_blank() -> None:
    with pytest.raises(ValidationError) as info:
        clean_text(" \n\t ", field="text", label="内容", max_length=10)
    assert info.value.code == "required"
    assert info.value.field == "text"
    assert "内容" in info.value.message


def test_too_long_text_names_the_length() -> None:
    with pytest.raises(ValidationError) as info:
        clean_text("字" * 11, field="t", label="内容", max_length=10)
    assert info.value.code == "too_long"
    assert "11" in info.value.message and "10" in info.value.message


def test_lone_surrogate_from_clipboard_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        clean_text("abc\ud800def", field="t", label="内容", max_length=100)
    assert info.value.code == "bad_characters"


def test_control_characters_are_refused() -> None:
    with pytest.raises(ValidationError):
        clean_text("a\x00b", field="t", label="内容", max_length=100)


def test_single_line_fields_refuse_newlines() -> None:
    with pytest.raises(ValidationError):
        clean_text("张\n三", field="name", label="姓名", max_length=10, multiline=False)


@given(st.text(max_size=300))
def test_clean_text_either_returns_printable_text_or_raises(value: str) -> None:
    try:
        result = clean_text(value, field="t", label="内容", max_length=200)
    except ValidationError as exc:
        assert exc.message  # a clear message, never an empty one
        return
    assert result == result.strip()
    assert 0 < len(result) <= 200
    result.encode("utf-8")


def test_future_times_beyond_tolerance_are_refused() -> None:
    check_not_future(NOW + timedelta(minutes=4), now=NOW, field="t", label="时间")
    with pytest.raises(ValidationError) as info:
        check_not_future(NOW + timedelta(hours=2), now=NOW, field="t", label="记录时间")
    assert info.value.code == "in_future"


def test_time_order() -> None:
    check_order(NOW, NOW, field="p", earlier_label="发布时间", later_label="发现时间")
    check_order(None, NOW, field="p", earlier_label="发布时间", later_label="发现时间")
    with pytest.raises(ValidationError) as info:
        check_order(
            NOW, NOW - timedelta(minutes=1), field="p", earlier_label="发布时间", later_label="发现时间"
        )
    assert "发布时间" in info.value.message


def test_phone_numbers() -> None:
    assert clean_phone(" 0771-1234567 ") == "0771-1234567"
    assert clean_phone("") == ""
    with pytest.raises(ValidationError):
        clean_phone("call me")
