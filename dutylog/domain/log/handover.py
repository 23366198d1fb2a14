"""The itemised handover (交接班): a checklist the outgoing officer fills and the incoming confirms.

The items live in the handover entry's details (``items``), each with its label, what the
outgoing officer wrote, whether it is still open (carried forward to the next shift) and,
once the incoming officer confirmed it, who and when. The checklist's labels are a setting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dutylog.domain.errors import ValidationError

DEFAULT_CHECKLIST = (
    "未办结事项及下一步工作",
    "待落实的领导指示",
    "到期的专报",
    "设备和账号",
    "电话留言",
)
LABEL_MAX = 50
NOTE_MAX = 1000
ITEMS_MAX = 30


def clean_checklist(labels: Iterable[str]) -> tuple[str, ...]:
    cleaned = tuple(dict.fromkeys(str(label).strip() for label in labels if str(label).strip()))
    if not cleaned:
        raise ValidationError("交接班清单至少要有一项。", code="required", field="checklist")
    if len(cleaned) > ITEMS_MAX:
        raise ValidationError(f"交接班清单最多 {ITEMS_MAX} 项。", code="too_many", field="checklist")
    if any(len(label) > LABEL_MAX for label in cleaned):
        raise ValidationError(f"清单项名称最多 {LABEL_MAX} 字。", code="too_long", field="checklist")
    return cleaned


@dataclass(frozen=True)
class HandoverItem:
    label: str
    note: str = ""
    open: bool = False  # still to be done: carried forward to the next shift
    confirmed_by: int | None = None
    confirmed_name: str = ""
    confirmed_at: datetime | None = None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_by is not None

    def as_details(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "note": self.note, "open": self.open}
        if self.confirmed_by is not None:
            out["confirmed_by"] = self.confirmed_by
            out["confirmed_name"] = self.confirmed_name
            out["confirmed_at"] = self.confirmed_at.isoformat() if self.confirmed_at else ""
        return out


def _item(raw: Any) -> HandoverItem:
    if not isinstance(raw, dict):
        raise ValidationError("交接班清单项格式不正确。", code="bad_item", field="items")
    label = str(raw.get("label") or "").strip()
    note = str(raw.get("note") or "").strip()
    if not label:
        raise ValidationError("交接班清单项须有名称。", code="required", field="items")
    if len(label) > LABEL_MAX or len(note) > NOTE_MAX:
        raise ValidationError(
            f"清单项名称最多 {LABEL_MAX} 字，内容最多 {NOTE_MAX} 字。", code="too_long", field="items"
        )
    by = raw.get("confirmed_by")
    at_text = str(raw.get("confirmed_at") or "")
    try:
        at = datetime.fromisoformat(at_text) if at_text else None
        confirmed_by = int(by) if by is not None else None
    except (TypeError, ValueError):
        raise ValidationError("交接班确认信息不正确。", code="bad_item", field="items") from None
    return HandoverItem(
        label=label,
        note=note,
        open=bool(raw.get("open")),
        confirmed_by=confirmed_by,
        confirmed_name=str(raw.get("confirmed_name") or "") if confirmed_by is not None else "",
        confirmed_at=at if confirmed_by is not None else None,
    )


def parse_items(raw: Any) -> list[HandoverItem]:
    """The items of a handover's details; refuses what a form or a script could not mean."""
    if raw in (None, ""):
        return []
    if not isinstance(raw, list):
        raise ValidationError("交接班清单格式不正确。", code="bad_item", field="items")
    if len(raw) > ITEMS_MAX:
        raise ValidationError(f"交接班清单最多 {ITEMS_MAX} 项。", code="too_many", field="items")
    return [_item(entry) for entry in raw]


def confirm_items(
    items: Sequence[HandoverItem], indexes: Iterable[int], *, by: int, name: str, at: datetime
) -> list[HandoverItem]:
    """The items with those (0-based) indexes confirmed; one already confirmed stays as it was."""
    wanted = set(indexes)
    bad = [i for i in wanted if not 0 <= i < len(items)]
    if bad:
        raise ValidationError(
            f"没有第 {min(bad) + 1} 项；该交接班共 {len(items)} 项。", code="bad_item", field="item"
        )
    return [
        HandoverItem(item.label, item.note, item.open, by, name, at)
        if i in wanted and not item.confirmed
        else item
        for i, item in enumerate(items)
    ]


def describe_items(items: Sequence[HandoverItem]) -> str:
    """One line per item for the printed log and the briefing."""
    lines = []
    for item in items:
        state = "（待办，转下一班）" if item.open else ""
        check = f"；{item.confirmed_name}已确认" if item.confirmed else "；待确认"
        lines.append(f"{item.label}：{item.note or '无'}{state}{check}")
    return "\n".join(lines)
