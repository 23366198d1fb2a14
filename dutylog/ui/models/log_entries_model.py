"""A day's log entries as a table (time, kind, content, author, matter)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from dutylog.domain.log_kinds import describe_details
from dutylog.domain.records import LogEntryRecord
from dutylog.ui.i18n import label

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


class LogEntriesModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._entries: list[LogEntryRecord] = []

    def set_entries(self, entries: list[LogEntryRecord]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> LogEntryRecord:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("LogEntriesModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
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
