"""Briefings as a table (date, shift, title, status, author, signer)."""

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

from dutylog.domain.briefing import BriefingRecord
from dutylog.domain.enums import BriefingStatus
from dutylog.ui.i18n import label

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

STATUS_COLOURS = {
    BriefingStatus.DRAFT: QColor("#616161"),
    BriefingStatus.SUBMITTED: QColor("#1565c0"),
    BriefingStatus.RETURNED: QColor("#c62828"),
    BriefingStatus.SIGNED: QColor("#2e7d32"),
}


def shift_text(briefing: BriefingRecord) -> str:
    """The shift in the UI's language; a whole-day briefing has none."""
    if briefing.shift is None:
        return QCoreApplication.translate("BriefingListModel", "全天")
    return label(briefing.shift)


class BriefingListModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[BriefingRecord] = []

    def set_briefings(self, briefings: list[BriefingRecord]) -> None:
        self.beginResetModel()
        self._rows = list(briefings)
        self.endResetModel()

    def briefing(self, row: int) -> BriefingRecord:
        return self._rows[row]

    def row_of(self, briefing_id: int) -> int:
        return next((row for row, b in enumerate(self._rows) if b.id == briefing_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
            return QCoreApplication.translate("BriefingListModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        briefing = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                briefing.duty_date.isoformat(),
                shift_text(briefing),
                briefing.title,
                label(briefing.status),
                briefing.author_name,
                briefing.signer_name,
            )
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return STATUS_COLOURS[briefing.status]
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS and briefing.return_reason:
            return QCoreApplication.translate("BriefingListModel", "退回原因：") + briefing.return_reason
        if role == Qt.ItemDataRole.UserRole:
            return briefing.id
        return None
