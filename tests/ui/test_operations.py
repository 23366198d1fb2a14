"""The operations layer: work off the GUI thread, one error dialog, one change signal without echoes."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import Cancelled, DutyLogError, ValidationError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.ui import operations as operations_module
from dutylog.ui.main_window import MainWindow
from dutylog.ui.operations import FullCollections, Operations, Progress, Running
from tests.conftest import FIXED_NOW, FakeClock
from tests.ui.window_support import count_refreshes, operated_window


@pytest.fixture
def form(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def operations(office: Office, form: QWidget) -> Iterator[Operations]:
    layer = Operations(office, form)
    yield layer
    layer.wait()


class Reported:
    """Stands in for the one error dialog: records what it was asked to show."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, DutyLogError, str]] = []

    def __call__(self, parent: QWidget, what: str, error: DutyLogError, details: str = "") -> None:
        self.calls.append((what, error, details))


def entry(text: str, minutes_ago: int = 5) -> NewLogEntry:
    return NewLogEntry(
        kind=EntryKind.PATROL, text=text, occurred_at=FIXED_NOW - timedelta(minutes=minutes_ago)
    )


def test_a_slow_operation_leaves_the_event_loop_responsive(
    qtbot: QtBot, operations: Operations, form: QWidget
) -> None:
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()

    def tick() -> None:
        gaps.append(clock.restart())

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    results: list[str] = []

    def slow(office: Office) -> str:
        time.sleep(0.5)  # a service call on a 10-year office
        return office.unit_name()

    operations.run(slow, on_done=results.append, parent=form, what="慢操作")
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    timer.stop()
    assert results == ["网络舆情值班室"]
    assert len(gaps) >= 10  # the timer kept firing while the work slept
    assert max(gaps[1:]) < 250


