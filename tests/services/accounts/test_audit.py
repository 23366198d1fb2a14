"""The hash-chained audit trail: every write is recorded; any tampering is found and named."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from dutylog.cli import main
from dutylog.domain.accounts.audit import GENESIS, AuditEntry, ChainHead, compute_hash, verify_chain
from dutylog.domain.enums import EntryKind
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.services.accounts.audit import AuditFilter

from .conftest import People


def _chain(n: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    prev = GENESIS
    for i in range(1, n + 1):
        fields: dict[str, Any] = dict(
            id=i,
            at=datetime(2026, 11, 17, 9, i),
            user_id=None,
            username="system",
            action="create",
            entity="log_entry",
            entity_id=str(i),
            before_json="",
            after_json=f'{{"text": "记录{i}"}}',
            prev_hash=prev,
        )
        digest = compute_hash(AuditEntry(**fields, hash=""))
        entries.append(AuditEntry(**fields, hash=digest))
        prev = digest
    return entries


def _head(entries: list[AuditEntry]) -> ChainHead:
    return ChainHead(entries[-1].id, entries[-1].hash, len(entries))


def test_intact_chain_verifies() -> None:
    entries = _chain(5)
    assert verify_chain(entries, _head(entries)) is None
    assert verify_chain([], None) is None


def test_changed_record_is_named() -> None:
    entries = _chain(5)
    head = _head(entries)
    entries[2] = replace(entries[2], after_json='{"text": "改过"}')
    problem = verify_chain(entries, head)
    assert problem is not None and problem.record_id == 3 and "改动" in problem.reason


def test_removed_record_is_found_at_the_next_one() -> None:
    entries = _chain(5)
    head = _head(entries)
    del entries[1]
    problem = verify_chain(entries, head)
    assert problem is not None and problem.record_id == 3


def test_inserted_record_is_found() -> None:
    entries = _chain(5)
    head = _head(entries)
    forged = replace(entries[1], id=99, entity_id="99")
    entries.insert(2, forged)
    problem = verify_chain(entries, head)
    assert problem is not None and problem.record_id == 99


def test_cut_off_tail_is_found() -> None:
    entries = _chain(5)
    head = _head(entries)
    problem = verify_chain(entries[:3], head)
    assert problem is not None and problem.record_id == 5
    assert verify_chain(entries, None) is not None  # records without a head


def test_every_write_is_audited_with_before_and_after(office: Office, people: People) -> None:
    office.act_as(people.officer)
    entry = office.log.add_entry(
        NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text="巡查微博")
    )
    office.log.update_entry(entry.id, text="巡查微博、抖音", expected_version=entry.version)
    office.act_as(people.supervisor)
    office.audit.void("log_entry", entry.id, "重复登记")
    found = office.audit.find(AuditFilter(entity="log_entry", entity_id=str(entry.id)))
    assert [e.action for e in reversed(found)] == ["create", "update", "void"]
    create, update, void = reversed(found)
    assert create.username == "zhangwei" and '"巡查微博"' in create.after_json
    assert '"巡查微博"' in update.before_json and "抖音" in update.after_json
    assert void.username == "wangfang" and "重复登记" in void.after_json
    # Voiding keeps the record.
    assert office.log.get(entry.id).text == "巡查微博、抖音"
    assert office.audit.voided("log_entry", entry.id) is not None
    assert office.audit.verify().intact


def test_audit_filters(office: Office, people: People, clock: Any) -> None:
    office.act_as(people.officer)
    office.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text="巡查"))
    office.act_as(people.admin)
    # The fixture logged everyone in once (a login record each), then the officer wrote one entry.
    assert office.audit.count(AuditFilter(username="zhangwei", action="create")) == 1
    assert office.audit.count(AuditFilter(username="zhangwei")) == 2
    assert office.audit.count(AuditFilter(entity="app_user", action="create")) == 5
    assert office.audit.count(AuditFilter(since=clock.now.replace(hour=23))) == 0
    names, entities = office.audit.choices()
    assert "zhangwei" in names and "log_entry" in entities


def _tamper(db: Path, sql: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(sql)
    conn.close()


TAMPERING = {
    "change": ("UPDATE audit_log SET after_json = '{}' WHERE id = 3", 3),
    "change_user": ("UPDATE audit_log SET username = 'mallory' WHERE id = 2", 2),
    "change_time": ("UPDATE audit_log SET at = '2020-01-01 00:00:00.000000' WHERE id = 4", 4),
    "remove": ("DELETE FROM audit_log WHERE id = 2", 3),
    "remove_last": ("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)", None),
    "insert": (
        "INSERT INTO audit_log (id, at, username, action, entity, entity_id, before_json, after_json,"
        " prev_hash, hash) SELECT 1000, at, username, action, entity, entity_id, before_json, after_json,"
        " prev_hash, hash FROM audit_log WHERE id = 2",
        1000,
    ),
}


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_cli_check_names_the_tampered_record(
    office: Office, people: People, db_path: Path, capsys: Any, how: str
) -> None:
    last = office.audit.find(limit=1)[0].id
    office.close()
    assert main(["--db", str(db_path), "check"]) == 0
    sql, named = TAMPERING[how]
    _tamper(db_path, sql)
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 1
    out = capsys.readouterr().out
    assert f"审计记录 #{named if named is not None else last}：" in out
