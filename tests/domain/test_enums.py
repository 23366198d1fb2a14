from __future__ import annotations

import pytest

from dutylog.domain.enums import DutyRole, EntryKind, Grade, MatterStatus


def test_grades_are_ordered_by_severity() -> None:
    assert [g.zh for g in Grade] == ["一般", "较大", "重大", "特大"]
    assert Grade.ORDINARY.rank < Grade.SERIOUS.rank < Grade.MAJOR.rank < Grade.EXTRAORDINARY.rank


def test_matter_status_follows_the_procedure() -> None:
    assert [s.zh for s in MatterStatus] == ["发现", "核实", "报送", "处置", "跟踪", "办结"]
    assert MatterStatus.CLOSED.step == 5


def test_entry_kinds_cover_the_log() -> None:
    assert [k.zh for k in EntryKind] == ["巡查", "发现舆情", "来电来文", "领导指示", "交接班", "其他"]


@pytest.mark.parametrize("text", ["major", "重大", "Major", " MAJOR "])
def test_parse_accepts_code_and_labels(text: str) -> None:
    assert Grade.parse(text) is Grade.MAJOR


def test_parse_rejects_unknown() -> None:
    with pytest.raises(ValueError):
        Grade.parse("严重")


def test_values_are_stable_codes() -> None:
    # Stored in databases: renaming one would orphan existing rows.
    assert DutyRole.LEADER.value == "leader"
    assert Grade("extraordinary") is Grade.EXTRAORDINARY
    assert DutyRole.OFFICER.label("en") == "Duty officer"
