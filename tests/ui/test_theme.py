"""Colours come from ui/theme.py, and stay readable on a dark palette as on a light one."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from dutylog.domain.enums import Grade
from dutylog.ui import theme

UI = Path(theme.__file__).parent
HEX = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
NAMED = re.compile(
    r"\b(?:color|background(?:-color)?|border(?:-color)?)\s*:\s*[^;'\"]*\b(?:rgb|rgba|hsl)\(|"
    r"\b(?:color|background(?:-color)?)\s*:\s*(?!palette\()[a-z]+\b",
    re.IGNORECASE,
)


def colour_literals(source: str) -> Iterator[tuple[int, str]]:
    """Colours written into ``source``: hex or named colours in strings, QColor(...) of a
    literal, and Qt.GlobalColor (Qt.red...)."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for match in (*HEX.finditer(node.value), *NAMED.finditer(node.value)):
                yield node.lineno, match.group(0)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QColor"
        ):
            if node.args and all(isinstance(arg, ast.Constant) for arg in node.args):
                yield node.lineno, ast.unparse(node)
        elif (isinstance(node, ast.Attribute) and node.attr == "GlobalColor") or (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "Qt"
            and node.attr
            in {"red", "green", "blue", "black", "white", "gray", "darkGray", "lightGray", "yellow"}
        ):
            yield node.lineno, ast.unparse(node)


def test_the_scan_finds_each_kind_of_colour() -> None:
    source = (
        'a = QColor("#c62828")\nb = "color: #333;"\nc = Qt.GlobalColor.red\nd = "color: red;"\n'
        'e = QColor(200, 0, 0)\nf = "color: palette(text);"\ng = "#connection_banner"\n'
    )
    assert sorted({line for line, _ in colour_literals(source)}) == [1, 2, 3, 4, 5]


def test_no_colour_is_written_outside_the_theme() -> None:
    found = [
        f"{path.relative_to(UI.parent.parent)}:{line}: {text}"
        for path in sorted(UI.rglob("*.py"))
        if path != UI / "theme.py"
        for line, text in colour_literals(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "name these colours in dutylog/ui/theme.py:\n" + "\n".join(found)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    saved = QPalette(qapp.palette())
    chosen = theme.dark_palette() if request.param == "dark" else qapp.style().standardPalette()
    qapp.setPalette(chosen)
    try:
        yield QGuiApplication.palette()
    finally:
        qapp.setPalette(saved)


def test_status_colours_contrast_with_the_window_and_the_tables(palette: QPalette) -> None:
    grounds = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]
    colours = {name: theme.text_colour(name) for name in theme.TEXT_COLOURS}
    colours |= {f"grade {grade.value}": theme.grade_colour(grade) for grade in Grade}
    for name, colour in colours.items():
        for ground in grounds:
            assert contrast(colour, ground) >= 3, (name, colour.name(), ground.name())


def test_the_palette_text_reads_on_every_named_background(palette: QPalette) -> None:
    text = palette.color(QPalette.ColorRole.Text)
    for name in theme.BACKGROUNDS:
        assert contrast(text, theme.background(name)) >= 4.5, (name, theme.background(name).name())
    assert contrast(theme.text_colour("error"), theme.background("danger")) >= 3
    assert contrast(theme.muted_colour(), palette.color(QPalette.ColorRole.Base)) >= 3


def test_the_dark_palette_gets_the_dark_variants(palette: QPalette) -> None:
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    assert (theme.text_colour("error").lightness() > 128) == dark
