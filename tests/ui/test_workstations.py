"""Several workstations: others' changes appear, a lost connection shows a banner and heals."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import ConflictError, ConnectionLostError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.ui.log.today_page import TodayPage
from dutylog.ui.main_window import MainWindow
from dutylog.ui.office.change_watcher import ChangeWatcher
from dutylog.ui.office.connection_banner import ConnectionBanner
from tests.conftest import FIXED_NOW, FakeClock
from tests.ui.window_support import settle


@pytest.fixture
def other(staffed_office: Office, db_path: Path, clock: FakeClock) -> Iterator[Office]:
    """The supervisor's workstation on the same database file."""
    second = Office.open(db_path, clock=clock)
    yield second
    second.close()


@pytest.fixture
def window(qtbot: QtBot, staffed_office: Office, qsettings: QSettings) -> MainWindow:
    shown = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(shown)
    shown.show_page("today")
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def write_entry(office: Office, text: str, minutes_ago: int) -> None:
    when = FIXED_NOW - timedelta(minutes=minutes_ago)
    office.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, text=text, occurred_at=when))


def test_watcher_reports_the_areas_another_workstation_changed(
    qtbot: QtBot, staffed_office: Office, other: Office
) -> None:
    watcher = ChangeWatcher(staffed_office)
    watcher.start()
    assert watcher.active
    write_entry(other, "巡查微博", 5)
    other.matters.add("某景区票价争议")
    with qtbot.waitSignal(watcher.changed) as signal:
        watcher.poll_now()
    assert signal.args == [{"log", "matters"}]
    with qtbot.assertNotEmitted(watcher.changed):
        watcher.poll_now()
    watcher.stop()


