"""What `dutylog check` finds about the database as a whole."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class HealthReport:
    """Outcome of `dutylog check`."""

    database: str
    problems: list[str] = field(default_factory=list)
    checks_run: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class StoredEvidence:
    """An evidence file as `check` verifies it: what its bytes must hash to and where they are."""

    id: int
    matter_id: int
    matter_number: str
    filename: str
    sha256: str
    # True: the bytes are in the row (``data``); False: in the evidence folder, under ``sha256``.
    in_database: bool
    data: bytes | None

    @property
    def name(self) -> str:
        """How the office names it: "事项 YQ-2026-0003 的证据 截图.png（#12）"."""
        matter = self.matter_number or f"#{self.matter_id}"
        return f"事项 {matter} 的证据 {self.filename}（#{self.id}）"


# What can be wrong with an evidence file's bytes, completing "<name>..." into a sentence.
EVIDENCE_ALTERED = "内容已被改动（SHA-256 不符）"
EVIDENCE_MISSING = "文件缺失"
EVIDENCE_NO_FOLDER = "文件缺失（服务器数据库没有证据文件夹，该文件应保存在数据库中）"


def evidence_unreadable(reason: str) -> str:
    return f"文件无法读取（{reason}）"
