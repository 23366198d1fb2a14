"""Every form can be used from the keyboard alone.

Tab visits the fields in the order they are laid out (top to bottom, left to right) and
reaches the primary button; Enter (Ctrl+Enter in a multi-line field) saves; Esc closes a
dialog without saving anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import DutyRole
from dutylog.office import Office
from dutylog.services.accounts.audit import AuditFilter
from dutylog.ui.accounts.first_run_dialog import FirstRunDialog
from dutylog.ui.accounts.login_dialog import LoginDialog
from dutylog.ui.accounts.password_dialog import PasswordDialog
from dutylog.ui.briefings.briefing_dialogs import ReviewDialog
from dutylog.ui.main_window import MainWindow
from dutylog.ui.matters.ledger_import_dialog import LedgerImportDialog
from dutylog.ui.matters.matter_dialog import MatterDialog
from dutylog.ui.roster.roster_dialogs import ChangeDialog, GenerateDialog, HolidayDialog, PeriodDialog
from tests.ui.keyboard import activate, order_of, tab_chain

Form = tuple[QWidget, list[str], str]  # the widget, its fields in visual order, its primary button


def _leaders(office: Office) -> list[object]:
    return [person for person in office.staff.all() if DutyRole.LEADER in person.roles]


def _future_duties(office: Office) -> list[object]:
    today = office.clock().date()
    return list(office.roster.between(today, today + timedelta(days=10)))


# Each builder returns the dialog, the names of its input fields in visual order and its primary button.
FORMS: dict[str, Callable[[Office], Form]] = {
    "login": lambda office: (LoginDialog(office), ["username", "password"], "Ok"),
    "first_run": lambda office: (
        FirstRunDialog(office),
        ["unit_name", "full_name", "username", "password", "confirm"],
        "Ok",
    ),
    "password": lambda office: (PasswordDialog(office), ["old", "new", "confirm"], "Ok"),
    "generate_roster": lambda office: (
        GenerateDialog(office, office.clock().date(), office.clock().date() + timedelta(days=30)),
        [
            "first",
            "last",
            "start_officer",
            "start_leader",
            "officers",
            "leaders",
            "rest",
            "officer_block",
            "leader_block",
        ],
        "Ok",
    ),
    "swap": lambda office: (
        ChangeDialog(office, _future_duties(office), swap=True),  # type: ignore[arg-type]
        ["duty", "other", "reason", "made_by"],
        "Ok",
    ),
    "leave": lambda office: (
        PeriodDialog(office, office.clock().date(), leave=True),
        ["person", "first", "last", "reason"],
        "Ok",
    ),
    "special_period": lambda office: (
        PeriodDialog(office, office.clock().date(), leave=False),
        ["name", "first", "last", "reason"],
        "Ok",
    ),
    "holidays": lambda office: (
        HolidayDialog(office, office.clock().year),
        ["year", "table", "new_day", "new_kind", "new_name", "add_button", "remove_button"],
        "Close",
    ),
    "sign_briefing": lambda office: (
        ReviewDialog(_leaders(office), signing=True),  # type: ignore[arg-type]
        ["reviewer", "text"],
        "Ok",
    ),
    "new_matter": lambda office: (
        MatterDialog(office, None),
        [
            "title",
            "summary",
            "source",
            "author",
            "url",
            "discovered",
            "grade",
            "sentiment",
            "unit",
            "tags",
            "posts_removed",
            "outcome",
            "follow_up_known",
        ],
        "Save",
    ),
    "import": lambda office: (LedgerImportDialog(office), ["path_edit", "browse_button"], "next_button"),
}


def _primary(dialog: QWidget, name: str) -> QWidget:
    own = getattr(dialog, name, None)
    if isinstance(own, QWidget):
        return own
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(getattr(QDialogButtonBox.StandardButton, name))
    assert button is not None
    return button


@pytest.mark.parametrize("name", list(FORMS))
def test_tab_visits_the_fields_in_visual_order_then_the_primary_button(
    qtbot: QtBot, demo_office: Office, name: str
) -> None:
    dialog, names, primary_name = FORMS[name](demo_office)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    fields = [getattr(dialog, field) for field in names]
    chain = tab_chain(qtbot, fields[0])
    assert order_of(chain, fields) == fields, [w.objectName() or type(w).__name__ for w in chain]
    primary = _primary(dialog, primary_name)
    assert primary in chain and chain.index(primary) > chain.index(fields[-1])
    dialog.close()


def test_tab_reaches_the_status_steps_before_void_and_save_as_laid_out(
    qtbot: QtBot, demo_office: Office
) -> None:
    matter = demo_office.matters.open_matters()[0]
    dialog = MatterDialog(demo_office, matter.id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    steps = [button for button in dialog.findChildren(QPushButton) if button.objectName().startswith("step_")]
    assert steps
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    bottom = [*steps, dialog.void_button, box.button(QDialogButtonBox.StandardButton.Save)]
    assert order_of(tab_chain(qtbot, dialog.title), bottom) == bottom


def shown_page(qtbot: QtBot, office: Office, settings: QSettings, key: str) -> QWidget:
    """The main window, active, on page ``key``."""
    window = MainWindow(office, settings)
    qtbot.addWidget(window)
    page = window.show_page(key)
    activate(qtbot, window)
    return page


def test_tab_on_the_today_form_follows_the_layout_and_reaches_save(
    qtbot: QtBot, demo_office: Office, qsettings: QSettings
) -> None:
    form = shown_page(qtbot, demo_office, qsettings, "today").form  # type: ignore[attr-defined]
    fields = [form.kind, form.when, form.sources, form.result, form.text, form.save_button]
    assert order_of(tab_chain(qtbot, form.kind), fields) == fields


def test_tab_on_the_submissions_form_follows_the_layout(
    qtbot: QtBot, demo_office: Office, qsettings: QSettings
) -> None:
    page = shown_page(qtbot, demo_office, qsettings, "stats")
    page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    fields = [
        getattr(page, name)
        for name in ("sent_on", "sub_title", "recipient", "matter_no", "adopted", "instructed", "add_button")
    ]
    assert order_of(tab_chain(qtbot, fields[0]), fields) == fields


# -- Esc cancels ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(FORMS))
def test_esc_closes_a_dialog_without_saving(qtbot: QtBot, demo_office: Office, name: str) -> None:
    dialog, names, _primary_name = FORMS[name](demo_office)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    field = getattr(dialog, names[0])
    field.setFocus()
    if isinstance(field, QLineEdit):
        qtbot.keyClicks(field, "typed")  # something Esc must throw away
    before = demo_office.audit.count(AuditFilter())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert isinstance(dialog, QDialog) and dialog.result() == QDialog.DialogCode.Rejected
    assert demo_office.audit.count(AuditFilter()) == before  # nothing was written


# -- Enter saves -------------------------------------------------------------------------------


def _enter(qtbot: QtBot, widget: QWidget, *, ctrl: bool = False) -> None:
    widget.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, Qt.Key.Key_Return, modifiers)


def test_enter_logs_in(qtbot: QtBot, demo_office: Office) -> None:
    dialog = LoginDialog(demo_office)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "demo1234")
    _enter(qtbot, dialog.password)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor is not None


def test_enter_changes_the_password(qtbot: QtBot, demo_office: Office) -> None:
    demo_office.login("admin", "demo1234")
    dialog = PasswordDialog(demo_office)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    for edit in (dialog.old, dialog.new, dialog.confirm):
        qtbot.keyClicks(edit, "demo1234" if edit is dialog.old else "new-secret-9")
    _enter(qtbot, dialog.confirm)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert demo_office.login("admin", "new-secret-9").username == "admin"


def test_enter_records_leave(qtbot: QtBot, demo_office: Office) -> None:
    dialog = PeriodDialog(demo_office, demo_office.clock().date(), leave=True)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.reason, "sick")
    _enter(qtbot, dialog.reason)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_swaps_two_duties(qtbot: QtBot, demo_office: Office) -> None:
    dialog = ChangeDialog(demo_office, _future_duties(demo_office), swap=True)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.other.setCurrentIndex(2)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.reason, "trip")
    _enter(qtbot, dialog.reason)
    assert dialog.result() == QDialog.DialogCode.Accepted
    today = demo_office.clock().date()
    history = demo_office.roster.changes.history(today, today + timedelta(days=10))
    assert [change.reason for change in history] == ["trip", "trip"]


def test_enter_adds_a_holiday(qtbot: QtBot, demo_office: Office) -> None:
    dialog = HolidayDialog(demo_office, 2027)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.new_name, "New Year")
    _enter(qtbot, dialog.new_name)
    assert [day.name for day in demo_office.holidays.days_of_year(2027)] == ["New Year"]
    assert dialog.isVisible()  # the dialog stays open for the next day


def test_enter_saves_a_new_matter_and_ctrl_enter_saves_from_the_summary(
    qtbot: QtBot, demo_office: Office
) -> None:
    dialog = MatterDialog(demo_office, None)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.title, "Rumour about the bridge")
    _enter(qtbot, dialog.title)
    assert dialog.matter is not None and dialog.matter.title == "Rumour about the bridge"
    qtbot.keyClicks(dialog.summary, "First line")
    _enter(qtbot, dialog.summary)  # a plain Enter is a new line in a multi-line field
    qtbot.keyClicks(dialog.summary, "second line")
    _enter(qtbot, dialog.summary, ctrl=True)
    saved = demo_office.matters.get(dialog.matter.id)
    assert saved.summary == "First line\nsecond line"


def test_ctrl_enter_signs_from_the_instruction_field(qtbot: QtBot, demo_office: Office) -> None:
    dialog = ReviewDialog(_leaders(demo_office), signing=True)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.text, "Agreed")
    _enter(qtbot, dialog.text)
    assert dialog.isVisible() and dialog.written() == "Agreed\n"
    _enter(qtbot, dialog.text, ctrl=True)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_opens_the_chosen_file_in_the_import_dialog(
    qtbot: QtBot, demo_office: Office, tmp_path: object
) -> None:
    from pathlib import Path

    from dutylog.ui.matters.ledger_import_dialog import MAPPING_STEP
    from tests.helpers.ledger_files import write_xlsx

    path = write_xlsx(Path(str(tmp_path)) / "ledger.xlsx")
    dialog = LedgerImportDialog(demo_office)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.path_edit, str(path))
    _enter(qtbot, dialog.path_edit)
    assert dialog.stack.currentIndex() == MAPPING_STEP and dialog.isVisible()


def test_enter_adds_a_submission(qtbot: QtBot, demo_office: Office, qsettings: QSettings) -> None:
    page = shown_page(qtbot, demo_office, qsettings, "stats")
    page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    qtbot.keyClicks(page.sub_title, "Weekly summary")  # type: ignore[attr-defined]
    qtbot.keyClicks(page.recipient, "City office")  # type: ignore[attr-defined]
    _enter(qtbot, page.recipient)  # type: ignore[attr-defined]
    today = demo_office.clock().date()
    assert [s.title for s in demo_office.submissions.between(today, today)] == ["Weekly summary"]
