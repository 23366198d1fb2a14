"""`dutylog migrate-to`: every row arrives, sequences follow, non-empty targets are refused."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select, text

from dutylog.cli import main
from dutylog.demo.office import DemoOptions, fill_demo
from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import DatabaseError, ValidationError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.storage.database import Database
from dutylog.storage.models import Base
from dutylog.storage.search_pg import GRAM_INDEXES, gram_indexes
from dutylog.storage.transfer import copy_database

if TYPE_CHECKING:
    from tests.conftest import FakeClock, PgTestServer


def every_row(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.engine.connect() as conn:
        return {
            table.name: [
                tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture
def demo_office(office: Office) -> Office:
    fill_demo(office, DemoOptions(days=10, seed=7))
    return office


def check_copy(source: Office, target: str | Path, clock: FakeClock) -> None:
    result = copy_database(source.db, target, batch_size=50)
    assert result.ok
    assert {count.table for count in result.tables} == {t.name for t in Base.metadata.sorted_tables}
    copied = Office.open(target, clock=clock)
    try:
        before, after = every_row(source.db), every_row(copied.db)
        assert sum(len(rows) for rows in before.values()) > 100
        for name, rows in before.items():
            if name != "evidence_file":
                assert after[name] == rows, name
        check_same_evidence(source, copied)
        assert copied.health.check().healthy, copied.health.check().problems
        check_same_search(source, copied)
        # New rows get fresh ids: the sequences were moved past the copied ones.
        entry = copied.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, text="迁移后的第一条记录"))
        assert entry.id > max(row[0] for row in before["log_entry"])
        matter = copied.matters.add("迁移后新增的水库险情")
        assert [m.id for m in copied.matters.search("水库险情")] == [matter.id]
        assert [e.id for e in copied.log.search("迁移后")] == [entry.id]
    finally:
        copied.close()


def check_same_evidence(source: Office, copied: Office) -> None:
    """Every evidence row arrives with its bytes: beside a copied file, or in the row on a server."""
    table = Base.metadata.tables["evidence_file"]
    names = ("id", "matter_id", "sha256", "filename", "media_type", "size", "note", "added_at", "added_by")
    query = select(*(table.c[name] for name in names)).order_by(table.c.id)
    with source.db.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(query)]
    with copied.db.engine.connect() as conn:
        copied_rows = [tuple(r) for r in conn.execute(query)]
    assert copied_rows == rows and len(rows) >= 3  # the demo attaches screenshots and saved pages
    for row in rows:
        assert copied.matters.evidence.read(row[0]) == source.matters.evidence.read(row[0])


def check_same_search(source: Office, copied: Office) -> None:
    """The copy's search indexes (rebuilt after the copy) answer as the source's do."""
    hits = 0
    for term in ("巡查", "舆情", "网民", "删帖", "帖", "县", "值班员", "https", "不存在的词语"):
        found = [m.id for m in source.matters.search(term, limit=1000)]
        assert [m.id for m in copied.matters.search(term, limit=1000)] == found, term
        logged = [e.id for e in source.log.search(term, limit=1000)]
        assert [e.id for e in copied.log.search(term, limit=1000)] == logged, term
        hits += len(found) + len(logged)
    assert hits > 0
    if copied.db.backend == "postgresql":
        with copied.db.transaction() as store:
            assert [name for name, _sql in gram_indexes(store.session)] == sorted(GRAM_INDEXES)


def test_copy_to_a_new_sqlite_file_preserves_every_row(
    demo_office: Office, tmp_path: Path, clock: FakeClock
) -> None:
    check_copy(demo_office, tmp_path / "copy.sqlite3", clock)


@pytest.mark.postgres
def test_copy_to_postgres_preserves_every_row(
    demo_office: Office, pg_server: PgTestServer, clock: FakeClock
) -> None:
    check_copy(demo_office, pg_server.empty_database("_target"), clock)


def test_a_target_with_data_is_refused_and_left_alone(
    demo_office: Office, tmp_path: Path, clock: FakeClock
) -> None:
    target = tmp_path / "busy.sqlite3"
    other = Office.open(target, clock=clock)
    other.staff.add("李娜")
    with pytest.raises(ValidationError) as info:
        copy_database(demo_office.db, target)
    assert info.value.code == "target_not_empty"
    assert [person.name for person in other.staff.all()] == ["李娜"]
    other.close()


def test_copying_onto_itself_is_refused(office: Office) -> None:
    with pytest.raises(DatabaseError) as info:
        copy_database(office.db, str(office.db.url.render_as_string(hide_password=False)))
    assert info.value.code == "same_database"


def test_cli_prints_the_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "source.sqlite3"
    assert main(["--db", str(source), "demo", "--days", "5"]) == 0
    monkeypatch.setenv("DUTYLOG_USER", "admin")  # the demo's administrator
    monkeypatch.setenv("DUTYLOG_PASSWORD", "demo1234")
    capsys.readouterr()
    assert main(["--db", str(source), "migrate-to", str(tmp_path / "copy.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert "log_entry" in out and "OK:" in out
    assert main(["--db", str(source), "migrate-to", str(tmp_path / "copy.sqlite3")]) == 2
    assert "target_not_empty" in capsys.readouterr().err


@pytest.mark.postgres
def test_check_reports_a_sequence_behind_the_ids(pg_server: PgTestServer, clock: FakeClock) -> None:
    office = Office.open(pg_server.fresh_database(), clock=clock)
    try:
        with office.db.engine.begin() as conn:
            conn.execute(text("INSERT INTO unit (id, name, sort_order) VALUES (40, '宣传科', 0)"))
        problems = office.health.check().problems
        assert any("unit" in problem and "40" in problem for problem in problems)
    finally:
        office.close()


@pytest.mark.postgres
def test_check_reports_a_missing_search_index(pg_server: PgTestServer, clock: FakeClock) -> None:
    office = Office.open(pg_server.fresh_database(), clock=clock)
    try:
        assert office.health.check().healthy
        with office.db.engine.begin() as conn:
            conn.execute(text("DROP INDEX ix_log_entry_grams"))
        problems = office.health.check().problems
        assert len(problems) == 1 and "ix_log_entry_grams" in problems[0]
    finally:
        office.close()


@pytest.mark.sqlite_only("the evidence folder beside the SQLite source is what is damaged")
def test_a_damaged_evidence_file_stops_the_copy_and_the_target_stays_empty(
    demo_office: Office, tmp_path: Path
) -> None:
    with demo_office.db.engine.connect() as conn:
        sha256, filename = conn.execute(
            text("SELECT sha256, filename FROM evidence_file ORDER BY id")
        ).first()
    path = demo_office.matters.evidence.path_for(sha256)
    assert path is not None
    path.write_bytes(b"changed after it was saved")
    target = tmp_path / "copy" / "office.sqlite3"
    target.parent.mkdir()
    with pytest.raises(DatabaseError) as caught:
        copy_database(demo_office.db, target)
    assert filename in caught.value.message
    copied = Database.open(target)
    try:
        with copied.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM matter")).scalar_one() == 0
    finally:
        copied.close()
