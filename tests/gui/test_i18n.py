"""Switching the language: no Chinese left in the interface of the main pages in English."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QListWidget, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from dutylog.services.office import Office
from dutylog.ui import i18n
from dutylog.ui.main_window import MainWindow

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("zh_CN")


def visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QPushButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTableView):
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())
            ]
        for action in widget.actions():
            texts.append(action.text())
            if action.menu():
                texts += [sub.text() for sub in action.menu().actions()]
    return [text for text in texts if text]


def test_english_interface_has_no_untranslated_text(
    qtbot: QtBot, english: None, office: Office, qsettings: QSettings
) -> None:
    office.settings.set_unit_name("Riverside County Office")  # data, not interface text
    window = MainWindow(office, qsettings)
    qtbot.addWidget(window)
    window.show_page("today")
    texts = visible_texts(window)
    assert "Today" in texts and "Save entry" in texts
    untranslated = [text for text in texts if CJK.search(text)]
    assert untranslated == []


def test_dates_follow_the_language(english: None) -> None:
    assert i18n.long_date(QLocale(), 2026, 11, 22) == "22 Nov 2026"
    i18n.install("zh_CN")
    assert i18n.long_date(QLocale(), 2026, 11, 22) == "2026年11月22日"


@pytest.mark.parametrize(
    ("requested", "system", "expected"),
    [
        ("en", QLocale.Language.Chinese, "en"),
        ("zh_CN", QLocale.Language.English, "zh_CN"),
        (None, QLocale.Language.English, "en"),
        (None, QLocale.Language.French, "zh_CN"),
        ("en-GB", QLocale.Language.Chinese, "en"),
    ],
)
def test_language_resolution(requested: str | None, system: QLocale.Language, expected: str) -> None:
    assert i18n.resolve_language(requested, QLocale(system)) == expected
