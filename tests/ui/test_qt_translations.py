"""Qt's own strings (file dialogs, buttons) follow the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from dutylog.ui import i18n


def test_qt_dialogs_speak_chinese_in_the_chinese_ui(qapp: QApplication) -> None:
    assert i18n.qt_translation_dirs(), "PySide6 ships Qt's translations"
    try:
        i18n.install("zh_CN")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        i18n.install("en")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    finally:
        i18n.install(i18n.DEFAULT)
