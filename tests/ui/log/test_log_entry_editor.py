"""The entry editor says when what was saved differs from what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import EntryKind
from dutylog.office import Office
from dutylog.ui.log.today_page import TodayPage
from tests.conftest import FIXED_NOW


@pytest.fixture
def page(qtbot: QtBot, staffed_office: Office) -> TodayPage:
    widget = TodayPage(staffed_office)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def save(qtbot: QtBot, page: TodayPage, text: str) -> None:
    page.form.kind.setCurrentIndex(page.form.kind.findData(EntryKind.OTHER.value))
    page.form.text.setPlainText(text)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)


def test_removed_zero_width_characters_are_told(
    qtbot: QtBot, page: TodayPage, staffed_office: Office
) -> None:
    save(qtbot, page, "网民\u2060转发\u200b截图")
    assert [e.text for e in staffed_office.log.entries_for(FIXED_NOW.date())] == ["网民转发截图"]
    assert "2 个不可见字符" in page.form.status.text()
    save(qtbot, page, "再次巡查")
    assert page.form.status.text() == ""


def test_a_bidi_control_is_refused_and_the_text_kept(
    qtbot: QtBot, page: TodayPage, staffed_office: Office
) -> None:
    save(qtbot, page, "网民\u202e转发")
    assert "U+202E" in page.form.error.text()
    assert page.form.text.toPlainText() == "网民\u202e转发"
    assert staffed_office.log.entries_for(FIXED_NOW.date()) == []
