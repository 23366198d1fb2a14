from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from unittest.mock import patch

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.enums import Grade
from dutylog.domain.matters import ledger_values
from dutylog.domain.matters.ledger_values import (
    HandlingMeasure,
    parse_count,
    parse_grade,
    parse_measures,
    parse_url,
    parse_when,
)


@pytest.mark.parametrize(
    ("text", "expected", "date_only"),
    [
        ("2026-3-5", datetime(2026, 3, 5), True),
        ("2026/03/05 14:20", datetime(2026, 3, 5, 14, 20), False),
        ("2026年3月5日", datetime(2026, 3, 5), True),
        ("2026.3.5", datetime(2026, 3, 5), True),
        ("2026年3月5日14时20分", datetime(2026, 3, 5, 14, 20), False),
        ("2026年3月5日 下午2:20", datetime(2026, 3, 5, 14, 20), False),
        ("2026-03-05T14:20:33", datetime(2026, 3, 5, 14, 20, 33), False),
        ("２０２６－０３－０５", datetime(2026, 3, 5), True),  # full-width digits from a Chinese IME
        ("20260305", datetime(2026, 3, 5), True),
        ("2026年3月5号 8点", datetime(2026, 3, 5, 8, 0), False),
        ("46086", datetime(2026, 3, 5), True),  # an Excel serial typed as text
    ],
)
def test_parse_when_accepts_the_formats_offices_type(text: str, expected: datetime, date_only: bool) -> None:
    parsed = parse_when(text)
    assert parsed is not None
    assert parsed.value == expected
    assert parsed.date_only is date_only


def test_parse_when_reads_excel_serials_and_cells() -> None:
    assert parse_when(46086.5979166667).value == datetime(2026, 3, 5, 14, 21)  # type: ignore[union-attr]
    assert parse_when(datetime(2026, 3, 5, 14, 20)).value == datetime(2026, 3, 5, 14, 20)  # type: ignore[union-attr]
    cell = parse_when(date(2026, 3, 5))
    assert cell is not None and cell.date_only
    assert parse_when(None) is None
    assert parse_when("  ") is None


def test_yearless_dates_need_a_default_year() -> None:
    with pytest.raises(ValueError, match="缺少年份"):
        parse_when("3月5日")
    assert parse_when("3月5日 14:20", default_year=2025).value == datetime(2025, 3, 5, 14, 20)  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["明天", "2026-13-01", "2026-02-30", "2026-3-5 25:00", "12345678901", "1"])
def test_parse_when_rejects_nonsense_with_a_reason(text: str) -> None:
    with pytest.raises(ValueError, match="日期"):
        parse_when(text)


FORMATS = (
    "{d.year}-{d.month}-{d.day} {d.hour}:{d.minute:02d}",
    "{d.year}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}",
    "{d.year}年{d.month}月{d.day}日{d.hour}时{d.minute}分",
    "{d.year}.{d.month}.{d.day} {d.hour}:{d.minute:02d}",
    "{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}",
)


@given(
    moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    fmt=st.sampled_from(FORMATS),
)
def test_any_written_time_parses_back_to_itself(moment: datetime, fmt: str) -> None:
    parsed = parse_when(fmt.format(d=moment))
    assert parsed is not None and parsed.value == moment and not parsed.date_only


@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_excel_serial_round_trip(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    parsed = parse_when(serial)
    assert parsed is not None and parsed.value.date() == day and parsed.date_only


@given(st.text(max_size=30))
def test_parse_when_never_crashes_on_text(text: str) -> None:
    try:
        parse_when(text)
    except ValueError as exc:
        assert str(exc)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("一般", Grade.ORDINARY),
        ("一般舆情", Grade.ORDINARY),
        (" 较大 ", Grade.SERIOUS),
        ("重大舆情", Grade.MAJOR),
        ("特别重大", Grade.EXTRAORDINARY),
        ("特大", Grade.EXTRAORDINARY),
        ("Ⅳ级", Grade.ORDINARY),
        ("II级", Grade.MAJOR),
        ("major", Grade.MAJOR),
    ],
)
def test_parse_grade_labels(text: str, grade: Grade) -> None:
    assert parse_grade(text) is grade


def test_unknown_grade_is_an_error_and_empty_is_none() -> None:
    with pytest.raises(ValueError, match="未知的等级"):
        parse_grade("紧急")
    assert parse_grade("") is None


