"""A lazy table model over the audit trail: rows are fetched 200 at a time as the view scrolls.

The last column says what changed in words (audit_words.py), its tooltip every change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dutylog.domain.accounts.audit import AuditEntry
from dutylog.office import Office
from dutylog.services.accounts.audit import AuditFilter
from dutylog.ui.accounts.audit_words import Wording

Index = QModelIndex | QPersistentModelIndex
BATCH = 200
CONTEXT = "AuditTableModel"

# The stored codes in the words people read; marked here so lupdate collects them.
ACTIONS = {
    "create": str(QT_TRANSLATE_NOOP("AuditTableModel", "新建")),
    "update": str(QT_TRANSLATE_NOOP("AuditTableModel", "修改")),
    "void": str(QT_TRANSLATE_NOOP("AuditTableModel", "作废")),
    "delete": str(QT_TRANSLATE_NOOP("AuditTableModel", "删除")),
    "sign": str(QT_TRANSLATE_NOOP("AuditTableModel", "审签")),
    "return": str(QT_TRANSLATE_NOOP("AuditTableModel", "退回")),
    "submit": str(QT_TRANSLATE_NOOP("AuditTableModel", "提交")),
    "login": str(QT_TRANSLATE_NOOP("AuditTableModel", "登录")),
    "login_failed": str(QT_TRANSLATE_NOOP("AuditTableModel", "登录失败")),
    "locked": str(QT_TRANSLATE_NOOP("AuditTableModel", "账号锁定")),
    "password": str(QT_TRANSLATE_NOOP("AuditTableModel", "修改密码")),
    "backup": str(QT_TRANSLATE_NOOP("AuditTableModel", "备份")),
    "restore": str(QT_TRANSLATE_NOOP("AuditTableModel", "恢复")),
    "import": str(QT_TRANSLATE_NOOP("AuditTableModel", "导入")),
}
ENTITIES = {
    "staff": str(QT_TRANSLATE_NOOP("AuditTableModel", "人员")),
    "duty_slot": str(QT_TRANSLATE_NOOP("AuditTableModel", "排班")),
    "log_entry": str(QT_TRANSLATE_NOOP("AuditTableModel", "值班日志")),
    "matter": str(QT_TRANSLATE_NOOP("AuditTableModel", "事项")),
    "briefing": str(QT_TRANSLATE_NOOP("AuditTableModel", "汇报")),
    "setting": str(QT_TRANSLATE_NOOP("AuditTableModel", "设置")),
    "app_user": str(QT_TRANSLATE_NOOP("AuditTableModel", "账号")),
    "database": str(QT_TRANSLATE_NOOP("AuditTableModel", "数据库")),
    "roster": str(QT_TRANSLATE_NOOP("AuditTableModel", "排班计划")),
    "leave": str(QT_TRANSLATE_NOOP("AuditTableModel", "请假")),
    "special_period": str(QT_TRANSLATE_NOOP("AuditTableModel", "特殊时期")),
    "holiday": str(QT_TRANSLATE_NOOP("AuditTableModel", "节假日")),
    "evidence": str(QT_TRANSLATE_NOOP("AuditTableModel", "证据材料")),
}
HEADERS = (
    str(QT_TRANSLATE_NOOP("AuditTableModel", "序号")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "时间")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "用户")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "操作")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "对象")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "编号")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "内容")),
)
DETAILS = HEADERS.index("内容")


def vocabulary(words: dict[str, str], code: str) -> str:
    """A stored code (action, entity, field) in the UI's language; unknown codes as stored."""
    return QCoreApplication.translate(CONTEXT, words[code]) if code in words else code


class AuditTableModel(QAbstractTableModel):
    def __init__(self, office: Office, parent: Any = None) -> None:
        super().__init__(parent)
        self.office = office
        self.filter = AuditFilter()
        self._rows: list[AuditEntry] = []
        self._total = 0
        self._fetching = False
        self.wording = Wording()

    def set_filter(self, wanted: AuditFilter) -> None:
        self.beginResetModel()
        # People's names for the ids in the records, looked up once per reload.
        self.wording = Wording({person.id: person.name for person in self.office.staff.all()})
        self.filter = wanted
        self._rows = []
        self._total = self.office.audit.count(wanted)
        self.endResetModel()

    def set_rows_hidden(self) -> None:
        """Show nothing (the account may not read the trail)."""
        self.beginResetModel()
        self._rows = []
        self._total = 0
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
        return 0 if parent.isValid() else len(HEADERS)

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
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
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
                vocabulary(ACTIONS, entry.action),
                vocabulary(ENTITIES, entry.entity),
                entry.entity_id,
                self.wording.summary(entry),
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == DETAILS:
            return self.wording.details(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None
