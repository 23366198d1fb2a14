"""The table of contents (目录) of a year's archive package: every file with its number."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from dutylog.reports.official import OfficialDocument
from dutylog.reports.text import para, table

KIND_NAMES = {
    "ledger": "舆情台账",
    "briefing": "值班情况汇报",
    "special": "舆情专报",
    "weekly": "周报",
    "monthly": "舆情月报",
    "log": "值班日志",
    "roster": "值班表",
    "statistics": "统计报告",
    "audit": "审计记录",
    "evidence": "证据材料",
    "capture": "网页取证",
}


class Listed(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def size(self) -> int: ...

    @property
    def sha256(self) -> str: ...

    @property
    def pages(self) -> int | None: ...


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1 << 20:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1 << 20):.1f} MB"


def contents_document(unit_name: str, year: int, files: Sequence[Listed]) -> OfficialDocument:
    """序号, file, category, pages, size and the first 16 hex of its SHA-256 for each file."""
    counts: dict[str, int] = {}
    for item in files:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    summary = "、".join(f"{KIND_NAMES.get(kind, kind)}{count}件" for kind, count in counts.items())
    rows = [
        [
            str(number),
            item.name,
            KIND_NAMES.get(item.kind, item.kind),
            str(item.pages) if item.pages else "—",
            size_text(item.size),
            item.sha256[:16],
        ]
        for number, item in enumerate(files, 1)
    ]
    body = (
        para(f"本归档包收录{unit_name}{year}年度文件{len(files)}件：{summary}。")
        + para("每个文件的完整 SHA-256 见 manifest.json，可用 dutylog archive --verify 核验。")
        + table(["序号", "文件", "类别", "页数", "大小", "SHA-256（前16位）"], rows)
    )
    return OfficialDocument(f"{unit_name}{year}年度档案目录", body)
