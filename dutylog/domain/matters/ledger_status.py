"""The status of an imported ledger row, read from what the office wrote, with the reason.

A ledger row is 办结 only on explicit evidence of completion: a filled 办结时间, or a
result phrase of the done-vocabulary (已处置、已办结… editable in settings as
``ledger_done_words``). Phrases of ongoing work (正在处置、跟踪、待核实…) give the
matching open status; anything else stays open, and the dry run says why.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from dutylog.domain.enums import MatterStatus
from dutylog.domain.matters.ledger_fields import normalize_header

SETTING_DONE_WORDS = "ledger_done_words"
DEFAULT_DONE_WORDS = (
    "已处置",
    "已办结",
    "已完成",
    "已删除",
    "已删帖",
    "已处理",
    "已解决",
    "已结案",
    "已销号",
)

# Ongoing work, longest first within a meaning. Checked before the done-vocabulary:
# "已删帖，持续跟踪" describes a matter still followed up.
OPEN_PHRASES: tuple[tuple[str, MatterStatus], ...] = (
    ("正在处置", MatterStatus.HANDLING),
    ("处置中", MatterStatus.HANDLING),
    ("正在处理", MatterStatus.HANDLING),
    ("处理中", MatterStatus.HANDLING),
    ("正在办理", MatterStatus.HANDLING),
    ("办理中", MatterStatus.HANDLING),
    ("持续跟踪", MatterStatus.FOLLOW_UP),
    ("跟踪", MatterStatus.FOLLOW_UP),
    ("持续关注", MatterStatus.FOLLOW_UP),
    ("正在核实", MatterStatus.VERIFIED),
    ("核实中", MatterStatus.VERIFIED),
    ("待核实", MatterStatus.FOUND),
    ("未处置", MatterStatus.FOUND),
    ("未办结", MatterStatus.HANDLING),
    ("尚未办结", MatterStatus.HANDLING),
)

# Headers whose filled cell says the matter was completed.
COMPLETION_HEADERS = ("办结时间", "办结日期", "完成时间", "完结时间", "结案时间")


def is_completion_header(header: str) -> bool:
    key = normalize_header(header)
    return any(name in key for name in COMPLETION_HEADERS)


def done_words_setting(value: object) -> tuple[str, ...]:
    """The settings value as a clean tuple; a missing or broken value gives the defaults."""
    if isinstance(value, str):
        value = value.replace("，", "、").replace(",", "、").split("、")
    if not isinstance(value, list | tuple):
        return DEFAULT_DONE_WORDS
    words = tuple(dict.fromkeys(str(w).strip() for w in value if str(w).strip()))
    return words or DEFAULT_DONE_WORDS


@dataclass(frozen=True, slots=True)
class StatusFinding:
    """A status and the cell that decided it (``column`` is the file's header)."""

    status: MatterStatus
    column: str
    cell: str

    @property
    def basis(self) -> str:
        shown = self.cell if len(self.cell) <= 30 else self.cell[:30] + "…"
        return f"{self.column}“{shown}”" if self.column else shown


def status_in_text(text: str, done_words: Sequence[str]) -> MatterStatus | None:
    """The status a result phrase names, or None when it names none."""
    folded = unicodedata.normalize("NFKC", text)
    for phrase, status in OPEN_PHRASES:
        if phrase in folded:
            return status
    if any(word and word in folded for word in done_words):
        return MatterStatus.CLOSED
    return None
