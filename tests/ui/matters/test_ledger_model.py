"""The ledger model shows a first page before it knows the total; the count follows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from dutylog.domain.matters.records import LedgerFilter, MatterInput
from dutylog.office import Office
from dutylog.ui.matters import ledger_model
from dutylog.ui.matters.ledger_model import FirstPage, LedgerTableModel

Pending = list[tuple[Callable[[Office], FirstPage], Callable[[FirstPage], None]]]


@pytest.fixture
def five(office: Office, monkeypatch: pytest.MonkeyPatch) -> Office:
    monkeypatch.setattr(ledger_model, "PAGE", 3)
    start = datetime(2026, 11, 1, 9, 0)
    for i in range(5):
        title = f"小区停水{i}" if i % 2 else f"网民发帖{i}"
        office.matters.create(MatterInput(title=title, discovered_at=start + timedelta(hours=i)))
    return office


def _queued(model: LedgerTableModel) -> Pending:
    pending: Pending = []
    model.runner = lambda work, done: pending.append((work, done))
    return pending


def _run(office: Office, pending: Pending) -> None:
    work, done = pending.pop(0)
    done(work(office))


def test_the_rows_show_first_and_the_count_is_a_second_read(five: Office, qapp: Any) -> None:
    model = LedgerTableModel(five)
    pending = _queued(model)
    loaded: list[int] = []
    model.loaded.connect(lambda: loaded.append(model.total()))
    model.set_filter(LedgerFilter())
    _run(five, pending)
    assert model.rowCount() == 3 and model.canFetchMore()
    assert loaded == [] and len(pending) == 1  # the count is asked for after the rows
    _run(five, pending)
    assert loaded == [5] and model.total() == 5 and not pending


def test_a_page_that_holds_everything_needs_no_count(five: Office, qapp: Any) -> None:
    model = LedgerTableModel(five)
    pending = _queued(model)
    model.set_filter(LedgerFilter(text="停水"))
    _run(five, pending)
    assert model.rowCount() == 2 and model.total() == 2 and not pending


def test_a_count_arriving_after_a_newer_query_is_dropped(five: Office, qapp: Any) -> None:
    model = LedgerTableModel(five)
    pending = _queued(model)
    model.set_filter(LedgerFilter())
    _run(five, pending)  # first page of all five; its count is queued
    model.set_filter(LedgerFilter(text="停水"))
    count, newer = pending
    _run(five, [newer])
    assert model.total() == 2
    _run(five, [count])  # the old query's count: 5, no longer what is shown
    assert model.total() == 2 and model.rowCount() == 2


def test_without_a_runner_the_count_follows_in_the_event_loop(five: Office, qtbot: QtBot) -> None:
    model = LedgerTableModel(five)
    with qtbot.waitSignal(model.loaded, timeout=5_000):
        model.set_filter(LedgerFilter())
        assert model.rowCount() == 3
    assert model.total() == 5
