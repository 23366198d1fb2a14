"""The columns of an imported ledger row that map to no field of the matter, kept as written.

An office's own ledger has columns DutyLog has no field for (宣教部门意见, 呈办意见 ...).
They are kept with the matter (services/matters/ledger_import.extra_fields), found by the
search and written back by the export; this tab shows them read-only, in the file's order.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class ExtraFieldsView(QTableWidget):
    def __init__(self, fields: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(len(fields), 2, parent)
        self.setObjectName("matter_extra_fields")
        self.setHorizontalHeaderLabels([self.tr("原台账列"), self.tr("内容")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (name, text) in enumerate(fields):
            self.setItem(row, 0, QTableWidgetItem(name))
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            self.setItem(row, 1, cell)
        self.resizeRowsToContents()
