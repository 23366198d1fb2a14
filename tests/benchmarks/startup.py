"""Cold start of `dutylog gui --screenshot` against a bare PySide6 window (the floor).

    python tests/benchmarks/startup.py [--db FILE] [--runs 7]

Both are timed as whole processes, alternating, offscreen; the median is reported.
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

FLOOR = """
import sys
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
window.grab().save(sys.argv[1])
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "demo.sqlite3")
        if not args.db:
            subprocess.run(
                [sys.executable, "-m", "dutylog", "--db", db, "demo"],
                check=True,
                env=env,
                stdout=subprocess.DEVNULL,
            )
        ours_cmd = [
            sys.executable,
            "-m",
            "dutylog",
            "--db",
            db,
            "gui",
            "--screenshot",
            str(Path(tmp) / "a.png"),
        ]
        floor_cmd = [sys.executable, "-c", FLOOR, str(Path(tmp) / "b.png")]
        timed(ours_cmd, env)  # warm the page cache for both
        timed(floor_cmd, env)
        ours, floor = [], []
        for _ in range(args.runs):
            ours.append(timed(ours_cmd, env))
            floor.append(timed(floor_cmd, env))
    o, f = statistics.median(ours), statistics.median(floor)
    print("| figure | ours (ms) | floor (ms) | ratio |")
    print("|---|---|---|---|")
    print(f"| cold start `gui --screenshot` vs bare QTableView window | {o:.0f} | {f:.0f} | {o / f:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
