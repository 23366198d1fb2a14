"""The ledger (台账) as a lazy table: keyset-paged queries, fetched as the view scrolls.

Rows are light ``MatterRow``s read column by column (not full records), so a ledger
scrolled to the end of 100,000 matters stays small and quick; the full record is read
when a matter is opened. The first page is small (it is what paints); later pages
are larger, since each fetch costs a query whatever its size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from dutylog.domain.enums import Grade
from dutylog.domain.matters.deadlines import Deadline, TimeLimits, report_deadline
from dutylog.domain.matters.records import LedgerFilter, MatterRow
from dutylog.office import Office

# Loaded with the page, not inside its first query (importing it cost ~25 ms there).
from dutylog.services.matters import matters as _service  # noqa: F401
from dutylog.ui.i18n import label
from dutylog.ui.theme import grade_colour
from dutylog.ui.widgets.rich import plain_tip

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
# Pages after the first are this many times larger (scrolling to row 100,000 = 200 queries).
GROWTH = 5

COLUMNS = (
    (str(QT_TRANSLATE_NOOP("LedgerTableModel", "编号")), "number"),
    (str(QT_TRANSLATE_NOOP("LedgerTableModel", "发现时间")), "discovered_at"),
    (str(QT_TRANSLATE_NOOP("LedgerTableModel", "等级")), "grade"),
    (str(QT_TRANSLATE_NOOP("LedgerTableModel", "状态")), "status"),
    (str(QT_TRANSLATE_NOOP("LedgerTableModel", "标题")), "title"),
    (str(QT_TRANSLATE_NOOP("LedgerTableModel", "来源")), "source"),
    (str(QT_TRANSLATE_NOOP("LedgerTableModel", "责任单位")), ""),
    (str(QT_TRANSLATE_NOOP("LedgerTableModel", "处置措施")), ""),
    (str(QT_TRANSLATE_NOOP("LedgerTableModel", "报送时限")), ""),
)
NUMBER, DISCOVERED, GRADE, STATUS, TITLE, SOURCE, UNIT, MEASURES, DEADLINE = range(len(COLUMNS))


def deadline_text(deadline: Deadline) -> str:
    """已报送 / 剩余 1:20 / 超时 0:35, in the UI's language."""
    if deadline.met:
        return QCoreApplication.translate("Deadline", "已报送")
    if deadline.late_by is not None:
        late = int(deadline.late_by.total_seconds() // 60)
        return QCoreApplication.translate("Deadline", "逾期报送 %1").replace(
            "%1", f"{late // 60}:{late % 60:02d}"
        )
    minutes = int(abs(deadline.remaining).total_seconds() // 60)
    span = f"{minutes // 60}:{minutes % 60:02d}"
    if deadline.overdue:
        return QCoreApplication.translate("Deadline", "超时 %1").replace("%1", span)
    return QCoreApplication.translate("Deadline", "剩余 %1").replace("%1", span)


@dataclass(frozen=True)
class Query:
    """What the table shows: the filter and the order (a page's rows are read for one)."""

    filters: LedgerFilter = field(default_factory=LedgerFilter)
    sort: str = "discovered_at"
    descending: bool = True

    def page(
        self, office: Office, after: tuple[Any, int] | None, size: int
    ) -> tuple[list[MatterRow], tuple[Any, int] | None]:
        return office.matters.ledger_page(
            self.filters, sort=self.sort, descending=self.descending, after=after, limit=size
        )


@dataclass(frozen=True)
class FirstPage:
    """A query's first page with what goes with it: read anywhere, shown on the GUI thread.

    ``total`` is None when more pages follow: the count is a read of its own, made after
    the page is shown (counting 100,000 matters would delay the rows the view paints).
    """

    query: Query
    rows: list[MatterRow]
    cursor: tuple[Any, int] | None
    limits: TimeLimits
    total: int | None


def first_page(office: Office, query: Query) -> FirstPage:
    """Run on a worker by the operations layer; touches no widget."""
    rows, cursor, limits = office.matters.ledger_start(
        query.filters, sort=query.sort, descending=query.descending, limit=PAGE
    )
    return FirstPage(query, rows, cursor, limits, len(rows) if cursor is None else None)


def counted(office: Office, page: FirstPage) -> FirstPage:
    """The page with its total: the second read of a reload (run where the first ran)."""
    return replace(page, total=office.matters.ledger_count(page.query.filters))


# Runs ``work(office)`` somewhere (a worker, or inline) and hands the result to ``done``.
Runner = Callable[[Callable[[Office], FirstPage], Callable[[FirstPage], None]], None]


class LedgerTableModel(QAbstractTableModel):
    """The rows of the last loaded query; ``runner`` (the page's) decides where queries run.

    Without a runner a reload runs inline. Each reload takes a generation number: a first
    page arriving after a newer reload started is dropped, so a slow early search cannot
    overwrite the result of the term typed after it.
    """

    loaded = Signal()  # a first page is shown and `total` is up to date

    def __init__(self, office: Office, parent: Any = None) -> None:
        super().__init__(parent)
        self.office = office
        self.runner: Runner | None = None
        self._rows: list[MatterRow] = []
        self._wanted = Query()  # what the last reload asked for
        self._shown = Query()  # what the rows are of (fetchMore continues this one)
        self._cursor: tuple[Any, int] | None = None
        self._exhausted = True
        self._limits = TimeLimits()
        self._total = 0
        self._generation = 0

    # --- loading -------------------------------------------------------------------
    def set_filter(self, filters: LedgerFilter) -> None:
        self._wanted = Query(filters, self._wanted.sort, self._wanted.descending)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, query = self._generation, self._wanted

        def done(page: FirstPage) -> None:
            if generation != self._generation:
                return  # a newer query is on its way
            self.show(page)
            if page.total is None:
                self._count(generation, page)

        if self.runner is None:
            done(first_page(self.office, query))
        else:
            self.runner(lambda office: first_page(office, query), done)

    def _count(self, generation: int, page: FirstPage) -> None:
        def done(page: FirstPage) -> None:
            if generation == self._generation and page.total is not None:
                self._total = page.total
                self.loaded.emit()

        if self.runner is None:
            # Inline (no page around it): after the rows, once control is back in the event loop.
            QTimer.singleShot(0, self, lambda: done(counted(self.office, page)))
        else:
            self.runner(lambda office: counted(office, page), done)

    def show(self, page: FirstPage) -> None:
        """Show a first page; ``loaded`` follows once its total is known (maybe after a count)."""
        self.beginResetModel()
        self._shown = page.query
        self._rows, self._cursor = list(page.rows), page.cursor
        self._exhausted = page.cursor is None
        self._limits = page.limits
        self.endResetModel()
        if page.total is not None:
            self._total = page.total
            self.loaded.emit()

    def _page(
        self, after: tuple[Any, int] | None, size: int
    ) -> tuple[list[MatterRow], tuple[Any, int] | None]:
        return self._shown.page(self.office, after, size)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        rows, cursor = self._page(self._cursor, PAGE * GROWTH)
        self._cursor = cursor
        self._exhausted = cursor is None
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def matter_id(self, row: int) -> int:
        return self._rows[row].id

    def total(self) -> int:
        """How many matters the shown query matches (up to date when ``loaded`` is emitted)."""
        return self._total

    # --- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("LedgerTableModel", COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (GRADE, DEADLINE):
            if column == GRADE:
                return grade_colour(row.grade)
            deadline = self._deadline(row)
            return grade_colour(Grade.MAJOR) if deadline.overdue else None
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            voided = QCoreApplication.translate("LedgerTableModel", "（已作废）") if row.voided else ""
            return plain_tip(row.title + voided)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _deadline(self, row: MatterRow) -> Any:
        return report_deadline(
            row.grade,
            row.discovered_at,
            now=self.office.clock(),
            reported_at=row.reported_at,
            limits=self._limits,
        )

    def _display(self, row: MatterRow, column: int) -> str:
        if column == NUMBER:
            return row.number + (
                QCoreApplication.translate("LedgerTableModel", " 作废") if row.voided else ""
            )
        if column == DISCOVERED:
            return row.discovered_at.strftime("%Y-%m-%d %H:%M")
        if column == GRADE:
            return label(row.grade)
        if column == STATUS:
            return label(row.status)
        if column == TITLE:
            return row.title
        if column == SOURCE:
            return row.source
        if column == UNIT:
            return row.unit_name
        if column == MEASURES:
            return "、".join(row.measures)
        if column == DEADLINE:
            return deadline_text(self._deadline(row))
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else ""
        if not key:
            return  # derived columns are not sortable in SQL
        self._wanted = Query(self._wanted.filters, key, order == Qt.SortOrder.DescendingOrder)
        self.reload()
