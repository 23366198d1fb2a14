"""Where the audit chain's anchor is kept and how it is read and written (see domain/accounts/anchor).

- SQLite: ``<database file>.anchor`` beside the file (0600, replaced atomically). Anyone
  moving the database folder moves its anchor along; backups carry ``<backup>.anchor``.
- A server: this workstation's own file under the config folder, keyed by the
  password-free URL: a server has no folder of its own that DutyLog could write beside.

`Database` calls `advance` after every committed transaction that appended audit
records; the anchor then moves forward, never back (`may_advance`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from dutylog.domain.accounts.anchor import Anchor, may_advance
from dutylog.domain.accounts.audit import ChainHead
from dutylog.domain.errors import DutyLogError
from dutylog.paths import config_dir
from dutylog.storage.engine import describe, sqlite_path
from dutylog.storage.files import write_atomic
from dutylog.storage.models import AuditRecord

if TYPE_CHECKING:
    from dutylog.storage.database import Database

log = logging.getLogger(__name__)

SUFFIX = ".anchor"
SERVER_ANCHORS = "audit-anchors"
# Flag in Session.info: this transaction added audit records.
AUDIT_APPENDED = "dutylog_audit_appended"


class AnchorUnreadable(Exception):
    """The anchor file exists but is not an anchor (damaged or edited by hand)."""


def beside(db_file: Path) -> Path:
    """The anchor of an SQLite file (or of a backup copy)."""
    return Path(f"{db_file}{SUFFIX}")


def anchor_path(url: URL) -> Path:
    path = sqlite_path(url)
    if path is not None:
        return beside(path)
    # render_as_string(hide_password=True) keeps "***" in place of the password: the key
    # stays the same whatever password the workstation connects with.
    key = hashlib.sha256(describe(url).encode("utf-8")).hexdigest()[:24]
    return config_dir() / SERVER_ANCHORS / f"{key}.json"


def read(path: Path) -> Anchor | None:
    """The anchor at ``path``; None if there is none; AnchorUnreadable if it is not one."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AnchorUnreadable(f"{path}：{exc.strerror}") from exc
    try:
        return Anchor.from_json(json.loads(raw.decode("utf-8")))
    except (ValueError, UnicodeDecodeError) as exc:
        raise AnchorUnreadable(f"{path}：{exc}") from exc


def write(path: Path, anchor: Anchor) -> None:
    """Replace the anchor unconditionally (a restore, a new copy); callers moving forward use `advance`."""
    data = json.dumps(anchor.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
    write_atomic(path, data)


def watch_audit(sessions: sessionmaker[Session]) -> None:
    """Flag every session of ``sessions`` that adds an audit record (checked after its commit)."""

    @event.listens_for(sessions, "before_flush")
    def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
        if any(isinstance(obj, AuditRecord) for obj in session.new):
            session.info[AUDIT_APPENDED] = True


def record_hash(session: Session, record_id: int) -> str | None:
    return session.scalar(select(AuditRecord.hash).where(AuditRecord.id == record_id))


def chain_at(db: Database, anchor: Anchor | None) -> tuple[ChainHead | None, str | None]:
    """``db``'s chain head and the hash of its record at ``anchor``'s id, in one short read."""
    with db.transaction(read_only=True) as store:
        head = store.audit.head()
        known = record_hash(store.session, anchor.last_id) if anchor and anchor.last_id else None
    return head, known


def advance(db: Database) -> Anchor | None:
    """Move ``db``'s anchor to its chain head if that is forward; return the anchor written.

    Called after a commit: it must never fail the caller, whose work is already stored.
    One short read (the head and the anchored record's hash) and one small file write.
    Several workstations on one file may race here; whichever writes last wrote a real
    head of the chain, and a stale one is caught up by the next commit or `check`.
    """
    path = db.anchor_path
    try:
        current = read(path)
        head, known = chain_at(db, current)
        if not may_advance(current, head, known):
            return None
        anchor = Anchor.of(head, database=db.description, at=datetime.now())
        write(path, anchor)
        return anchor
    except (AnchorUnreadable, OSError, DutyLogError) as exc:
        # Left for `check` to report (an unreadable anchor) or to the next commit (a full disk).
        log.warning("审计链锚点未更新：%s", exc)
        return None


# -- SQLite files before the ORM opens them (backups, restore) --------------------------


def file_head(db_file: Path) -> ChainHead | None:
    """The chain head stored in an SQLite file, read with plain sqlite3 (None if it has none)."""
    try:
        with contextlib.closing(sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT last_id, last_hash, count FROM audit_head WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None  # no audit_head yet (a very old file) or unreadable: nothing to anchor
    return ChainHead(int(row[0]), str(row[1]), int(row[2])) if row else None


def anchor_copy(copy: Path, *, carried: Path | None = None, at: datetime | None = None) -> Path:
    """Write ``<copy>.anchor``: the anchor at ``carried`` if readable, else the copy's own head.

    Carrying the original's anchor keeps what it remembered (a longer chain than the copy
    holds is the evidence of tampering); a copy without one is anchored at its own head.
    """
    target = beside(copy)
    anchor: Anchor | None = None
    if carried is not None:
        with contextlib.suppress(AnchorUnreadable):
            anchor = read(carried)
    if anchor is None:
        anchor = Anchor.of(file_head(copy), database=str(copy), at=at or datetime.now())
    write(target, anchor)
    return target
