"""`dutylog demo`: fill an empty database with a realistic office.

`--days N` builds a small office row by row through the repositories; `--years N`
builds a large one (ten years: a million log entries) in bulk, for benchmarks.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from dutylog.cli.common import Access, declare, setup_office
from dutylog.cli.values import float_value, int_value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo", help="fill an empty database with demo data")
    span = parser.add_mutually_exclusive_group()
    span.add_argument(
        "--days",
        type=int_value(1, 3660, "--days"),
        default=None,
        help="days of history up to today (default 60)",
    )
    span.add_argument(
        "--years",
        type=float_value(0.01, 30, "--years"),
        default=None,
        help="a large office: years of history, loaded in bulk (e.g. 10)",
    )
    parser.add_argument(
        "--seed",
        type=int_value(0, 2**31 - 1, "--seed"),
        default=1,
        help="random seed (same seed, same office)",
    )
    parser.add_argument(
        "--scale",
        type=float_value(0.0001, 1.0, "--scale"),
        default=1.0,
        help="with --years: fraction of the span to build (e.g. 0.01)",
    )
    parser.add_argument("--quiet", action="store_true", help="with --years: no progress on stderr")
    parser.set_defaults(func=run)
    # Without a login only while the database has no account (the demo itself wants an empty one).
    declare(parser, Access.SETUP)


def run(args: argparse.Namespace) -> int:
    if args.years is not None:
        return _run_bulk(args)
    from dutylog.demo.office import DEMO_ADMIN, DEMO_PASSWORD, DemoOptions, fill_demo

    with setup_office(args) as office:
        summary = fill_demo(office, DemoOptions(days=args.days or 60, seed=args.seed))
    print(
        f"demo: {summary.staff} staff, {summary.duty_slots} duty slots, "
        f"{summary.log_entries} log entries, {summary.matters} matters, {summary.briefings} briefings "
        f"in {office.db.description}"
    )
    print(
        f"demo: {summary.accounts} accounts: each person logs in under their own name (e.g. the officer "
        f"on duty shown on the Today page), the administrator as {DEMO_ADMIN}; password {DEMO_PASSWORD}"
    )
    return 0


def _run_bulk(args: argparse.Namespace) -> int:
    from dutylog.demo.bulk import BulkDemoOptions, fill_bulk_demo

    start = time.perf_counter()

    def progress(message: str) -> None:
        if not args.quiet:
            print(f"[{time.perf_counter() - start:6.1f} s] {message}", file=sys.stderr, flush=True)

    with setup_office(args) as office:
        options = BulkDemoOptions(years=args.years, scale=args.scale, seed=args.seed)
        summary = fill_bulk_demo(office, options, progress)
    seconds = time.perf_counter() - start
    size = ""
    if office.db.file is not None and office.db.file.exists():
        size = f", {office.db.file.stat().st_size / 2**20:,.0f} MiB"
    print(
        f"demo: {summary.days} days, {summary.staff} staff, {summary.duty_slots:,} duty slots, "
        f"{summary.log_entries:,} log entries, {summary.matters:,} matters, {summary.evidence:,} evidence, "
        f"{summary.briefings:,} signed briefings in {office.db.description} ({seconds:.1f} s{size})"
    )
    return 0
