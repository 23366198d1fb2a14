"""Start of the command line against the floors of issue 17 (a command line that starts like a script).

    python tests/benchmarks/bench_cli_start.py [--db FILE] [--runs 30] [--term 菜市场]

Whole processes, timed alternately, the median of each reported:
- `dutylog --version`, `--help` and a usage error against `python -c pass`;
- `dutylog matters search TERM --json` against a script that imports SQLAlchemy, opens the
  same file and runs the same FTS5 query (the matter ids and light columns of the first 50 hits).
Without --db a demo database (30 days) is made in a temp folder. Use a term of 3+ characters:
shorter ones take the trigram skip-scan, which the floor script does not do.

Every process runs from bytecode, as an installed program does (pip compiles it): with
PYTHONDONTWRITEBYTECODE set (as on the CI and test machines) every start would compile each
DutyLog module again while SQLAlchemy's come compiled from site-packages, so the caches go to
a temporary PYTHONPYCACHEPREFIX that the warm-up run fills.
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

# The floor of `matters search`: SQLAlchemy imported, the file opened, one FTS5 query.
SEARCH_FLOOR = """
import sys
from sqlalchemy import create_engine, text
engine = create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as conn:
    rows = conn.execute(
        text("SELECT id, number, title FROM matter WHERE id IN "
             "(SELECT rowid FROM matter_fts WHERE matter_fts MATCH :q) "
             "ORDER BY discovered_at DESC LIMIT 50"),
        {"q": '"' + sys.argv[2].replace('"', '""') + '"'},
    ).all()
print(len(rows))
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--term", default="菜市场")
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        db = args.db or str(Path(tmp) / "demo.sqlite3")
        if not args.db:
            subprocess.run(
                [sys.executable, "-m", "dutylog", "--db", db, "demo", "--days", "30"],
                check=True,
                env=env,
                stdout=subprocess.DEVNULL,
            )
        dutylog = [sys.executable, "-m", "dutylog"]
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "python -c 'import argparse'": [sys.executable, "-c", "import argparse"],
            "dutylog --version": [*dutylog, "--version"],
            "dutylog --help": [*dutylog, "--help"],
            "dutylog --no-such-option (usage error)": [*dutylog, "--no-such-option"],
            "SQLAlchemy + the same FTS5 query": [sys.executable, "-c", SEARCH_FLOOR, db, args.term],
            f"dutylog matters search {args.term} --json": [
                *dutylog,
                "--db",
                db,
                "matters",
                "search",
                args.term,
                "--json",
            ],
            "dutylog check": [*dutylog, "--db", db, "check"],
        }
        for command in commands.values():  # warm the page cache for all
            timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    floors = {
        "python -c 'import argparse'": "python -c pass",
        "dutylog --version": "python -c pass",
        "dutylog --help": "python -c pass",
        "dutylog --no-such-option (usage error)": "python -c pass",
        f"dutylog matters search {args.term} --json": "SQLAlchemy + the same FTS5 query",
        "dutylog check": "SQLAlchemy + the same FTS5 query",
    }
    print(f"| command (median of {args.runs}) | ms | floor | floor ms | ratio |")
    print("|---|---:|---|---:|---:|")
    for name, median in medians.items():
        floor = floors.get(name)
        if floor is None:
            print(f"| {name} | {median:.0f} | | | |")
        else:
            print(
                f"| {name} | {median:.0f} | {floor} | {medians[floor]:.0f} | {median / medians[floor]:.2f}x |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
