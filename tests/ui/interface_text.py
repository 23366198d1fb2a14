"""Every piece of interface text a widget tree shows, and which of it is still Chinese.

The English interface must not show Chinese, but the office's own data (names, titles,
units, sources) stays as typed: those strings are taken out before looking for CJK, and
table columns that hold nothing but data are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from dutylog.domain.matters.records import LedgerFilter
from dutylog.office import Office
from dutylog.ui.briefings.stats_charts import Chart

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")

# Columns (by their English header) whose cells are the office's data, shown as typed.
DATA_COLUMNS = frozenset(
    {
        "Title",
        "Content",
        "Recorded by",
        "Source",
        "Responsible unit",
        "Measures",
        "Author",
        "Signed by",
        "Name",
        "Phone",
        "User",
        "Details",
        "Reason",
        "Recipient",
        "Column",
        "Column in file",
        "Example",
    }
)
# Tables whose "Source" column is interface vocabulary (how a duty came about), not a platform.
VOCABULARY_SOURCE_TABLES = frozenset({"roster_list"})
# Generated official documents stay Chinese (they are filed as Chinese documents).
DOCUMENT_VIEWS = frozenset({"history_view"})
LANGUAGE_NAMES = ("简体中文",)  # a language is offered under its own name


def office_data(office: Office) -> list[str]:
    """The office's own words that may appear inside interface text, longest first."""
    words: set[str] = {office.unit_name(), *LANGUAGE_NAMES}
    for person in office.staff.all():
        words.update((person.name, person.title))
    words.update(unit.name for unit in office.staff.units())
    for key in ("sources", "tags", "measures"):
        words.update(office.settings.choices(key))
    for keyword in office.keywords.keywords():
        words.update((keyword.word, keyword.category))
    for plan in office.plans.plans():
        words.update((plan.name, plan.note, *(step.text for step in plan.steps)))
    rows, _cursor = office.matters.ledger_page(LedgerFilter(), limit=1000)
    for matter in office.matters.records([row.id for row in rows]):
        words.update((matter.title, matter.source, matter.author_name, matter.unit_name))
        words.update(event.note for event in office.matters.timeline(matter.id))
    for year in {office.clock().year, office.clock().year + 1}:
        words.update(day.name for day in office.holidays.days_of_year(year))
    today = office.clock().date()
    for briefing in office.briefings.between(date(today.year, 1, 1), today):
        words.update((briefing.title, briefing.author_name, briefing.signer_name))
        words.update((briefing.return_reason or "", briefing.instruction or ""))
    return sorted((word for word in words if word), key=len, reverse=True)


def _actions(actions: Iterable[QAction]) -> Iterator[str]:
    for action in actions:
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _actions(menu.actions())


def _model_texts(view: QAbstractItemView, model: QAbstractItemModel) -> Iterator[str]:
    skipped: set[int] = set()
    # A list model's columnCount() is private in PySide6: a list has one column.
    columns = view.horizontalHeader().count() if isinstance(view, QTableView) else 1
    rows = model.rowCount(QModelIndex())
    for column in range(columns):
        header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        yield header
        yield str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
        vocabulary_source = header == "Source" and view.objectName() in VOCABULARY_SOURCE_TABLES
        if header in DATA_COLUMNS and not vocabulary_source:
            skipped.add(column)
    for row in range(min(rows, 60)):
        for column in range(columns):
            if column in skipped:
                continue
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                yield str(value) if value is not None else ""


def _chart_texts(chart: Chart) -> Iterator[str]:
    yield chart.title
    yield from (bar.label for bar in chart.bars)


def widget_texts(widget: QWidget) -> Iterator[str]:
    """The interface text of one widget (not of its children)."""
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield from _actions(widget.actions())
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
        menu = getattr(widget, "menu", lambda: None)()
        if isinstance(menu, QMenu):
            yield from _actions(menu.actions())
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QTextBrowser) and widget.objectName() not in DOCUMENT_VIEWS:
        yield widget.toPlainText()
    elif isinstance(widget, QTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.text()
        yield widget.specialValueText()
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    elif isinstance(widget, Chart):
        yield from _chart_texts(widget)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget, widget.model())


def interface_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [text for text in widget_texts(widget) if text]
    return texts


def untranslated(root: QWidget, data: list[str]) -> list[str]:
    """Interface texts under ``root`` that still hold Chinese once the office's data is taken out."""
    found: list[str] = []
    for text in interface_texts(root):
        stripped = text
        for word in data:
            stripped = stripped.replace(word, "")
        if CJK.search(stripped):
            found.append(text)
    return sorted(set(found))
