"""Command line: `dutylog [--db TARGET] [--user NAME] COMMAND ...`.

Every command except `gui` works without Qt. Every failure prints one line on
stderr, ``dutylog: CODE: message``, and exits 1 (it failed) or 2 (bad input: a value,
a name, a file or a login that is not right); `--verbose` (or DUTYLOG_DEBUG=1) shows
the traceback as well. Output to a closed pipe (`dutylog ... | head`) ends quietly.
Commands that change records log in first: see cli/common.py.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from dutylog import VERSION_LINE
from dutylog.cli.parser import OneLineParser

# Kept out of the start: `--help` and a usage error load argparse and this package alone
# (typing, the error types and contextlib are ~3 ms of a 25 ms answer).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

# Every command: its name, its line in `dutylog --help`, and the modules in dutylog/cli that
# add it (`register(subparsers)`). A command's modules are imported and its parser built only
# when it is named, so `--version`, `--help` and a usage error pay for argparse alone.
COMMANDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("gui", "open the desktop application (default)", ("gui_cmd",)),
    ("demo", "fill an empty database with demo data", ("demo_cmd",)),
    ("check", "check the database's integrity and consistency", ("check_cmd",)),
    ("roster", "duty roster: generate, show, check, export", ("roster_cmd",)),
    ("log", "值班日志：记录、查看、交班、交接班确认 (log)", ("log_cmd",)),
    ("patrols", "巡查安排及完成情况 (patrols)", ("patrols_cmd",)),
    # Several modules add to `settings` (see patrols_cmd.settings_group).
    ("settings", "值班室设置：巡查、班次 (settings)", ("patrols_cmd", "settings_cmd")),
    ("matters", "舆情事项：搜索 (search)", ("matters_cmd", "ledger_cmd")),
    ("archive", "build or verify a year's archive package (.zip)", ("ledger_cmd",)),
    ("units", "单位通讯录与办理情况排名 (units)", ("units_cmd",)),
    ("supervise", "督办：待办交办、督查卡、催办 (supervise)", ("supervise_cmd",)),
    ("plans", "应急预案 (plans)", ("plans_cmd",)),
    ("keywords", "关键词监测清单 (keywords)", ("keywords_cmd",)),
    ("drills", "预案演练与培训 (drills)", ("drills_cmd",)),
    ("brief", "the end-of-day briefing of a date (当日汇报)", ("briefings_cmd",)),
    ("report", "special (专报), weekly and monthly reports", ("briefings_cmd",)),
    ("stats", "statistics for a period (统计)", ("briefings_cmd",)),
    ("user", "manage login accounts", ("user_cmd",)),
    ("backup", "copy the database to the backup folder (or --to DIR)", ("backup_cmd",)),
    (
        "restore",
        "replace the database with a backup (verified first; the current one is kept)",
        ("backup_cmd",),
    ),
    (
        "migrate-to",
        "copy every table of the --db database into an empty database (e.g. PostgreSQL)",
        ("migrate_to_cmd",),
    ),
    ("connection", "show or forget this workstation's saved connection", ("connection_cmd",)),
)

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def build_parser(*, all_commands: bool = False) -> argparse.ArgumentParser:
    """The command line's parser; a command's own parser is built when it is named.

    ``all_commands`` builds them all now (for tests that walk every command).
    """
    parser = OneLineParser(
        prog="dutylog",
        description="DutyLog 值班管理：排班、值班日志、舆情台账、当日汇报。",
    )
    parser.add_argument("--version", action="version", version=VERSION_LINE)
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
    parser.add_argument(
        "--verbose", action="store_true", help="show the traceback of a failure; the app logs DEBUG"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", action=LazyCommands)
    assert isinstance(commands, LazyCommands)
    for name, help_line, _modules in COMMANDS:
        commands.add_stand_in(name, help_line)
    if all_commands:
        for name, _help, _modules in COMMANDS:
            commands.load(name)
    return parser


class LazyCommands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """The subcommands: a command's modules are imported and its parser built when it is named."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.built: set[str] = set()
        self._stand_in: argparse.ArgumentParser | None = None

    def add_stand_in(self, name: str, help_line: str) -> None:
        """List ``name`` with its help line until it is named: enough for the top-level help and
        usage errors. One empty parser stands in for all (`load` replaces it), since building a
        parser per command costs more than the rest of `dutylog --help`."""
        if self._stand_in is None:
            self._stand_in = self._parser_class(prog=self._prog_prefix, add_help=False)
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help_line))
        self._name_parser_map[name] = self._stand_in

    def load(self, name: str) -> None:
        """Build the parser of command ``name`` (and of the others its modules add)."""
        if name in self.built or name not in _MODULES:
            return
        # The modules' own subparsers go to a scratch action first: a module may add to a
        # command another module began (`matters`), which the stand-in could not take.
        scratch = argparse._SubParsersAction(
            option_strings=[], prog=self._prog_prefix, parser_class=self._parser_class
        )
        for module in _modules_with(name):
            importlib.import_module(f"dutylog.cli.{module}").register(scratch)
        for listed in scratch._choices_actions:  # the table and the modules must agree
            if listed.dest not in _MODULES or listed.help != _HELP[listed.dest]:
                raise RuntimeError(f"command {listed.dest!r}: not as dutylog.cli.COMMANDS lists it")
        for built_name, built in scratch.choices.items():
            _accept_db_after_command(built)
            self._name_parser_map[built_name] = built
            self.built.add(built_name)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        self.load(values[0])
        super().__call__(parser, namespace, values, option_string)


_MODULES = {name: modules for name, _help, modules in COMMANDS}
_HELP = {name: help_line for name, help_line, _modules in COMMANDS}


def _modules_with(name: str) -> list[str]:
    """The modules of ``name`` and of every command that shares a module with it, in table order."""
    wanted = set(_MODULES[name])
    grown = True
    while grown:
        grown = False
        for modules in _MODULES.values():
            if wanted.intersection(modules) and not wanted.issuperset(modules):
                wanted.update(modules)
                grown = True
    ordered = [module for _name, _help, modules in COMMANDS for module in modules]
    return [module for module in dict.fromkeys(ordered) if module in wanted]


def _accept_db_after_command(parser: argparse.ArgumentParser) -> None:
    """Let `--db` stand after the command too (`dutylog demo --db X`), at every depth."""
    if "--db" not in parser._option_string_actions:
        parser.add_argument("--db", metavar="TARGET", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
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
        from dutylog.domain.text import collect_notices  # only now: --help and --version need none

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
        from dutylog.domain.errors import ValidationError

        raise ValidationError(
            f"参数 {dest} 含有无法识别的字符（不是 UTF-8 编码），请检查终端的字符编码。",
            code="bad_characters",
            field=dest,
        )


def _undecodable(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


def describe_failure(exc: BaseException) -> tuple[str, str, int]:
    """(code, message, exit status) of a failure, for one line on stderr."""
    from dutylog.domain.errors import DutyLogError, NotFoundError, PermissionDenied, ValidationError

    if isinstance(exc, DutyLogError):
        # Errors that mean "what you gave is not right"; every other failure exits 1.
        bad_input = isinstance(exc, ValidationError | NotFoundError | PermissionDenied)
        return exc.code, exc.message, EXIT_BAD_INPUT if bad_input else EXIT_FAILED
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
            try:  # not contextlib.suppress: contextlib is no import for the start to pay
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                continue


def _quiet_closed_stdout() -> None:
    """The reader went away: send what is still buffered nowhere, so the exit flush stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests capture stdout): nothing is flushed at exit anyway
