"""Rows become the domain's records by field name, with enum codes converted."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from dutylog.domain.enums import Grade, Shift
from dutylog.storage.records import column_values, to_record


@dataclass(frozen=True)
class Sample:
    id: int
    grade: Grade
    shift: Shift | None
    title: str


def test_fields_are_read_by_name_and_enum_codes_converted() -> None:
    row = SimpleNamespace(id=7, grade="major", shift=None, title="停水", extra="ignored")
    assert to_record(Sample, row) == Sample(7, Grade.MAJOR, None, "停水")


def test_given_values_win_and_fill_what_the_row_lacks() -> None:
    row = SimpleNamespace(id=7, grade="ordinary", shift="day")
    record = to_record(Sample, row, title="由联表得来")
    assert record == Sample(7, Grade.ORDINARY, Shift.DAY, "由联表得来")


def test_a_field_the_row_does_not_have_is_an_error_not_a_silent_default() -> None:
    with pytest.raises(AttributeError):
        to_record(Sample, SimpleNamespace(id=1, grade="ordinary", shift=None))


def test_column_values_reads_the_named_fields() -> None:
    assert column_values(Sample(1, Grade.ORDINARY, None, "t"), ("id", "title")) == {"id": 1, "title": "t"}
