"""Search and ledger benchmark on a generated office (not collected by pytest).

    PYTHONPATH=. python tests/benchmarks/bench_search.py --scale 0.1 --db /tmp/bench.sqlite3
    PYTHONPATH=. python tests/benchmarks/bench_search.py --url postgresql+psycopg://u:p@127.0.0.1/db

--scale 1 builds 100,000 matters and 1,000,000 log entries (the FTS5 trigram
index, or PostgreSQL's gram indexes, make that take several minutes); an existing
--db, or a --url database that already holds matters, is reused. With --url the
floor is the same search written by hand and run through psycopg.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert
from sqlalchemy.engine import make_url

from dutylog.demo import text as words
from dutylog.domain.enums import EntryKind, Grade, MatterStatus, Shift
from dutylog.domain.matters.records import LedgerFilter
from dutylog.office import Office
from dutylog.storage.models import LogEntry, Matter, MatterMeasure, MatterTag

GRADES = list(Grade)
STATUSES = list(MatterStatus)
TAGS = ["失实报道", "不良言论", "谣言", "错误信息"]
MEASURES = ["跟帖引导", "删帖", "冷处理", "举报"]


def build(office: Office, matters: int, entries: int) -> None:
    rng = random.Random(7)
    start = datetime(2016, 1, 1, 8, 0)
    span = 10 * 365 * 24 * 60
    batch = 5000
    with office.db.engine.begin() as conn:
        seqs: dict[int, int] = {}
        for first in range(0, matters, batch):
            rows = []
            for i in range(first, min(matters, first + batch)):
                found = start + timedelta(minutes=span * i // matters)
                seq = seqs[found.year] = seqs.get(found.year, 0) + 1
                place = rng.choice(words.PLACES)
                rows.append(
                    {
                        "id": i + 1,
                        "number": f"YQ-{found.year}-{seq:05d}",
                        "year": found.year,
                        "seq": seq,
                        "title": rng.choice(words.TOPICS).format(p=place),
                        "summary": f"{rng.choice(words.SOURCES)}出现涉及{place}的帖文，"
                        f"网民要求删帖{i % 97}次。" + ("有网民散布谣言。" if i % 13 == 0 else ""),
                        "source": rng.choice(words.SOURCES),
                        "url": f"https://weibo.com/{rng.randint(10**8, 10**9)}",
                        "author_name": rng.choice(words.AUTHORS),
                        "published_at": found - timedelta(minutes=30),
                        "discovered_at": found,
                        "reported_at": found + timedelta(minutes=40),
                        "grade": rng.choice(GRADES).value,
                        "sentiment": "negative",
                        "status": rng.choice(STATUSES).value,
                        "outcome": "",
                        "posts_removed": 0,
                        "void_reason": "",
                        "created_at": found,
                        "updated_at": found,
                        "version": 1,
                    }
                )
            conn.execute(insert(Matter), rows)
            conn.execute(insert(MatterTag), [{"matter_id": r["id"], "tag": TAGS[r["id"] % 4]} for r in rows])
            conn.execute(
                insert(MatterMeasure),
                [{"matter_id": r["id"], "measure": MEASURES[r["id"] % 4]} for r in rows],
            )
            print(f"\rmatters {first + batch:,}", end="", file=sys.stderr)
        print(file=sys.stderr)
        for first in range(0, entries, batch):
            rows = []
            for i in range(first, min(entries, first + batch)):
                when = start + timedelta(minutes=span * i // entries)
                linked = i % 10 == 0
                rows.append(
                    {
                        "occurred_at": when,
                        "duty_date": when.date(),
                        "shift": Shift.DAY.value,
                        "kind": (EntryKind.MATTER_FOUND if linked else EntryKind.PATROL).value,
                        "text": f"巡查{'、'.join(rng.sample(words.SOURCES, 4))}，"
                        + (
                            "发现涉" + rng.choice(words.PLACES) + "舆情。"
                            if linked
                            else "未发现涉我县负面舆情。"
                        )
                        + "值班室继续关注相关话题，做好记录和交接。" * 4,
                        "details": "{}",
                        "matter_id": (i * matters // entries) + 1 if linked else None,
                        "created_at": when,
                        "version": 1,
                    }
                )
            conn.execute(insert(LogEntry), rows)
            print(f"\rlog entries {first + batch:,}", end="", file=sys.stderr)
        print(file=sys.stderr)


def raw_postgres_search(url: str) -> Callable[[], None]:
    """The newest 50 matters with '食品安全问题' in one hand-written statement (gram index, LIKE)."""
    import psycopg

    conn = psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False))
    term = "食品安全问题"
    grams = sorted({term[i : i + 2] for i in range(len(term) - 1)})
    like = f"%{term}%"
    sql = (
        "SELECT * FROM matter WHERE id IN ("
        " SELECT id FROM matter WHERE dutylog_grams(title, summary, url, author_name, source) @> %(g)s"
        " AND (title LIKE %(l)s OR summary LIKE %(l)s OR url LIKE %(l)s"
        " OR author_name LIKE %(l)s OR source LIKE %(l)s)"
        " UNION SELECT matter_id FROM log_entry WHERE dutylog_grams(text) @> %(g)s"
        " AND text LIKE %(l)s AND matter_id IS NOT NULL"
        " ORDER BY 1 DESC LIMIT 50) ORDER BY id DESC"
    )

    def run() -> None:
        conn.execute(sql, {"g": grams, "l": like}).fetchall()  # type: ignore[arg-type]

    return run


def raw_sqlite_search(path: Path) -> Callable[[], None]:
    raw = sqlite3.connect(path)

    def run() -> None:
        raw.execute(
            "SELECT * FROM matter WHERE id IN (SELECT rowid FROM matter_fts WHERE matter_fts MATCH ? "
            "ORDER BY rowid DESC LIMIT 50) ORDER BY id DESC",
            ('"食品安全问题"',),
        ).fetchall()

    return run


def timed(fn, runs: int = 30) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--db", default="/tmp/dutylog-bench.sqlite3")
    parser.add_argument("--url", help="a PostgreSQL database instead of --db")
    args = parser.parse_args()
    path = Path(args.db)
    office = Office.open(args.url or path)
    fresh = office.matters.ledger_count(LedgerFilter()) == 0
    if fresh:
        t0 = time.perf_counter()
        # PostgreSQL: the gram indexes are dropped while loading and built once after, as
        # `dutylog demo --years` does; on SQLite the sync triggers fill FTS5 row by row.
        with office.db.transaction() as store:
            upkeep = store.bulk.search_upkeep() if args.url else []
            store.bulk.drop_search_upkeep(upkeep)
        build(office, int(100_000 * args.scale), int(1_000_000 * args.scale))
        with office.db.transaction() as store:
            store.bulk.restore_search_upkeep(upkeep)
            store.bulk.reset_sequences()
            store.bulk.analyze()
        if args.url:
            print(f"built in {time.perf_counter() - t0:.0f} s")
        else:
            print(f"built in {time.perf_counter() - t0:.0f} s, file {path.stat().st_size / 1e6:.0f} MB")
    print(f"matters {office.matters.ledger_count(LedgerFilter()):,}")
    rows = []
    for term in ("食品安全问题", "拆迁补偿", "删帖", "谣言", "舆情", "帖", "不存在的词语"):
        med, p95 = timed(lambda term=term: office.matters.search(term, limit=50))
        rows.append((f"matters search {term!r} ({len(term)} chars)", med, p95))
    for term in ("未发现涉我县", "删帖", "交接"):
        med, p95 = timed(lambda term=term: office.log.search(term, limit=50))
        rows.append((f"log search {term!r}", med, p95))
    if args.url:
        rows.append(
            ("raw psycopg one-statement search '食品安全问题'", *timed(raw_postgres_search(args.url)))
        )
    else:
        rows.append(("raw sqlite3 FTS5 '食品安全问题' (rows only)", *timed(raw_sqlite_search(path))))
    rows.append(("ledger first page (100 rows)", *timed(lambda: office.matters.ledger_page(LedgerFilter()))))
    rows.append(
        (
            "ledger first page, grade+status filter",
            *timed(
                lambda: office.matters.ledger_page(
                    LedgerFilter(grades=(Grade.MAJOR,), statuses=(MatterStatus.HANDLING,))
                )
            ),
        )
    )
    rows.append(
        (
            "ledger first page, date range + '删帖'",
            *timed(
                lambda: office.matters.ledger_page(
                    LedgerFilter(date_from=date(2020, 1, 1), date_to=date(2020, 12, 31), text="删帖")
                )
            ),
        )
    )
    for term in ("食品安全问题", "删帖"):
        rows.append(
            (
                f"ledger count, {term!r}",
                *timed(lambda term=term: office.matters.ledger_count(LedgerFilter(text=term))),
            )
        )
    print(f"{'query':55} {'median ms':>10} {'p95 ms':>8}")
    for name, med, p95 in rows:
        print(f"{name:55} {med:10.2f} {p95:8.2f}")
    raw_row = next(row for row in rows if row[0].startswith("raw "))
    print(
        "matters search / raw query (same 6-char term): "
        f"median {rows[0][1] / raw_row[1]:.1f}x, p95 {rows[0][2] / raw_row[2]:.1f}x "
        + (
            "(one statement reads every hit; the search tests the newest rows first)"
            if args.url
            else "(the raw query asks one index; ours also walks the linked log and kept-column "
            "indexes, in the same statement, and builds 50 light rows)"
        )
    )
    print(f"RSS before ledger scroll: {rss_mb():.0f} MB")
    from PySide6.QtWidgets import QApplication, QTableView

    from dutylog.ui.matters.ledger_model import LedgerTableModel

    app = QApplication.instance() or QApplication([])
    model = LedgerTableModel(office)
    view = QTableView()
    view.setModel(model)
    t0 = time.perf_counter()
    model.set_filter(LedgerFilter())
    first = (time.perf_counter() - t0) * 1000
    view.show()
    app.processEvents()
    t0 = time.perf_counter()
    while model.canFetchMore():
        model.fetchMore()
    view.scrollToBottom()
    app.processEvents()
    print(
        f"ledger model first page {first:.1f} ms; scrolled to the end ({model.rowCount():,} rows) in "
        f"{time.perf_counter() - t0:.1f} s; peak RSS {rss_mb():.0f} MB"
    )


if __name__ == "__main__":
    main()
