"""Anchors of the audit chain: how far the chain reached, remembered OUTSIDE the database.

The chain head (``audit_head``) lives in the same database as the records, so a person
who deletes the last records and rewrites the head to match leaves a chain that verifies.
An anchor is a copy of the head kept elsewhere (a file beside the SQLite file, or this
workstation's own folder for a server). It only ever moves forward along the same chain:
a database whose chain is shorter than its anchor, or whose record at the anchor's id
has another hash, has lost or rewritten records.

Pure rules here; reading and writing the files is storage's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dutylog.domain.accounts.audit import GENESIS, ChainHead

ANCHOR_FORMAT = "dutylog-audit-anchor"
# Characters of the hash printed on paper: enough to tell chains apart, short enough to copy.
SHORT_HASH = 12


@dataclass(frozen=True)
class Anchor:
    """The chain head at ``at`` of the database described by ``database``."""

    last_id: int
    last_hash: str
    count: int
    at: str  # ISO time the anchor was written (wall clock of the workstation)
    database: str  # password-free description, for the person reading the file

    @classmethod
    def of(cls, head: ChainHead | None, *, database: str, at: datetime) -> Anchor:
        head = head or ChainHead(0, GENESIS, 0)
        return cls(head.last_id, head.last_hash, head.count, at.isoformat(timespec="seconds"), database)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": ANCHOR_FORMAT,
            "version": 1,
            "last_id": self.last_id,
            "last_hash": self.last_hash,
            "count": self.count,
            "at": self.at,
            "database": self.database,
        }

    @classmethod
    def from_json(cls, data: Any) -> Anchor:
        """Raises ValueError when ``data`` is not an anchor."""
        if not isinstance(data, dict) or data.get("format") != ANCHOR_FORMAT:
            raise ValueError("不是 DutyLog 审计链锚点")
        try:
            anchor = cls(
                int(data["last_id"]),
                str(data["last_hash"]),
                int(data["count"]),
                str(data.get("at", "")),
                str(data.get("database", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"锚点字段不完整：{exc}") from exc
        if anchor.last_id < 0 or anchor.count < 0 or len(anchor.last_hash) != len(GENESIS):
            raise ValueError("锚点字段取值不正确")
        return anchor


@dataclass(frozen=True)
class ChainMark:
    """One record of the chain as printed on paper: "审计链 #57 a1b2c3d4e5f6"."""

    record_id: int
    hash: str

    @property
    def text(self) -> str:
        return f"审计链 #{self.record_id} {self.hash[:SHORT_HASH]}"


def anchor_problems(anchor: Anchor, head: ChainHead | None, hash_at_anchor: str | None) -> list[str]:
    """What the database's chain does not hold of ``anchor``; [] when it reaches at least as far.

    ``hash_at_anchor`` is the hash of the database's record with the anchor's id (None if
    there is no such record).
    """
    last_id = head.last_id if head else 0
    count = head.count if head else 0
    if last_id < anchor.last_id or count < anchor.count:
        return [f"审计链比本机锚点记录的短：锚点记到 #{anchor.last_id}，数据库只到 #{last_id}"]
    if anchor.last_id == 0:
        return []
    if hash_at_anchor is None:
        return [f"审计记录 #{anchor.last_id} 不在数据库中，与锚点不符"]
    if hash_at_anchor != anchor.last_hash:
        return [f"审计记录 #{anchor.last_id} 的哈希与锚点不符"]
    return []


def may_advance(anchor: Anchor | None, head: ChainHead | None, hash_at_anchor: str | None) -> bool:
    """May ``anchor`` be replaced by ``head``? Only forward, along the same chain.

    A shorter head, or a chain that no longer holds the anchored record, is exactly what
    the anchor is there to catch: the older, longer anchor is kept as the evidence.
    """
    if head is None:
        return anchor is None
    if anchor is None:
        return True
    if anchor_problems(anchor, head, hash_at_anchor):
        return False
    return (head.last_id, head.count) != (anchor.last_id, anchor.count)


FIRST_ANCHOR_NOTICE = "已为审计链建立首个锚点（#{last_id}）"
