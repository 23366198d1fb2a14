"""Command line: `dutylog [--db TARGET] [--user NAME] COMMAND ...`.

Every command except `gui` works without Qt. Errors print one clear line on
stderr and exit non-zero; set DUTYLOG_DEBUG=1 to see a traceback instead.
Output to a closed pipe (`dutylog ... | head`) ends quietly.
Commands that change records log in first: see cli/common.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from dutylog import __version__
from dutylog.cli import (
    backup_cmd,
    briefings_cmd,
    check_cmd,
    connection_cmd,
    demo_cmd,
    gui_cmd,
    ledger_cmd,
    matters_cmd,
    migrate_to_cmd,
    roster_cmd,
    user_cmd,
)
from dutylog.domain.errors import DutyLogError

# Each module adds its subcommand(s) with `register(subparsers)`.
COMMAND_MODULES = [
    gui_cmd,
    demo_cmd,
    check_cmd,
    roster_cmd,
    matters_cmd,
    ledger_cmd,
    briefings_cmd,
    user_cmd,
    backup_cmd,
    migrate_to_cmd,
    connection_cmd,
]

EXIT_ERROR = 2
EXIT_UNEXPECTED = 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dutylog",
        description="DutyLog 值班管理：排班、值班日志、舆情台账、当日汇报。",
    )
    parser.add_argument("--version", action="version", version=f"DutyLog {__version__}")
    parser.add_argument(
        "--db",
        metavar="TARGET",
        help="database file or SQLAlchemy URL (default: $DUTYLOG_DB, else the connection saved in "
        "Settings, else the file in the user data folder)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="log in as this account (default: $DUTYLOG_USER); the password from $DUTYLOG_PASSWORD, "
        "else a prompt on a terminal. Commands that change records need it; reads do not",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    _accept_db_after_command(parser)
    return parser


def _accept_db_after_command(parser: argparse.ArgumentParser) -> None:
    """Let `--db` stand after the command too (`dutylog demo --db X`), at every depth."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if "--db" not in sub._option_string_actions:
                    sub.add_argument(
                        "--db", metavar="TARGET", default=argparse.SUPPRESS, help=argparse.SUPPRESS
                    )
                _accept_db_after_command(sub)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    try:
        result: int = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit flush
        return result
    except DutyLogError as exc:
        print(f"dutylog: {exc.code}: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        _quiet_closed_stdout()
        return 0
    except KeyboardInterrupt:
        print("dutylog: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("DUTYLOG_DEBUG"):
            raise
        print(f"dutylog: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_UNEXPECTED


def _quiet_closed_stdout() -> None:
    """The reader went away: send what is still buffered nowhere, so the exit flush stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests capture stdout): nothing is flushed at exit anyway
