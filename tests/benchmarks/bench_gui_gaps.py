"""The largest event-loop gap while the main window works (issue 17). Not collected by pytest.

The real main window runs offscreen; a 10 ms QTimer records the longest time between two
of its ticks while the window does one thing a duty officer does: a ledger search,
scrolling the ledger down to row 2,000 (fetchMore pages), a briefing PDF export, a
roster generation, a ledger import, a year's archive (文件→年度归档: the first seconds,
then Cancel, after which no package may exist). A gap is how long the window could not
repaint or take a key; the goal is that none exceeds 100 ms. The floor is the same timer
with nothing running.

    PYTHONPATH=. python tests/benchmarks/bench_gui_gaps.py [--db FILE] [--days 60] [--runs 3]
        [--only today,import,archive] [--archive-seconds 8]

Without ``--db`` it builds a demo office of ``--days`` days. The database is copied into
a temporary folder first, since the roster generation writes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 10
WAIT_S = 300.0


class GapMeter:
    """A 10 ms timer on the GUI thread; ``largest`` is the longest wait between two ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.largest = 0

    def _tick(self) -> None:
        self.largest = max(self.largest, self.clock.restart())

    def start(self) -> None:
        self.largest = 0
        self.clock.start()
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        # The stretch from the last tick to the end counts too (work that just ended).
        return max(self.largest, self.clock.elapsed())


