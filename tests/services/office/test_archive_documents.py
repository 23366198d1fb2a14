"""A duty day's log gathered for its document, and the monthly bulletin's facts, on a demo office."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dutylog.domain.enums import EntryKind, Grade, Shift
from dutylog.office import Office
from dutylog.reports.daily_log import day_document
from dutylog.reports.monthly_bulletin import EDITOR_NOTE, bulletin_document
from tests.helpers.demo_office import DEMO_NOW, demo_office_file

pytestmark = pytest.mark.sqlite_only("a demo office file")

NOW = DEMO_NOW


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_office_file(tmp_path_factory, days=6)


@pytest.fixture
def demo(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    monkeypatch.setenv("DUTYLOG_NOW", NOW)
    office = Office.open(demo_file)
    yield office
    office.close()


def test_a_day_log_names_who_was_on_duty_and_holds_every_entry(demo: Office) -> None:
    day = demo.documents.day_log(date(2026, 11, 16))
    assert day.leaders and day.officers and day.entries
    assert [e.id for e in day.entries] == [e.id for e in demo.log.entries_for(date(2026, 11, 16))]
    document = day_document(day)
    assert document.title == "网络舆情值班室值班日志"
    assert "2026年11月16日" in document.body_html and day.officers[0] in document.body_html
    assert any(label == "带班领导" for label, _text in document.closing)
    if any(entry.kind is EntryKind.HANDOVER for entry in day.entries):
        assert "交班" in document.body_html


def test_one_shift_keeps_only_its_entries(demo: Office) -> None:
    whole = demo.documents.day_log(date(2026, 11, 16))
    day_shift = demo.documents.day_log(date(2026, 11, 16), Shift.DAY)
    assert len(day_shift.entries) <= len(whole.entries)
    assert {entry.shift for entry in day_shift.entries} <= {Shift.DAY, Shift.FULL}


def test_the_days_of_a_month_stop_today_and_skip_days_without_entries(demo: Office) -> None:
    days = demo.documents.day_logs(date(2026, 11, 1), date(2026, 11, 30))
    assert days and all(day.entries for day in days)
    assert max(day.duty_date for day in days) <= date(2026, 11, 17)
    assert [day.duty_date for day in days] == sorted({day.duty_date for day in days})


def test_the_monthly_bulletin_is_drafted_from_the_months_records(demo: Office) -> None:
    facts = demo.monthly.facts(2026, 11)
    assert facts.statistics.first == date(2026, 11, 1) and facts.statistics.last == date(2026, 11, 30)
    assert all(line.grade.rank >= Grade.SERIOUS.rank for line in facts.major)
    assert all(line.discovered_at.month == 11 for line in facts.major)
    document = bulletin_document(facts)
    assert document.title == "网络舆情值班室2026年11月网络舆情月报"
    assert EDITOR_NOTE in document.body_html and "本月舆情概况" in document.body_html
    for line in facts.major:
        assert line.number in document.body_html
