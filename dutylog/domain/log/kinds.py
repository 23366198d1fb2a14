"""Kind-specific fields of log entries, kept in ``LogEntry.details`` as JSON.

| kind | details |
|---|---|
| 巡查 patrol | sources: [str], result: "none" (未发现) or "found" |
| 发现舆情 matter_found | (the entry's matter_id links the matter) |
| 来电来文 call | caller: str (from whom); the text is the summary |
| 领导指示 instruction | leader: str; the text is the content |
| 交接班 handover | open_matters, to_staff_id, items (log/handover.py), confirmed_by, confirmed_at |
| 其他 other | — |
"""

from __future__ import annotations

from typing import Any

from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.handover import parse_items

PATROL_RESULTS = {"none": "未发现", "found": "有发现"}


def _text(details: dict[str, Any], key: str, label: str, *, required: bool, max_length: int = 100) -> str:
    value = str(details.get(key) or "").strip()
    if required and not value:
        raise ValidationError(f"请填写{label}。", code="required", field=key)
    if len(value) > max_length:
        raise ValidationError(f"{label}过长，最多 {max_length} 字。", code="too_long", field=key)
    return value


def _strings(details: dict[str, Any], key: str) -> list[str]:
    raw = details.get(key) or []
    if isinstance(raw, str):
        raw = raw.replace("，", ",").replace("、", ",").split(",")
    return [str(item).strip() for item in raw if str(item).strip()][:100]


def clean_details(
    kind: EntryKind, details: dict[str, Any] | None, *, matter_id: int | None, complete: bool = True
) -> dict[str, Any]:
    """Validate the fields ``kind`` needs and drop the ones it does not know.

    ``complete=False`` accepts a quick entry (kind and text only, as typed on the
    Today page): the fields given are still checked, missing ones are allowed.
    """
    given = dict(details or {})
    if kind is EntryKind.PATROL:
        sources = _strings(given, "sources")
        if complete and not sources:
            raise ValidationError("巡查须填写巡查的网站/平台。", code="required", field="sources")
        result = str(given.get("result") or "none")
        if result not in PATROL_RESULTS:
            raise ValidationError("巡查结果应为“未发现”或“有发现”。", code="bad_result", field="result")
        return {"sources": sources, "result": result}
    if kind is EntryKind.MATTER_FOUND:
        if complete and matter_id is None:
            raise ValidationError("“发现舆情”须关联一个事项。", code="required", field="matter_id")
        return {}
    if kind is EntryKind.CALL:
        return {"caller": _text(given, "caller", "来电/来文单位或人员", required=complete)}
    if kind is EntryKind.INSTRUCTION:
        return {"leader": _text(given, "leader", "指示领导", required=complete, max_length=50)}
    if kind is EntryKind.HANDOVER:
        cleaned: dict[str, Any] = {"open_matters": _strings(given, "open_matters")}
        if given.get("to_staff_id") is not None:
            cleaned["to_staff_id"] = int(given["to_staff_id"])
        items = parse_items(given.get("items"))
        if items:
            cleaned["items"] = [item.as_details() for item in items]
        # A confirmation is written by the service, never typed: keep it through an edit.
        for key in ("confirmed_by", "confirmed_name", "confirmed_at"):
            if given.get(key) is not None:
                cleaned[key] = given[key]
        return cleaned
    return {}


def describe_details(kind: EntryKind, details: dict[str, Any]) -> str:
    """One line for lists and printed logs."""
    if kind is EntryKind.PATROL and details.get("sources"):
        result = PATROL_RESULTS.get(str(details.get("result")), "")
        return f"巡查：{'、'.join(details.get('sources', []))}；结果：{result}"
    if kind is EntryKind.CALL and details.get("caller"):
        return f"来自：{details.get('caller', '')}"
    if kind is EntryKind.INSTRUCTION and details.get("leader"):
        return f"指示领导：{details.get('leader', '')}"
    if kind is EntryKind.HANDOVER and details:
        matters = "、".join(details.get("open_matters", [])) or "无"
        confirmed = "已确认" if details.get("confirmed_by") else "待接班人确认"
        items = details.get("items") or []
        done = sum(1 for item in items if isinstance(item, dict) and item.get("confirmed_by") is not None)
        checklist = f"；清单{len(items)}项，已确认{done}项" if items else ""
        return f"移交未办结事项：{matters}{checklist}；{confirmed}"
    return ""
