"""Windows and pages that fit the screen they are on.

A page's minimum size (a tall form, a long list of reminders) must never push the
window past the screen: pages scroll inside themselves instead, and a window opened
with no saved size takes at most the screen's available area.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QTableView, QWidget

FRAME_ALLOWANCE = QSize(16, 48)
# How many rows a table measures to size its columns to their contents: Qt's default is
# 1,000, and a busy day's log or a large import's notices were measured in full on every
# change, freezing the window for a quarter of a second.
SIZE_FROM_ROWS = 50


def available_size(widget: QWidget) -> QSize:
    """The room on the screen ``widget`` is on (or the primary screen), less the task bar."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(16777215, 16777215)
    return screen.availableGeometry().size()


def fitted(wanted: QSize, widget: QWidget) -> QSize:
    """``wanted``, shrunk to the available screen area (the frame's title bar included)."""
    room = available_size(widget)
    # The title bar and borders are not part of the size given to resize(); before the
    # window is first shown the platform has not said how big they are, so allow for
    # the largest common ones.
    frame = widget.frameGeometry().size() - widget.geometry().size()
    if frame.isEmpty():
        frame = FRAME_ALLOWANCE
    return wanted.boundedTo(room - frame)


def fit_columns(view: QTableView, *, keep: tuple[int, ...] = ()) -> None:
    """Widen ``view``'s columns (but those in ``keep``) to their header and their first rows.

    For a table whose columns the user sizes (Interactive), once its first rows are in:
    never narrower than a column already is, so a longer language or a longer wording
    shows whole rather than elided. Measures at most ``SIZE_FROM_ROWS`` rows.
    """
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(SIZE_FROM_ROWS)
    model = view.model()
    for column in range(model.columnCount() if model is not None else 0):
        if column in keep or view.isColumnHidden(column):
            continue
        if header.sectionResizeMode(column) is QHeaderView.ResizeMode.Stretch:
            continue
        wanted = max(header.sectionSizeHint(column), view.sizeHintForColumn(column))
        if wanted > header.sectionSize(column):
            header.resizeSection(column, wanted)


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` inside a frameless scroll area: it fills the area and scrolls only when the
    area is smaller than the page's minimum size."""
    area = QScrollArea()
    area.setObjectName(f"{page.objectName()}_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(page)
    return area
