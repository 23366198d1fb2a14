"""Pure rules: reminder, content hash, report deadlines, medians, weeks, the HTML subset."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.briefings.briefing import briefing_reminder, content_hash
from dutylog.domain.briefings.reporting import (
    is_overdue,
    iso_week_bounds,
    median,
    overdue_rule,
    special_report_deadline,
)
from dutylog.domain.enums import BriefingStatus, Grade, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.deadlines import GradeLimit, TimeLimits
from dutylog.reports.html_subset import normalize, to_plain_text
from dutylog.reports.official import CJK_FALLBACK_FONTS, choose_font, page_number_text
from dutylog.reports.text import chinese_number

DAY = date(2026, 11, 17)


def moment(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute))


@pytest.mark.parametrize(
    ("now", "status", "workday", "due"),
    [
        (moment(16, 59), None, True, False),  # before the reminder window
        (moment(17, 0), None, True, True),  # 30 minutes before 17:30
        (moment(17, 10), BriefingStatus.DRAFT, True, True),
        (moment(17, 10), BriefingStatus.RETURNED, True, True),
        (moment(17, 10), BriefingStatus.SUBMITTED, True, False),
        (moment(17, 10), BriefingStatus.SIGNED, True, False),
        (moment(20, 0), None, True, True),  # past the deadline, still not submitted
        (moment(17, 10), None, False, False),  # not a workday
    ],
)
def test_reminder_is_due_before_the_end_of_the_day_until_submitted(
    now: datetime, status: BriefingStatus | None, workday: bool, due: bool
) -> None:
    reminder = briefing_reminder(now, duty_date=DAY, status=status, workday=workday)
    assert reminder.due is due
    assert bool(reminder.message) is due


def test_reminder_follows_a_configured_deadline() -> None:
    early = briefing_reminder(moment(16, 0), duty_date=DAY, status=None, deadline=time(16, 30))
    assert early.due and "16:30" in early.message
    late = briefing_reminder(
        moment(16, 0), duty_date=DAY, status=None, deadline=time(18, 0), lead=timedelta(minutes=15)
    )
    assert not late.due


def test_content_hash_changes_with_any_signed_field() -> None:
    base = dict(
        duty_date=DAY, shift=None, title="t", body_html="<p>正文</p>", instruction="已阅", signed_by=1
    )
    digest = content_hash(**base)  # type: ignore[arg-type]
    assert len(digest) == 64 and digest == content_hash(**base)  # type: ignore[arg-type]
    for change in (
        {"body_html": "<p>正文。</p>"},
        {"instruction": "已阅！"},
        {"signed_by": 2},
        {"shift": Shift.DAY},
    ):
        assert content_hash(**{**base, **change}) != digest  # type: ignore[arg-type]


def test_special_report_deadlines_follow_the_grade_rules() -> None:
    found = moment(10)
    assert special_report_deadline(Grade.MAJOR, found) == moment(14)
    assert special_report_deadline(Grade.EXTRAORDINARY, found) == moment(14)
    assert special_report_deadline(Grade.SERIOUS, found) == moment(12)
    assert special_report_deadline(Grade.ORDINARY, found) is None
    custom = TimeLimits({**TimeLimits().by_grade, Grade.MAJOR: GradeLimit(10, 60)})
    assert special_report_deadline(Grade.MAJOR, found, custom) == moment(11)


def test_overdue_follows_the_ledger_time_limits() -> None:
    found = moment(10)
    assert is_overdue(Grade.SERIOUS, found, moment(12, 1), now=moment(18))
    assert not is_overdue(Grade.SERIOUS, found, moment(12, 0), now=moment(18))
    assert is_overdue(Grade.MAJOR, found, None, now=moment(10, 16))  # reported "at once": 15 min
    assert not is_overdue(Grade.ORDINARY, found, None, now=moment(17, 0))  # due with the 17:30 briefing
    assert is_overdue(Grade.ORDINARY, found, None, now=moment(17, 31))


@given(
    st.sampled_from(list(Grade)),
    st.integers(min_value=0, max_value=2000),
    st.one_of(st.none(), st.integers(min_value=0, max_value=3000)),
    st.integers(min_value=0, max_value=3000),
)
def test_the_fast_overdue_rule_agrees_with_the_ledger(
    grade: Grade, found_minute: int, reported_after: int | None, now_after: int
) -> None:
    found = moment(0) + timedelta(minutes=found_minute)
    reported = found + timedelta(minutes=reported_after) if reported_after is not None else None
    now = found + timedelta(minutes=now_after)
    assert overdue_rule(None, now)(grade, found, reported) == is_overdue(grade, found, reported, now)


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=50))
def test_median_splits_the_values_in_half(values: list[int]) -> None:
    middle = median([float(v) for v in values])
    assert middle is not None
    assert sum(v < middle for v in values) <= len(values) // 2
    assert sum(v > middle for v in values) <= len(values) // 2


def test_median_of_nothing_is_none() -> None:
    assert median([]) is None


def test_iso_weeks() -> None:
    assert iso_week_bounds("2026-W47") == (date(2026, 11, 16), date(2026, 11, 22))
    assert iso_week_bounds("2027-w01") == (date(2027, 1, 4), date(2027, 1, 10))
    for bad in ("2026-47", "2026-W54", "W47", ""):
        with pytest.raises(ValidationError):
            iso_week_bounds(bad)


def test_editor_html_is_reduced_to_structure() -> None:
    qt_html = (
        '<!DOCTYPE HTML><html><head><style type="text/css">p, li { white-space: pre-wrap; }</style></head>'
        "<body style=\" font-family:'Sans'; font-size:9pt;\">"
        '<h2 style=" margin-top:16px;">'
        '<span style=" font-size:x-large; font-weight:700;">一、总体情况</span></h2>'
        '<p style=" margin-top:0px;">今日<span style=" font-weight:700;">重大</span>'
        "事项 &lt;script&gt;<br />二行</p>"
        '<table border="0" style=" margin:0;"><tr><td><p>时间</p></td><td>来源</td></tr></table>'
        "<script>alert(1)</script></body></html>"
    )
    clean = normalize(qt_html)
    assert "font-size" not in clean and "style" not in clean and "<script>" not in clean
    assert "<b>重大</b>" in clean and "&lt;script&gt;" in clean and "<table" in clean
    assert normalize(clean) == clean  # stable: saving twice changes nothing
    lines = to_plain_text(clean).split("\n")
    assert lines[0] == "一、总体情况" and lines[-1] == "时间 | 来源"


@given(st.text(max_size=200))
def test_normalize_never_fails_and_keeps_the_words(text: str) -> None:
    clean = normalize(f"<p>{text.replace('<', '').replace('&', '')}</p>")
    assert normalize(clean) == clean


def test_chinese_section_numbers_and_page_numbers() -> None:
    assert [chinese_number(n) for n in (1, 9, 10, 12, 20, 21)] == ["一", "九", "十", "十二", "二十", "二十一"]
    assert page_number_text(3) == "— 3 —"


def test_font_choice_prefers_official_faces_then_cjk_fallback() -> None:
    assert choose_font(("仿宋_GB2312", "仿宋"), {"仿宋", "WenQuanYi Micro Hei"}) == "仿宋"
    assert choose_font(("仿宋_GB2312",), {"DejaVu Sans", "WenQuanYi Micro Hei"}) == "WenQuanYi Micro Hei"
    assert choose_font(("仿宋_GB2312",), {"DejaVu Sans"}) == "仿宋_GB2312"
    assert "WenQuanYi Micro Hei" in CJK_FALLBACK_FONTS


def test_split_table_repeats_the_header_and_breaks_the_page() -> None:
    from dutylog.reports.html_subset import break_before_heading, parse, split_table
    from dutylog.reports.text import table

    body = "<h2>一、巡查</h2>" + table(["时间", "内容"], [[f"{n}", f"第{n}次"] for n in range(5)])
    tables = [node for node in parse(split_table(body, 0, 3)).children if node.tag == "table"]
    assert len(tables) == 2 and tables[1].page_break and not tables[0].page_break
    assert [row.children[0].plain_text() for row in tables[0].children] == ["时间", "0", "1"]
    assert [row.children[0].plain_text() for row in tables[1].children] == ["时间", "2", "3", "4"]
    whole = [node for node in parse(split_table(body, 0, 1)).children if node.tag == "table"]
    assert len(whole) == 1 and whole[0].page_break  # the first data row moves the whole table
    moved = parse(break_before_heading(body, "一、巡查")).children[0]
    assert moved.tag == "h2" and moved.page_break
