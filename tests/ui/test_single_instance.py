"""One instance per user and database: a second launch raises the first and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from dutylog.ui.single_instance import SingleInstance, bring_to_front, instance_key


@pytest.fixture
def key(tmp_path: Path) -> str:
    # Unique per test: the socket names are global to the machine.
    return instance_key(str(tmp_path / "office.sqlite3"))


@pytest.fixture
def first(key: str) -> Iterator[SingleInstance]:
    instance = SingleInstance(key)
    assert instance.listen()
    yield instance
    instance.close()


def test_a_second_launch_asks_the_first_to_come_forward(
    qtbot: QtBot, key: str, first: SingleInstance
) -> None:
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert SingleInstance(key).notify_running()


def test_without_a_running_instance_the_launch_goes_ahead(key: str) -> None:
    assert SingleInstance(key).notify_running() is False


def test_users_and_databases_are_independent(tmp_path: Path, first: SingleInstance) -> None:
    database = str(tmp_path / "office.sqlite3")
    assert instance_key(database, user="a") != instance_key(database, user="b")
    assert instance_key(database) != instance_key(str(tmp_path / "other.sqlite3"))
    assert instance_key("postgresql+psycopg://u@h/db") == instance_key("postgresql+psycopg://u@h/db")
    assert SingleInstance(instance_key(database, user="someone-else")).notify_running() is False


def test_a_name_left_by_a_closed_instance_is_taken_over(key: str, first: SingleInstance) -> None:
    first.close()
    again = SingleInstance(key)
    try:
        assert again.listen()
    finally:
        again.close()


def test_bring_to_front_shows_a_window_hidden_in_the_tray(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.hide()
    bring_to_front(window)
    assert window.isVisible()


FIRST = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from dutylog.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
assert instance.listen()
instance.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
QTimer.singleShot(30000, app.quit)
print("ready", flush=True)
app.exec()
"""


def test_two_processes(key: str) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", FIRST, key], stdout=subprocess.PIPE, text=True, env=env
    ) as first:
        try:
            assert first.stdout is not None and first.stdout.readline().strip() == "ready"
            assert SingleInstance(key).notify_running()
            assert first.stdout.readline().strip() == "raised"
            assert first.wait(timeout=30) == 0
        finally:
            first.kill()
