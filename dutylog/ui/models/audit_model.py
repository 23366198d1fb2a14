"""A lazy table model over the audit trail: rows are fetched 200 at a time as the view scrolls."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dutylog.domain.audit import ACTION_ZH, AuditEntry
from dutylog.services.audit import ENTITY_ZH, AuditFilter
from dutylog.services.office import Office

Index = QModelIndex | QPersistentModelIndex
BATCH = 200


def summarise(entry: AuditEntry, limit: int = 120) -> str:
    """A one-line description of what changed, for the table's last column."""
    after = _load(entry.after_json)
    before = _load(entry.before_json)
    if isinstance(after, dict) and isinstance(before, dict):
        changed = [key for key in after if after.get(key) != before.get(key)]
        text = "；".join(f"{key}: {before.get(key)!s} → {after.get(key)!s}" for key in changed)
    elif isinstance(after, dict):
        shown = [key for key in _KEY_FIELDS if after.get(key) not in (None, "")] or list(after)
        text = "；".join(f"{_FIELD_ZH.get(key, key)}: {after[key]}" for key in shown)
    elif after is not None:
        text = str(after)
    else:
        text = entry.before_json
    return text if len(text) <= limit else text[: limit - 1] + "…"


# The fields that tell a person which record it was, in the order they are shown.
_KEY_FIELDS = (
    "number",
    "title",
    "name",
    "text",
    "reason",
    "username",
    "role",
    "duty_date",
    "shift",
    "staff_name",
)
_FIELD_ZH = {
    "number": "编号",
    "title": "标题",
    "name": "姓名",
    "text": "内容",
    "reason": "理由",
    "username": "用户名",
    "role": "角色",
    "duty_date": "值班日期",
    "shift": "班次",
    "staff_name": "人员",
}


def _load(raw: str) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


class AuditTableModel(QAbstractTableModel):
    HEADERS = ("序号", "时间", "用户", "操作", "对象", "编号", "内容")

    def __init__(self, office: Office, parent: Any = None) -> None:
        super().__init__(parent)
        self.office = office
        self.filter = AuditFilter()
        self._rows: list[AuditEntry] = []
        self._total = 0
        self._fetching = False

    def set_filter(self, wanted: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = wanted
        self._rows = []
        self._total = self.office.audit.count(wanted)
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    @property
    def total(self) -> int:
        return self._total

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        # Views (and model testers) may ask again from inside the insert signals: ignore those calls.
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        try:
            first = len(self._rows)
            batch = self.office.audit.find(self.filter, offset=first, limit=min(BATCH, self._total - first))
            if not batch:
                self._total = first
                return
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()
        finally:
            self._fetching = False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                entry.id,
                entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                entry.username,
                ACTION_ZH.get(entry.action, entry.action),
                ENTITY_ZH.get(entry.entity, entry.entity),
                entry.entity_id,
                summarise(entry),
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return f"之前：{entry.before_json or '—'}\n之后：{entry.after_json or '—'}"
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None
