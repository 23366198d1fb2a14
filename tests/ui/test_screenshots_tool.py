"""The documented screenshot command writes both languages of a page from a demo database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from dutylog.tools.screenshots import main


def test_screenshots_of_a_page_in_both_languages(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--pages", "settings", "--days", "3"]) == 0
    for name in ("settings.png", "settings-en.png"):
        image = QImage(str(tmp_path / name))
        assert not image.isNull() and image.width() >= 1280
