"""Values typed on the command line: parsed in one place, range-checked, refused in one line."""

from __future__ import annotations

import argparse
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.cli.values import (
    FIRST_YEAR,
    LAST_YEAR,
    date_value,
    float_value,
    int_value,
    time_value,
    week_value,
    year_value,
)


@given(st.dates(min_value=date(FIRST_YEAR, 1, 1), max_value=date(LAST_YEAR, 12, 31)))
def test_every_date_in_range_reads_back(day: date) -> None:
    assert date_value(day.isoformat()) == day


@given(st.dates().filter(lambda d: not FIRST_YEAR <= d.year <= LAST_YEAR))
def test_dates_outside_the_range_are_refused(day: date) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="超出范围"):
        date_value(day.isoformat())


@pytest.mark.parametrize("text", ["2025-02-30", "2025-13-01", "yesterday", "", "2025/01/01", "９９"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="YYYY-MM-DD"):
        date_value(text)


def test_weeks_must_exist() -> None:
    assert week_value("2026-W53") == "2026-W53"
    for text in ("2025-W53", "2026-W00", "2026W01", "9999-W01"):
        with pytest.raises(argparse.ArgumentTypeError):
            week_value(text)


def test_times() -> None:
    assert time_value("08:30") == time(8, 30)
    for text in ("25:00", "8h", "08:30+08:00"):
        with pytest.raises(argparse.ArgumentTypeError):
            time_value(text)


@given(st.integers())
def test_integers_keep_their_bounds(value: int) -> None:
    parse = int_value(1, 10_000, "--limit")
    if 1 <= value <= 10_000:
        assert parse(str(value)) == value
    else:
        with pytest.raises(argparse.ArgumentTypeError):
            parse(str(value))


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e999", "x", "31"])
def test_numbers_are_finite_and_bounded(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        float_value(0.01, 30)(text)


def test_years() -> None:
    assert year_value("2026") == 2026
    for text in ("0", "99999", "1e3", "20２6"):
        with pytest.raises(argparse.ArgumentTypeError):
            year_value(text)
