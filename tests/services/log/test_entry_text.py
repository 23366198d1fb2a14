"""Log entries: pasted zero-width characters removed with a notice, bidi controls refused."""

from __future__ import annotations

import pytest

from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.records import NewLogEntry
from dutylog.domain.text import collect_notices
from dutylog.office import Office


def patrol(text: str) -> NewLogEntry:
    return NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text=text)


def test_zero_width_characters_are_removed_from_an_entry_with_a_notice(office: Office) -> None:
    with collect_notices() as notices:
        entry = office.log.add_entry(patrol("\ufeff巡查微博\u200b，未发现\u2060异常。"))
    assert entry.text == "巡查微博，未发现异常。"
    assert office.log.get(entry.id).text == entry.text
    assert notices == ["内容中的 3 个不可见字符（零宽字符或 BOM）已删除。"]


def test_an_entry_keeps_emoji_sequences(office: Office) -> None:
    with collect_notices() as notices:
        entry = office.log.add_entry(patrol("网民晒图 👨\u200d👩\u200d👧"))
    assert entry.text == "网民晒图 👨\u200d👩\u200d👧" and notices == []


def test_bidi_controls_in_an_entry_are_refused_and_nothing_is_saved(office: Office) -> None:
    with pytest.raises(ValidationError) as info:
        office.log.add_entry(patrol("巡查\u202e微博"))
    assert info.value.code == "bad_characters" and "U+202E" in info.value.message
    _day, entries = office.log.today()
    assert entries == []