def test_others_entries_appear_and_the_selection_stays(
    qtbot: QtBot, window: MainWindow, other: Office
) -> None:
    page = window.page("today")
    assert isinstance(page, TodayPage)
    write_entry(other, "上午巡查", 60)
    window.watcher.poll_now()
    settle(qtbot, window)
    assert page.model.rowCount() == 1
    page.table.selectionModel().select(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    write_entry(other, "更早的一条补记", 120)  # sorts before the selected one
    window.watcher.poll_now()
    settle(qtbot, window)
    assert page.model.rowCount() == 2
    selected = [index.row() for index in page.table.selectionModel().selectedRows()]
    assert [page.model.index(row, 2).data() for row in selected] == ["上午巡查"]


class Outage:
    """Makes the office behave as if its server were down until ``end()``."""

    def __init__(self, office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
        self.office = office
        self.down = False
        real_ping, real_add = office.db.ping, office.log.add_entry

        def ping() -> None:
            if self.down:
                self.fail()
            real_ping()

        def add_entry(entry: NewLogEntry) -> Any:
            if self.down:
                self.fail()
            return real_add(entry)

        monkeypatch.setattr(office.db, "ping", ping)
        monkeypatch.setattr(office.log, "add_entry", add_entry)

    def fail(self) -> None:
        # What Database does when the server is unreachable: tell the listeners, then raise.
        error = ConnectionLostError("与数据库服务器的连接中断：connection refused")
        for listener in list(self.office.db.connection_listeners):
            listener(error)
        raise error


def test_a_lost_connection_shows_the_banner_keeps_the_text_and_heals(
    qtbot: QtBot, window: MainWindow, staffed_office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    outage = Outage(staffed_office, monkeypatch)
    page = window.page("today")
    assert isinstance(page, TodayPage)
    assert not window.banner.isVisible()
    outage.down = True
    page.form.sources.setText("微博、抖音")
    page.form.text.setPlainText("14:30 市委宣传部来电，要求关注某事件。")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    # The save runs on the operations layer: the banner shows when it has failed.
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    qtbot.waitUntil(lambda: not window.operations.running, timeout=10_000)
    assert "连接中断" in window.banner.message.text()
    assert page.form.text.toPlainText() == "14:30 市委宣传部来电，要求关注某事件。"
    assert page.form.sources.text() == "微博、抖音"
    assert not window.watcher.active  # no polling of a dead server

    assert window.banner.retry() is False  # still down: the banner stays
    assert window.banner.isVisible()

    outage.down = False
    with qtbot.waitSignal(window.banner.reconnected):
        assert window.banner.retry() is True
    assert not window.banner.isVisible()
    assert window.watcher.active
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    # A draft autosave that failed during the outage may report late on a loaded machine;
    # the successful save clears the form and its message in the end.
    form = page.form
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and not form.error.text() and not form.text.toPlainText(),
        timeout=10_000,
    )


def test_banner_retries_by_itself(qtbot: QtBot) -> None:
    attempts: list[int] = []

    def probe() -> None:
        attempts.append(1)
        if len(attempts) < 3:
            raise ConnectionLostError("仍然无法连接")

    banner = ConnectionBanner(probe, retry_ms=10)
    qtbot.addWidget(banner)
    banner.show_problem("与数据库服务器的连接中断")
    assert banner.isVisible() and banner.lost
    with qtbot.waitSignal(banner.reconnected, timeout=5000):
        pass
    assert len(attempts) == 3
    assert not banner.isVisible() and not banner.lost


def answering(asked: list[str], reload: bool) -> Any:
    """Stands in for the conflict message box: notes the message, gives the user's answer."""

    def ask_reload(_parent: object, error: ConflictError) -> bool:
        asked.append(error.message)
        return reload

    return ask_reload


@pytest.mark.parametrize("reload", [True, False])
def test_a_matter_saved_elsewhere_first_asks_before_anything_is_overwritten(
    qtbot: QtBot, staffed_office: Office, other: Office, monkeypatch: pytest.MonkeyPatch, reload: bool
) -> None:
    from dutylog.domain.matters.records import MatterInput
    from dutylog.ui.matters import matter_dialog
    from dutylog.ui.matters.matter_dialog import MatterDialog

    matter = staffed_office.matters.add("县城供水管道破裂")
    dialog = MatterDialog(staffed_office, matter.id)
    qtbot.addWidget(dialog)
    # The supervisor's workstation saves the same matter while the dialog is open here.
    other.matters.update(
        matter.id, MatterInput(title="县城供水管道破裂（已抢修）"), expected_version=matter.version
    )
    asked: list[str] = []
    monkeypatch.setattr(
        matter_dialog, "ask_reload", lambda _parent, error: asked.append(error.message) or reload
    )
    dialog.title.setText("县城供水管道破裂，影响三个小区")
    dialog.save()
    assert asked, "the conflict must be put to the user"
    stored = staffed_office.matters.get(matter.id)
    assert stored.title == "县城供水管道破裂（已抢修）"  # never silently overwritten
    if reload:
        assert dialog.title.text() == "县城供水管道破裂（已抢修）"
        dialog.title.setText("县城供水管道破裂（已抢修），影响三个小区")
        dialog.save()  # on top of the newest version it saves
        assert staffed_office.matters.get(matter.id).title == "县城供水管道破裂（已抢修），影响三个小区"
    else:
        assert dialog.title.text() == "县城供水管道破裂，影响三个小区"  # what was typed stays
        assert dialog.error.text() == asked[0]


@pytest.mark.parametrize("reload", [True, False])
def test_a_briefing_saved_elsewhere_first_asks_before_anything_is_overwritten(
    qtbot: QtBot, staffed_office: Office, other: Office, monkeypatch: pytest.MonkeyPatch, reload: bool
) -> None:
    from dutylog.ui.briefings import briefings_page
    from dutylog.ui.briefings.briefings_page import BriefingsPage

    page = BriefingsPage(staffed_office)
    qtbot.addWidget(page)
    page.new_button.click()
    assert page.current is not None
    theirs = other.briefings.edit(
        page.current.id,
        body_html="<p>他人补充的内容</p>",
        author_id=None,
        expected_version=page.current.version,
    )
    asked: list[str] = []
    monkeypatch.setattr(
        briefings_page, "ask_reload", lambda _parent, error: asked.append(error.message) or reload
    )
    page.editor.setPlainText("我写的内容")
    assert not page.save()
    assert asked
    assert "他人补充的内容" in staffed_office.briefings.get(theirs.id).body_html
    if reload:
        assert "他人补充的内容" in page.editor.toPlainText()
        assert page.current.version == theirs.version
        page.editor.append("我的补充")
        assert page.save()
        assert "我的补充" in staffed_office.briefings.get(theirs.id).body_html
    else:
        assert page.editor.toPlainText() == "我写的内容"
        assert page.message.text() == asked[0]


@pytest.mark.postgres
def test_two_workstations_on_one_postgresql_server_see_each_others_changes(
    qtbot: QtBot, qapp: object, pg_server: Any, clock: FakeClock
) -> None:
    url = pg_server.fresh_database()
    duty_room, supervisor = Office.open(url, clock=clock), Office.open(url, clock=clock)
    try:
        watcher = ChangeWatcher(supervisor)
        watcher.start()
        write_entry(duty_room, "巡查微博、抖音，未发现涉我县负面舆情", 3)
        with qtbot.waitSignal(watcher.changed) as signal:
            watcher.poll_now()
        assert signal.args == [{"log"}]
        assert [e.text for e in supervisor.log.search("负面舆情")] == ["巡查微博、抖音，未发现涉我县负面舆情"]
        watcher.stop()
    finally:
        duty_room.close()
        supervisor.close()
        gc.collect()  # a server connection left open shows here, in this test
