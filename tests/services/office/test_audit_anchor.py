"""`dutylog check` against the audit chain's anchor, and the anchor's travels with backups,
restores, migrate-to and the yearly archive.

The tampering is what the anchor exists for: delete the last audit records and rewrite
`audit_head` to match. The chain then verifies on its own; only the anchor remembers.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from dutylog.cli import main
from dutylog.domain.accounts.audit import ChainHead
from dutylog.office import Office
from dutylog.storage import anchor as anchors
from dutylog.storage.transfer import copy_database
from tests.conftest import FakeClock, PgTestServer

SQLITE_ONLY = pytest.mark.sqlite_only("backups and the file beside the database are SQLite's")


def busy(office: Office, people: int = 6) -> ChainHead:
    for n in range(people):
        office.staff.add(f"值班员{n}")
    with office.db.transaction() as store:
        head = store.audit.head()
    assert head is not None and head.last_id >= people
    return head


def cut_sqlite(db_file: Path, records: int) -> ChainHead:
    """Delete the last ``records`` audit rows and rewrite the head to match, with sqlite3."""
    conn = sqlite3.connect(db_file)
    try:
        ids = [
            row[0] for row in conn.execute("SELECT id FROM audit_log ORDER BY id DESC LIMIT ?", (records,))
        ]
        conn.execute(f"DELETE FROM audit_log WHERE id IN ({','.join('?' * len(ids))})", ids)
        last_id, last_hash = conn.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        conn.execute("UPDATE audit_head SET last_id=?, last_hash=?, count=?", (last_id, last_hash, count))
        conn.commit()
    finally:
        conn.close()
    return ChainHead(last_id, last_hash, count)


def cut(office: Office, records: int) -> int:
    """The same through the office's own connection (both backends); returns the new last id."""
    with office.db.engine.begin() as conn:
        ids = list(conn.scalars(text("SELECT id FROM audit_log ORDER BY id DESC LIMIT :n"), {"n": records}))
        for record_id in ids:
            conn.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": record_id})
        last = conn.execute(text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).one()
        conn.execute(
            text("UPDATE audit_head SET last_id = :id, last_hash = :hash, count = count - :n"),
            {"id": last.id, "hash": last.hash, "n": records},
        )
    return int(last.id)


def test_an_untouched_office_is_healthy_with_its_anchor(office: Office) -> None:
    busy(office)
    report = office.health.check()
    assert report.healthy, report.problems
    assert "audit_anchor" in report.checks_run and report.notices == []


@SQLITE_ONLY
def test_cutting_the_last_records_and_rewriting_the_head_is_named(
    office: Office, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = busy(office)
    office.close()
    after = cut_sqlite(db_path, 3)
    reopened = Office.open(db_path)
    try:
        report = reopened.health.check()
    finally:
        reopened.close()
    assert report.problems == [
        f"审计链比本机锚点记录的短：锚点记到 #{head.last_id}，数据库只到 #{after.last_id}"
    ]
    assert main(["--db", str(db_path), "check"]) == 1
    assert f"锚点记到 #{head.last_id}，数据库只到 #{after.last_id}" in capsys.readouterr().out


def test_cut_chain_is_named_on_both_backends_and_later_writes_do_not_hide_it(office: Office) -> None:
    head = busy(office)
    last = cut(office, 3)
    office.staff.add("事后新增")  # the chain grows again, but not along the anchored records
    report = office.health.check()
    assert not report.healthy
    if head.last_id > last + 1:
        # The new record took an id at or below the anchored one: that record is another one now.
        assert any(f"#{head.last_id}" in problem for problem in report.problems), report.problems
    assert anchors.read(office.db.anchor_path) is not None
    assert anchors.read(office.db.anchor_path).last_id == head.last_id  # type: ignore[union-attr]


def test_a_rewritten_record_at_the_anchor_is_named(office: Office) -> None:
    head = busy(office)
    with office.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_log SET hash = :h WHERE id = :id"), {"h": "f" * 64, "id": head.last_id}
        )
        conn.execute(text("UPDATE audit_head SET last_hash = :h"), {"h": "f" * 64})
    problems = office.health.check().problems
    assert f"审计记录 #{head.last_id} 的哈希与锚点不符" in problems


def test_no_anchor_yet_is_not_a_failure_and_the_first_one_is_written(office: Office) -> None:
    head = busy(office)
    office.db.anchor_path.unlink()  # a database from before anchors
    report = office.health.check()
    assert report.healthy and report.notices == [f"已为审计链建立首个锚点（#{head.last_id}）"]
    anchor = anchors.read(office.db.anchor_path)
    assert anchor is not None and anchor.last_id == head.last_id
    assert office.health.check().notices == []  # only once


