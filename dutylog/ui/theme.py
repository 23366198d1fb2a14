"""Fonts, icons and colours shared by every page."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication

from dutylog.domain.enums import Grade
from dutylog.paths import resource

# Chinese faces in order of preference; the first one installed wins. Setting them
# explicitly avoids Qt's fallback picking a Japanese variant of a CJK font.
CJK_FAMILIES = [
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
]

GRADE_COLOURS = {
    Grade.ORDINARY: QColor("#2e7d32"),
    Grade.SERIOUS: QColor("#c77700"),
    Grade.MAJOR: QColor("#c62828"),
    Grade.EXTRAORDINARY: QColor("#6a1b9a"),
}


def apply_fonts(app: QApplication) -> None:
    font = QFont(app.font())
    font.setFamilies([*CJK_FAMILIES, *font.families()])
    app.setFont(font)


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


def grade_colour(grade: Grade) -> QColor:
    return GRADE_COLOURS[grade]


# Messages under forms: a red that reads on light and dark backgrounds alike.
ERROR_STYLE = "color: #e53935; font-weight: bold;"
OK_STYLE = "color: #43a047;"
