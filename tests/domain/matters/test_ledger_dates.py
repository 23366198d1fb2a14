"""Dates as clerks write them: the year taken from the row, the title or the file; impossible days refused."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.matters.ledger_dates import dominant_year, is_date_header, read_times
from dutylog.domain.matters.ledger_fields import LedgerField
from dutylog.domain.matters.ledger_rows import RowContext, build_row
from dutylog.domain.matters.ledger_values import parse_when

NOW = datetime(2027, 6, 1, 12, 0)
MOMENTS = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


def _twelve_hour(moment: datetime) -> tuple[str, int]:
    hour = moment.hour
    if hour < 12:
        return "上午", hour
    return ("下午" if hour < 18 else "晚上"), hour - 12 if hour > 12 else hour


def written_forms(moment: datetime) -> list[str]:
    """The ways a ledger writes one minute: dots, 年月日, 时分, 上午/下午/晚上."""
    part, hour = _twelve_hour(moment)
    m = moment
    return [
        f"{m.year}.{m.month}.{m.day} {m.hour}:{m.minute:02d}",
        f"{m.year}年{m.month}月{m.day}日{m.hour}时{m.minute}分",
        f"{m.year}年{m.month}月{m.day}日 {part}{hour}:{m.minute:02d}",
        f"{m.year}/{m.month:02d}/{m.day:02d} {m.hour:02d}:{m.minute:02d}",
        f"{m.year}-{m.month}-{m.day}T{m.hour:02d}:{m.minute:02d}",
    ]


@given(MOMENTS)
def test_every_written_form_reads_as_the_same_minute(moment: datetime) -> None:
    for text in written_forms(moment):
        found = parse_when(text)
        assert found is not None and found.value == moment, text


@given(MOMENTS)
def test_an_excel_serial_reads_as_its_minute(moment: datetime) -> None:
    delta = moment - datetime(1899, 12, 30)
    serial = delta.days + delta.seconds / 86400
    found = parse_when(serial)
    assert found is not None and found.value == moment


@given(MOMENTS, st.integers(min_value=1990, max_value=2099))
def test_a_yearless_time_takes_the_year_of_the_rows_other_date(moment: datetime, year: int) -> None:
    part, hour = _twelve_hour(moment)
    yearless = f"{moment.month}月{moment.day}日 {part}{hour}:{moment.minute:02d}"
    if moment.month == 2 and moment.day == 29 and year % 4:
        return  # 29 February exists only in leap years: that case is the next test's
    times = read_times({"发布时间": f"{year}-01-01", "发现时间": yearless})
    assert times.errors == []
    assert times.values["发现时间"] is not None
    assert times.values["发现时间"].value == moment.replace(year=year)
    assert times.notices == [("发现时间", f"“{yearless}”未写年份，按同一行“发布时间”的年份取 {year} 年")]


def test_an_impossible_day_stays_an_error_naming_row_and_column() -> None:
    assert read_times({"发现时间": "2月29日", "发布时间": "2027-01-01"}).errors == [
        ("发现时间", "日期或时间不存在：2月29日")
    ]
    ctx = RowContext({0: LedgerField.TITLE, 1: LedgerField.DISCOVERED_AT}, ["标题", "发现时间"], NOW)
    row, problems = build_row(7, ["某事", "2026.2.30"], ctx)
    assert row is None
    assert [(p.row, p.column, p.reason) for p in problems] == [(7, "发现时间", "日期或时间不存在：2026.2.30")]


def test_without_a_year_in_the_row_the_title_then_the_file_decides() -> None:
    assert read_times({"发现时间": "3月5日"}, title_year=2025).notices == [
        ("发现时间", "“3月5日”未写年份，按表格标题中的年份取 2025 年")
    ]
    waiting = read_times({"发现时间": "3月5日"}, defer=True)
    assert waiting.needs_file_year and waiting.errors == []
    settled = read_times({"发现时间": "3月5日"}, file_year=2024)
    assert settled.values["发现时间"] == parse_when("2024-3-5")
    assert "文件中多数日期的年份" in settled.notices[0][1]
    assert read_times({"发现时间": "3月5日"}).errors[0][1].startswith("日期缺少年份")
    assert dominant_year(Counter({2025: 3, 2026: 5})) == 2026 and dominant_year(Counter()) is None


def test_a_kept_date_column_lends_its_year_and_an_impossible_one_is_refused() -> None:
    headers = ["标题", "发现时间", "交办时间"]
    ctx = RowContext({0: LedgerField.TITLE, 1: LedgerField.DISCOVERED_AT}, headers, NOW)
    row, problems = build_row(3, ["某事", "12月1日 晚上8点半", "2026-12-02 09:00"], ctx)
    assert row is not None and row.discovered_at == datetime(2026, 12, 1, 20, 30)
    assert row.extras == (("交办时间", "2026-12-02 09:00"),)
    assert problems[0].reason == "“12月1日 晚上8点半”未写年份，按同一行“交办时间”的年份取 2026 年"
    row, problems = build_row(4, ["某事", "2026-12-01", "2026-13-01"], ctx)
    assert row is None and (problems[0].column, problems[0].is_error) == ("交办时间", True)
    assert is_date_header("舆情发生日期") and is_date_header("首回时间") and not is_date_header("处置说明")
