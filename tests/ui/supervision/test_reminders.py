"""Supervision reminders reach the tray and the Today page (ReminderService.due), in both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.reminder_text import reminder_text


def _supervision(office: Office) -> list[tuple[str, str]]:
    return [reminder_text(r) for r in office.reminders.due() if r.kind == "supervision"]


def test_due_today_overdue_and_review_waiting_are_reminded(supervised: Office) -> None:
    shown = _supervision(supervised)
    assert [title for title, _message in shown] == [
        "督办提醒：今日到期",
        "督办提醒：已超期",
        "督办提醒：回复待审核",
    ]
    assert shown[1][1] == "YQ-2026-0001《某小区物业纠纷》县住建局，办理时限 2026-11-13。"
    urgent = {r.title: r.urgent for r in supervised.reminders.due() if r.kind == "supervision"}
    assert urgent["督办提醒：已超期"] and not urgent["督办提醒：回复待审核"]
    keys = [r.key for r in supervised.reminders.due()]
    assert len(keys) == len(set(keys))  # the tray shows each once


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("zh_CN")


def test_without_a_translation_the_facts_still_show(supervised: Office, english: None) -> None:
    # The lead regenerates the translations; until then the Chinese source text is shown.
    titles = [title for title, _message in _supervision(supervised)]
    assert len(titles) == 3 and all(title for title in titles)
    messages = [message for _title, message in _supervision(supervised)]
    assert any("YQ-2026-0001" in message and "2026-11-13" in message for message in messages)


def test_the_today_page_shows_them(supervised: Office, qtbot: QtBot) -> None:
    from dutylog.ui.log.today_page import TodayPage

    page = TodayPage(supervised)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitUntil(lambda: "督办提醒" in page.reminders.text())
    assert "县住建局" in page.reminders.text()
