"""`dutylog backup [--to DIR]` and `dutylog restore FILE`."""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import Access, declare, open_office
from dutylog.cli.values import path_value


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser("backup", help="copy the database to the backup folder (or --to DIR)")
    backup.add_argument(
        "--to",
        metavar="DIR",
        type=path_value,
        help="existing folder for this copy (not pruned; never created)",
    )
    backup.set_defaults(func=run_backup)
    declare(backup, Access.WRITE)

    restore = subparsers.add_parser(
        "restore", help="replace the database with a backup (verified first; the current one is kept)"
    )
    restore.add_argument("file", type=path_value, help="backup file to restore")
    restore.set_defaults(func=run_restore)
    declare(restore, Access.WRITE)


def run_backup(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        path = office.backups.backup(args.to)
    finally:
        office.close()
    print(f"backup: {path} ({path.stat().st_size} bytes, verified)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        safety = office.backups.restore(args.file)
    finally:
        office.close()
    print(f"restored: {args.file}")
    if safety is not None:
        print(f"previous database kept as: {safety}")
    return 0
