"""The times of one ledger row, with the year filled in where people left it out.

Clerks write "12月1日 下午3:05" when the year is obvious to them: from another date
in the same row, from the sheet's title ("2026年舆情台账") or from the rest of the
file. A yearless time takes its year in that order, and the row gets a notice
saying which; without any of them it stays an error.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from dutylog.domain.matters.ledger_fields import LedgerField, normalize_header
from dutylog.domain.matters.ledger_values import MissingYear, When, parse_when

_DATE_ENDINGS = ("时间", "日期", "时刻")
_FUTURE_TOLERANCE = timedelta(minutes=5)


def is_date_header(header: str) -> bool:
    """A column whose cells are times (交办时间, 舆情发生日期...), judged by its header."""
    return normalize_header(header).endswith(_DATE_ENDINGS)


@dataclass
class RowTimes:
    """Parsed times by column name; ``errors`` and ``notices`` as (column, reason)."""

    values: dict[str, When | None] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    notices: list[tuple[str, str]] = field(default_factory=list)
    years: list[int] = field(default_factory=list)  # years written out in the row
    needs_file_year: bool = False


def read_times(
    cells: Mapping[str, object],
    *,
    other_years: Sequence[tuple[str, int]] = (),
    title_year: int | None = None,
    file_year: int | None = None,
    defer: bool = False,
) -> RowTimes:
    """Parse every time cell of a row (column name -> cell, in the row's order).

    With ``defer``, a row whose yearless time has no year in the row or the title
    only sets ``needs_file_year``: the caller parses it again once the file's
    dominant year is known.
    """
    result = RowTimes()
    missing: list[str] = []
    for column, cell in cells.items():
        try:
            moment = parse_when(cell)
        except MissingYear:
            missing.append(column)
            continue
        except ValueError as exc:
            result.errors.append((column, str(exc)))
            continue
        result.values[column] = moment
        if moment is not None:
            result.years.append(moment.value.year)
    if not missing:
        return result
    year, source = _year_for([*_written(result), *other_years], title_year, file_year)
    if year is None and defer:
        result.needs_file_year = True
        return result
    for column in missing:
        shown = str(cells[column]).strip()[:40]
        if year is None:
            result.errors.append((column, f"日期缺少年份：{shown}（同一行和文件中都没有可参照的年份）"))
            continue
        try:
            result.values[column] = parse_when(cells[column], default_year=year)
        except ValueError as exc:
            result.errors.append((column, str(exc)))
            continue
        result.notices.append((column, f"“{shown}”未写年份，按{source}取 {year} 年"))
    return result


def _written(parsed: RowTimes) -> list[tuple[str, int]]:
    return [(column, moment.value.year) for column, moment in parsed.values.items() if moment is not None]


def _year_for(
    row_years: Sequence[tuple[str, int]], title_year: int | None, file_year: int | None
) -> tuple[int | None, str]:
    if row_years:
        column, year = row_years[0]
        return year, f"同一行“{column}”的年份"
    if title_year is not None:
        return title_year, "表格标题中的年份"
    if file_year is not None:
        return file_year, "文件中多数日期的年份"
    return None, ""


def dominant_year(counts: Counter[int]) -> int | None:
    """The year most dates of the file name; the later one on a tie."""
    if not counts:
        return None
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0]


def check_time_order(
    published: When | None,
    discovered: When | None,
    reported: When | None,
    now: datetime,
    problem: Callable[..., None],
) -> None:
    """publish <= discovery <= report, none in the future; ``problem(field, reason)`` for each breach."""
    for target, moment in (
        (LedgerField.PUBLISHED_AT, published),
        (LedgerField.DISCOVERED_AT, discovered),
        (LedgerField.REPORTED_AT, reported),
    ):
        if moment is not None and moment.value > now + _FUTURE_TOLERANCE:
            problem(target, f"{target.zh}（{moment.value:%Y-%m-%d %H:%M}）晚于当前时间")
    pairs = (
        (published, discovered, LedgerField.PUBLISHED_AT, LedgerField.DISCOVERED_AT),
        (discovered, reported, LedgerField.DISCOVERED_AT, LedgerField.REPORTED_AT),
    )
    for earlier, later, earlier_field, later_field in pairs:
        if earlier is not None and later is not None and not _in_order(earlier, later):
            problem(
                earlier_field,
                f"{earlier_field.zh}（{earlier.value:%Y-%m-%d %H:%M}）晚于"
                f"{later_field.zh}（{later.value:%Y-%m-%d %H:%M}）",
            )


def _in_order(earlier: When, later: When) -> bool:
    """A day without a time of day is compared by the day only."""
    if earlier.date_only or later.date_only:
        return earlier.value.date() <= later.value.date()
    return earlier.value <= later.value
