"""Two workstations writing to one database at the same time: lost writes and throughput.

Each of two processes adds N log entries and, after every 5th, a matter (which draws
the next number, a read-then-write step). Afterwards every write each process was told
succeeded must be in the database, every attempt must have succeeded, and matter
numbers must be unique and gap-free.

    PYTHONPATH=. python tests/benchmarks/bench_postgres.py                 # PostgreSQL
    PYTHONPATH=. python tests/benchmarks/bench_postgres.py --sqlite        # the same on a file
    options: --entries N (default 500), --url URL (default: $DUTYLOG_TEST_PG_URL, db *_bench)
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from dutylog.domain.enums import EntryKind
from dutylog.domain.errors import DutyLogError
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.storage.models import LogEntry, Matter

MATTER_EVERY = 5


def fresh_pg_database(url: str) -> str:
    parsed = make_url(url)
    name = f"{parsed.database}_bench"
    admin = parsed.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
        conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")  # type: ignore[arg-type]
    return parsed.set(database=name).render_as_string(hide_password=False)


def worker(target: str, name: str, entries: int, start: Any, results: Any) -> None:
    office = Office.open(target)
    office.log.today()  # connect and warm up before the clock starts
    ok_entries = ok_matters = failures = 0
    errors: list[str] = []
    latencies: list[float] = []
    start.wait()
    began = time.perf_counter()
    for i in range(entries):
        t0 = time.perf_counter()
        try:
            office.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, text=f"{name} 巡查记录 {i}"))
            ok_entries += 1
        except DutyLogError as exc:
            failures += 1
            errors.append(exc.message)
        latencies.append(time.perf_counter() - t0)
        if i % MATTER_EVERY == 0:
            try:
                office.matters.add(f"{name} 事项 {i}")
                ok_matters += 1
            except DutyLogError as exc:
                failures += 1
                errors.append(exc.message)
    elapsed = time.perf_counter() - began
    office.close()
    latencies.sort()
    results.put(
        {
            "name": name,
            "entries": ok_entries,
            "matters": ok_matters,
            "failures": failures,
            "errors": errors[:3],
            "seconds": elapsed,
            "p50_ms": latencies[len(latencies) // 2] * 1000,
            "p95_ms": latencies[int(len(latencies) * 0.95)] * 1000,
        }
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--url", default=os.environ.get("DUTYLOG_TEST_PG_URL", ""))
    parser.add_argument("--sqlite", action="store_true")
    args = parser.parse_args()
    if args.sqlite:
        target = str(Path(tempfile.mkdtemp(prefix="dutylog-bench-")) / "bench.sqlite3")
    elif args.url:
        target = fresh_pg_database(args.url)
    else:
        print("set DUTYLOG_TEST_PG_URL or --url (or use --sqlite)", file=sys.stderr)
        return 2
    Office.open(target).close()  # migrate once, before the writers start

    ctx = mp.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=worker, args=(target, f"WS{n}", args.entries, start, results)) for n in (1, 2)
    ]
    for proc in procs:
        proc.start()
    time.sleep(3)  # both processes imported and connected
    wall = time.perf_counter()
    start.set()
    reports = [results.get(timeout=600) for _ in procs]
    wall = time.perf_counter() - wall
    for proc in procs:
        proc.join()

    office = Office.open(target)
    with office.db.transaction() as store:
        session = store.session
        stored = {
            r["name"]: (
                session.scalar(select(func.count()).where(LogEntry.text.like(f"{r['name']} %"))),
                session.scalar(select(func.count()).where(Matter.title.like(f"{r['name']} %"))),
            )
            for r in reports
        }
        seqs = sorted(session.scalars(select(Matter.seq)))
    office.close()

    backend = "SQLite file" if args.sqlite else "PostgreSQL"
    attempted_entries = args.entries
    attempted_matters = len(range(0, args.entries, MATTER_EVERY))
    print(f"\n{backend}: 2 processes x {attempted_entries} log entries + {attempted_matters} matters")
    print(
        f"{'process':8} {'entries ok':>10} {'matters ok':>10} {'failed':>6} {'in db':>12} {'s':>6} "
        f"{'writes/s':>8} {'p50 ms':>7} {'p95 ms':>7}"
    )
    lost = 0
    for r in sorted(reports, key=lambda r: r["name"]):
        in_db = stored[r["name"]]
        lost += (r["entries"] - in_db[0]) + (r["matters"] - in_db[1])
        writes = r["entries"] + r["matters"]
        print(
            f"{r['name']:8} {r['entries']:>10} {r['matters']:>10} {r['failures']:>6} "
            f"{f'{in_db[0]}+{in_db[1]}':>12} {r['seconds']:>6.1f} {writes / r['seconds']:>8.0f} "
            f"{r['p50_ms']:>7.1f} {r['p95_ms']:>7.1f}"
        )
        for message in r["errors"]:
            print(f"   error: {message}")
    total = sum(r["entries"] + r["matters"] for r in reports)
    failures = sum(r["failures"] for r in reports)
    gap_free = seqs == list(range(1, len(seqs) + 1))
    print(f"combined: {total} writes in {wall:.1f} s = {total / wall:.0f} writes/s")
    print(
        f"lost writes (reported saved, not in db): {lost}; failed attempts: {failures}; "
        f"matter numbers unique and gap-free: {gap_free}"
    )
    return 0 if lost == 0 and failures == 0 and gap_free else 1


if __name__ == "__main__":
    sys.exit(main())
