from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from dutylog.domain.enums import EntryKind, Shift
from dutylog.domain.errors import NotFoundError, ValidationError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from tests.conftest import FIXED_NOW, FakeClock

PATROL = {"sources": ["微博", "抖音"]}


def test_entry_is_stored_with_its_shift(office: Office) -> None:
    officer = office.staff.add("张伟", unit="舆情监测科")
    saved = office.log.add_entry(
        NewLogEntry(
            kind=EntryKind.PATROL,
            details=PATROL,
            text="早间巡查：微博、抖音，未发现。",
            author_id=officer.id,
            occurred_at=datetime(2026, 11, 17, 9, 5),
        )
    )
    assert saved.duty_date == date(2026, 11, 17)
    assert saved.shift is Shift.DAY
    assert saved.author_name == "张伟"
    assert office.log.entries_for(date(2026, 11, 17)) == [saved]


def test_time_defaults_to_now(office: Office) -> None:
    saved = office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="设备检查正常"))
    assert saved.occurred_at == FIXED_NOW


def test_entries_after_midnight_belong_to_the_night_shift_of_the_day_before(
    office: Office, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 18, 2, 0))
    saved = office.log.add_entry(
        NewLogEntry(kind=EntryKind.PATROL, details=PATROL, text="夜间巡查，未发现。")
    )
    assert (saved.duty_date, saved.shift) == (date(2026, 11, 17), Shift.NIGHT)
    day, entries = office.log.today()
    assert day == date(2026, 11, 17) and entries == [saved]


def test_entries_are_listed_in_time_order(office: Office) -> None:
    late = office.log.add_entry(
        NewLogEntry(
            kind=EntryKind.PATROL, details=PATROL, text="午间", occurred_at=datetime(2026, 11, 17, 12, 0)
        )
    )
    early = office.log.add_entry(
        NewLogEntry(
            kind=EntryKind.PATROL, details=PATROL, text="早间", occurred_at=datetime(2026, 11, 17, 9, 0)
        )
    )
    assert office.log.entries_for(date(2026, 11, 17)) == [early, late]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "required"),
        ("   \n  ", "required"),
        ("长" * 100_000, "too_long"),
        ("坏\ud83d字", "bad_characters"),
    ],
)
def test_bad_text_is_refused_and_nothing_is_written(office: Office, text: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text=text))
    assert info.value.code == code
    assert office.log.entries_for(FIXED_NOW.date()) == []


def test_a_time_in_the_future_is_refused(office: Office) -> None:
    with pytest.raises(ValidationError) as info:
        office.log.add_entry(
            NewLogEntry(
                kind=EntryKind.PATROL, details=PATROL, text="巡查", occurred_at=FIXED_NOW + timedelta(hours=3)
            )
        )
    assert info.value.code == "in_future"
    assert office.log.entries_for(FIXED_NOW.date()) == []


def test_emoji_and_rare_cjk_are_stored_exactly(office: Office) -> None:
    text = "网民留言“😡👍”，涉及𠀀𪚥𰻞𰻞面店；含全角符号！＠＃"
    saved = office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text=text))
    assert office.log.entries_for(saved.duty_date)[0].text == text


def test_unknown_author_is_refused(office: Office) -> None:
    with pytest.raises(NotFoundError):
        office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="x", author_id=999))
    assert office.log.entries_for(FIXED_NOW.date()) == []
