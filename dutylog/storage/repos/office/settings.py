"""Office-wide settings stored as JSON values under string keys."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dutylog.storage.models import Setting


class SettingsRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str, default: Any = None) -> Any:
        row = self.session.get(Setting, key)
        if row is None:
            return default
        return json.loads(row.value)

    def set(self, key: str, value: Any) -> None:
        encoded = json.dumps(value, ensure_ascii=False)
        row = self.session.get(Setting, key)
        if row is None:
            self.session.add(Setting(key=key, value=encoded))
        else:
            row.value = encoded

    def all(self) -> dict[str, Any]:
        return {row.key: json.loads(row.value) for row in self.session.scalars(select(Setting))}
