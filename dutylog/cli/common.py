"""Helpers shared by the subcommands, and the one place that decides who is acting.

Every subcommand declares with `declare(parser, Access.X)` whether it only reads or
changes records; `open_office(args)` then opens the office accordingly:

- READ: no login needed (the command acts as the system account, which only reads
  here); `--user NAME` / `$DUTYLOG_USER` logs in all the same, e.g. so that a report
  names the account or an account list is refused to an officer.
- WRITE: the command logs in like the GUI (password from `$DUTYLOG_PASSWORD`, else a
  prompt when stdin is a terminal), with the GUI's lock-out and login audit record;
  without a name it stops before opening the database.
- SETUP: a write that needs no login while the database has no account at all,
  since nobody could log in yet (`user add` of the first administrator, `demo`).

A READ command may name options that make it a write (`brief --sign`): `write_options`.
tests/cli/test_access.py walks the parser so that no subcommand goes undeclared.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any

from dutylog.domain.errors import PermissionDenied, ValidationError
from dutylog.office import Office, open_resolved
from dutylog.services.office.connection import ResolvedTarget, resolve_target

USER_ENV = "DUTYLOG_USER"
PASSWORD_ENV = "DUTYLOG_PASSWORD"


class Access(StrEnum):
    READ = "read"
    WRITE = "write"
    SETUP = "setup"


def declare(parser: argparse.ArgumentParser, access: Access, *, write_options: tuple[str, ...] = ()) -> None:
    """State whether ``parser``'s command reads or writes (``write_options``: dests that make it write)."""
    parser.set_defaults(access=access, write_options=write_options)


def access_of(args: argparse.Namespace) -> Access:
    declared = getattr(args, "access", None)
    if not isinstance(declared, Access):
        raise RuntimeError(f"command {getattr(args, 'command', '?')!r} does not declare read or write")
    options: tuple[str, ...] = getattr(args, "write_options", ())
    if declared is Access.READ and any(getattr(args, dest, None) not in (None, False) for dest in options):
        return Access.WRITE
    return declared


def login_required() -> PermissionDenied:
    return PermissionDenied(
        "this command changes records: log in with --user NAME "
        f"(password from ${PASSWORD_ENV} or the prompt)",
        code="login_required",
    )


def username_of(args: argparse.Namespace) -> str | None:
    name = getattr(args, "user", None) or os.environ.get(USER_ENV)
    return (name.strip() or None) if name else None


def login_password(username: str) -> str:
    """$DUTYLOG_PASSWORD, else a prompt on a terminal; never read from a pipe."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"{username} 的密码: ")
    raise PermissionDenied(
        f"no password for {username}: set ${PASSWORD_ENV}, or run on a terminal to be asked",
        code="password_required",
    )


def resolve_database(args: argparse.Namespace) -> ResolvedTarget:
    """--db, then $DUTYLOG_DB, then the saved connection, then the file in the user data folder."""
    resolved = resolve_target(getattr(args, "db", None))
    if resolved.warning:
        print(f"dutylog: warning: {resolved.warning}", file=sys.stderr)
    return resolved


def open_office(args: argparse.Namespace) -> Office:
    """The office, logged in as the command's declared access requires (see the module docstring)."""
    access = access_of(args)
    username = username_of(args)
    if access is Access.WRITE and username is None:
        raise login_required()  # before the database is even opened
    office = open_resolved(resolve_database(args))
    try:
        if access is Access.SETUP and office.accounts.needs_first_run():
            return office
        if username is None:
            if access is not Access.READ:
                raise login_required()
            return office
        office.login(username, login_password(username))
    except BaseException:
        office.close()
        raise
    return office


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"日期格式应为 YYYY-MM-DD：{text}", code="bad_date") from None


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset):
        return sorted(_jsonable(item) for item in value)
    raise TypeError(type(value).__name__)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_jsonable)
    sys.stdout.write("\n")
