"""The audit trail's hash chain: pure functions, no storage.

Each audit record's hash is SHA-256 over its own fields (including its id and
the previous record's hash). Changing a field breaks that record's hash;
removing or inserting a record breaks the next record's ``prev_hash``; cutting
records off the end is caught by comparing with the chain head, stored apart
from the records.

The chain has no secret key: it proves that the records were not changed by
accident or by hand with a database tool, which is what the office needs. A
person who recomputes every later hash on purpose is caught only by comparing
with a backup (a backup's chain must be a prefix of the live chain).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, is_dataclass
from datetime import date, datetime
from enum import StrEnum

GENESIS = "0" * 64


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    VOID = "void"
    DELETE = "delete"
    SIGN = "sign"
    RETURN = "return"
    SUBMIT = "submit"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKED = "locked"
    PASSWORD = "password"
    BACKUP = "backup"
    RESTORE = "restore"
    IMPORT = "import"


@dataclass(frozen=True)
class AuditContent:
    """What one audit record says: the one definition of its fields, in hash order.

    The chain adds the record's id before them and the hashes after them (AuditEntry).
    """

    at: datetime
    user_id: int | None
    username: str
    action: str
    entity: str
    entity_id: str
    before_json: str
    after_json: str


@dataclass(frozen=True)
class AuditEntry(AuditContent):
    """One audit record as stored."""

    id: int
    prev_hash: str
    hash: str


CONTENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(AuditContent))
# What the hash covers, in this order (changing it would break every stored chain).
HASHED_FIELDS: tuple[str, ...] = ("id", *CONTENT_FIELDS, "prev_hash")


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class VoidMark:
    entity: str
    entity_id: int
    reason: str
    at: datetime
    username: str


@dataclass(frozen=True)
class ChainHead:
    """The last record of the chain, kept apart from the records."""

    last_id: int
    last_hash: str
    count: int


@dataclass(frozen=True)
class ChainProblem:
    """The first place where the chain does not hold."""

    record_id: int
    reason: str

    def describe(self) -> str:
        return f"审计记录 #{self.record_id}：{self.reason}"


def compute_hash(record: object) -> str:
    """SHA-256 of ``record``'s HASHED_FIELDS (an AuditEntry, or a stored row before its hash is set)."""
    values: list[object] = []
    for name in HASHED_FIELDS:
        value = getattr(record, name)
        values.append(value.isoformat(sep=" ", timespec="microseconds") if name == "at" else value)
    # A JSON array is an unambiguous encoding: no field can leak into the next.
    # ensure_ascii keeps odd text (even a stray surrogate) hashable.
    payload = json.dumps(values, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def hash_of(entry: AuditEntry) -> str:
    return compute_hash(entry)


def verify_chain(entries: Iterable[AuditEntry], head: ChainHead | None) -> ChainProblem | None:
    """Walk the records in id order; return the first problem, or None if the chain holds."""
    expected_prev = GENESIS
    last_id = 0
    count = 0
    for entry in entries:
        count += 1
        if entry.prev_hash != expected_prev:
            return ChainProblem(entry.id, "与前一条记录不衔接：其前的记录被删除、插入或改动")
        if entry.hash != hash_of(entry):
            return ChainProblem(entry.id, "内容与其校验值不符：该记录被改动")
        expected_prev = entry.hash
        last_id = entry.id
    if head is None:
        if count:
            return ChainProblem(last_id, "缺少链尾记录：审计链尾被删除或改动")
        return None
    if head.last_id != last_id or head.last_hash != expected_prev or head.count != count:
        if head.last_id > last_id:
            return ChainProblem(head.last_id, "记录缺失：链尾的审计记录被删除")
        return ChainProblem(last_id, "与链尾记录不符：审计记录被追加、删除或改动")
    return None


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, set | frozenset):
        return sorted(str(_plain(item)) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, bytes | bytearray):
        # File contents are evidence of their own (hashed elsewhere); the trail keeps their digest.
        return {"bytes": len(value), "sha256": hashlib.sha256(value).hexdigest()}
    return str(value)


def snapshot_json(value: object) -> str:
    """A record (dataclass, mapping or None) as stable JSON for an audit record's before/after."""
    if value is None:
        return ""
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain)
