"""Lists read light rows (ledger pages, search hits); each row says what the full record says."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.matters.records import LedgerFilter, MatterInput, MatterRecord, MatterRow
from dutylog.office import Office

FOUND = datetime(2026, 11, 17, 9, 0)
MEASURES = ("跟帖引导", "删帖", "冷处理", "举报")


def _same(row: MatterRow, record: MatterRecord) -> None:
    assert (row.id, row.number, row.title, row.grade, row.status) == (
        record.id,
        record.number,
        record.title,
        record.grade,
        record.status,
    )
    assert (row.discovered_at, row.reported_at, row.source, row.unit_name) == (
        record.discovered_at,
        record.reported_at,
        record.source,
        record.unit_name,
    )
    assert set(row.measures) == set(record.measures)
    assert row.voided == (record.voided_at is not None)


def _fill(office: Office) -> list[MatterRecord]:
    office.settings.add_units(["县水务局"])
    unit_id = office.staff.units()[0].id
    made = []
    for i in range(9):
        made.append(
            office.matters.create(
                MatterInput(
                    title=f"网民反映第{i}号小区停水",
                    summary="小区停水，业主不满。",
                    grade=list(Grade)[i % 4],
                    discovered_at=FOUND - timedelta(hours=i),
                    source="微博" if i % 2 else "抖音",
                    unit_id=unit_id if i % 3 == 0 else None,
                    measures=MEASURES[: i % 5],
                )
            )
        )
    office.matters.void(made[4].id, "重复录入", expected_version=made[4].version)
    made[5] = office.matters.advance(made[5].id, MatterStatus.VERIFIED, expected_version=made[5].version)
    return made


def test_ledger_rows_and_search_hits_match_the_full_records(office: Office) -> None:
    _fill(office)
    rows, cursor = office.matters.ledger_page(LedgerFilter(), limit=100)
    assert cursor is None and len(rows) == 9
    assert [row.discovered_at for row in rows] == sorted((row.discovered_at for row in rows), reverse=True)
    full = {record.id: record for record in office.matters.records([row.id for row in rows])}
    for row in rows:
        _same(row, full[row.id])
    assert any(row.voided for row in rows) and any(row.unit_name for row in rows)
    assert any(len(row.measures) > 1 for row in rows)
    hits = office.matters.search("停水", limit=5)
    assert [hit.id for hit in hits] == sorted((row.id for row in rows), reverse=True)[:5]
    for hit in hits:
        _same(hit, full[hit.id])


def test_records_keep_the_order_given_and_skip_missing_ids(office: Office) -> None:
    made = _fill(office)
    wanted = [made[2].id, 999_999, made[0].id]
    assert [record.id for record in office.matters.records(wanted)] == [made[2].id, made[0].id]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(size=st.integers(min_value=1, max_value=12))
def test_keyset_pages_of_rows_cover_the_ledger_once(office: Office, size: int) -> None:
    if office.matters.ledger_count(LedgerFilter()) == 0:
        _fill(office)
    for sort in ("discovered_at", "number", "grade", "status", "title", "source"):
        seen: list[int] = []
        cursor = None
        while True:
            page, cursor = office.matters.ledger_page(LedgerFilter(), sort=sort, after=cursor, limit=size)
            assert len(page) <= size
            seen.extend(row.id for row in page)
            if cursor is None:
                break
        assert sorted(seen) == sorted(set(seen)) and len(seen) == 9, sort
