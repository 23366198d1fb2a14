"""A day's log entries as a table (time, kind, content, author, matter)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from dutylog.domain.log_kinds import describe_details
from dutylog.domain.records import LogEntryRecord
from dutylog.ui.i18n import label
from dutylog.ui.models.record_table import RecordTableModel

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    str(QT_TRANSLATE_NOOP("LogEntriesModel", "时间")),
    str(QT_TRANSLATE_NOOP("LogEntriesModel", "类型")),
    str(QT_TRANSLATE_NOOP("LogEntriesModel", "内容")),
    str(QT_TRANSLATE_NOOP("LogEntriesModel", "记录人")),
    str(QT_TRANSLATE_NOOP("LogEntriesModel", "事项")),
)
TIME, KIND, TEXT, AUTHOR, MATTER = range(len(COLUMNS))
PREVIEW_CHARS = 200


class LogEntriesModel(RecordTableModel[LogEntryRecord]):
    COLUMNS = COLUMNS
    CONTEXT = "LogEntriesModel"

    def set_entries(self, entries: list[LogEntryRecord]) -> None:
        self.set_rows(entries)

    def entry(self, row: int) -> LogEntryRecord:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.row_at(index)
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return entry.occurred_at.strftime("%H:%M")
            if column == KIND:
                return label(entry.kind) + (self.tr("（补正）") if entry.amends_id else "")
            if column == TEXT:
                first_line = entry.text.split("\n", 1)[0]
                preview = first_line[:PREVIEW_CHARS] + (
                    "…" if len(entry.text) > len(first_line[:PREVIEW_CHARS]) else ""
                )
                extra = describe_details(entry.kind, entry.details)
                return f"{preview}　〔{extra}〕" if extra else preview
            if column == AUTHOR:
                return entry.author_name
            if column == MATTER:
                return entry.matter_number
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return entry.text[:2000]
        if role == Qt.ItemDataRole.ForegroundRole and entry.locked:
            return QColor("#555555")  # a closed shift: read-only
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None
