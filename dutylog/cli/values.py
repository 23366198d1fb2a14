"""Every value typed on the command line is parsed here: dates, months, weeks, times, numbers.

Each parser is an argparse ``type=``: a bad value is a one-line usage error (exit 2)
before anything is opened. Dates are range-checked (years 1900-2200), so that no
command meets a date it cannot add a day to, and numbers have bounds, so that no
command is asked for a billion rows.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

FIRST_YEAR = 1900
LAST_YEAR = 2200

_WEEK = re.compile(r"^([0-9]{4})-W([0-9]{2})$")


def _bad(message: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(message)


def _check_year(year: int, text: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _bad(f"日期超出范围（{FIRST_YEAR} 年至 {LAST_YEAR} 年）：{text}")


def path_value(text: str) -> Path:
    """A file or folder name, as given. pathlib is imported here, not on every start (--help)."""
    from pathlib import Path

    return Path(text)


def date_value(text: str) -> date:
    """YYYY-MM-DD, years 1900-2200."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise _bad(f"日期应为 YYYY-MM-DD 且是真实的日期：{text!r}") from None
    _check_year(value.year, text)
    return value


def datetime_value(text: str) -> datetime:
    """YYYY-MM-DD HH:MM (a T instead of the space, and seconds, are accepted), years 1900-2200."""
    clean = " ".join(text.split())
    try:
        value = datetime.fromisoformat(clean)
    except ValueError:
        raise _bad(f'时间应为 "YYYY-MM-DD HH:MM" 且是真实的时刻：{text!r}') from None
    if value.tzinfo is not None:
        raise _bad(f"时间不能带时区：{text!r}")
    if len(clean) <= 10:
        raise _bad(f"请写明时刻（YYYY-MM-DD HH:MM）：{text!r}")
    _check_year(value.year, text)
    return value


def week_value(text: str) -> str:
    """ISO week YYYY-Www (returned as typed, checked to exist)."""
    clean = text.strip()
    match = _WEEK.match(clean)
    if not match:
        raise _bad(f"周应为 YYYY-Www，例如 2026-W47：{text!r}")
    year, week = int(match.group(1)), int(match.group(2))
    _check_year(year, text)
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        raise _bad(f"{year} 年没有第 {week} 周：{text!r}") from None
    return clean


def month_value(text: str) -> tuple[int, int]:
    """A month YYYY-MM, as (year, month)."""
    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise _bad(f"月份应为 YYYY-MM，例如 2026-11：{text!r}")
    year = int(match.group(1))
    _check_year(year, text)
    return year, int(match.group(2))


def time_value(text: str) -> time:
    """HH:MM (24-hour)."""
    try:
        value = time.fromisoformat(text.strip())
    except ValueError:
        raise _bad(f"时间应为 HH:MM：{text!r}") from None
    if value.tzinfo is not None:
        raise _bad(f"时间不能带时区：{text!r}")
    return value


def year_value(text: str) -> int:
    year = _integer(text, "年份")
    _check_year(year, text)
    return year


def _integer(text: str, label: str) -> int:
    clean = text.strip()
    if not re.fullmatch(r"[+-]?[0-9]{1,12}", clean):
        raise _bad(f"{label}应为整数：{text!r}")
    return int(clean)


def int_value(low: int, high: int, label: str = "数值") -> Callable[[str], int]:
    """An integer between ``low`` and ``high`` inclusive."""

    def parse(text: str) -> int:
        value = _integer(text, label)
        if not low <= value <= high:
            raise _bad(f"{label}应在 {low} 至 {high} 之间：{text}")
        return value

    parse.__name__ = "integer"
    return parse


def float_value(low: float, high: float, label: str = "数值") -> Callable[[str], float]:
    """A finite number between ``low`` and ``high`` inclusive."""

    def parse(text: str) -> float:
        try:
            value = float(text.strip())
        except ValueError:
            raise _bad(f"{label}应为数字：{text!r}") from None
        if not low <= value <= high:  # also refuses nan and inf
            raise _bad(f"{label}应在 {low:g} 至 {high:g} 之间：{text}")
        return value

    parse.__name__ = "number"
    return parse
