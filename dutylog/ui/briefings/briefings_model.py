"""Briefings as a table (date, shift, title, status, author, signer)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from dutylog.domain.briefings.briefing import BriefingRecord
from dutylog.domain.enums import BriefingStatus
from dutylog.ui.i18n import label
from dutylog.ui.theme import muted_colour, text_colour
from dutylog.ui.widgets.record_table import RecordTableModel
from dutylog.ui.widgets.rich import plain_tip

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    str(QT_TRANSLATE_NOOP("BriefingListModel", "日期")),
    str(QT_TRANSLATE_NOOP("BriefingListModel", "班次")),
    str(QT_TRANSLATE_NOOP("BriefingListModel", "标题")),
    str(QT_TRANSLATE_NOOP("BriefingListModel", "状态")),
    str(QT_TRANSLATE_NOOP("BriefingListModel", "撰写人")),
    str(QT_TRANSLATE_NOOP("BriefingListModel", "审签人")),
)
DATE, SHIFT, TITLE, STATUS, AUTHOR, SIGNER = range(len(COLUMNS))

# Text colour names in ui/theme.py (None: the palette's muted text).
STATUS_COLOURS = {
    BriefingStatus.DRAFT: None,
    BriefingStatus.SUBMITTED: "info",
    BriefingStatus.RETURNED: "error",
    BriefingStatus.SIGNED: "ok",
}


def status_colour(status: BriefingStatus) -> QColor:
    name = STATUS_COLOURS[status]
    return muted_colour() if name is None else text_colour(name)


def shift_text(briefing: BriefingRecord) -> str:
    """The shift in the UI's language; a whole-day briefing has none, a bulletin says so."""
    if briefing.monthly:
        return QCoreApplication.translate("BriefingListModel", "月报")
    if briefing.shift is None:
        return QCoreApplication.translate("BriefingListModel", "全天")
    return label(briefing.shift)


def date_text(briefing: BriefingRecord) -> str:
    """A briefing's date; a monthly bulletin is named by its month (2026-11)."""
    return f"{briefing.duty_date:%Y-%m}" if briefing.monthly else briefing.duty_date.isoformat()


class BriefingListModel(RecordTableModel[BriefingRecord]):
    COLUMNS = COLUMNS
    CONTEXT = "BriefingListModel"

    def set_briefings(self, briefings: list[BriefingRecord]) -> None:
        self.set_rows(briefings)

    def briefing(self, row: int) -> BriefingRecord:
        return self._rows[row]

    def row_of(self, briefing_id: int) -> int:
        return next((row for row, b in enumerate(self._rows) if b.id == briefing_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        briefing = self.row_at(index)
        if briefing is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                date_text(briefing),
                shift_text(briefing),
                briefing.title,
                label(briefing.status),
                briefing.author_name,
                briefing.signer_name,
            )
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return status_colour(briefing.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS and briefing.return_reason:
            return plain_tip(
                QCoreApplication.translate("BriefingListModel", "退回原因：") + briefing.return_reason
            )
        if role == Qt.ItemDataRole.UserRole:
            return briefing.id
        return None
