"""User data put into rich text shows as typed: markup in a name is text, not markup."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import Qt, QTextDocument
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import DutyRole, Grade, Shift
from dutylog.office import Office
from dutylog.ui.log.today_page import TodayPage
from dutylog.ui.widgets.rich import escape, plain_tip

MARKUP = "<b>X</b>&<img src=x>"


def shown(rich: str) -> str:
    """What Qt displays for ``rich`` rendered as HTML."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=40))
def test_escaped_text_renders_as_itself(qapp: object, text: str) -> None:
    # Qt folds runs of white space in HTML, as it does in every rich-text widget.
    assert shown(f"<b>{escape(text)}</b>").split() == text.split()


def test_a_tooltip_shows_its_lines_literally(qapp: object) -> None:
    assert shown(plain_tip(f"{MARKUP}\n第二行")) == f"{MARKUP}\n第二行"
    assert Qt.mightBeRichText(plain_tip(MARKUP))  # so Qt never guesses it is plain text


@pytest.fixture
def marked_up_office(staffed_office: Office) -> Office:
    person = staffed_office.staff.add(MARKUP, phone="13900000003")
    today = staffed_office.clock().date()
    staffed_office.roster.assign(today, Shift.FULL, DutyRole.STANDBY, person.id)
    staffed_office.matters.add(MARKUP, grade=Grade.MAJOR, source="微博")
    return staffed_office


def test_today_page_shows_names_and_titles_as_typed(qtbot: QtBot, marked_up_office: Office) -> None:
    page = TodayPage(marked_up_office)
    qtbot.addWidget(page)
    duty = shown(page.duty_label.text())
    assert MARKUP in duty and "13900000003" in duty
    titles = [page.open_matters.item(row) for row in range(page.open_matters.count())]
    item = next(item for item in titles if MARKUP in item.text())
    assert MARKUP in shown(item.toolTip())
