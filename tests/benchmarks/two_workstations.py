"""Two workstations on one database: how long until one GUI shows what the other saved.

A child process opens the real main window (offscreen) on the Today page with its
change watcher running, as a supervisor's workstation would. The parent, the duty
room, then saves log entries through the services; the child reports when each
appears in its Today table. Not collected by pytest.

    PYTHONPATH=. python tests/benchmarks/two_workstations.py --url postgresql+psycopg://u:p@127.0.0.1/db
    PYTHONPATH=. python tests/benchmarks/two_workstations.py --sqlite     # the same on a file
    options: --entries N (default 5)
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def supervisor(target: str, wanted: list[str], ready: Any, seen: Any) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from dutylog.domain.accounts.permissions import VIEWER_ACTOR
    from dutylog.office import Office
    from dutylog.ui.log.today_page import TodayPage
    from dutylog.ui.main_window import MainWindow

    app = QApplication([])
    office = Office.open(target)
    office.act_as(VIEWER_ACTOR)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(office, settings)
    window.show_page("today")
    window.show()
    page = window.page("today")
    assert isinstance(page, TodayPage)
    app.processEvents()
    ready.set()
    pending = set(wanted)
    deadline = time.monotonic() + 60
    while pending and time.monotonic() < deadline:
        app.processEvents()
        texts = {str(page.model.index(row, 2).data()) for row in range(page.model.rowCount())}
        for text in list(pending):
            if any(text in shown for shown in texts):
                seen.put((text, time.time()))
                pending.discard(text)
        time.sleep(0.01)
    office.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default=os.environ.get("DUTYLOG_TEST_PG_URL", ""))
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--entries", type=int, default=5)
    args = parser.parse_args()

    from dutylog.domain.enums import EntryKind
    from dutylog.domain.log.records import NewLogEntry
    from dutylog.office import Office

    if args.sqlite or not args.url:
        target = str(Path(tempfile.mkdtemp()) / "two.sqlite3")
    else:
        from tests.benchmarks.bench_postgres import fresh_pg_database

        target = fresh_pg_database(args.url)
    duty_room = Office.open(target)
    wanted = [f"第{i}次巡查：微博、抖音，未发现涉我县负面舆情" for i in range(args.entries)]
    spawn = mp.get_context("spawn")  # a fresh interpreter, as a second workstation would be
    ready, seen = spawn.Event(), spawn.Queue()
    child = spawn.Process(target=supervisor, args=(target, wanted, ready, seen))
    child.start()
    ready.wait(60)
    saved: dict[str, float] = {}
    for text in wanted:
        time.sleep(1.3)  # not in step with the other side's polling
        duty_room.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, text=text))
        saved[text] = time.time()
    delays = []
    for _ in wanted:
        text, at = seen.get(timeout=60)
        delays.append(at - saved[text])
    child.join(10)
    duty_room.close()
    print(f"{duty_room.db.description}: {len(delays)} entries saved on one workstation appeared on the other")
    print(
        f"delay from commit to the other's Today table: median {statistics.median(delays):.2f} s, "
        f"max {max(delays):.2f} s (the watcher polls every 2 s)"
    )


if __name__ == "__main__":
    main()
