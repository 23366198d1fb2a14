"""The audit chain's anchor outside the database: where it lives and when it moves.

Runs on both backends: on SQLite the anchor is the file beside the database, on a server
it is this workstation's own file in the config folder, keyed by the password-free URL.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from dutylog.domain.accounts.anchor import Anchor
from dutylog.domain.accounts.audit import ChainHead
from dutylog.office import Office
from dutylog.storage import anchor as anchors
from dutylog.storage.database import Database


def head_of(office: Office) -> ChainHead:
    with office.db.transaction() as store:
        head = store.audit.head()
    assert head is not None
    return head


def stored(office: Office) -> Anchor:
    anchor = anchors.read(office.db.anchor_path)
    assert anchor is not None
    return anchor


def test_every_audited_commit_moves_the_anchor_to_the_head(office: Office) -> None:
    office.staff.add("张伟")
    first = stored(office)
    assert (first.last_id, first.last_hash, first.count) == (
        head_of(office).last_id,
        head_of(office).last_hash,
        head_of(office).count,
    )
    assert first.database == office.db.description
    office.staff.add("李娜")
    assert stored(office).last_id == head_of(office).last_id > first.last_id
    assert stat.S_IMODE(office.db.anchor_path.stat().st_mode) == 0o600


def test_sqlite_anchor_is_the_file_beside_the_database(db_path: Path) -> None:
    office = Office.open(db_path)
    try:
        office.staff.add("张伟")
        assert office.db.anchor_path == Path(f"{db_path}.anchor")
        data = json.loads(office.db.anchor_path.read_text(encoding="utf-8"))
        assert data["format"] == "dutylog-audit-anchor" and data["last_id"] == head_of(office).last_id
    finally:
        office.close()


def test_server_anchor_is_this_workstations_own_without_the_password(
    office: Office, private_config_dir: Path
) -> None:
    if office.db.file is not None:
        pytest.skip("the server variant")
    office.staff.add("张伟")
    path = office.db.anchor_path
    assert path.parent == private_config_dir / anchors.SERVER_ANCHORS and path.exists()
    password = office.db.url.password
    content = path.read_text(encoding="utf-8")
    assert password and f":{password}@" not in content and ":***@" in stored(office).database
    assert stored(office).last_id == head_of(office).last_id
    # Another workstation (another config folder) keeps its own anchor of the same server.
    assert anchors.anchor_path(office.db.url) == path


def test_commits_without_audit_records_and_rolled_back_ones_leave_it_alone(db_path: Path) -> None:
    db = Database.open(db_path)
    try:
        with db.transaction() as store:
            store.settings.set("unit_name", "某某值班室")
        assert not db.anchor_path.exists()
    finally:
        db.close()
    office = Office.open(db_path)
    try:
        office.staff.add("张伟")
        before = db_path.with_suffix(".sqlite3.anchor").read_bytes()
        with pytest.raises(RuntimeError), office.db.transaction() as store:
            office.audit.record(store, "create", "staff", 99)
            raise RuntimeError("abandoned")
        assert office.db.anchor_path.read_bytes() == before
    finally:
        office.close()


def test_a_rolled_back_savepoint_does_not_push_the_anchor_past_the_chain(office: Office) -> None:
    office.staff.add("张伟")
    with office.db.transaction() as store:
        office.audit.record(store, "create", "staff", 1)
        with pytest.raises(RuntimeError), office.db.transaction() as inner:
            office.audit.record(inner, "create", "staff", 2)
            raise RuntimeError("the inner part fails")
    head = head_of(office)
    assert (stored(office).last_id, stored(office).last_hash) == (head.last_id, head.last_hash)


def test_a_longer_anchor_is_never_overwritten_by_a_shorter_head(office: Office) -> None:
    office.staff.add("张伟")
    office.staff.add("李娜")
    longer = stored(office)
    # Cut the last record and rewrite the head to match, as a person with a database tool would.
    head = head_of(office)
    with office.db.engine.begin() as conn:
        previous = conn.execute(
            text("SELECT id, hash FROM audit_log WHERE id < :last ORDER BY id DESC LIMIT 1"),
            {"last": head.last_id},
        ).one()
        conn.execute(text("DELETE FROM audit_log WHERE id = :last"), {"last": head.last_id})
        conn.execute(
            text("UPDATE audit_head SET last_id = :id, last_hash = :hash, count = count - 1"),
            {"id": previous.id, "hash": previous.hash},
        )
    office.staff.add("王芳")  # appends after the cut: the head is now as long, but another chain
    assert stored(office) == longer


def test_an_unreadable_anchor_is_kept_for_check_to_report(office: Office) -> None:
    office.staff.add("张伟")
    office.db.anchor_path.write_text("not an anchor", encoding="utf-8")
    office.staff.add("李娜")  # the commit itself succeeds
    assert office.db.anchor_path.read_text(encoding="utf-8") == "not an anchor"
    with pytest.raises(anchors.AnchorUnreadable):
        anchors.read(office.db.anchor_path)