def test_measures_split_on_chinese_and_ascii_separators() -> None:
    parsed = parse_measures("跟帖引导、删帖3条；举报,情况说明，转办;新闻发布会/冷处理 权威发布")
    assert parsed.measures == (
        HandlingMeasure.GUIDE_REPLIES,
        HandlingMeasure.DELETE_POSTS,
        HandlingMeasure.REPORT_TO_PLATFORM,
        HandlingMeasure.EXPLANATION,
        HandlingMeasure.REFERRAL,
        HandlingMeasure.PRESS_CONFERENCE,
        HandlingMeasure.COLD_TREATMENT,
        HandlingMeasure.AUTHORITATIVE_RELEASE,
    )
    assert parsed.posts_removed == 3
    assert parse_measures("联系发帖人").unknown == ("联系发帖人",)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("https://weibo.com/1/abc", "https://weibo.com/1/abc"),
        ("www.tieba.com/p/2", "http://www.tieba.com/p/2"),
        ("http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x"),
        ("", ""),
    ],
)
def test_parse_url_accepts_well_formed(text: str, url: str) -> None:
    assert parse_url(text) == url


@pytest.mark.parametrize(
    "text", ["见附件", "http://", "ftp://x.com/a", "https://exa mple.com", "javascript:alert(1)"]
)
def test_parse_url_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError, match="网址"):
        parse_url(text)


def test_parse_count() -> None:
    assert parse_count("12条") == 12
    assert parse_count(3.0) == 3
    assert parse_count(None) == 0
    with pytest.raises(ValueError):
        parse_count("-1")


# The plain forms ("2026-03-05 14:20", "https://host/path") take a shortcut: it must read
# exactly what the general reading reads, and leave every other form to it.
@pytest.mark.parametrize(
    ("plain", "general"),
    [
        ("2026-03-05 14:20", "2026-03-05T14:20"),
        ("2026/3/5 8:05", "2026年3月5日8时05分"),
        ("2026-3/5 9:00", "2026.3.5 9:00"),
        ("1999-12-31 23:59", "1999年12月31日 23:59"),
    ],
)
def test_plain_times_read_as_the_general_form_does(plain: str, general: str) -> None:
    assert parse_when(plain) == parse_when(general)


@pytest.mark.parametrize(
    "text", ["2026-02-30 10:00", "2026-03-05 24:00", "2026-03-05 23:60", "2026-13-05 10:00"]
)
def test_impossible_plain_times_are_refused_as_before(text: str) -> None:
    with pytest.raises(ValueError, match=f"^日期或时间不存在：{text}$"):
        parse_when(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.com/t/1?q=a#b", "https://example.com/t/1?q=a#b"),
        ("http://a-b.example.cn", "http://a-b.example.cn"),
        ("https://Example.COM/A", "https://Example.COM/A"),  # upper case: the general check
        ("https://例子.中国/路径", "https://例子.中国/路径"),
    ],
)
def test_urls_plain_and_general(text: str, expected: str) -> None:
    assert parse_url(text) == expected


@pytest.mark.parametrize("text", ["https://a.com:0/x", "https://-/x", "https://a.com /x", "ftp://a.com/x"])
def test_urls_the_shortcut_does_not_take_are_still_checked(text: str) -> None:
    with pytest.raises(ValueError, match="网址格式不正确"):
        parse_url(text)


def _reading(parse: Callable[[str], object], text: str) -> object:
    try:
        return parse(text)
    except ValueError as exc:
        return f"ValueError: {exc}"


@given(
    st.from_regex(r"\A[0-9]{1,4}[-/][0-9]{1,3}[-/][0-9]{1,3} [0-9]{1,3}:[0-9]{1,3}\Z")
    | st.from_regex(r"\A(https?|ftp)://[a-zA-Z0-9.:@\-]{0,12}(/[!-~]{0,8})?\Z")
)
def test_the_shortcuts_agree_with_the_general_reading(text: str) -> None:
    parse: Callable[[str], object] = parse_url if "://" in text else parse_when
    shortcut = _reading(parse, text)
    never = re.compile(r"(?!)")  # the shortcut switched off: the general reading alone
    with patch.object(ledger_values, "_PLAIN", never), patch.object(ledger_values, "_PLAIN_URL", never):
        general = _reading(parse, text)
    assert shortcut == general
