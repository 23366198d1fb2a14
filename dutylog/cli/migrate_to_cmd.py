"""`dutylog migrate-to URL`: move the office's data into a new, empty database."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import int_value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "migrate-to",
        help="copy every table of the --db database into an empty database (e.g. PostgreSQL)",
    )
    parser.add_argument("url", metavar="URL", help="target: postgresql+psycopg://user:pw@host/db or a file")
    parser.add_argument(
        "--batch-size",
        type=int_value(1, 100_000, "--batch-size"),
        default=2000,
        help="rows per insert batch (default 2000)",
    )
    parser.add_argument("--json", action="store_true", help="print the row counts as JSON")
    parser.set_defaults(func=run)
    declare(parser, Access.WRITE)


def run(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        result = office.connection.migrate_to(args.url, batch_size=args.batch_size)
    finally:
        office.close()
    if args.json:
        print_json(
            {
                "source": result.source,
                "target": result.target,
                "ok": result.ok,
                "tables": [{"table": c.table, "source": c.source, "target": c.target} for c in result.tables],
                "not_copied": list(result.skipped),
            }
        )
    else:
        width = max(len(c.table) for c in result.tables)
        print(f"{'table':<{width}}  {'source':>8}  {'target':>8}")
        for count in result.tables:
            mark = "" if count.ok else "  MISMATCH"
            print(f"{count.table:<{width}}  {count.source:>8}  {count.target:>8}{mark}")
        if result.skipped:
            print("not copied (rebuilt by the target): " + ", ".join(result.skipped))
    if not result.ok:
        print(f"dutylog: row counts differ between {result.source} and {result.target}", file=sys.stderr)
        return 1
    if not args.json:
        print(f"OK: {result.rows} rows in {len(result.tables)} tables copied to {result.target}")
    return 0
