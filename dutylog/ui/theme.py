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
    return _on_dark()


def _on_dark() -> bool:
    """Whether the window background in use is dark.

    Colours are picked from what they are painted on, not from the system's wish: a
    desktop theme, a high-contrast palette or ``DUTYLOG_COLOR_SCHEME`` may set either.
    """
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


# Text colours by meaning: (on a light background, on a dark one). Each pair keeps a
# contrast ratio of at least 4.5 against white and against the dark palette's window
# and base colours (tests/ui/test_theme.py checks it).
TEXT_COLOURS = {
    "error": ("#c62828", "#ef9a9a"),
    "ok": ("#2e7d32", "#81c784"),
    "warning": ("#a85f00", "#ffb74d"),
    "info": ("#1565c0", "#90caf9"),
}

# Cell and banner backgrounds by meaning, pale on a light palette and deep on a dark
# one, so the palette's own text colour stays readable on them.
BACKGROUNDS = {
    "danger": ("#fdecea", "#4a1f1f"),
    "warning": ("#fff3e0", "#47371c"),
    "holiday": ("#fde2e2", "#4a2626"),
    "weekend": ("#eef3fb", "#22303f"),
    "makeup": ("#fff4d6", "#3f3722"),
    "special": ("#fff0c0", "#4a4020"),
}


def text_colour(name: str) -> QColor:
    light, dark = TEXT_COLOURS[name]
    return QColor(dark if _on_dark() else light)


def background(name: str) -> QColor:
    light, dark = BACKGROUNDS[name]
    return QColor(dark if _on_dark() else light)


def muted_colour() -> QColor:
    """Text that should recede (closed shifts, days outside the month): the palette's own."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def outside_background() -> QColor:
    """Cells that are not part of the thing shown (days of the next month)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.AlternateBase)


def grade_colour(grade: Grade) -> QColor:
    return (GRADE_COLOURS_DARK if _on_dark() else GRADE_COLOURS)[grade]


def error_colour() -> QColor:
    return text_colour("error")


def overdue_background() -> QColor:
    return background("danger")


def text_style(name: str, *, bold: bool = False) -> str:
    """A style sheet that colours a label's text by meaning (an error, a success)."""
    weight = " font-weight: bold;" if bold else ""
    return f"color: {text_colour(name).name()};{weight}"


def error_style() -> str:
    """Messages under forms."""
    return text_style("error")


def ok_style() -> str:
    return text_style("ok")


def notice_style(selector: str = "") -> str:
    """A boxed notice (a lost connection, a briefing not yet written)."""
    box = (
        f"background: {background('danger').name()}; border: 1px solid {text_colour('error').name()};"
        " border-radius: 4px;"
    )
    text = f"color: {text_colour('error').name()};"
    if not selector:
        return f"{box} {text} padding: 6px;"
    return f"{selector} {{ {box} }} {selector} QLabel {{ {text} }}"


def follow_system_scheme(app: QApplication) -> None:
    """Light or dark as the system says, and again whenever the system switches.

    Where the platform gives no dark palette (Fusion on some Linux desktops, offscreen),
    a dark one is set here. ``DUTYLOG_COLOR_SCHEME=dark|light`` overrides the system
    (screenshots, checking the look).
    """
    hints = QGuiApplication.styleHints()
    forced = os.environ.get("DUTYLOG_COLOR_SCHEME", "").lower()
    if forced in ("dark", "light"):
        hints.setColorScheme(Qt.ColorScheme.Dark if forced == "dark" else Qt.ColorScheme.Light)
        app.setStyle("Fusion")
    _apply_scheme(app, dark=(forced == "dark") or (not forced and hints.colorScheme() == Qt.ColorScheme.Dark))
    if not forced:
        hints.colorSchemeChanged.connect(
            lambda scheme: _apply_scheme(app, dark=scheme == Qt.ColorScheme.Dark)
        )


def _apply_scheme(app: QApplication, *, dark: bool) -> None:
    if not dark:
        if app.palette().color(QPalette.ColorRole.Window).lightness() < 128:
            app.setPalette(app.style().standardPalette())
        return
    if app.palette().color(QPalette.ColorRole.Window).lightness() >= 128:
        app.setPalette(dark_palette())


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#2f6fb0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7ab7ff",
        QPalette.ColorRole.Mid: "#5a5a5a",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette
