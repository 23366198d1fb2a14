"""Office-wide settings with validation."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, Any

from dutylog.domain.audit import AuditAction
from dutylog.domain.errors import ValidationError
from dutylog.domain.permissions import Permission
from dutylog.domain.validation import clean_text

if TYPE_CHECKING:
    from dutylog.services.office import Office


class SettingsService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def get(self, key: str, default: Any = None) -> Any:
        with self.office.db.transaction() as store:
            return store.settings.get(key, default)

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
