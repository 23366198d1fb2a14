"""Upward submissions (信息报送) as a table; 采用 and 批示 are check boxes saved at once.

The source unit is the unit the information came from: the assessment of units'
submissions (信息报送考核) counts it; empty for the office's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dutylog.domain.briefings.submissions import SubmissionRecord
from dutylog.ui.widgets.record_table import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
# Saves a changed outcome and returns the stored record: (id, adopted, instructed) -> record.
OutcomeSaver = Callable[[int, bool, bool], SubmissionRecord]

COLUMNS = (
    str(QT_TRANSLATE_NOOP("SubmissionsModel", "日期")),
    str(QT_TRANSLATE_NOOP("SubmissionsModel", "标题")),
    str(QT_TRANSLATE_NOOP("SubmissionsModel", "报送单位")),
    str(QT_TRANSLATE_NOOP("SubmissionsModel", "信息来源单位")),
    str(QT_TRANSLATE_NOOP("SubmissionsModel", "关联事项")),
    str(QT_TRANSLATE_NOOP("SubmissionsModel", "采用")),
    str(QT_TRANSLATE_NOOP("SubmissionsModel", "批示")),
)
DATE, TITLE, RECIPIENT, SOURCE_UNIT, MATTER, ADOPTED, INSTRUCTED = range(len(COLUMNS))


class SubmissionsModel(RecordTableModel[SubmissionRecord]):
    COLUMNS = COLUMNS
    CONTEXT = "SubmissionsModel"

    def __init__(self, save_outcome: OutcomeSaver, parent: object = None) -> None:
        super().__init__(parent)
        self._save = save_outcome

    def set_submissions(self, rows: list[SubmissionRecord]) -> None:
        self.set_rows(rows)

    def submission(self, row: int) -> SubmissionRecord:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.row_at(index)
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = {
                DATE: item.sent_on.isoformat(),
                TITLE: item.title,
                RECIPIENT: item.recipient,
                SOURCE_UNIT: item.unit_name,
                MATTER: item.matter_number,
            }
            return texts.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column in (ADOPTED, INSTRUCTED):
            flag = item.adopted if column == ADOPTED else item.instructed
            return Qt.CheckState.Checked if flag else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in (ADOPTED, INSTRUCTED):
            return False
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        item = self._rows[index.row()]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        adopted = checked if index.column() == ADOPTED else item.adopted
        instructed = checked if index.column() == INSTRUCTED else item.instructed
        self._rows[index.row()] = self._save(item.id, adopted, instructed)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
