"""舆情台账: every matter in a lazy table with filters and a Chinese full-text search box."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import DutyLogError
from dutylog.domain.matters.records import LedgerFilter
from dutylog.office import Office
from dutylog.ui.accounts.rights import offer
from dutylog.ui.i18n import label
from dutylog.ui.matters.ledger_model import DISCOVERED, NUMBER, TITLE, FirstPage, LedgerTableModel
from dutylog.ui.matters.matter_dialog import MatterDialog
from dutylog.ui.operations import operations_of
from dutylog.ui.qt_dates import qdate
from dutylog.ui.theme import error_style
from dutylog.ui.widgets.empty_state import EmptyState
from dutylog.ui.widgets.fit import SIZE_FROM_ROWS, fit_columns
from dutylog.ui.widgets.selection import remember_selection


class LedgerPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.search = QLineEdit()
        self.search.setObjectName("ledger_search")
        self.search.setPlaceholderText(self.tr("搜索标题、摘要、网址、发布者、日志内容（如：删帖、谣言）"))
        self.search.setClearButtonEnabled(True)
        self.use_dates = QCheckBox(self.tr("发现日期"))
        self.date_from = QDateEdit(qdate(office.clock().date().replace(month=1, day=1)))
        self.date_to = QDateEdit(qdate(office.clock().date()))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.grade = self._combo("ledger_grade", self.tr("全部等级"), [(label(g), g.value) for g in Grade])
        self.status = self._combo(
            "ledger_status", self.tr("全部状态"), [(label(s), s.value) for s in MatterStatus]
        )
        self.unit = self._combo(
            "ledger_unit", self.tr("全部责任单位"), [(u.name, u.id) for u in office.staff.units()]
        )
        self.measure = self._combo(
            "ledger_measure", self.tr("全部处置措施"), [(m, m) for m in office.matters.measure_choices()]
        )
        self.tag = self._combo(
            "ledger_tag", self.tr("全部分类标签"), [(t, t) for t in office.matters.tag_choices()]
        )
        self.keyword = self._combo(
            "ledger_keyword",
            self.tr("全部关键词"),
            [(k.word, k.word) for k in office.keywords.keywords()],  # retired words keep their matters
        )
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("来源"))
        self.source.setMaximumWidth(120)
        new = QPushButton(self.tr("新建事项"))
        new.setObjectName("ledger_new")
        new.clicked.connect(lambda: self.open_matter(None))
        self.import_button = QPushButton(self.tr("导入台账…"))
        self.import_button.setObjectName("ledger_import")
        self.import_button.clicked.connect(self.open_import)
        self.count = QLabel()
        self.count.setObjectName("ledger_count")
        self.error = QLabel()
        self.error.setStyleSheet(error_style())

        self.model = LedgerTableModel(office, self)
        self.model.runner = self._run_query
        self._reselect: Callable[[], None] | None = None
        self._columns_fitted = False  # widths from the first page, once (see _loaded)
        self.model.loaded.connect(self._loaded)
        self.table = QTableView()
        self.table.setObjectName("ledger_table")
        self.table.setModel(self.model)
        self.empty = EmptyState(
            self.table,
            self.tr("没有符合条件的事项。清除搜索词或放宽筛选条件；发现舆情请点“新建事项”（Ctrl+Shift+N）。"),
        )
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(DISCOVERED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(90)
        header.resizeSection(NUMBER, 120)
        header.resizeSection(DISCOVERED, 130)
        # Widths from the headers and the first page, once: afterwards they are the user's.
        header.setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)

        # Typing waits for a pause before querying; other filters apply at once.
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(self.apply)
        self.search.textChanged.connect(self.debounce.start)
        self.source.textChanged.connect(self.debounce.start)
        for combo in (self.grade, self.status, self.unit, self.measure, self.tag, self.keyword):
            combo.currentIndexChanged.connect(self.apply)
        self.use_dates.toggled.connect(self.apply)
        self.date_from.dateChanged.connect(self.apply)
        self.date_to.dateChanged.connect(self.apply)

        # Two short rows so the page still fits a narrow window.
        dates = QHBoxLayout()
        for widget in (self.use_dates, self.date_from, QLabel("—"), self.date_to, self.grade, self.status):
            dates.addWidget(widget)
        dates.addStretch(1)
        kinds = QHBoxLayout()
        for other in (self.unit, self.measure, self.tag, self.keyword, self.source):
            kinds.addWidget(other)
        kinds.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(new)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(dates)
        layout.addLayout(kinds)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.apply()

    def _combo(self, name: str, everything: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def current_filter(self) -> LedgerFilter:
        grade, status = self.grade.currentData(), self.status.currentData()
        start: date | None = self.date_from.date().toPython() if self.use_dates.isChecked() else None  # type: ignore[assignment]
        end: date | None = self.date_to.date().toPython() if self.use_dates.isChecked() else None  # type: ignore[assignment]
        return LedgerFilter(
            date_from=start,
            date_to=end,
            grades=(Grade(grade),) if grade else (),
            statuses=(MatterStatus(status),) if status else (),
            unit_id=self.unit.currentData(),
            measure=self.measure.currentData() or "",
            tag=self.tag.currentData() or "",
            keyword=self.keyword.currentData() or "",
            source=self.source.text().strip(),
            text=self.search.text().strip(),
        )

    def apply(self) -> None:
        """Query with the current filters; in a window the query runs off the GUI thread."""
        try:
            filters = self.current_filter()
        except DutyLogError as exc:
            self.error.setText(exc.message)
            return
        # The rows arrive later (from a worker): reselect what was selected then.
        self._reselect = remember_selection(self.table)
        self.model.set_filter(filters)

    def _run_query(self, work: Callable[[Office], FirstPage], done: Callable[[FirstPage], None]) -> None:
        # The model's runner: typing a search never waits for the database.
        operations = operations_of(self)
        if operations is None:  # a page on its own (tests): inline, errors in the label
            try:
                result = work(self.office)
            except DutyLogError as exc:
                self._show_error(exc)
                return
            done(result)
            return
        operations.run(
            work,
            on_done=done,
            on_error=self._show_error,
            what=self.tr("搜索台账"),
            parent=self,
            progress=False,
        )

    def _show_error(self, error: DutyLogError) -> None:
        self.error.setText(error.message)

    def _loaded(self) -> None:
        if not self._columns_fitted and self.model.rowCount():
            self._columns_fitted = True
            fit_columns(self.table, keep=(TITLE,))
        self.count.setText(self.tr("共 %n 条", "", self.model.total()))
        self.error.clear()
        reselect, self._reselect = self._reselect, None
        if reselect is not None:
            reselect()

    def refresh(self) -> None:
        # Offered to those who may import (an administrator), with the reason to others.
        offer(self.import_button, self.office, Permission.LEDGER_IMPORT)
        self.apply()

    def open_import(self) -> None:
        """The office's own Excel/CSV ledgers come in through the import dialog."""
        from dutylog.ui.matters.ledger_import_dialog import open_import_dialog

        imported = open_import_dialog(self, self.office) is not None
        if imported and operations_of(self) is None:  # in a window, the change signal refreshes this page
            self.apply()

    def _open_index(self, index: QModelIndex) -> None:
        self.open_matter(self.model.matter_id(index.row()))

    def open_matter(self, matter_id: int | None) -> MatterDialog:
        dialog = MatterDialog(self.office, matter_id, self)
        if operations_of(self) is None:  # in a window, the change signal refreshes this page
            dialog.finished.connect(lambda _code: self.apply())
        dialog.open()
        return dialog
