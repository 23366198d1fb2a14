"""Office-wide settings with validation."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, Any, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.deadlines import TimeLimits
from dutylog.domain.matters.numbering import check_prefix
from dutylog.domain.matters.rules import DEFAULT_MEASURES, DEFAULT_TAGS, clean_tags
from dutylog.domain.text import name_key
from dutylog.domain.validation import clean_name, clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.services.briefings.briefings import BriefingService
    from dutylog.services.matters.matters import MatterService


class SettingsContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def briefings(self) -> BriefingService: ...

    @property
    def matters(self) -> MatterService: ...


class SettingsService:
    def __init__(self, office: SettingsContext) -> None:
        self.office = office

    def get(self, key: str, default: Any = None) -> Any:
        with self.office.db.transaction() as store:
            return store.settings.get(key, default)

    @writes
    def set_unit_name(self, name: str) -> str:
        clean = clean_text(name, field="unit_name", label="单位名称", max_length=100, multiline=False)
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            before = store.settings.get("unit_name")
            store.settings.set("unit_name", clean)
            self.office.audit.record(
                store, AuditAction.UPDATE, "setting", "unit_name", before=before, after=clean
            )
        return clean

    @writes
    def set_working_hours(self, day_start: str, day_end: str) -> None:
        try:
            start, end = time.fromisoformat(day_start), time.fromisoformat(day_end)
        except ValueError:
            raise ValidationError(
                "时间格式应为 HH:MM，例如 08:30。", code="bad_time", field="day_start"
            ) from None
        if start >= end:
            raise ValidationError("白班开始时间必须早于结束时间。", code="time_order", field="day_end")
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            before = {"day_start": store.settings.get("day_start"), "day_end": store.settings.get("day_end")}
            after = {"day_start": start.strftime("%H:%M"), "day_end": end.strftime("%H:%M")}
            store.settings.set("day_start", after["day_start"])
            store.settings.set("day_end", after["day_end"])
            self.office.audit.record(
                store, AuditAction.UPDATE, "setting", "working_hours", before=before, after=after
            )

    @writes
    def set_matter_prefix(self, prefix: str) -> str:
        clean = check_prefix(prefix)
        self._store("matter_prefix", clean)
        return clean

    def choices(self, key: str) -> list[str]:
        """One of the editable lists (sources, measures, tags), defaults until changed."""
        return list(self.get(CHOICE_KEYS[key], list(CHOICE_DEFAULTS[key])))

    @writes
    def set_choices(self, key: str, values: list[str]) -> list[str]:
        label = CHOICE_LABELS[key]
        cleaned = list(clean_tags(values, field_name=key, label=label))
        if not cleaned:
            raise ValidationError(f"{label}至少需要一项。", code="required", field=key)
        self._store(CHOICE_KEYS[key], cleaned)
        return cleaned

    @writes
    def add_units(self, names: list[str]) -> list[str]:
        """Make sure each named unit (责任单位) exists; units in use are never removed here."""
        cleaned = [
            clean_name(name, field="units", label="责任单位", max_length=100)
            for name in clean_tags(names, field_name="units", label="责任单位")
        ]
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            # Unit names are unique by key: 市公安局 and a fullwidth or spaced look-alike are one unit.
            known = {name_key(unit.name) for unit in store.staff.units()}
            for name in cleaned:
                if name_key(name) not in known:
                    known.add(name_key(name))
                    store.staff.ensure_unit(name)
                    self.office.audit.record(store, AuditAction.CREATE, "unit", name, after=name)
        return cleaned

    @writes
    def set_time_limits(self, limits: TimeLimits) -> None:
        self.office.require(Permission.SETTINGS_MANAGE)
        self.office.matters.set_time_limits(limits)

    @writes
    def set_briefing_reminder(self, deadline: str, lead_minutes: int) -> None:
        self.office.require(Permission.SETTINGS_MANAGE)
        self.office.briefings.set_reminder(deadline, lead_minutes)

    def briefing_reminder(self) -> tuple[str, int]:
        return str(self.get("briefing_deadline", "17:30")), int(self.get("briefing_reminder_minutes", 30))

    def _store(self, key: str, value: Any) -> None:
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            before = store.settings.get(key)
            store.settings.set(key, value)
            self.office.audit.record(store, AuditAction.UPDATE, "setting", key, before=before, after=value)


CHOICE_KEYS = {"sources": "patrol_sources", "measures": "matter_measures", "tags": "matter_tags"}
CHOICE_LABELS = {"sources": "巡查平台", "measures": "处置措施", "tags": "分类标签"}
DEFAULT_SOURCES = ("微博", "微信", "抖音", "今日头条", "本地论坛", "新闻网站")
CHOICE_DEFAULTS: dict[str, tuple[str, ...]] = {
    "sources": DEFAULT_SOURCES,
    "measures": DEFAULT_MEASURES,
    "tags": DEFAULT_TAGS,
}
