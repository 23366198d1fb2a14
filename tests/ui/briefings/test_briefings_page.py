"""The Briefings page: draft today's briefing, edit it, submit, have a leader sign it, print."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import BriefingStatus, DutyRole, EntryKind
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.ui.briefings.briefings_model import BriefingListModel
from dutylog.ui.briefings.briefings_page import BriefingsPage
from tests.conftest import FakeClock


@pytest.fixture
def page(qtbot: QtBot, staffed_office: Office) -> BriefingsPage:
    staffed_office.staff.add("李秀英", roles=[DutyRole.LEADER])
    staffed_office.log.add_entry(
        NewLogEntry(
            EntryKind.PATROL,
            "早间巡查：新浪微博、抖音，未见异常。",
            datetime(2026, 11, 17, 9, 0),
            details={"sources": ["新浪微博", "抖音"]},
        )
    )
    widget = BriefingsPage(staffed_office)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def staff_id(office: Office, name: str) -> int:
    return next(person.id for person in office.staff.all() if person.name == name)


def test_draft_edit_submit_sign(page: BriefingsPage, qtbot: QtBot, tmp_path: Path) -> None:
    office = page.office
    page.new_button.click()
    assert page.current is not None and page.current.author_name == "张伟"  # the system acts for the officer
    assert page.current is not None and page.current.status is BriefingStatus.DRAFT
    assert "实际巡查1次" in page.editor.toPlainText()
    assert page.model.rowCount() == 1 and page.submit_button.isEnabled() and not page.sign_button.isEnabled()

    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    page.editor.insertPlainText("另：设备运行正常。")
    page.submit_button.click()  # saves the edit first, then submits
    assert page.current.status is BriefingStatus.SUBMITTED
    assert "设备运行正常" in office.briefings.get(page.current.id).body_html
    assert page.editor.isReadOnly() and page.sign_button.isEnabled()

    page.review(staff_id(office, "张伟"), "", signing=True)  # not a leader
    assert "不是在岗领导" in page.message.text()
    page.review(staff_id(office, "李秀英"), "已阅，同意。", signing=True)
    assert page.current.status is BriefingStatus.SIGNED
    assert "李秀英" in page.info.text() and "SHA-256" in page.info.text()
    assert not page.save_button.isEnabled() and not page.sign_button.isEnabled()
    assert page.preview_button.isEnabled()
    page.grab().save(str(tmp_path / "briefings.png"))


def test_return_shows_the_reason(page: BriefingsPage) -> None:
    page.new_button.click()
    page.submit_button.click()
    page.review(staff_id(page.office, "李秀英"), "请补充来电情况", signing=False)
    assert page.current is not None and page.current.status is BriefingStatus.RETURNED
    assert "请补充来电情况" in page.info.text() and page.save_button.isEnabled()


def test_reminder_banner_until_submitted(page: BriefingsPage, clock: FakeClock) -> None:
    page.refresh()
    assert not page.reminder.isVisible()
    clock.set(datetime(2026, 11, 17, 17, 10))
    page.refresh()
    assert page.reminder.isVisible() and "17:30" in page.reminder.text()
    page.new_button.click()
    page.submit_button.click()
    assert not page.reminder.isVisible()


def test_status_filter(page: BriefingsPage) -> None:
    page.new_button.click()
    page.status_filter.setCurrentIndex(page.status_filter.findData(BriefingStatus.SIGNED.value))
    assert page.model.rowCount() == 0
    page.status_filter.setCurrentIndex(page.status_filter.findData(BriefingStatus.DRAFT.value))
    assert page.model.rowCount() == 1


def test_print_preview_opens(page: BriefingsPage, qtbot: QtBot) -> None:
    page.new_button.click()
    page.print_preview()
    assert page.preview_dialog is not None
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible())
    page.preview_dialog.close()


def test_model(page: BriefingsPage, qtmodeltester: object) -> None:
    page.new_button.click()
    assert isinstance(page.model, BriefingListModel)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_main_window_reminder_shows_in_the_status_bar(
    qtbot: QtBot, staffed_office: Office, clock: FakeClock, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from dutylog.ui.main_window import MainWindow

    window = MainWindow(staffed_office, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert not any(r.kind == "briefing" for r in window.shell.check_reminders())
    clock.set(datetime(2026, 11, 17, 17, 15))
    assert any(r.kind == "briefing" for r in window.shell.check_reminders())
    assert "17:30" in window.statusBar().currentMessage()
    drafted = staffed_office.briefings.find(datetime(2026, 11, 17).date())
    assert drafted is not None and drafted.author_name == "张伟"  # the draft wrote itself


def test_special_and_weekly_reports_open_in_the_preview(page: BriefingsPage, qtbot: QtBot) -> None:
    from dutylog.reports.period_reports import special_document, weekly_document

    office = page.office
    page._open_report(lambda: special_document(office.reports.special_report("YQ-2099-0001")))
    assert "找不到" in page.message.text() and page.preview_dialog is None
    page._open_report(lambda: weekly_document(office.reports.weekly("2026-W47")))
    assert page.preview_dialog is not None
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible())
    page.preview_dialog.close()


def test_the_monthly_bulletin_is_written_and_signed_on_the_same_page(
    page: BriefingsPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QInputDialog

    offered: list[list[str]] = []

    def choose(*args: object) -> tuple[str, bool]:
        items = args[3]
        assert isinstance(items, list)
        offered.append(items)
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    page.monthly_action.trigger()
    assert offered[0][:2] == ["2026-11", "2026-10"]
    bulletin = page.current
    assert bulletin is not None and bulletin.monthly and f"{bulletin.duty_date:%Y-%m}" == "2026-10"
    assert "下月工作重点" in page.editor.toPlainText() and page.save_button.isEnabled()
    row = page.model.row_of(bulletin.id)
    assert (
        row >= 0
        and page.model.index(row, 0).data() == "2026-10"
        and page.model.index(row, 1).data() == "月报"
    )
    # Only bulletins in the list when the type filter says so.
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("monthly"))
    assert page.model.rowCount() == 1
    # A range starting mid-October still lists October's bulletin (dated the 1st), not earlier days.
    from PySide6.QtCore import QDate

    page.kind_filter.setCurrentIndex(0)
    page.first.setDate(QDate(2026, 10, 18))
    assert page.model.row_of(bulletin.id) >= 0
    listed = [page.model.briefing(row) for row in range(page.model.rowCount())]
    assert all(b.monthly or b.duty_date >= datetime(2026, 10, 18).date() for b in listed)
    page.submit_button.click()
    page.review(staff_id(page.office, "李秀英"), "同意印发。", signing=True)
    assert page.current is not None and page.current.status is BriefingStatus.SIGNED
    assert page.office.briefings.verify(bulletin.id)
    page.grab().save(str(tmp_path / "monthly.png"))


def test_in_the_window_the_bulletin_is_drafted_on_a_worker(
    qtbot: QtBot, staffed_office: Office, qsettings: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtWidgets import QInputDialog

    from dutylog.ui.main_window import MainWindow

    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (args[3][1], True))
    drafted_on: list[bool] = []
    real = staffed_office.briefings.draft_monthly

    def draft(*args: object) -> object:
        drafted_on.append(threading.current_thread() is threading.main_thread())
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(staffed_office.briefings, "draft_monthly", draft)
    window = MainWindow(staffed_office, qsettings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    page = window.show_page("briefings")
    assert isinstance(page, BriefingsPage)
    page.monthly_action.trigger()
    qtbot.waitUntil(lambda: page.current is not None and page.current.monthly, timeout=10_000)
    assert drafted_on == [False]  # off the GUI thread
    window.operations.settle()
