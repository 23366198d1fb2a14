from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import ConflictError, ValidationError
from dutylog.domain.matters.records import LedgerFilter, MatterInput
from dutylog.domain.matters.rules import check_url
from dutylog.office import Office
from tests.conftest import FakeClock

FOUND = datetime(2026, 11, 17, 9, 0)


def _input(**changes: object) -> MatterInput:
    base = MatterInput(title="网民称某小区停水", discovered_at=FOUND, url="https://weibo.com/1/abc")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_numbers_restart_each_year_and_are_never_reused(office: Office, clock: FakeClock) -> None:
    first = office.matters.create(_input())
    second = office.matters.create(_input())
    assert (first.number, second.number) == ("YQ-2026-0001", "YQ-2026-0002")
    office.matters.void(second.id, "重复录入", expected_version=second.version)
    third = office.matters.create(_input())
    assert third.number == "YQ-2026-0003"
    older = office.matters.create(_input(discovered_at=datetime(2025, 12, 31, 23, 0)))
    assert older.number == "YQ-2025-0001"


def test_all_fields_are_kept(office: Office) -> None:
    unit = None
    with office.db.transaction() as store:
        unit = store.staff.ensure_unit("县教育局")
    data = _input(
        summary="概要",
        source="微博",
        author_name="网友甲",
        published_at=datetime(2026, 11, 17, 8, 0),
        reported_at=datetime(2026, 11, 17, 9, 30),
        grade=Grade.SERIOUS,
        sentiment="neutral",
        unit_id=unit.id,
        tags=("谣言", "谣言", "失实报道"),
        measures=("删帖", "跟帖引导"),
        posts_removed=12,
        outcome="已删除",
    )
    saved = office.matters.get(office.matters.create(data).id)
    assert saved.tags == ("失实报道", "谣言")
    assert set(saved.measures) == {"删帖", "跟帖引导"}
    assert (saved.posts_removed, saved.unit_name, saved.sentiment) == (12, "县教育局", "neutral")
    assert saved.reported_at == datetime(2026, 11, 17, 9, 30)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"published_at": datetime(2026, 11, 17, 10, 0)}, "time_order"),
        ({"reported_at": datetime(2026, 11, 17, 8, 0)}, "time_order"),
        ({"url": "weibo.com/abc"}, "bad_url"),
        ({"url": "ftp://x.cn/a"}, "bad_url"),
        ({"title": "  "}, "required"),
        ({"posts_removed": 3}, "inconsistent"),
        ({"unit_id": 999}, "unknown_unit"),
    ],
)
def test_bad_input_is_refused(office: Office, changes: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as info:
        office.matters.create(_input(**changes))
    assert info.value.code == code
    assert office.matters.ledger_count(LedgerFilter()) == 0


@given(st.text(max_size=30))
def test_check_url_accepts_only_http_urls(text: str) -> None:
    try:
        cleaned = check_url(text)
    except ValidationError:
        return
    assert cleaned == "" or cleaned.lower().startswith(("http://", "https://"))


def test_stale_version_raises_conflict_and_keeps_the_newer_edit(office: Office) -> None:
    matter = office.matters.create(_input())
    office.matters.update(matter.id, _input(title="甲的修改"), expected_version=matter.version)
    with pytest.raises(ConflictError):
        office.matters.update(matter.id, _input(title="乙的修改"), expected_version=matter.version)
    assert office.matters.get(matter.id).title == "甲的修改"


def test_workflow_steps_need_their_fields_and_fill_the_timeline(office: Office, clock: FakeClock) -> None:
    matter = office.matters.create(_input())
    with pytest.raises(ValidationError) as info:
        office.matters.advance(matter.id, MatterStatus.VERIFIED, expected_version=matter.version)
    assert info.value.field == "summary"
    with pytest.raises(ValidationError) as info:
        office.matters.advance(matter.id, MatterStatus.HANDLING, expected_version=matter.version)
    assert info.value.code == "bad_transition"
    matter = office.matters.update(matter.id, _input(summary="停水两天"), expected_version=matter.version)
    matter = office.matters.advance(
        matter.id, MatterStatus.VERIFIED, expected_version=matter.version, note="已核实"
    )
    matter = office.matters.advance(matter.id, MatterStatus.REPORTED, expected_version=matter.version)
    assert matter.reported_at == clock()
    with pytest.raises(ValidationError) as info:
        office.matters.advance(matter.id, MatterStatus.HANDLING, expected_version=matter.version)
    assert info.value.field == "measures"
    matter = office.matters.update(
        matter.id,
        _input(summary="停水两天", reported_at=clock(), measures=("冷处理",)),
        expected_version=matter.version,
    )
    matter = office.matters.advance(matter.id, MatterStatus.HANDLING, expected_version=matter.version)
    with pytest.raises(ValidationError):
        office.matters.advance(matter.id, MatterStatus.CLOSED, expected_version=matter.version)
    steps = [event.to_status for event in office.matters.timeline(matter.id)]
    assert steps == [MatterStatus.FOUND, MatterStatus.VERIFIED, MatterStatus.REPORTED, MatterStatus.HANDLING]
    assert office.matters.timeline(matter.id)[1].note == "已核实"


def test_ledger_pages_cover_every_row_once(office: Office, clock: FakeClock) -> None:
    for i in range(23):
        office.matters.create(_input(title=f"事项{i:02d}", grade=list(Grade)[i % 4]))
    for sort in ("discovered_at", "number", "grade", "status", "title"):
        seen: list[int] = []
        cursor = None
        while True:
            page, cursor = office.matters.ledger_page(LedgerFilter(), sort=sort, after=cursor, limit=5)
            seen.extend(m.id for m in page)
            if cursor is None:
                break
        assert len(seen) == len(set(seen)) == 23, sort
    majors = office.matters.ledger_count(LedgerFilter(grades=(Grade.MAJOR,)))
    assert majors == 6
    assert office.matters.ledger_count(LedgerFilter(text="事项0")) == 10