def test_check_catches_the_anchor_up_with_records_it_did_not_see(office: Office) -> None:
    busy(office, 2)
    stale = anchors.read(office.db.anchor_path)
    busy(office, 3)
    assert stale is not None
    anchors.write(office.db.anchor_path, stale)  # as if another workstation had appended
    assert office.health.check().healthy
    with office.db.transaction() as store:
        head = store.audit.head()
    assert head is not None and anchors.read(office.db.anchor_path).last_id == head.last_id  # type: ignore[union-attr]


def test_an_unreadable_anchor_is_a_problem(office: Office) -> None:
    busy(office, 1)
    office.db.anchor_path.write_text("{}", encoding="utf-8")
    problems = office.health.check().problems
    assert len(problems) == 1 and problems[0].startswith("审计链锚点文件无法读取")


@SQLITE_ONLY
def test_every_backup_carries_its_anchor_and_pruning_removes_it(office: Office, db_path: Path) -> None:
    head = busy(office, 1)
    backup = office.backups.backup()
    carried = anchors.read(anchors.beside(backup))
    assert carried is not None and (carried.last_id, carried.last_hash) == (head.last_id, head.last_hash)
    office.backups.configure(keep=1)
    office.backups.backup()
    assert not backup.exists() and not anchors.beside(backup).exists()


@SQLITE_ONLY
def test_restoring_an_older_backup_is_healthy_and_the_replaced_anchor_is_kept(
    office: Office, db_path: Path
) -> None:
    busy(office, 1)
    backup = office.backups.backup()
    longer = busy(office, 4)
    safety = office.backups.restore(backup)
    report = office.health.check()
    assert report.healthy, report.problems
    # The replaced database's anchor stays with its kept copy, which still proves its length.
    assert safety is not None
    kept = anchors.read(anchors.beside(safety))
    assert kept is not None and kept.last_id >= longer.last_id
    # The restore's own audit record moved the restored database's anchor forward.
    with office.db.transaction() as store:
        now = store.audit.head()
    assert now is not None and anchors.read(office.db.anchor_path).last_id == now.last_id  # type: ignore[union-attr]


@SQLITE_ONLY
def test_a_backup_cut_after_it_was_made_is_flagged_once_restored(office: Office, db_path: Path) -> None:
    busy(office)
    backup = office.backups.backup()
    cut_sqlite(backup, 2)  # its anchor still remembers the full chain
    office.backups.restore(backup)
    problems = office.health.check().problems
    assert any(
        problem.startswith("审计链比本机锚点记录的短") or "与锚点不符" in problem for problem in problems
    )


@pytest.fixture
def migrate_target(db_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if db_backend == "sqlite":
        return str(tmp_path / "copy.sqlite3")
    server: PgTestServer = request.getfixturevalue("pg_server")
    return server.empty_database("_anchor_target")


@pytest.mark.sqlite_only("the source is an SQLite file; the target runs on both backends")
@pytest.mark.parametrize("db_backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_migrate_to_writes_the_targets_anchor(db_path: Path, clock: FakeClock, migrate_target: str) -> None:
    source = Office.open(db_path, clock=clock)
    try:
        head = busy(source)
        result = copy_database(source.db, migrate_target)
    finally:
        source.close()
    assert result.ok
    target = Office.open(migrate_target, clock=clock)
    try:
        anchor = anchors.read(target.db.anchor_path)
        assert anchor is not None and (anchor.last_id, anchor.last_hash) == (head.last_id, head.last_hash)
        assert anchor.database == target.db.description
        assert target.health.check().healthy
    finally:
        target.close()


@SQLITE_ONLY
def test_migrate_to_carries_a_longer_source_anchor(db_path: Path, tmp_path: Path, clock: FakeClock) -> None:
    source = Office.open(db_path, clock=clock)
    head = busy(source)
    source.close()
    cut_sqlite(db_path, 2)
    source = Office.open(db_path, clock=clock)
    try:
        copy_database(source.db, tmp_path / "copy.sqlite3")
    finally:
        source.close()
    target = Office.open(tmp_path / "copy.sqlite3", clock=clock)
    try:
        assert f"锚点记到 #{head.last_id}" in " ".join(target.health.check().problems)
    finally:
        target.close()


def test_the_yearly_archive_records_the_chain_head(office: Office, tmp_path: Path) -> None:
    head = busy(office, 1)
    out = tmp_path / "2026.zip"
    office.ledger_export.build_archive(date(2026, 1, 1).year, out)
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["audit_chain"] == {
        "last_id": head.last_id,
        "last_hash": head.last_hash,
        "count": head.count,
    }
