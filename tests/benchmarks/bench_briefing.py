"""Briefing and report speed: drafting a busy day, a 3-page PDF, a year of statistics.

    PYTHONPATH=. python tests/benchmarks/bench_briefing.py [--years 10] [--per-day 40] [--runs 7]

Targets: draft a day of 200 entries < 100 ms; a 3-page PDF < 1 s;
statistics for one year of a 10-year database < 500 ms. Data is built with bulk
Core inserts in a temporary folder; the median of ``--runs`` timings is printed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert

from dutylog.domain.enums import DutyRole, EntryKind, Grade, MatterStatus, Shift
from dutylog.office import Office
from dutylog.storage.models import DutySlot, LogEntry, Matter, MatterEvent, MatterMeasure, MatterTag, Staff

SOURCES = ("新浪微博", "微信公众号", "抖音", "快手", "百度贴吧", "本地论坛", "今日头条", "小红书")
TAGS = ("失实报道", "不良言论", "错误信息", "谣言", "人身攻击")
MEASURES = ("跟帖引导", "发布权威信息", "冷处理", "删帖", "举报", "情况说明", "转交办")
GRADES = (Grade.ORDINARY,) * 14 + (Grade.SERIOUS,) * 4 + (Grade.MAJOR, Grade.EXTRAORDINARY)


def timed(action: Callable[[], object], runs: int) -> float:
    """Median wall time in milliseconds (after one warm-up run)."""
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def build(office: Office, *, last_day: date, years: int, per_day: int, busy_day: date) -> tuple[int, int]:
    """Bulk-insert ``years`` of matters and log entries ending at ``last_day``; returns (matters, entries)."""
    rng = random.Random(5)
    first_day = last_day - timedelta(days=365 * years - 1)
    with office.db.transaction() as store:
        session = store.session
        session.execute(
            insert(Staff),
            [
                {
                    "id": 1,
                    "name": "张伟",
                    "phone": "",
                    "title": "",
                    "is_officer": True,
                    "is_leader": False,
                    "is_standby": False,
                    "active": True,
                    "note": "",
                    "version": 1,
                },
                {
                    "id": 2,
                    "name": "王建国",
                    "phone": "",
                    "title": "主任",
                    "is_officer": False,
                    "is_leader": True,
                    "is_standby": False,
                    "active": True,
                    "note": "",
                    "version": 1,
                },
            ],
        )
        slots, matters, tags, measures, events, entries = [], [], [], [], [], []
        matter_id = 0
        day = first_day
        seq_by_year: dict[int, int] = {}
        while day <= last_day:
            for role, staff in ((DutyRole.OFFICER, 1), (DutyRole.LEADER, 2)):
                slots.append(
                    {
                        "duty_date": day,
                        "shift": Shift.FULL.value,
                        "role": role.value,
                        "staff_id": staff,
                        "note": "",
                        "created_at": datetime.combine(day, clock_time(8)),
                    }
                )
            count = per_day if day != busy_day else 30
            for _ in range(count):
                matter_id += 1
                seq_by_year[day.year] = seq_by_year.get(day.year, 0) + 1
                found = datetime.combine(day, clock_time(8, 30)) + timedelta(minutes=rng.randint(0, 600))
                reported = found + timedelta(minutes=rng.randint(5, 400)) if rng.random() < 0.8 else None
                grade = rng.choice(GRADES)
                status = (
                    rng.choice(list(MatterStatus))
                    if day > last_day - timedelta(days=20)
                    else MatterStatus.CLOSED
                )
                matters.append(
                    {
                        "id": matter_id,
                        "number": f"YQ-{day.year}-{seq_by_year[day.year]:05d}",
                        "year": day.year,
                        "seq": seq_by_year[day.year],
                        "title": f"网传{rng.choice(SOURCES)}相关舆情{matter_id}",
                        "summary": "帖文阅读量较大，评论较多。",
                        "source": rng.choice(SOURCES),
                        "url": "",
                        "author_name": "",
                        "published_at": None,
                        "discovered_at": found,
                        "reported_at": reported,
                        "grade": grade.value,
                        "sentiment": "negative",
                        "status": status.value,
                        "unit_id": None,
                        "outcome": "",
                        "posts_removed": rng.randint(0, 6),
                        "follow_up_until": None,
                        "created_by": 1,
                        "created_at": found,
                        "updated_at": found,
                        "version": 1,
                    }
                )
                tags.append({"matter_id": matter_id, "tag": rng.choice(TAGS)})
                measures.append({"matter_id": matter_id, "measure": rng.choice(MEASURES)})
                events.append(
                    {
                        "matter_id": matter_id,
                        "at": found,
                        "actor_id": 1,
                        "from_status": None,
                        "to_status": "found",
                        "note": "",
                    }
                )
            day_entries = 200 if day == busy_day else 6
            for n in range(day_entries):
                kind = (EntryKind.PATROL, EntryKind.CALL, EntryKind.INSTRUCTION, EntryKind.OTHER)[n % 4]
                at = datetime.combine(day, clock_time(8, 31)) + timedelta(minutes=n * 4 % 540)
                entries.append(
                    {
                        "occurred_at": at,
                        "duty_date": day,
                        "shift": Shift.DAY.value,
                        "kind": kind.value,
                        "text": f"{kind.zh}：新浪微博、抖音、本地论坛，记录第{n}条。",
                        "details": "{}",
                        "author_id": 1,
                        "matter_id": None,
                        "amends_id": None,
                        "created_at": at,
                        "version": 1,
                    }
                )
            day += timedelta(days=1)
        tables = ((DutySlot, slots), (Matter, matters), (MatterTag, tags), (MatterMeasure, measures))
        for model, rows in (*tables, (MatterEvent, events), (LogEntry, entries)):
            for start in range(0, len(rows), 20_000):
                session.execute(insert(model), rows[start : start + 20_000])
    return len(matters), len(entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--per-day", type=int, default=40, help="matters per day (default 40)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    last_day = date(2026, 11, 17)
    with tempfile.TemporaryDirectory(prefix="bench-briefing-") as folder:
        office = Office.open(Path(folder) / "bench.sqlite3", clock=lambda: datetime(2026, 11, 17, 17, 0))
        start = time.perf_counter()
        matters, entries = build(
            office, last_day=last_day, years=args.years, per_day=args.per_day, busy_day=last_day
        )
        build_s = time.perf_counter() - start
        print(
            f"database: {matters:,} matters, {entries:,} log entries over {args.years} years "
            f"(built in {build_s:.1f} s)"
        )
        rows: list[tuple[str, float, float]] = []
        rows.append(
            (
                "draft briefing, day of 200 entries",
                timed(lambda: office.briefings.preview(last_day), args.runs),
                100,
            )
        )
        stats_ms = timed(lambda: office.reports.statistics(date(2026, 1, 1), date(2026, 11, 17)), args.runs)
        rows.append(("statistics, one year (2026-01-01..11-17)", stats_ms, 500))
        year = office.reports.statistics(date(2025, 1, 1), date(2025, 12, 31))
        rows.append(
            (
                "statistics, one full year (2025)",
                timed(lambda: office.reports.statistics(date(2025, 1, 1), date(2025, 12, 31)), args.runs),
                500,
            )
        )

        from PySide6.QtGui import QGuiApplication

        from dutylog.render.pdf import write_pdf
        from dutylog.reports.official import OfficialDocument
        from dutylog.reports.text import table

        app = QGuiApplication.instance() or QGuiApplication([])
        cells = [
            [f"{n:02d}:00", f"第{n}次巡查：新浪微博、抖音、微信公众号、本地论坛，未发现负面舆情。", "张伟"]
            for n in range(38)
        ]
        document = OfficialDocument(
            "2026年11月17日网络舆情值班情况汇报",
            "<h2>一、巡查情况</h2>" + table(["时间", "内容", "值班员"], cells),
        )
        pdf_path = Path(folder) / "three.pdf"
        pages = write_pdf(document, pdf_path)
        rows.append(
            (
                f"PDF of {pages} pages (write_pdf)",
                timed(lambda: write_pdf(document, pdf_path), args.runs),
                1000,
            )
        )
        del app
        print(f"{'what':<44} {'median ms':>10} {'target ms':>10}  ok")
        for what, ms, target in rows:
            print(f"{what:<44} {ms:>10.1f} {target:>10.0f}  {'yes' if ms < target else 'NO'}")
        print(f"(2025: {year.matters_total:,} matters, median {year.median_minutes_to_report} min to report)")
        office.close()


if __name__ == "__main__":
    main()
