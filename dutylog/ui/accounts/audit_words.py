"""The audit trail in words: "值班员：张伟 → 李娜" instead of "staff_id: 10 → 7".

`Wording` turns an entry's stored before/after snapshots into lines a person reads:
field keys become labels (per entity where one key means different things), ids of
people become names (from one staff lookup per refresh), enum codes their labels,
None "（无）". Labels are translated in the "AuditWords" context.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dutylog.domain.accounts.audit import AuditEntry
from dutylog.domain.enums import (
    BriefingStatus,
    DutyRole,
    EntryKind,
    Grade,
    LabelledEnum,
    MatterStatus,
    Shift,
    UserRole,
)
from dutylog.ui.i18n import join, label

CONTEXT = "AuditWords"

# Fields holding a staff id: shown as the person's name.
PERSON_FIELDS = frozenset(
    {
        "staff_id",
        "author_id",
        "added_by",
        "signed_by",
        "signer_id",
        "reviewer_id",
        "closed_by",
        "confirmed_by",
        "new_staff_id",
        "original_staff_id",
        "leader_id",
        "officer_id",
    }
)
# Bookkeeping that says nothing to a reader, and names repeated by an id field beside them.
HIDDEN = frozenset({"id", "version", "updated_at", "created_at", "content_sha256", "unit_id"})
NAME_OF = {
    "staff_name": "staff_id",
    "author_name": "author_id",
    "signer_name": "signed_by",
    "new_name": "new_staff_id",
    "original_name": "original_staff_id",
}
# The fields that tell a person which record a new one is, in the order they are shown.
KEY_FIELDS = (
    "number",
    "title",
    "name",
    "username",
    "role",
    "duty_date",
    "shift",
    "staff_id",
    "text",
    "reason",
    "attempt",
    "by",
    "locked_until",
    "filename",
    "added_by",
)
# Copied from the person onto the record: said through the person's name instead.
ENTITY_HIDDEN = {"duty_slot": frozenset({"phone"})}
# How a duty came about (duty_slot.origin).
ORIGINS = {
    "generated": str(QT_TRANSLATE_NOOP("AuditWords", "自动生成")),
    "manual": str(QT_TRANSLATE_NOOP("AuditWords", "手工排班")),
    "change": str(QT_TRANSLATE_NOOP("AuditWords", "调班/替班")),
}
# Codes the account service writes into its records (app_user "by" and "reason").
ACCOUNT_CODES = {
    "admin": str(QT_TRANSLATE_NOOP("AuditWords", "管理员重置")),
    "self": str(QT_TRANSLATE_NOOP("AuditWords", "本人修改")),
    "unknown": str(QT_TRANSLATE_NOOP("AuditWords", "无此用户名")),
    "inactive": str(QT_TRANSLATE_NOOP("AuditWords", "账号已停用")),
    "password": str(QT_TRANSLATE_NOOP("AuditWords", "密码错误")),
    "locked": str(QT_TRANSLATE_NOOP("AuditWords", "账号已锁定")),
}
# Long texts: only say that they changed.
LONG = frozenset({"body_html", "details", "summary"})

FIELDS = {
    "staff_id": str(QT_TRANSLATE_NOOP("AuditWords", "人员")),
    "author_id": str(QT_TRANSLATE_NOOP("AuditWords", "撰写人")),
    "added_by": str(QT_TRANSLATE_NOOP("AuditWords", "添加人")),
    "signed_by": str(QT_TRANSLATE_NOOP("AuditWords", "审签人")),
    "signer_id": str(QT_TRANSLATE_NOOP("AuditWords", "审签人")),
    "reviewer_id": str(QT_TRANSLATE_NOOP("AuditWords", "审核人")),
    "closed_by": str(QT_TRANSLATE_NOOP("AuditWords", "办结人")),
    "confirmed_by": str(QT_TRANSLATE_NOOP("AuditWords", "确认人")),
    "new_staff_id": str(QT_TRANSLATE_NOOP("AuditWords", "接班人员")),
    "original_staff_id": str(QT_TRANSLATE_NOOP("AuditWords", "原值班人员")),
    "staff_name": str(QT_TRANSLATE_NOOP("AuditWords", "人员")),
    "author_name": str(QT_TRANSLATE_NOOP("AuditWords", "撰写人")),
    "signer_name": str(QT_TRANSLATE_NOOP("AuditWords", "审签人")),
    "unit_name": str(QT_TRANSLATE_NOOP("AuditWords", "责任单位")),
    "username": str(QT_TRANSLATE_NOOP("AuditWords", "用户名")),
    "role": str(QT_TRANSLATE_NOOP("AuditWords", "角色")),
    "roles": str(QT_TRANSLATE_NOOP("AuditWords", "值班角色")),
    "active": str(QT_TRANSLATE_NOOP("AuditWords", "启用")),
    "locked_until": str(QT_TRANSLATE_NOOP("AuditWords", "锁定至")),
    "failed_attempts": str(QT_TRANSLATE_NOOP("AuditWords", "连续输错次数")),
    "attempt": str(QT_TRANSLATE_NOOP("AuditWords", "第几次")),
    "by": str(QT_TRANSLATE_NOOP("AuditWords", "操作方")),
    "name": str(QT_TRANSLATE_NOOP("AuditWords", "姓名")),
    "phone": str(QT_TRANSLATE_NOOP("AuditWords", "电话")),
    "title": str(QT_TRANSLATE_NOOP("AuditWords", "标题")),
    "number": str(QT_TRANSLATE_NOOP("AuditWords", "编号")),
    "text": str(QT_TRANSLATE_NOOP("AuditWords", "内容")),
    "summary": str(QT_TRANSLATE_NOOP("AuditWords", "摘要")),
    "body_html": str(QT_TRANSLATE_NOOP("AuditWords", "正文")),
    "details": str(QT_TRANSLATE_NOOP("AuditWords", "详情")),
    "reason": str(QT_TRANSLATE_NOOP("AuditWords", "理由")),
    "return_reason": str(QT_TRANSLATE_NOOP("AuditWords", "退回原因")),
    "instruction": str(QT_TRANSLATE_NOOP("AuditWords", "批示")),
    "status": str(QT_TRANSLATE_NOOP("AuditWords", "状态")),
    "grade": str(QT_TRANSLATE_NOOP("AuditWords", "等级")),
    "kind": str(QT_TRANSLATE_NOOP("AuditWords", "类型")),
    "shift": str(QT_TRANSLATE_NOOP("AuditWords", "班次")),
    "duty_date": str(QT_TRANSLATE_NOOP("AuditWords", "值班日期")),
    "occurred_at": str(QT_TRANSLATE_NOOP("AuditWords", "时间")),
    "discovered_at": str(QT_TRANSLATE_NOOP("AuditWords", "发现时间")),
    "signed_at": str(QT_TRANSLATE_NOOP("AuditWords", "审签时间")),
    "source": str(QT_TRANSLATE_NOOP("AuditWords", "来源")),
    "origin": str(QT_TRANSLATE_NOOP("AuditWords", "来由")),
    "locked": str(QT_TRANSLATE_NOOP("AuditWords", "已锁定")),
    "tags": str(QT_TRANSLATE_NOOP("AuditWords", "分类标签")),
    "measures": str(QT_TRANSLATE_NOOP("AuditWords", "处置措施")),
    "outcome": str(QT_TRANSLATE_NOOP("AuditWords", "处置结果")),
    "filename": str(QT_TRANSLATE_NOOP("AuditWords", "文件")),
    "added_at": str(QT_TRANSLATE_NOOP("AuditWords", "添加时间")),
    "media_type": str(QT_TRANSLATE_NOOP("AuditWords", "文件类型")),
    "size": str(QT_TRANSLATE_NOOP("AuditWords", "大小（字节）")),
    "matter_id": str(QT_TRANSLATE_NOOP("AuditWords", "事项序号")),
    "note": str(QT_TRANSLATE_NOOP("AuditWords", "说明")),
}
# Where a key means something narrower for one kind of record.
ENTITY_FIELDS = {
    "app_user": {"staff_id": str(QT_TRANSLATE_NOOP("AuditWords", "关联人员"))},
    "duty_slot": {"role": str(QT_TRANSLATE_NOOP("AuditWords", "岗位"))},
}
# Stored codes of enumerations, by field (and entity where the field is shared).
ENUMS: dict[tuple[str, str], type[LabelledEnum]] = {
    ("", "grade"): Grade,
    ("", "kind"): EntryKind,
    ("", "shift"): Shift,
    ("", "roles"): DutyRole,
    ("app_user", "role"): UserRole,
    ("duty_slot", "role"): DutyRole,
    ("briefing", "status"): BriefingStatus,
    ("matter", "status"): MatterStatus,
}
NONE = str(QT_TRANSLATE_NOOP("AuditWords", "（无）"))
YES = str(QT_TRANSLATE_NOOP("AuditWords", "是"))
NO = str(QT_TRANSLATE_NOOP("AuditWords", "否"))
CHANGED = str(QT_TRANSLATE_NOOP("AuditWords", "已修改"))
CHANGE = str(QT_TRANSLATE_NOOP("AuditWords", "{field}：{before} → {after}"))
VALUE = str(QT_TRANSLATE_NOOP("AuditWords", "{field}：{value}"))
SEPARATOR = str(QT_TRANSLATE_NOOP("AuditWords", "；"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def load(raw: str) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


class Wording:
    """Describe audit entries; ``names`` maps staff ids to names (refresh it once per reload)."""

    def __init__(self, names: dict[int, str] | None = None) -> None:
        self.names = names or {}

    def field(self, entity: str, key: str, record: dict[str, Any] | None = None) -> str:
        if entity == "duty_slot" and key == "staff_id" and record and record.get("role"):
            return self.value(entity, "role", record["role"])  # 值班员 / 带班领导
        words = ENTITY_FIELDS.get(entity, {}).get(key) or FIELDS.get(key)
        return _tr(words) if words else key

    def value(self, entity: str, key: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return _tr(NONE)
        if key in PERSON_FIELDS and isinstance(value, int):
            return self.names.get(value, f"#{value}")
        if entity == "app_user" and key in ("by", "reason") and value in ACCOUNT_CODES:
            return _tr(ACCOUNT_CODES[value])
        if key == "origin" and value in ORIGINS:
            return _tr(ORIGINS[value])
        if isinstance(value, bool):
            return _tr(YES) if value else _tr(NO)
        enum = ENUMS.get((entity, key)) or ENUMS.get(("", key))
        if enum is not None:
            codes = value if isinstance(value, list) else [value]
            return join(self._code(enum, code) for code in codes)
        if isinstance(value, list):
            return join(str(item) for item in value)
        if isinstance(value, dict):
            return join(f"{self.field(entity, k)} {self.value(entity, k, v)}" for k, v in value.items())
        if isinstance(value, str) and len(value) >= 16 and value[4:5] == "-" and value[10:11] == "T":
            try:
                return f"{datetime.fromisoformat(value):%Y-%m-%d %H:%M}"
            except ValueError:
                return value
        return str(value)

    @staticmethod
    def _code(enum: type[LabelledEnum], code: Any) -> str:
        try:
            return label(enum(code))
        except ValueError:
            return str(code)

    def lines(self, entry: AuditEntry, *, brief: bool = False) -> list[str]:
        """Each change (or, for a new record, its fields; ``brief``: the telling ones) as a line."""
        after, before = load(entry.after_json), load(entry.before_json)
        entity = entry.entity
        if isinstance(after, dict) and isinstance(before, dict):
            keys = [
                key for key in after if after.get(key) != before.get(key) and self._shown(entity, key, after)
            ]
            return [self._change(entity, key, before, after) for key in keys]
        record = after if isinstance(after, dict) else before if isinstance(before, dict) else None
        if record is None:
            text = after if after is not None else before
            return [str(text)] if text not in (None, "") else []
        keys = [
            key for key in record if self._shown(entity, key, record) and record[key] not in (None, "", [])
        ]
        telling = [key for key in KEY_FIELDS if key in keys]
        if brief and telling:
            keys = telling
        if entity == "duty_slot" and "staff_id" in keys and "role" in keys:
            keys.remove("role")  # the person's line is labelled with the post already
        return [
            _tr(VALUE).format(field=self.field(entity, key, record), value=self._short(entity, key, record))
            for key in keys
        ]

    def _short(self, entity: str, key: str, record: dict[str, Any]) -> str:
        text = self.value(entity, key, record[key])
        return text if len(text) <= 60 else text[:59] + "…"

    def _change(self, entity: str, key: str, before: dict[str, Any], after: dict[str, Any]) -> str:
        field = self.field(entity, key, after)
        if key in LONG:
            return _tr(VALUE).format(field=field, value=_tr(CHANGED))
        return _tr(CHANGE).format(
            field=field,
            before=self.value(entity, key, before.get(key)),
            after=self.value(entity, key, after.get(key)),
        )

    @staticmethod
    def _shown(entity: str, key: str, record: dict[str, Any]) -> bool:
        if key in HIDDEN or key in ENTITY_HIDDEN.get(entity, ()):
            return False
        # A name stored beside its id is said once, through the id.
        return not (key in NAME_OF and NAME_OF[key] in record)

    def summary(self, entry: AuditEntry, limit: int = 120) -> str:
        text = _tr(SEPARATOR).join(self.lines(entry, brief=True))
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def details(self, entry: AuditEntry) -> str:
        return "\n".join(self.lines(entry)) or "—"
