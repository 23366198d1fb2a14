"""Start-up against its floors: first paint, and today's data on screen after a login.

    python tests/benchmarks/startup.py [--db FILE] [--runs 7]

Each figure is a whole process, timed from spawn to a milestone the process records
(ui/startup_probe.py: ``DUTYLOG_STARTUP_TRACE``), run alternately with its floor, offscreen;
the median is reported.

- **first paint**: `dutylog gui` until the login dialog has painted, vs a bare PySide6
  QMainWindow + QTableView shown and painted.
- **today's data shown**: `dutylog gui` with a login typed the instant the dialog shows
  (the demo administrator), until the Today page shows the duty and the log, vs a bare
  window that imports SQLAlchemy, maps the log table and shows today's entries read
  with one ORM query.

Without --db a demo database (60 days) is made in a temp folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAINTED = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtGui import QStandardItemModel
app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView()
view.setModel(QStandardItemModel(20, 5))
window.setCentralWidget(view)
window.resize(1280, 800)
window.show()
app.processEvents()
window.repaint()
open(sys.argv[1], "a").write(f"first_paint {time.time():.6f}\\n")
"""

WITH_QUERY = """
import sys, time
from datetime import date
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtGui import QStandardItem, QStandardItemModel
from sqlalchemy import Date, String, Text, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

class Base(DeclarativeBase):
    pass

class Entry(Base):
    __tablename__ = "log_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    duty_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)

app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView()
model = QStandardItemModel(0, 3)
view.setModel(model)
window.setCentralWidget(view)
window.resize(1280, 800)
window.show()
engine = create_engine(f"sqlite:///{sys.argv[2]}")
with Session(engine) as session:
    day = session.scalar(select(Entry.duty_date).order_by(Entry.duty_date.desc()).limit(1))
    for entry in session.scalars(select(Entry).where(Entry.duty_date == day).order_by(Entry.id)):
        model.appendRow([QStandardItem(str(entry.id)), QStandardItem(entry.kind), QStandardItem(entry.text)])
app.processEvents()
window.repaint()
open(sys.argv[1], "a").write(f"data_shown {time.time():.6f}\\n")
"""

# `dutylog gui` as a person would start it, with the login typed the moment the dialog shows.
LOGGED_IN = """
import sys
from dutylog.demo.office import DEMO_ADMIN, DEMO_PASSWORD
from dutylog.ui.accounts.login_dialog import LoginDialog
from dutylog.ui import startup_probe

shown = LoginDialog.showEvent

def type_at_once(self, event):
    shown(self, event)
    self.username.setText(DEMO_ADMIN)
    self.password.setText(DEMO_PASSWORD)
    self.try_login()

LoginDialog.showEvent = type_at_once
from dutylog.cli import main
sys.exit(main(["--db", sys.argv[1], "gui"]))
"""


def milestone(command: list[str], env: dict[str, str], trace: Path, name: str) -> float:
    """Milliseconds from spawning ``command`` to its ``name`` line in ``trace``.

    With ``UNCLEAN_RECORD`` in ``env``, that file (storage/sound.py's record of files
    closed cleanly) is removed first, as after a crash: the start-up check then runs.
    """
    trace.unlink(missing_ok=True)
    if UNCLEAN_RECORD in env:
        Path(env[UNCLEAN_RECORD]).unlink(missing_ok=True)
    start = time.time()
    try:
        # A process that never reaches its milestone (a dialog waiting offscreen) must not hang the run.
        subprocess.run(
            command, check=False, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(f"{command[:4]}: no {name} within 300 s") from None
    for line in trace.read_text().splitlines():
        key, value = line.split()
        if key == name:
            return (float(value) - start) * 1000
    raise SystemExit(f"{command[:4]}: no {name} recorded")


FIRST_PAINT_TITLE = "first paint: `dutylog gui` login dialog"
DATA_SHOWN_TITLE = "today's duty and log shown after a login (the last session closed cleanly)"
UNCLEAN_TITLE = "today's duty and log shown after a login (after a crash: quick_check of the file first)"
UNCLEAN_RECORD = "DUTYLOG_BENCH_FORGET"


def measure(db: str, runs: int, env: dict[str, str], trace: Path) -> dict[str, tuple[float, float]]:
    """{title: (ours ms, floor ms)}, medians of ``runs`` alternating runs after one warm-up each."""
    config = trace.parent / "config"
    env = {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "DUTYLOG_STARTUP_TRACE": str(trace),
        "DUTYLOG_CONFIG_DIR": str(config),
    }
    logged_in = [sys.executable, "-c", LOGGED_IN, db]
    with_query = [sys.executable, "-c", WITH_QUERY, str(trace), db]
    gui = [sys.executable, "-m", "dutylog", "--db", db, "gui"]
    figures = {
        FIRST_PAINT_TITLE: (
            (gui, {"DUTYLOG_STARTUP_EXIT": "first_paint"}, "first_paint"),
            ([sys.executable, "-c", PAINTED, str(trace)], {}, "first_paint"),
        ),
        DATA_SHOWN_TITLE: (
            (logged_in, {"DUTYLOG_STARTUP_EXIT": "data_shown"}, "data_shown"),
            (with_query, {}, "data_shown"),
        ),
        UNCLEAN_TITLE: (
            (
                logged_in,
                {"DUTYLOG_STARTUP_EXIT": "data_shown", UNCLEAN_RECORD: str(config / "sound-files.json")},
                "data_shown",
            ),
            (with_query, {}, "data_shown"),
        ),
    }
    results: dict[str, tuple[float, float]] = {}
    for title, ((ours_cmd, ours_env, ours_key), (floor_cmd, floor_env, floor_key)) in figures.items():
        run_ours = {**env, **ours_env}
        run_floor = {**env, **floor_env}
        milestone(ours_cmd, run_ours, trace, ours_key)  # warm the page cache for both
        milestone(floor_cmd, run_floor, trace, floor_key)
        ours, floor = [], []
        for _ in range(runs):
            ours.append(milestone(ours_cmd, run_ours, trace, ours_key))
            floor.append(milestone(floor_cmd, run_floor, trace, floor_key))
        results[title] = (statistics.median(ours), statistics.median(floor))
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as tmp:
        # Settings and backups of this run stay in the temp folder.
        env = {**os.environ, "PYTHONPATH": str(root), "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp}
        db = args.db or str(Path(tmp) / "demo.sqlite3")
        if not args.db:
            subprocess.run([sys.executable, "-m", "dutylog", "--db", db, "demo"], check=True, env=env)
        print("| figure | ours (ms) | floor (ms) | ratio |")
        print("|---|---|---|---|")
        for title, (o, f) in measure(db, args.runs, env, Path(tmp) / "trace").items():
            print(f"| {title} | {o:.0f} | {f:.0f} | {o / f:.2f}x |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
