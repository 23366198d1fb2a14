"""`dutylog check`: integrity and consistency of the database."""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import Access, declare, open_office


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("check", help="check the database's integrity and consistency")
    parser.set_defaults(func=run)
    declare(parser, Access.READ)


def run(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        report = office.health.check()
    finally:
        office.close()
    for notice in getattr(report, "notices", ()):
        print(f"notice: {notice}")
    if report.healthy:
        print(f"OK: {report.database} ({len(report.checks_run)} checks)")
        return 0
    for problem in report.problems:
        print(f"problem: {problem}")
    print(f"{len(report.problems)} problem(s) in {report.database}")
    return 1
