"""Rows of an import dry run that have problems: row number, column, kind, reason."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dutylog.domain.matters.ledger_rows import RowProblem
from dutylog.ui.theme import error_colour

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    str(QT_TRANSLATE_NOOP("ImportProblemsModel", "行号")),
    str(QT_TRANSLATE_NOOP("ImportProblemsModel", "列")),
    str(QT_TRANSLATE_NOOP("ImportProblemsModel", "类型")),
    str(QT_TRANSLATE_NOOP("ImportProblemsModel", "原因")),
)
ROW, COLUMN, KIND, REASON = range(len(COLUMNS))


class ImportProblemsModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._problems: list[RowProblem] = []

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> RowProblem:
        return self._problems[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ImportProblemsModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ROW:
                return problem.row
            if column == COLUMN:
                return problem.column
            if column == KIND:
                if problem.is_error:
                    return QCoreApplication.translate("ImportProblemsModel", "错误")
                return QCoreApplication.translate("ImportProblemsModel", "提示")
            if column == REASON:
                return problem.reason
        if role == Qt.ItemDataRole.ForegroundRole and problem.is_error and column == KIND:
            return error_colour()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
