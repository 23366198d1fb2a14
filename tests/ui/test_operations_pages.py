"""Pages route their queries and writes through the operations layer (issue 17).

A ledger search runs off the GUI thread and a stale result never overwrites a newer one;
a matter or log entry saved in the window refreshes the page on screen once, through the
one change signal, and a refused save keeps what was typed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import EntryKind
from dutylog.domain.matters.records import LedgerFilter, MatterInput
from dutylog.office import Office
from dutylog.ui.main_window import MainWindow
from dutylog.ui.matters import ledger_model
from dutylog.ui.matters.ledger_model import TITLE, FirstPage, LedgerTableModel
from dutylog.ui.matters.matter_dialog import MatterDialog
from tests.ui.window_support import count_refreshes, operated_window, settle

window = operated_window  # the fixture, under the name these tests use


def fill(office: Office) -> None:
    start = datetime(2026, 11, 1, 9, 0)
    for i in range(6):
        title = f"关于删帖的谣言{i}" if i % 2 else f"小区停水{i}"
        office.matters.create(MatterInput(title=title, discovered_at=start + timedelta(hours=i)))


def titles(model: LedgerTableModel) -> list[str]:
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


# -- the ledger's search ------------------------------------------------------------


def test_a_stale_search_result_never_overwrites_a_newer_one(office: Office, qapp: object) -> None:
    fill(office)
    model = LedgerTableModel(office)
    pending: list[tuple[Callable[[Office], FirstPage], Callable[[FirstPage], None]]] = []
    model.runner = lambda work, done: pending.append((work, done))
    model.set_filter(LedgerFilter(text="停水"))
    model.set_filter(LedgerFilter(text="谣言"))
    (older_work, older_done), (newer_work, newer_done) = pending
    newer_done(newer_work(office))
    older_done(older_work(office))  # the slow first search arrives last
    assert model.rowCount() == 3 and all("谣言" in t for t in titles(model))
    assert model.total() == 3


def test_rows_fetched_while_a_search_is_on_its_way_continue_the_shown_query(
    office: Office, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ledger_model, "PAGE", 2)
    fill(office)
    model = LedgerTableModel(office)
    model.set_filter(LedgerFilter(text="谣言"))
    pending: list[object] = []
    model.runner = lambda work, done: pending.append(work)
    model.set_filter(LedgerFilter(text="停水"))  # not answered yet
    while model.canFetchMore():
        model.fetchMore()
    assert len(pending) == 1 and model.rowCount() == 3 and all("谣言" in t for t in titles(model))


def test_a_ledger_search_in_the_window_runs_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(window.office)
    page: Any = window.show_page("ledger")
    settle(qtbot, window)
    threads: list[threading.Thread] = []
    real = ledger_model.first_page

    def slow_first_page(office: Office, query: Any) -> FirstPage:
        threads.append(threading.current_thread())
        time.sleep(0.2)  # a search on a 10-year office
        return real(office, query)

    monkeypatch.setattr(ledger_model, "first_page", slow_first_page)
    page.search.setText("谣言")
    page.apply()  # what the debounce timer does after a pause in typing
    assert page.model.rowCount() == 6  # the old rows stay until the new ones arrive
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert page.count.text() == "共 3 条"


# -- writes from forms ----------------------------------------------------------------


def test_a_matter_saved_in_the_window_refreshes_the_ledger_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page: Any = window.show_page("ledger")
    settle(qtbot, window)
    refreshes = count_refreshes(page, monkeypatch)
    dialog = page.open_matter(None)
    qtbot.addWidget(dialog)
    dialog.title.setText("某论坛出现不实帖文")
    with qtbot.waitSignal(window.operations.changed, timeout=10_000) as changed:
        dialog.save()
    assert "matters" in changed.args[0]
    settle(qtbot, window)
    assert dialog.matter is not None and dialog.matter.number.startswith("YQ-")
    assert len(refreshes) == 1 and page.model.rowCount() == 1
    with qtbot.assertNotEmitted(window.operations.changed):
        window.watcher.poll_now()
    dialog.reject()
    assert len(refreshes) == 1


def test_a_refused_matter_save_in_the_window_keeps_the_form_open_and_filled(
    qtbot: QtBot, window: MainWindow
) -> None:
    page: Any = window.show_page("ledger")
    dialog: MatterDialog = page.open_matter(None)
    qtbot.addWidget(dialog)
    dialog.title.setText("某论坛出现不实帖文")
    dialog.url.setText("not a url")
    with qtbot.assertNotEmitted(window.operations.changed):
        dialog.save()
        qtbot.waitUntil(lambda: "网址" in dialog.error.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.matter is None
    assert dialog.title.text() == "某论坛出现不实帖文" and dialog.url.text() == "not a url"
    assert window.office.matters.ledger_count(LedgerFilter()) == 0


def test_a_log_entry_saved_on_today_refreshes_the_page_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page: Any = window.page("today")
    refreshes = count_refreshes(page, monkeypatch)
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData(EntryKind.PATROL.value))
    form.sources.setText("微博、抖音")
    form.text.setPlainText("午间巡查，未发现负面舆情")
    saved: list[object] = []
    form.saved.connect(saved.append)
    with qtbot.waitSignal(window.operations.changed, timeout=10_000) as changed:
        form.submit()
    assert changed.args[0] == frozenset({"log"})
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    settle(qtbot, window)  # the refresh reads on a worker
    assert len(refreshes) == 1 and page.model.rowCount() == 1
    # The new entry is selected once the refreshed rows arrive.
    assert page.table.selectionModel().selectedRows()[0].row() == 0
    assert form.text.toPlainText() == ""
    with qtbot.assertNotEmitted(window.operations.changed):
        window.watcher.poll_now()
    assert len(refreshes) == 1


def test_a_refused_log_entry_keeps_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    form: Any = window.page("today").form  # type: ignore[attr-defined]
    form.kind.setCurrentIndex(form.kind.findData(EntryKind.CALL.value))
    form.text.setPlainText("询问停水情况")  # a call needs the caller
    with qtbot.assertNotEmitted(window.operations.changed):
        form.submit()
        qtbot.waitUntil(lambda: "请填写" in form.error.text(), timeout=10_000)
    assert form.text.toPlainText() == "询问停水情况"
    assert window.office.log.today()[1] == []
