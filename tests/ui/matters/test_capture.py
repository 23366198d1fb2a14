"""The matter dialog's 网页取证 button."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.services.matters.capture_browser import find_browser
from dutylog.ui.matters.capture import CaptureButton
from dutylog.ui.matters.matter_dialog import MatterDialog
from tests.helpers.web_page import serve_page


def test_an_unsaved_matter_asks_to_be_saved_first(staffed_office: Office, qtbot: QtBot) -> None:
    dialog = MatterDialog(staffed_office)
    qtbot.addWidget(dialog)
    button = dialog.findChild(CaptureButton, "matter_capture")
    assert button is not None
    button.ask()
    assert dialog.error.text() == "请先保存事项，再添加证据。"


@pytest.mark.skipif(find_browser() is None, reason="no Chromium, Chrome or Edge installed")
def test_capturing_fills_the_evidence_list(staffed_office: Office, qtbot: QtBot, tmp_path: Path) -> None:
    matter = staffed_office.matters.add("网传化工厂爆炸")
    dialog = MatterDialog(staffed_office, matter.id)
    qtbot.addWidget(dialog)
    assert dialog.evidence.count() == 0
    with serve_page(tmp_path) as url:
        dialog.capture_button.capture(url)
    assert dialog.evidence.count() == 3 and dialog.error.text() == ""