def wait_until(app: Any, done: Callable[[], bool], timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish in time")
        app.processEvents()
        time.sleep(0.001)


def measure(
    app: Any, meter: GapMeter, start: Callable[[], object], done: Callable[[], bool]
) -> tuple[int, float]:
    """Largest gap (ms) and wall time (ms) from ``start()`` until ``done()``."""
    app.processEvents()
    meter.start()
    began = time.perf_counter()
    start()
    wait_until(app, done)
    wall = (time.perf_counter() - began) * 1000
    return meter.stop(), wall


def prepare(args: argparse.Namespace, work: Path) -> Path:
    target = work / "office.sqlite3"
    if args.db:
        print(f"copying {args.db} …", file=sys.stderr)
        shutil.copyfile(args.db, target)
        return target
    from dutylog.demo.office import DemoOptions, fill_demo
    from dutylog.office import Office

    print(f"building a {args.days}-day demo office …", file=sys.stderr)
    office = Office.open(target)
    try:
        fill_demo(office, DemoOptions(days=args.days))
    finally:
        office.close()
    return target


CASES = ("idle", "search", "scroll", "pdf", "today", "import", "roster", "archive")


def run(
    target: Path, runs: int, work: Path, only: frozenset[str], archive_seconds: float
) -> tuple[list[tuple[str, list[int], list[float]]], list[str]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QFileDialog

    from dutylog.app import keep_startup_out_of_collections
    from dutylog.domain.accounts.permissions import SYSTEM_ACTOR
    from dutylog.office import Office
    from dutylog.ui.main_window import MainWindow
    from dutylog.ui.roster.roster_dialogs import GenerateDialog

    app = QApplication.instance() or QApplication([])
    office = Office.open(target)
    office.act_as(SYSTEM_ACTOR)
    settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(office, settings)
    keep_startup_out_of_collections()  # as the app does once its window is built
    window.resize(1280, 720)
    window.show()
    window.watcher.stop()  # the 2 s poll would add its own (unrelated) gaps
    operations = window.operations

    def idle() -> bool:
        return not operations.running

    meter = GapMeter()
    results: dict[str, tuple[list[int], list[float]]] = {}
    notes: list[str] = []

    def record(name: str, gap: int, wall: float) -> None:
        gaps, walls = results.setdefault(name, ([], []))
        gaps.append(gap)
        walls.append(wall)

    ledger: Any = window.show_page("ledger")
    wait_until(app, idle)
    briefings: Any = window.show_page("briefings")
    wait_until(app, idle)
    roster: Any = window.show_page("roster")
    pdf = work / "briefing.pdf"
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(pdf), ""))  # type: ignore[method-assign]
    terms = ["停水", "谣言", "食品安全", "拆迁补偿", "网传"]
    loads = [0]  # first pages shown by the ledger model

    def loaded() -> None:
        loads[0] += 1

    ledger.model.loaded.connect(loaded)

    for run_no in range(runs):
        # Nothing running: the timer's own jitter, the floor.
        if "idle" in only:
            record("idle (floor), 300 ms", *measure(app, meter, lambda: None, _after(0.3)))

        window.show_page("ledger")
        wait_until(app, idle)
        term = terms[run_no % len(terms)]

        def search(text: str) -> Callable[[], None]:
            def start() -> None:
                ledger.search.setText(text)
                ledger.apply()  # as the debounce timer does after a pause in typing

            return start

        if "search" in only:
            before = loads[0]
            record(
                "ledger search (2-4 chars)",
                *measure(app, meter, search(term), lambda b=before: loads[0] > b and idle()),
            )
            before = loads[0]
            search("")()
            wait_until(app, lambda b=before: loads[0] > b and idle())

        def scroll_step() -> bool:
            ledger.table.scrollToBottom()  # the view asks for more rows (fetchMore) when near the end
            return ledger.model.rowCount() >= 2000 or not ledger.model.canFetchMore()

        if "scroll" in only:
            record("ledger scroll to row 2,000", *measure(app, meter, lambda: None, scroll_step))
            print(f"ledger scrolled to row {ledger.model.rowCount():,}", file=sys.stderr)

        window.show_page("briefings")
        wait_until(app, idle)
        if briefings.current is None and briefings.model.rowCount():
            briefings.show_briefing(briefings.model.briefing(0))
        exported: list[str] = []
        briefings._say_exported = exported.append
        if briefings.current is not None and "pdf" in only:
            record(
                "briefing PDF export",
                *measure(app, meter, briefings.export_pdf, lambda e=exported: bool(e) and idle()),
            )

        window.show_page("today")
        wait_until(app, idle)
        today: Any = window.page("today")
        if "today" in only:
            record("Today page refresh (duty, log, open matters)", *measure(app, meter, today.refresh, idle))

        ledger_file = work / f"ledger-{run_no}.xlsx"
        write_ledger(ledger_file, IMPORT_ROWS, run_no)
        dialog_box: list[Any] = []
        dry_runs: set[int] = set()

        def start_import(dialog_box: list[Any] = dialog_box, ledger_file: Path = ledger_file) -> None:
            from dutylog.ui.matters.ledger_import_dialog import LedgerImportDialog

            dialog = LedgerImportDialog(office, window)
            dialog_box.append(dialog)
            dialog.show()
            dialog.load(str(ledger_file))  # the preview (header, a few rows, the file's hash): a worker

        def import_step(dialog_box: list[Any] = dialog_box, dry_runs: set[int] = dry_runs) -> bool:
            dialog = dialog_box[-1] if dialog_box else None
            if dialog is None or dialog.worker is not None or window.operations.running:
                return False
            if dialog.preview is not None and dialog.report is None and id(dialog) not in dry_runs:
                dry_runs.add(id(dialog))
                dialog.next_button.click()  # the dry run, on the dialog's worker
                return False
            report = dialog.report
            if report is not None and report.imported is None and dialog.import_button.isEnabled():
                dialog.import_button.click()  # the import itself, on the worker
                return False
            return report is not None and report.imported is not None

        if "import" in only:
            record(
                f"ledger import dialog, {IMPORT_ROWS:,}-row .xlsx (preview, dry run, import)",
                *measure(app, meter, start_import, import_step),
            )
            dialog_box[-1].close()
            dialog_box[-1].deleteLater()

        window.show_page("roster")
        wait_until(app, idle)
        first = office.clock().date() + timedelta(days=400 + 40 * run_no)
        if "roster" in only:
            dialog = GenerateDialog(office, first, first + timedelta(days=30), roster)
            record(
                "roster generation (31 days)",
                *measure(app, meter, dialog.accept, lambda d=dialog: d.result_summary is not None and idle()),
            )
            dialog.deleteLater()

        if "archive" in only:
            year = office.clock().year - 1 - run_no
            gap, wall, note = archive_then_cancel(app, meter, window, work, year, archive_seconds)
            record(f"year archive ({archive_seconds:.0f} s of a year, then Cancel)", gap, wall)
            notes.append(note)

    window.close()
    office.close()
    return [(name, gaps, walls) for name, (gaps, walls) in results.items()], notes


