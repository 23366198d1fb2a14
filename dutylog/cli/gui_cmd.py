"""`dutylog gui`: the desktop application (the only command that starts Qt)."""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import Access, declare, resolve_database
from dutylog.domain.errors import DutyLogError

# The keys of ui/pages.py's PAGES (the CLI imports nothing from ui; a test keeps them equal).
PAGES = (
    "today",
    "roster",
    "log",
    "ledger",
    "briefings",
    "stats",
    "settings",
    "audit",
    "supervision",
    "contacts",
    "plans",
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("gui", help="open the desktop application (default)")
    parser.add_argument("--page", choices=PAGES, help="page to open")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the page to a PNG and exit")
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), help="interface language (default: saved or system)"
    )
    parser.set_defaults(func=run)
    # The window asks for its own login before anything can be changed.
    declare(parser, Access.READ)


def run(args: argparse.Namespace) -> int:
    from dutylog.app import run_gui, show_startup_error

    try:
        resolved = resolve_database(args)
    except DutyLogError as exc:
        # A damaged saved connection: started from a desktop icon, stderr is never seen.
        if args.screenshot:
            raise
        exit_code: int = show_startup_error(exc, language=args.lang)
        return exit_code
    exit_code = run_gui(
        resolved, page=args.page, screenshot=args.screenshot, language=args.lang, verbose=args.verbose
    )
    return exit_code
