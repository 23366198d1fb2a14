"""Command line: `dutylog [--db TARGET] [--user NAME] COMMAND ...`.

Every command except `gui` works without Qt. Every failure prints one line on
stderr, ``dutylog: CODE: message``, and exits 1 (it failed) or 2 (bad input: a value,
a name, a file or a login that is not right); `--verbose` (or DUTYLOG_DEBUG=1) shows
the traceback as well. Output to a closed pipe (`dutylog ... | head`) ends quietly.
Commands that change records log in first: see cli/common.py.
"""

from __future__ import annotations

import argparse
import contextlib
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
from dutylog.cli.values import OneLineParser
from dutylog.domain.errors import DutyLogError, NotFoundError, PermissionDenied, ValidationError
from dutylog.domain.text import collect_notices

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

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
# Errors that mean "what you gave is not right"; every other failure exits 1.
BAD_INPUT = (ValidationError, NotFoundError, PermissionDenied)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
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
    parser.add_argument("--verbose", action="store_true", help="show the traceback of a failure")
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
    arguments = list(argv if argv is not None else sys.argv[1:])
    _tolerant_output()
    verbose = "--verbose" in arguments or bool(os.environ.get("DUTYLOG_DEBUG"))
    try:
        parser = build_parser()
        args = parser.parse_args(arguments)
        if args.command is None:
            args = parser.parse_args([*arguments, "gui"])
        with collect_notices() as notices:
            _refuse_undecodable(args)
            result: int = args.func(args)
        for notice in notices:  # what the input rules changed without refusing it (zero-width...)
            print(f"dutylog: notice: {notice}", file=sys.stderr)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit flush
        return result
    except SystemExit as exc:  # argparse: --help, --version, a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    except BrokenPipeError:
        _quiet_closed_stdout()
        return 0
    except KeyboardInterrupt:
        _fail("interrupted", "已中断", verbose=False)
        return 130
    except BaseException as exc:  # every failure is one line (the traceback with --verbose)
        code, message, status = describe_failure(exc)
        _fail(code, message, verbose=verbose)
        return status


# Options that name files or databases: a file name that is not UTF-8 is still a file name.
PATH_OPTIONS = frozenset({"db", "pdf", "docx", "xlsx", "csv", "ics", "out", "verify", "file", "url"})


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """Text typed in another encoding arrives as lone surrogates: refuse it before it reaches a record."""
    for dest, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if dest in PATH_OPTIONS or not any(isinstance(v, str) and _undecodable(v) for v in values):
            continue
        raise ValidationError(
            f"参数 {dest} 含有无法识别的字符（不是 UTF-8 编码），请检查终端的字符编码。",
            code="bad_characters",
            field=dest,
        )


def _undecodable(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


def describe_failure(exc: BaseException) -> tuple[str, str, int]:
    """(code, message, exit status) of a failure, for one line on stderr."""
    if isinstance(exc, DutyLogError):
        return exc.code, exc.message, EXIT_BAD_INPUT if isinstance(exc, BAD_INPUT) else EXIT_FAILED
    if isinstance(exc, MemoryError):
        return "out_of_memory", "内存不足，操作未完成。", EXIT_FAILED
    if isinstance(exc, OSError):
        where = f"：{exc.filename}" if exc.filename else ""
        return "os_error", f"{exc.strerror or exc}{where}", EXIT_FAILED
    text = str(exc).splitlines()[0] if str(exc) else ""
    return "unexpected error", f"{type(exc).__name__}: {text}（用 --verbose 查看详情）", EXIT_FAILED


def _fail(code: str, message: str, *, verbose: bool) -> None:
    if verbose:
        import traceback  # only here: a normal start need not pay for it

        traceback.print_exc()
    try:
        # One line, whatever the message quotes (a file name may hold a line break).
        print(f"dutylog: {code}: {' '.join(message.splitlines())}", file=sys.stderr)
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # stderr itself is gone: nothing more can be said


def _tolerant_output() -> None:
    """A file name that is not valid UTF-8 (argv's surrogate escapes) prints escaped, not as a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _quiet_closed_stdout() -> None:
    """The reader went away: send what is still buffered nowhere, so the exit flush stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests capture stdout): nothing is flushed at exit anyway