def archive_then_cancel(
    app: Any, meter: GapMeter, window: Any, work: Path, year: int, seconds: float
) -> tuple[int, float, str]:
    """文件→年度归档 through the menu's own path; Cancel after ``seconds``; is a package left?"""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

    from dutylog.ui.office import year_archive

    operations = window.operations
    package = work / f"archive-{year}.zip"
    said: list[str] = []
    QInputDialog.getInt = staticmethod(lambda *a, **k: (year, True))  # type: ignore[method-assign]
    year_archive.save_file = lambda *a, **k: str(package)  # type: ignore[assignment]
    QMessageBox.information = staticmethod(lambda _p, _t, text: said.append(text))  # type: ignore[assignment,method-assign]
    QMessageBox.warning = staticmethod(lambda _p, _t, text: said.append(text))  # type: ignore[assignment,method-assign]
    action = window.findChild(QAction, "action_year_archive")
    began: list[float] = []
    pressed: list[float] = []
    cancelled: list[Any] = []  # what was still running when Cancel was pressed

    def cancel_later() -> bool:
        if not began:
            began.append(time.monotonic())
        if not pressed and time.monotonic() - began[0] >= seconds:
            cancelled.extend(operations.running)
            for running in list(operations.running):
                button = running.dialog.findChild(QPushButton) if running.dialog else None
                if button is not None:
                    button.click()  # as the person does
                else:
                    running.cancel()
            pressed.append(time.perf_counter())
        return bool(pressed) and not operations.running

    gap, wall = measure(app, meter, action.trigger, cancel_later)
    ended = (time.perf_counter() - pressed[0]) * 1000
    stopped = f"the work ended {ended:,.0f} ms later" if cancelled else "the work had already ended"
    note = (
        f"year archive {year}: Cancel pressed after {seconds:.0f} s, {stopped}; "
        f"package on disk afterwards: {'YES' if package.exists() else 'no'}"
    )
    return gap, wall, note + (f"; said: {said}" if said else "")


IMPORT_ROWS = 5_000


def write_ledger(path: Path, rows: int, salt: int) -> None:
    """A plain ledger an office might import: title, discovery time, grade, handling."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("台账")
    sheet.append(["序号", "舆情标题", "发现时间", "等级", "处置情况"])
    for number in range(1, rows + 1):
        day = 1 + number % 28
        sheet.append(
            [
                number,
                f"导入测试{salt}-{number} 网传某地停水",
                f"2019-03-{day:02d} 09:{number % 60:02d}",
                "一般",
                "已处置",
            ]
        )
    workbook.save(path)


def _after(seconds: float) -> Callable[[], bool]:
    until: list[float] = []

    def done() -> bool:
        if not until:
            until.append(time.monotonic() + seconds)
        return time.monotonic() >= until[0]

    return done


def from_bytecode() -> None:
    """Run as an installed program does, from bytecode (pip compiles it at install).

    With PYTHONDONTWRITEBYTECODE set (as on the test machines) each module the window loads
    the first time (the import dialog, openpyxl on a worker) would be compiled from source,
    and compile() holds the GIL: stalls of 50-100 ms that an installed DutyLog never has.
    So the package is compiled once and the benchmark starts again without that setting.
    """
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parents[2] / "dutylog"), quiet=1)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    os.execve(sys.executable, [sys.executable, *sys.argv], env)


def main() -> None:
    from_bytecode()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an office database (e.g. the 10-year demo); copied first")
    parser.add_argument("--days", type=int, default=60, help="demo days when no --db is given")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--only", default=",".join(CASES), help=f"comma-separated cases to run (of {', '.join(CASES)})"
    )
    parser.add_argument(
        "--archive-seconds", type=float, default=8.0, help="how long the archive runs before Cancel"
    )
    args = parser.parse_args()
    only = frozenset(name.strip() for name in args.only.split(",") if name.strip())
    if only - set(CASES):
        parser.error(f"unknown cases: {', '.join(sorted(only - set(CASES)))}")
    work = Path(tempfile.mkdtemp(prefix="dutylog-gaps-"))
    try:
        target = prepare(args, work)
        rows, notes = run(target, args.runs, work, only, args.archive_seconds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"largest event-loop gap, {TICK_MS} ms timer, {args.runs} runs ({args.db or f'{args.days}-day demo'})"
    )
    print("| while | largest gap, worst run | median | wall time, median | goal |")
    print("|---|---:|---:|---:|---|")
    for name, gaps, walls in rows:
        print(
            f"| {name} | {max(gaps)} ms | {statistics.median(gaps):.0f} ms "
            f"| {statistics.median(walls):,.0f} ms | ≤ 100 ms |"
        )
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
