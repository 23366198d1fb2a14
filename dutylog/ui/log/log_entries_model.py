"""A day's log entries as a table (time, kind, content, author, matter)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dutylog.domain.enums import EntryKind
from dutylog.domain.log.kinds import describe_details
from dutylog.domain.log.records import LogEntryRecord
from dutylog.ui import i18n
from dutylog.ui.i18n import label
from dutylog.ui.theme import muted_colour
from dutylog.ui.widgets.record_table import RecordTableModel
from dutylog.ui.widgets.rich import plain_tip

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


# The wording of the kinds' own fields, for the English interface (Chinese uses the domain's).
DETAIL_WORDS = {
    "found": str(QT_TRANSLATE_NOOP("LogEntriesModel", "有发现")),
    "none": str(QT_TRANSLATE_NOOP("LogEntriesModel", "未发现")),
    "patrol": str(QT_TRANSLATE_NOOP("LogEntriesModel", "巡查：{sources}；结果：{result}")),
    "call": str(QT_TRANSLATE_NOOP("LogEntriesModel", "来自：{caller}")),
    "instruction": str(QT_TRANSLATE_NOOP("LogEntriesModel", "指示领导：{leader}")),
    "handover": str(QT_TRANSLATE_NOOP("LogEntriesModel", "移交未办结事项：{matters}；{confirmed}")),
    "no_matters": str(QT_TRANSLATE_NOOP("LogEntriesModel", "无")),
    "confirmed": str(QT_TRANSLATE_NOOP("LogEntriesModel", "已确认")),
    "unconfirmed": str(QT_TRANSLATE_NOOP("LogEntriesModel", "待接班人确认")),
}


def _word(key: str) -> str:
    return QCoreApplication.translate("LogEntriesModel", DETAIL_WORDS[key])


def details_text(kind: EntryKind, details: dict[str, Any]) -> str:
    """The kind's own fields in one line: the domain's Chinese wording, else worded here."""
    if i18n.current() == i18n.DEFAULT:
        return describe_details(kind, details)
    if kind is EntryKind.PATROL and details.get("sources"):
        result = _word("found" if details.get("result") == "found" else "none")
        return _word("patrol").format(sources=i18n.join(details["sources"]), result=result)
    if kind is EntryKind.CALL and details.get("caller"):
        return _word("call").format(caller=details["caller"])
    if kind is EntryKind.INSTRUCTION and details.get("leader"):
        return _word("instruction").format(leader=details["leader"])
    if kind is EntryKind.HANDOVER and details:
        matters = i18n.join(details.get("open_matters", [])) or _word("no_matters")
        confirmed = _word("confirmed" if details.get("confirmed_by") else "unconfirmed")
        return _word("handover").format(matters=matters, confirmed=confirmed)
    return ""


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
                marks = self.tr("（补正）") if entry.amends_id else ""
                if entry.late:
                    # 补录: typed in after the shift locked; the tooltip says when.
                    marks += self.tr("（补录）")
                return label(entry.kind) + marks
            if column == TEXT:
                first_line = entry.text.split("\n", 1)[0]
                preview = first_line[:PREVIEW_CHARS] + (
                    "…" if len(entry.text) > len(first_line[:PREVIEW_CHARS]) else ""
                )
                extra = details_text(entry.kind, entry.details)
                if not extra:
                    return preview
                return self.tr("{text}　〔{details}〕").format(text=preview, details=extra)
            if column == AUTHOR:
                return entry.author_name
            if column == MATTER:
                return entry.matter_number
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return plain_tip(entry.text[:2000])
        if role == Qt.ItemDataRole.ToolTipRole and column == KIND and entry.late:
            return self.tr("补录：发生于 {occurred}，录入于 {entered}").format(
                occurred=f"{entry.occurred_at:%Y-%m-%d %H:%M}", entered=f"{entry.created_at:%Y-%m-%d %H:%M}"
            )
        if role == Qt.ItemDataRole.ForegroundRole and entry.locked:
            return muted_colour()  # a closed shift: read-only
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None
