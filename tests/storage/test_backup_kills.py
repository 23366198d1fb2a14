"""Kill backups at every file operation and at random moments: the kept set is always N verified copies.

Each run is a forked child (the parent's modules already loaded, so a run costs
milliseconds, not an interpreter start) killed with SIGKILL: nothing it had in hand
gets cleaned up, as when the power goes or the task manager ends DutyLog. After each
kill the parent does what the next start does (`clean_leftovers`) and then makes a good
backup, and checks the folder every time:

- every file `list_backups` returns passes `PRAGMA integrity_check`, is at the head
  revision and has its anchor;
- it holds min(keep, good backups made) copies, and they are the newest good ones ever
  seen there: no killed run pushed a good one out;
- nothing else is left in the folder.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dutylog.storage import anchor as anchors
from dutylog.storage.backup import check_file, clean_leftovers, list_backups, make_backup

from .backup_support import dutylog_file, head_revisions, revisions_of

pytestmark = [
    pytest.mark.sqlite_only("backups copy the SQLite file"),
    pytest.mark.skipif(not hasattr(os, "fork"), reason="kills forked children"),
]

KEEP = 3
# The file operations a run is killed before, one after the other.
FILE_OPS = ("open", "replace", "unlink", "fsync", "chmod")


class Folder:
    """The backup folder under test and what the test knows about it."""

    def __init__(self, tmp_path: Path) -> None:
        # About 6 MB: the copy itself takes some milliseconds, so random kills land in it.
        self.db = dutylog_file(tmp_path / "office.sqlite3", filler_kb=6000)
        self.folder = tmp_path / "backups"
        self.good_made = 0
        self.seen: set[str] = set()
        self.heads = head_revisions()

    def backup(self) -> Path:
        made = make_backup(self.db, self.folder, "manual", keep=KEEP)
        self.good_made += 1
        return made

    def check(self, *, pruned: bool) -> list[Path]:
        kept = list_backups(self.db, self.folder)
        for path in kept:
            assert check_file(path) == [], path.name
            assert revisions_of(path) == self.heads
            assert anchors.beside(path).is_file(), f"{path.name} has no anchor"
        names = [path.name for path in kept]
        self.seen.update(names)
        # All are "manual" copies of one database: the name orders them by time.
        assert names == sorted(self.seen, reverse=True)[: len(names)], "a good backup was pushed out"
        # A run killed after naming its copy but before pruning leaves one copy too many
        # until the next backup prunes.
        assert min(KEEP, self.good_made) <= len(kept) <= KEEP + (0 if pruned else 1)
        expected = {name for path in kept for name in (path.name, anchors.beside(path).name)}
        assert {path.name for path in self.folder.iterdir()} == expected
        return kept

    def after_a_kill(self) -> None:
        clean_leftovers(self.db, self.folder)  # what the next start does
        self.check(pruned=False)
        self.backup()
        self.check(pruned=True)


def _die_before(call: int) -> None:
    """In the child: SIGKILL itself just before its ``call``-th file operation."""
    calls = iter(range(1, call + 1))

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if next(calls, None) == call:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        return wrapper

    for name in FILE_OPS:
        setattr(os, name, wrap(getattr(os, name)))


def _child(db: Path, folder: Path, die_before: int | None) -> None:
    if die_before is not None:
        _die_before(die_before)
    make_backup(db, folder, "manual", keep=KEEP)


def _run(state: Folder, *, die_before: int | None = None, kill_after: float | None = None) -> bool:
    """One backup in a child, killed as asked; True if it finished before the kill."""
    child = multiprocessing.get_context("fork").Process(
        target=_child, args=(state.db, state.folder, die_before), daemon=True
    )
    child.start()
    if kill_after is not None:
        time.sleep(kill_after)
        child.kill()
    child.join(30)
    assert child.exitcode is not None, "the backup child hung"
    assert child.exitcode in (0, -signal.SIGKILL), f"the backup child failed: {child.exitcode}"
    return child.exitcode == 0


def _prepared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Folder, int, float]:
    """A folder with ``KEEP`` good copies; the file operations and seconds one more backup takes."""
    state = Folder(tmp_path)
    for _ in range(KEEP):
        state.backup()
    state.check(pruned=True)
    counted = 0

    def count(real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            nonlocal counted
            counted += 1
            return real(*args, **kwargs)

        return wrapper

    with monkeypatch.context() as patched:
        for name in FILE_OPS:
            patched.setattr(os, name, count(getattr(os, name)))
        started = time.perf_counter()
        state.backup()
        took = time.perf_counter() - started
    state.check(pruned=True)
    return state, counted, took


def test_a_backup_killed_before_any_of_its_file_operations_pushes_out_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state, operations, _ = _prepared(tmp_path, monkeypatch)
    assert operations > 5  # create, fsyncs, renames, prune: the steps a kill can fall between
    for call in range(1, operations + 1):
        finished = _run(state, die_before=call)
        assert not finished, f"the run finished before its file operation {call}"
        state.after_a_kill()
    assert _run(state, die_before=operations + 1)  # past the last one: it finishes
    state.good_made += 1
    state.check(pruned=True)


def _random_kills(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trials: int, seed: int) -> int:
    """Kill ``trials`` runs after a random delay within about one backup's time; return the kills."""
    state, _, took = _prepared(tmp_path, monkeypatch)
    rng = random.Random(seed)
    killed = 0
    for _ in range(trials):
        finished = _run(state, kill_after=rng.uniform(0.0, took * 1.3))
        state.good_made += finished
        killed += not finished
        state.after_a_kill()
    return killed


def test_backups_killed_at_random_moments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _random_kills(tmp_path, monkeypatch, trials=12, seed=16)


@pytest.mark.slow
def test_backups_killed_at_random_moments_many_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _random_kills(tmp_path, monkeypatch, trials=100, seed=1602)