def test_an_error_lands_in_the_one_dialog_and_the_form_keeps_its_text(
    qtbot: QtBot, operations: Operations, form: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported = Reported()
    monkeypatch.setattr(operations, "report_error", reported)
    line = QLineEdit(form)
    line.setText("某景区票价争议")
    done: list[object] = []

    def refuse(_office: Office) -> None:
        raise ValidationError("标题不能超过 200 个字。")

    operations.run(refuse, on_done=done.append, parent=form, what="保存事项")
    qtbot.waitUntil(lambda: bool(reported.calls), timeout=5000)
    [(what, error, details)] = reported.calls
    assert (what, error.message, details) == ("保存事项", "标题不能超过 200 个字。", "")
    assert done == []
    assert line.text() == "某景区票价争议"


def test_an_unexpected_error_is_shown_with_its_traceback_and_nothing_crashes(
    qtbot: QtBot, operations: Operations, form: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported = Reported()
    monkeypatch.setattr(operations, "report_error", reported)

    def broken(_office: Office) -> None:
        raise KeyError("missing")

    operations.run(broken, on_done=lambda _r: None, parent=form, what="导出 PDF")
    qtbot.waitUntil(lambda: bool(reported.calls), timeout=5000)
    [(what, error, details)] = reported.calls
    assert what == "导出 PDF"
    assert "KeyError" in error.message
    assert "Traceback" in details and "broken" in details


def test_the_dialog_names_what_failed_and_why(qtbot: QtBot, operations: Operations, form: QWidget) -> None:
    def refuse(_office: Office) -> None:
        raise ValidationError("备份文件夹不可写。")

    operations.run(refuse, on_done=lambda _r: None, parent=form, what="立即备份", slow=False)
    boxes = [box for box in form.findChildren(QMessageBox) if box.objectName() == "operation_error"]
    assert len(boxes) == 1
    assert "立即备份" in boxes[0].text()
    assert boxes[0].informativeText() == "备份文件夹不可写。"
    boxes[0].close()


def test_a_form_may_take_the_error_itself(operations: Operations, form: QWidget) -> None:
    shown: list[str] = []

    def refuse(_office: Office) -> None:
        raise ValidationError("内容不能为空。")

    operations.run(
        refuse,
        on_done=lambda _r: None,
        parent=form,
        what="保存",
        slow=False,
        on_error=lambda error: shown.append(error.message),
    )
    assert shown == ["内容不能为空。"]
    assert not form.findChildren(QMessageBox)


def test_cancel_drops_the_result_but_a_committed_write_is_still_announced(
    qtbot: QtBot, operations: Operations, form: QWidget
) -> None:
    done: list[object] = []
    clicked = threading.Event()

    def long_write(office: Office) -> object:
        clicked.wait(10)  # long work: still running when the progress dialog shows
        return office.log.add_entry(entry("夜间巡查"))

    with qtbot.waitSignal(operations.changed, timeout=10_000) as changed:
        running = operations.run(
            long_write, on_done=done.append, parent=form, what="生成排班", areas=frozenset({"log"})
        )
        assert running is not None
        qtbot.waitUntil(lambda: running.dialog is not None, timeout=5000)
        cancel_button(running).click()
        clicked.set()
    assert "log" in changed.args[0]
    assert done == []
    assert [e.text for e in operations.office.log.entries_for(FIXED_NOW.date())] == ["夜间巡查"]


# -- progress and cancel --------------------------------------------------------

STEPS = 100_000


class SlowSteps:
    """Work that reports every step and waits at each for the test to let it go on."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.go_on = threading.Event()
        self.reached = -1
        self.stopped: BaseException | None = None

    def __call__(self, _office: Office) -> str:
        try:
            for step in range(STEPS):
                self.progress(step, STEPS, f"第 {step} 项")
                self.reached = step
                if step >= 10:
                    self.go_on.wait(10)  # held here until the test has pressed Cancel
        except Cancelled as stop:
            self.stopped = stop
            raise
        return "全部完成"


def cancel_button(running: Running[Any]) -> QPushButton:
    assert running.dialog is not None
    button = running.dialog.findChild(QPushButton)
    assert button is not None and button.text() == "取消"
    return button


def test_reported_progress_shows_a_real_bar_and_cancel_stops_the_work(
    qtbot: QtBot, operations: Operations, form: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[object] = []
    monkeypatch.setattr(operations, "report_error", lambda *args: reported.append(args))
    progress = Progress()
    work = SlowSteps(progress)
    done: list[str] = []
    running = operations.run(work, on_done=done.append, parent=form, what="整理档案", reporter=progress)
    assert running is not None
    qtbot.waitUntil(lambda: running.dialog is not None and running.dialog.value() >= 10, timeout=10_000)
    dialog = running.dialog
    assert dialog is not None
    assert dialog.maximum() == STEPS  # a real bar, not the busy one
    assert dialog.labelText() == "整理档案：第 10 项"

    cancel_button(running).click()
    work.go_on.set()
    qtbot.waitUntil(lambda: not operations.running, timeout=10_000)
    assert isinstance(work.stopped, Cancelled)  # the work itself saw the cancel
    assert work.reached == 10  # and went no further than the step it was on
    assert done == [] and reported == []
    assert not form.findChildren(QMessageBox)


def test_a_flood_of_reports_reaches_the_gui_a_few_times(
    qtbot: QtBot, operations: Operations, form: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[int, int, str] | None] = []
    original = Running._show_report

    def counting(self: Running[Any]) -> None:
        shown.append(self.report)
        original(self)

    monkeypatch.setattr(Running, "_show_report", counting)
    monkeypatch.setattr(operations_module, "PROGRESS_AFTER_MS", 0)  # the dialog at once
    progress = Progress()

    def busy(_office: Office) -> int:
        for step in range(STEPS):
            progress(step, STEPS, "逐行检查")
        return STEPS

    done: list[int] = []
    operations.run(busy, on_done=done.append, parent=form, what="检查", reporter=progress)
    qtbot.waitUntil(lambda: done == [STEPS], timeout=20_000)
    assert shown  # the bar moved
    assert len(shown) < STEPS // 100  # but not once per report: the GUI takes the newest now and then


def test_full_collections_wait_while_reported_work_runs(
    qtbot: QtBot, operations: Operations, form: QWidget
) -> None:
    before = gc.get_threshold()
    go_on = threading.Event()
    seen: list[int] = []

    def work(_office: Office) -> int:
        seen.append(gc.get_threshold()[2])
        go_on.wait(10)
        return 1

    done: list[int] = []
    operations.run(work, on_done=done.append, parent=form, what="归档", reporter=Progress())
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    go_on.set()
    qtbot.waitUntil(lambda: done == [1], timeout=10_000)
    assert seen == [FullCollections.HELD]  # no whole-heap scan holding the GIL while it ran
    assert gc.get_threshold() == before  # and back as they were once it ended


def test_progress_on_its_own_reports_to_no_one_and_never_cancels() -> None:
    progress = Progress()
    progress(1, 2, "一半")
    assert not progress.cancelled
    progress.cancel()
    with pytest.raises(Cancelled) as raised:
        progress(2, 2)
    assert raised.value.code == "cancelled"


# -- one change signal ----------------------------------------------------------


window = operated_window  # the fixture, under the name these tests use


@pytest.fixture
def other(staffed_office: Office, db_path: Path, clock: FakeClock) -> Iterator[Office]:
    """A second workstation (here: a second connection) on the same database file."""
    second = Office.open(db_path, clock=clock)
    yield second
    second.close()


def test_another_workstations_write_refreshes_the_visible_page_once(
    qtbot: QtBot, window: MainWindow, other: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.page("today")
    refreshes = count_refreshes(page, monkeypatch)
    other.log.add_entry(entry("上午巡查"))
    with qtbot.waitSignal(window.operations.changed, timeout=5000) as changed:
        window.watcher.poll_now()  # the 2 s tick, without waiting for it
    assert "log" in changed.args[0]
    assert len(refreshes) == 1
    with qtbot.assertNotEmitted(window.operations.changed):
        window.watcher.poll_now()
    assert len(refreshes) == 1


def test_the_windows_own_write_refreshes_once_and_is_not_echoed_by_the_poll(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.page("today")
    refreshes = count_refreshes(page, monkeypatch)
    done: list[object] = []
    with qtbot.waitSignal(window.operations.changed, timeout=5000) as changed:
        window.operations.run(
            lambda office: office.log.add_entry(entry("自己的记录")),
            on_done=done.append,
            parent=page,
            what="保存日志记录",
            areas=frozenset({"log"}),
        )
    assert changed.args[0] == frozenset({"log"})
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert len(refreshes) == 1
    with qtbot.assertNotEmitted(window.operations.changed):
        window.watcher.poll_now()
    assert len(refreshes) == 1


def test_a_page_off_screen_refreshes_when_next_shown(
    qtbot: QtBot, window: MainWindow, other: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_page = window.page("log")
    window.show_page("today")
    refreshes = count_refreshes(log_page, monkeypatch)
    other.log.add_entry(entry("下午巡查"))
    window.watcher.poll_now()
    assert refreshes == []  # not on screen
    window.show_page("log")
    assert len(refreshes) == 1
    window.show_page("today")
    window.show_page("log")
    assert len(refreshes) == 1  # nothing changed since: no reload on every visit


# -- call sites converted to the layer ---------------------------------------------


def test_a_pdf_export_in_the_window_runs_in_the_layer_and_names_the_file(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page: Any = window.show_page("stats")
    target = tmp_path / "统计.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_pdf()
    qtbot.waitUntil(lambda: "已导出" in page.message.text(), timeout=10_000)
    assert str(target.resolve()) in page.message.text()
    assert target.read_bytes().rstrip().endswith(b"%%EOF")


def test_a_refused_export_in_the_window_lands_in_the_one_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported = Reported()
    monkeypatch.setattr(window.operations, "report_error", reported)
    page: Any = window.show_page("stats")
    db_file = window.office.db.file
    assert db_file is not None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(db_file), ""))
    page.export_pdf()
    qtbot.waitUntil(lambda: bool(reported.calls), timeout=10_000)
    [(what, error, _details)] = reported.calls
    assert what == "导出 PDF" and "数据库" in error.message
    assert "已导出" not in page.message.text()


def test_roster_generation_in_the_window_refreshes_the_roster_page_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dutylog.ui.roster.roster_dialogs import GenerateDialog

    page = window.show_page("roster")
    refreshes = count_refreshes(page, monkeypatch)
    today = window.office.clock().date()
    dialog = GenerateDialog(window.office, today + timedelta(days=1), today + timedelta(days=7), page)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(window.operations.changed, timeout=10_000) as changed:
        dialog.accept()
    assert "roster" in changed.args[0]
    qtbot.waitUntil(lambda: dialog.result_summary is not None, timeout=5000)
    assert dialog.result_summary is not None and dialog.result_summary.created > 0
    assert len(refreshes) == 1
    window.watcher.poll_now()
    assert len(refreshes) == 1


def test_the_page_on_screen_offers_its_actions_in_the_menu(window: MainWindow) -> None:
    log_page: Any = window.page("log")
    offered = QAction("补记", log_page)
    log_page.menu_actions = lambda: [offered]
    window.show_page("log")
    assert offered in window.shell.actions_menu.actions()
    window.show_page("today")
    assert offered not in window.shell.actions_menu.actions()
