"""Languages: the UI is written in Simplified Chinese and translated to English.

Source strings are Chinese, so Chinese needs no app translator; English loads
``resources/translations/dutylog_en.qm``. Qt's own strings (standard buttons,
dialogs) come from Qt's translations when they are installed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dutylog.domain.enums import LabelledEnum
from dutylog.paths import resource

SUPPORTED = ("zh_CN", "en")
DEFAULT = "zh_CN"

_installed: list[QTranslator] = []
_current = DEFAULT


def current() -> str:
    return _current


def label(member: LabelledEnum) -> str:
    """An enumeration's label in the UI's language (grades, kinds, statuses)."""
    return member.label(_current)


def join(items: Iterable[str]) -> str:
    """A list inside a sentence: 甲、乙 in Chinese, "A, B" in English."""
    return ("、" if _current == DEFAULT else ", ").join(items)


def spaced(*parts: str) -> str:
    """Parts of a line apart: Chinese uses the ideographic space, English a plain gap."""
    return ("　" if _current == DEFAULT else "  ").join(part for part in parts if part)


def resolve_language(requested: str | None, system: QLocale | None = None) -> str:
    """An explicit choice wins; else the system locale if we speak it; else Chinese."""
    if requested:
        normalized = requested.replace("-", "_")
        if normalized in SUPPORTED:
            return normalized
        if normalized.split("_")[0] == "en":
            return "en"
        if normalized.split("_")[0] == "zh":
            return "zh_CN"
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.English:
        return "en"
    return DEFAULT


def install(language: str) -> QLocale:
    """Replace the application's translators; returns the locale for formatting dates."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    _current = language if language in SUPPORTED else DEFAULT
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = (
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if language == "en"
        else QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    )
    QLocale.setDefault(locale)
    qt_translator = QTranslator(app)
    # Qt's own strings (file dialogs, standard buttons) in the UI's language.
    if any(qt_translator.load(locale, "qtbase", "_", folder) for folder in qt_translation_dirs()):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language != DEFAULT:
        ours = QTranslator(app)
        if ours.load(str(resource("translations", f"dutylog_{language}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
    return locale


def qt_translation_dirs() -> list[str]:
    """Where Qt's own .qm files are: Qt's configured folder, else PySide6's (a bundle's qt.conf
    may point elsewhere than where PyInstaller put them)."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    folders.append(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "translations"))
    return [folder for folder in dict.fromkeys(folders) if folder and os.path.isdir(folder)]


def long_date(locale: QLocale, year: int, month: int, day: int) -> str:
    """2026年11月22日 in Chinese, 22 Nov 2026 in English."""
    from PySide6.QtCore import QDate

    if locale.language() == QLocale.Language.Chinese:
        return f"{year}年{month}月{day}日"
    return locale.toString(QDate(year, month, day), "d MMM yyyy")
