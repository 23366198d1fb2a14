"""The special report (专报) alarm repeats until the report is sent and escalates after the limit."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.records import MatterInput
from dutylog.office import Office
from tests.conftest import FakeClock

FOUND = datetime(2026, 11, 17, 9, 0)


def _special(office: Office) -> list[tuple[str, str, bool]]:
    return [
        (r.key, r.kind, r.urgent)
        for r in office.reminders.due()
        if r.kind in ("special_due", "special_overdue")
    ]


def test_the_alarm_repeats_until_the_report_is_sent_and_escalates(office: Office, clock: FakeClock) -> None:
    clock.set(FOUND + timedelta(minutes=1))
    matter = office.matters.add(
        "网传化工厂爆炸", grade=Grade.MAJOR, discovered_at=FOUND, summary="微博出现爆炸传言", source="微博"
    )
    first = _special(office)
    assert [kind for _key, kind, _urgent in first] == ["special_due"]
    clock.set(FOUND + timedelta(minutes=45))
    second = _special(office)
    assert second[0][1] == "special_due" and second[0][0] != first[0][0]  # a new key: shown again
    # Reporting the matter does not stop the special report's alarm: only sending it does.
    with office.db.transaction() as store:
        store.matters.advance(matter.id, to_status=MatterStatus.REPORTED, at=clock.now, reported_at=clock.now)
    clock.set(FOUND + timedelta(hours=4, minutes=1))
    late = _special(office)
    assert late[0][1:] == ("special_overdue", True)
    assert not [r for r in office.reminders.due() if r.params.get("escalate")]
    clock.set(FOUND + timedelta(hours=5, minutes=5))
    escalated = [r for r in office.reminders.due() if r.kind == "special_overdue"]
    assert escalated[0].params["escalate"] == "leader" and "带班领导" in escalated[0].message
    current = office.matters.get(matter.id)
    sent = MatterInput(
        title=current.title,
        grade=current.grade,
        discovered_at=FOUND,
        reported_at=current.reported_at,
        summary=current.summary,
        source=current.source,
        special_reported_at=clock.now,
    )
    office.matters.update(matter.id, sent, expected_version=current.version)
    assert _special(office) == []


def test_a_report_time_before_discovery_is_refused(office: Office, clock: FakeClock) -> None:
    for field in ("reported_at", "special_reported_at"):
        data = MatterInput(
            title="标题", grade=Grade.MAJOR, discovered_at=FOUND, **{field: FOUND - timedelta(minutes=1)}
        )
        with pytest.raises(ValidationError) as info:
            office.matters.create(data)
        assert info.value.field == field


def test_an_ordinary_matter_has_no_special_report(office: Office, clock: FakeClock) -> None:
    office.matters.add("一般事项", grade=Grade.ORDINARY, discovered_at=FOUND)
    clock.set(FOUND + timedelta(hours=6))
    assert _special(office) == []
