"""审计记录: the audit trail, filtered by person, object and date, with the chain's verdict."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import PermissionDenied
from dutylog.office import Office
from dutylog.services.accounts.audit import AuditFilter
from dutylog.ui.accounts.audit_model import ENTITIES, AuditTableModel, vocabulary
from dutylog.ui.qt_dates import qdate
from dutylog.ui.theme import ok_style, text_style
from dutylog.ui.widgets.empty_state import EmptyState


class AuditPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.model = AuditTableModel(office, self)

        self.person = QComboBox()
        self.person.setObjectName("audit_person")
        self.entity = QComboBox()
        self.entity.setObjectName("audit_entity")
        today = qdate(office.clock().date())
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.apply_button = QPushButton(self.tr("查询"))
        self.verify_button = QPushButton(self.tr("校验审计链"))
        self.status = QLabel()
        self.status.setObjectName("audit_status")
        self.status.setWordWrap(True)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("人员"), self.person),
            (self.tr("对象"), self.entity),
            (self.tr("从"), self.since),
            (self.tr("到"), self.until),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, self.tr("所选期间没有审计记录。调整人员、对象或日期后点“查询”。"))
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("审计记录"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.apply_button.clicked.connect(self.apply_filter)
        self.verify_button.clicked.connect(self.verify)
        self.refresh()

    def refresh(self) -> None:
        try:
            names, entities = self.office.audit.choices()
        except PermissionDenied as exc:
            self._denied(exc)
            return
        # Allowed again (e.g. after switching to a supervisor's account).
        self.table.setEnabled(True)
        self.apply_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        self._fill(self.person, [(self.tr("全部人员"), "")] + [(name, name) for name in names])
        self._fill(
            self.entity, [(self.tr("全部对象"), "")] + [(vocabulary(ENTITIES, e), e) for e in entities]
        )
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        since = self.since.date().toPython()
        until = self.until.date().toPython()
        return AuditFilter(
            username=str(self.person.currentData() or "") or None,
            entity=str(self.entity.currentData() or "") or None,
            since=datetime.combine(since, time.min),  # type: ignore[arg-type]
            until=datetime.combine(until, time.min) + timedelta(days=1),  # type: ignore[arg-type]
        )

    def apply_filter(self) -> None:
        try:
            self.model.set_filter(self.current_filter())
            if self.model.canFetchMore(QModelIndex()):
                self.model.fetchMore(QModelIndex())  # the first page at once, the rest on scrolling
        except PermissionDenied as exc:
            self._denied(exc)
            return
        self.status.setText(self.tr("共 %n 条记录", "", self.model.total))

    def verify(self) -> None:
        report = self.office.audit.verify()
        if report.problem is None:
            self.status.setText(self.tr("审计链完整：%n 条记录均未被改动。", "", report.records))
            self.status.setStyleSheet(ok_style())
        else:
            self.status.setText(self.tr("审计链被破坏：") + report.problem.describe())
            self.status.setStyleSheet(text_style("error", bold=True))

    def _denied(self, exc: PermissionDenied) -> None:
        self.table.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.verify_button.setEnabled(False)
        self.model.set_rows_hidden()
        self.status.setText(exc.message)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
