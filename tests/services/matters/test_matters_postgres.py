"""Matters and search on PostgreSQL (set DUTYLOG_TEST_PG_URL, as for the other [postgres] tests).

DUTYLOG_TEST_PG_URL=postgresql+psycopg://dutylog:dutylog@127.0.0.1:5432/dutylog_test
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from dutylog.domain.errors import ConflictError
from dutylog.domain.log.records import NewLogEntry
from dutylog.domain.matters.records import LedgerFilter, MatterInput
from dutylog.office import Office
from tests.conftest import FakeClock

SERVER = os.environ.get("DUTYLOG_TEST_PG_URL")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not SERVER, reason="DUTYLOG_TEST_PG_URL not set")]


@pytest.fixture
def pg_office(clock: FakeClock) -> Iterator[Office]:
    assert SERVER
    name = f"dutylog_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    office = Office.open(
        make_url(SERVER).set(database=name).render_as_string(hide_password=False), clock=clock
    )
    try:
        yield office
    finally:
        office.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}"'))
        admin.dispose()


def test_search_versions_and_evidence_work_on_postgresql(pg_office: Office) -> None:
    from dutylog.domain.enums import EntryKind

    first = pg_office.matters.create(MatterInput(title="网民要求删帖的帖文", url="https://Weibo.com/1"))
    pg_office.matters.create(MatterInput(title="关于谣言的澄清"))
    pg_office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="水库安全需持续关注", matter_id=first.id))
    assert [m.id for m in pg_office.matters.search("删帖")] == [first.id]
    assert [m.id for m in pg_office.matters.search("weibo")] == [first.id]
    assert [m.id for m in pg_office.matters.search("水库")] == [first.id]
    assert pg_office.matters.ledger_count(LedgerFilter(text="谣言")) == 1
    pg_office.matters.update(first.id, MatterInput(title="甲"), expected_version=first.version)
    with pytest.raises(ConflictError):
        pg_office.matters.update(first.id, MatterInput(title="乙"), expected_version=first.version)
    record = pg_office.matters.evidence.attach_bytes(first.id, b"evidence", filename="a.txt")
    assert record.stored_in == "db" and pg_office.matters.evidence.read(record.id) == b"evidence"
