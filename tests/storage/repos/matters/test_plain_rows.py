"""Plain-SQL rows (search hits, the unfiltered ledger) are what the general path reads."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from dutylog.demo.bulk import BulkDemoOptions, fill_bulk_demo
from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import DatabaseError
from dutylog.domain.log.records import NewLogEntry
from dutylog.domain.matters.records import LedgerFilter, MatterInput
from dutylog.office import Office
from dutylog.storage.models import MatterExtraField
from tests.conftest import FakeClock

START = datetime(2026, 11, 1, 8, 0)
TERMS = ("停水", "水", "小区停水", "业主", "物业公司", "回复", "备注说明", "注", "weibo", "不存在的词", "帖")


def _two_ways(office: Office, term: str, limit: int) -> tuple[list[object], list[object]]:
    with office.db.transaction(read_only=True) as store:
        one_statement = store.matters.search_rows(term, limit=limit)
        two_steps = store.matters.rows(store.matters.search_ids(term, limit=limit))
    return one_statement, two_steps


def _fill(office: Office) -> None:
    """Matters found by their own fields, by many linked log entries, or by kept columns."""
    for i in range(12):
        found = START + timedelta(hours=i)
        matter = office.matters.create(
            MatterInput(
                title=f"第{i}号小区停水" if i % 3 else f"物业公司第{i}次回应",
                summary="业主在微博反映。" if i % 2 else "",
                url=f"https://weibo.com/{i}" if i % 4 == 0 else "",
                discovered_at=found,
            )
        )
        for k in range(i % 4 * 3):  # up to 9 entries each: more than a small limit
            text = "物业公司已回复业主" if k % 2 else f"跟进第{k}次"
            office.log.add_entry(
                NewLogEntry(EntryKind.OTHER, text, found + timedelta(minutes=k + 1), matter_id=matter.id)
            )
        if i % 5 == 0:
            with office.db.transaction() as store:
                store.session.add(
                    MatterExtraField(matter_id=matter.id, position=0, name="备注", text="备注说明：已回访")
                )


def test_one_statement_finds_what_ids_then_rows_find(office: Office) -> None:
    _fill(office)
    for term in TERMS:
        for limit in (1, 2, 5, 50):
            one_statement, two_steps = _two_ways(office, term, limit)
            assert one_statement == two_steps, (term, limit)
    assert len(_two_ways(office, "业主", 50)[0]) > 5  # a term found in fields and in the log


@pytest.mark.sqlite_only("a generated office of thousands of entries: the SQLite plan is the one tested")
def test_a_generated_office_gives_the_same_hits_both_ways(office: Office) -> None:
    fill_bulk_demo(office, BulkDemoOptions(years=10, scale=0.002, seed=3))
    for term in ("食品安全问题", "拆迁补偿", "交接班", "删帖", "谣言", "巡查", "县", "帖", "weibo", "无此词"):
        for limit in (3, 50):
            one_statement, two_steps = _two_ways(office, term, limit)
            assert one_statement == two_steps, (term, limit)


def _pages(office: Office, filters: LedgerFilter, descending: bool, size: int) -> list[object]:
    """Every page of the ledger, with the cursor each one hands on."""
    pages: list[object] = []
    cursor = None
    with office.db.transaction(read_only=True) as store:
        while True:
            rows, cursor = store.matters.ledger_page(filters, descending=descending, after=cursor, limit=size)
            pages.append((rows, cursor))
            if cursor is None:
                return pages


def test_the_whole_ledger_in_plain_sql_pages_as_the_filtered_statement_does(office: Office) -> None:
    _fill(office)
    same_time = START + timedelta(hours=3)  # two matters found at the same minute: the id decides
    office.matters.create(MatterInput(title="同一时间发现的另一事项", discovered_at=same_time))
    first = office.matters.ledger_page(LedgerFilter(), limit=1)[0][0]
    office.matters.void(first.id, "重复录入", expected_version=1)
    everything = LedgerFilter(date_from=date(1900, 1, 1))  # the same matters, by the Core statement
    for descending in (True, False):
        for size in (1, 4, 100):
            plain = _pages(office, LedgerFilter(), descending, size)
            assert plain == _pages(office, everything, descending, size), (descending, size)
    rows = [row for page, _ in _pages(office, LedgerFilter(), True, 5) for row in page]  # type: ignore[attr-defined]
    assert len(rows) == 13 and any(row.voided for row in rows) and any(row.measures == () for row in rows)


def test_an_error_in_plain_sql_reaches_the_caller_as_a_database_error(
    db_path: Path, clock: FakeClock
) -> None:
    office = Office.open(db_path, clock=clock)
    try:
        office.matters.add("小区停水", discovered_at=START)
        with office.db.transaction() as store:  # a damaged index: the search statement fails
            store.session.connection().exec_driver_sql("DROP TABLE matter_fts")
        with pytest.raises(DatabaseError, match="no such table"):
            office.matters.search("小区停水")
    finally:
        office.close()
