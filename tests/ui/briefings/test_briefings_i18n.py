"""The Briefings and Statistics pages in English: no interface text left in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.ui import i18n
from tests.ui.interface_text import untranslated

pytestmark = pytest.mark.skipif(
    not (Path(__file__).resolve().parents[3] / "resources" / "translations" / "dutylog_en.qm").exists(),
    reason="translations not compiled (python resources/translations/build_qm.py)",
)


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("zh_CN")


def test_briefings_page_in_english(qtbot: QtBot, english: None, office: Office) -> None:
    from dutylog.ui.briefings.briefings_page import BriefingsPage

    office.staff.add("Zhang Wei")
    page = BriefingsPage(office)
    qtbot.addWidget(page)
    page.draft_today()
    assert page.new_button.text() == "Write today's briefing"
    assert untranslated(page, []) == []


def test_stats_page_in_english(qtbot: QtBot, english: None, office: Office) -> None:
    from dutylog.ui.briefings.stats_page import StatsPage

    page = StatsPage(office)
    qtbot.addWidget(page)
    assert page.run_button.text() in ("Count", "Statistics")
    assert untranslated(page, []) == []
