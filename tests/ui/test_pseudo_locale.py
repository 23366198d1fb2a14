"""A pseudo-locale that lengthens every string finds text the layout cuts off.

English is longer than the Chinese it translates, and a future language (or a longer
wording) longer still. With every translated string made 40% longer, every page of the
main window at 1280x720 must still show its buttons, labels and table headers whole,
and the cells of columns that hold interface words (dates, grades, statuses; not free
text such as titles, which a table may elide) must fit their columns.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.paths import resource
from dutylog.ui import i18n
from dutylog.ui.main_window import MainWindow
from dutylog.ui.pages import PAGES
from tests.ui.interface_text import DATA_COLUMNS

pytestmark = pytest.mark.skipif(
    not (Path(__file__).resolve().parents[2] / "resources" / "translations" / "dutylog_en.qm").exists(),
    reason="translations not compiled (python resources/translations/build_qm.py)",
)

GROWTH = 0.4
PAD = "~"
SMALL_SCREEN = QSize(1280, 720)
# Columns of free text, shown as typed: a table may elide them and shows the whole on hover.
FREE_TEXT = DATA_COLUMNS | {"Note", "Instruction", "Steps", "Words", "Summary", "What", "Text"}


class Lengthening(QTranslator):
    """English, 40% longer (padded with "~"): room for longer wordings and languages."""

    def __init__(self, english: QTranslator) -> None:
        super().__init__()
        self.english = english

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = self.english.translate(context, source, disambiguation, n)
        if not text:
            return None  # a null string: Qt asks the next translator, else shows the source
        if text.startswith("<") or text.strip().startswith("{"):
            return text  # rich text and bare placeholders keep their shape
        return text + PAD * math.ceil(len(text) * GROWTH)


@pytest.fixture
def lengthened(qapp: QApplication) -> Iterator[None]:
    i18n.install("en")
    english = QTranslator()
    assert english.load(str(resource("translations", "dutylog_en.qm")))
    pseudo = Lengthening(english)
    qapp.installTranslator(pseudo)
    yield
    qapp.removeTranslator(pseudo)
    i18n.install("zh_CN")


def cut_off(page: QWidget) -> list[str]:
    """What ``page`` shows cut off: widgets below their minimum size, elided headers and cells."""
    found: list[str] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QAbstractButton | QLabel) and widget.width() < widget.minimumSizeHint().width():
            text = widget.text() if hasattr(widget, "text") else ""
            found.append(f"{type(widget).__name__} {widget.objectName()!r} '{text}'")
        if isinstance(widget, QTableView):
            found += _table_cut_off(widget)
    return found


def _table_cut_off(view: QTableView) -> list[str]:
    """Headers narrower than Qt's own size hint for them; cells of interface words likewise."""
    model = view.model()
    if model is None:
        return []
    header = view.horizontalHeader()
    found = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or header.sectionResizeMode(column) is QHeaderView.ResizeMode.Stretch:
            continue  # a stretching column takes the room that is left; the others must fit
        name = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width, wanted = view.columnWidth(column), header.sectionSizeHint(column)
        if wanted > width:
            found.append(f"{view.objectName()}: header '{name}' {width} < {wanted} px")
        if name.rstrip(PAD) not in FREE_TEXT and view.sizeHintForColumn(column) > width:
            found.append(
                f"{view.objectName()}: cells of '{name}' {width} < {view.sizeHintForColumn(column)} px"
            )
    return found


def test_every_page_shows_its_text_whole_when_every_string_is_longer(
    qtbot: QtBot, lengthened: None, demo_office: Office, qsettings: QSettings
) -> None:
    # The pseudo-locale is on, and leaves strings it does not know alone.
    assert QCoreApplication.translate("BriefingsPage", "撰写今日汇报") == "Write today's briefing" + PAD * 9
    assert QCoreApplication.translate("NoSuchContext", "今日") == "今日"
    window = MainWindow(demo_office, qsettings)
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN)
    window.show()
    problems: dict[str, list[str]] = {}
    for spec in PAGES:
        page = window.show_page(spec.key)
        window.operations.settle()
        QApplication.processEvents()
        found = cut_off(page)
        if found:
            problems[spec.key] = found
    assert problems == {}, "\n".join(f"{key}: {line}" for key, lines in problems.items() for line in lines)
