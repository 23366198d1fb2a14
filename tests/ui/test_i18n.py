"""Switching the language: no Chinese left in the English interface of any page or dialog.

Every page and the main dialogs are opened on a realistic office (the demo) in English;
labels, buttons, menus, tooltips, placeholders, tab titles, table headers and the table
cells that are interface vocabulary (grades, statuses, kinds) must all be translated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.main_window import MainWindow
from dutylog.ui.pages import PAGES
from tests.ui.interface_text import CJK, interface_texts, office_data, untranslated
from tests.ui.window_support import settle


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("zh_CN")


def visit_tabs(root: QWidget) -> None:
    """Show every tab once: some pages fill a tab only when it is shown."""
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
        tabs.setCurrentIndex(0)


def test_the_main_window_chrome_is_english(
    qtbot: QtBot, english: None, office: Office, qsettings: QSettings
) -> None:
    office.settings.set_unit_name("Riverside County Office")  # data, not interface text
    window = MainWindow(office, qsettings)
    qtbot.addWidget(window)
    window.show_page("today")
    texts = interface_texts(window)
    assert "Today" in texts and "Save entry" in texts and "Change &password…" in texts
    assert "&Log out / switch user…" in texts
    assert [text for text in texts if CJK.search(text)] == []


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_every_page_is_english_on_a_realistic_office(
    qtbot: QtBot, english: None, demo_office: Office, qsettings: QSettings, key: str
) -> None:
    window = MainWindow(demo_office, qsettings)
    qtbot.addWidget(window)
    page = window.show_page(key)
    visit_tabs(page)
    assert untranslated(window, office_data(demo_office)) == []


def test_the_fields_shown_beside_a_log_entry_are_english(
    qtbot: QtBot, english: None, demo_office: Office, qsettings: QSettings
) -> None:
    from dutylog.ui.log.log_entries_model import TEXT

    window = MainWindow(demo_office, qsettings)
    qtbot.addWidget(window)
    model = window.show_page("log").model  # type: ignore[attr-defined]
    settle(qtbot, window)  # the page reads the day on a worker
    patrol = str(model.index(0, TEXT).data())  # the text is the officer's; the bracket is ours
    assert patrol.endswith("; result: nothing found]") and "结果" not in patrol


def _matter_dialog(office: Office, parent: QWidget) -> QDialog:
    from dutylog.ui.matters.matter_dialog import MatterDialog

    matter = office.matters.open_matters()[0]
    return MatterDialog(office, matter.id, parent)


def _new_matter_dialog(office: Office, parent: QWidget) -> QDialog:
    from dutylog.ui.matters.matter_dialog import MatterDialog

    return MatterDialog(office, None, parent)


def _login_dialog(office: Office, parent: QWidget) -> QDialog:
    from dutylog.ui.accounts.login_dialog import LoginDialog

    return LoginDialog(office, parent)


def _first_run_dialog(office: Office, parent: QWidget) -> QDialog:
    from dutylog.ui.accounts.first_run_dialog import FirstRunDialog

    return FirstRunDialog(office, parent)


def _password_dialog(office: Office, parent: QWidget) -> QDialog:
    from dutylog.ui.accounts.password_dialog import PasswordDialog

    return PasswordDialog(office, parent)


def _generate_dialog(office: Office, parent: QWidget) -> QDialog:
    from dutylog.ui.roster.roster_dialogs import GenerateDialog

    today = office.clock().date()
    return GenerateDialog(office, today, today + timedelta(days=30), parent)


def _change_dialog(swap: bool) -> Callable[[Office, QWidget], QDialog]:
    def build(office: Office, parent: QWidget) -> QDialog:
        from dutylog.ui.roster.roster_dialogs import ChangeDialog

        today = office.clock().date()
        duties = office.roster.between(today, today + timedelta(days=10))
        return ChangeDialog(office, duties, swap=swap, parent=parent)

    return build


def _holiday_dialog(office: Office, parent: QWidget) -> QDialog:
    from dutylog.ui.roster.roster_dialogs import HolidayDialog

    return HolidayDialog(office, office.clock().year, parent)


def _period_dialog(leave: bool) -> Callable[[Office, QWidget], QDialog]:
    def build(office: Office, parent: QWidget) -> QDialog:
        from dutylog.ui.roster.roster_dialogs import PeriodDialog

        return PeriodDialog(office, office.clock().date(), leave=leave, parent=parent)

    return build


def _review_dialog(signing: bool) -> Callable[[Office, QWidget], QDialog]:
    def build(office: Office, parent: QWidget) -> QDialog:
        from dutylog.domain.enums import DutyRole
        from dutylog.ui.briefings.briefing_dialogs import ReviewDialog

        leaders = [p for p in office.staff.all() if DutyRole.LEADER in p.roles]
        return ReviewDialog(leaders, signing=signing, parent=parent)

    return build


def _history_dialog(office: Office, parent: QWidget) -> QDialog:
    from dutylog.domain.enums import BriefingStatus
    from dutylog.ui.briefings.briefing_dialogs import HistoryDialog

    today = office.clock().date()
    signed = office.briefings.between(today - timedelta(days=7), today, BriefingStatus.SIGNED)[0]
    return HistoryDialog(office.briefings.versions(signed.id), parent)


def _shortcuts_dialog(office: Office, parent: QWidget) -> QDialog:
    assert isinstance(parent, MainWindow)
    return parent.shell.show_shortcuts()


DIALOGS: dict[str, Callable[[Office, QWidget], QDialog]] = {
    "matter": _matter_dialog,
    "new_matter": _new_matter_dialog,
    "login": _login_dialog,
    "first_run": _first_run_dialog,
    "password": _password_dialog,
    "generate_roster": _generate_dialog,
    "swap": _change_dialog(swap=True),
    "substitute": _change_dialog(swap=False),
    "holidays": _holiday_dialog,
    "leave": _period_dialog(leave=True),
    "special_period": _period_dialog(leave=False),
    "sign_briefing": _review_dialog(signing=True),
    "return_briefing": _review_dialog(signing=False),
    "briefing_history": _history_dialog,
    "shortcuts": _shortcuts_dialog,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_is_english(
    qtbot: QtBot, english: None, demo_office: Office, qsettings: QSettings, name: str
) -> None:
    window = MainWindow(demo_office, qsettings)
    qtbot.addWidget(window)
    dialog = DIALOGS[name](demo_office, window)
    visit_tabs(dialog)
    texts = interface_texts(dialog)
    assert texts, "the dialog shows no text at all"
    assert untranslated(dialog, office_data(demo_office)) == []
    dialog.reject()


def test_the_import_dialog_is_english_at_every_step(
    qtbot: QtBot, english: None, demo_office: Office, tmp_path: Path
) -> None:
    from dutylog.services.matters.ledger_import import PHASE_READ, PHASE_WRITE
    from dutylog.ui.matters.ledger_import_dialog import RESULT_STEP, LedgerImportDialog
    from tests.helpers.ledger_files import ROWS, write_xlsx

    dialog = LedgerImportDialog(demo_office)
    qtbot.addWidget(dialog)
    data = office_data(demo_office)
    assert untranslated(dialog, data) == []
    # A row without a title: the check lists an error, so the problems table has rows too.
    # The sheet's name is the file's data: an English one keeps it out of the way.
    rows = [*ROWS, (4, "", "", "", "", None, "2026-3-8", None)]
    path = write_xlsx(tmp_path / "ledger.xlsx", rows, sheet="Ledger")
    assert dialog.load(str(path))
    assert untranslated(dialog, data) == []
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    assert dialog.stack.currentIndex() == RESULT_STEP and dialog.problems_model.rowCount() > 0
    assert untranslated(dialog, data) == []
    # The progress dialog shows only on a slow import: its words are checked directly.
    phases = [dialog.phase_text(phase) for phase in (PHASE_READ, PHASE_WRITE)]
    assert phases == ["Reading", "Writing"]


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
