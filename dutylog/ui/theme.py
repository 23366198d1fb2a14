"""Fonts, icons and colours shared by every page."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
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


# The same hues, lighter, so they keep their contrast on a dark background.
GRADE_COLOURS_DARK = {
    Grade.ORDINARY: QColor("#81c784"),
    Grade.SERIOUS: QColor("#ffb74d"),
    Grade.MAJOR: QColor("#ef9a9a"),
    Grade.EXTRAORDINARY: QColor("#ce93d8"),
}


def is_dark() -> bool:
    """Whether the system (Qt 6.5+ colour scheme) or the palette in use is dark."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def grade_colour(grade: Grade) -> QColor:
    return (GRADE_COLOURS_DARK if is_dark() else GRADE_COLOURS)[grade]


def error_colour() -> QColor:
    return QColor("#ef5350") if is_dark() else QColor("#c62828")


def overdue_background() -> QColor:
    return QColor("#4a1f1f") if is_dark() else QColor("#fdecea")


def follow_system_scheme(app: QApplication) -> None:
    """Light or dark as the system says; Fusion draws a dark palette where the native style cannot.

    ``DUTYLOG_COLOR_SCHEME=dark|light`` overrides the system (screenshots, testing the look).
    """
    forced = os.environ.get("DUTYLOG_COLOR_SCHEME", "").lower()
    if forced in ("dark", "light"):
        QGuiApplication.styleHints().setColorScheme(
            Qt.ColorScheme.Dark if forced == "dark" else Qt.ColorScheme.Light
        )
        app.setStyle("Fusion")
    if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark and app.style().name() not in (
        "windows11",
        "macos",
    ):
        app.setStyle("Fusion")


# Messages under forms: a red that reads on light and dark backgrounds alike.
ERROR_STYLE = "color: #e53935; font-weight: bold;"  # readable on white and on #2b2b2b
OK_STYLE = "color: #43a047;"
