"""`dutylog demo`: fill an empty database with a realistic office."""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import open_office


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo", help="fill an empty database with demo data")
    parser.add_argument("--days", type=int, default=60, help="days of history up to today (default 60)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same office)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dutylog.services.demo import DemoOptions, fill_demo

    office = open_office(args)
    try:
        summary = fill_demo(office, DemoOptions(days=args.days, seed=args.seed))
    finally:
        office.close()
    print(
        f"demo: {summary.staff} staff, {summary.duty_slots} duty slots, "
        f"{summary.log_entries} log entries, {summary.matters} matters in {office.db.description}"
    )
    return 0
