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
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any

from dutylog.domain.errors import PermissionDenied, ValidationError

if TYPE_CHECKING:
    # Imported where used: building the parser (--help, --version, a usage error) must not
    # pay for SQLAlchemy and the services, which `dutylog.office` pulls in.
    from dutylog.domain.accounts.permissions import Actor
    from dutylog.office import Office
    from dutylog.services.office.targets import ResolvedTarget

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
    if not on_terminal():
        raise PermissionDenied(
            f"no password for {username}: set ${PASSWORD_ENV}, or run on a terminal to be asked",
            code="password_required",
        )
    return ask_secret(f"{username} 的密码: ")


def on_terminal() -> bool:
    try:
        return sys.stdin is not None and not sys.stdin.closed and sys.stdin.isatty()
    except (OSError, ValueError):
        return False


def ask_secret(prompt: str, *, hint: str = "") -> str:
    """Ask on the terminal without echo; with no terminal, refuse instead of waiting or reading a pipe."""
    if not on_terminal():
        raise ValidationError(f"无法询问密码：标准输入不是终端。{hint}".strip(), code="no_terminal")
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise ValidationError("未输入密码（输入已结束）。", code="no_password") from None


def resolve_database(args: argparse.Namespace) -> ResolvedTarget:
    """--db, then $DUTYLOG_DB, then the saved connection, then the file in the user data folder."""
    from dutylog.services.office.targets import resolve_target

    resolved = resolve_target(getattr(args, "db", None))
    if resolved.warning:
        print(f"dutylog: warning: {resolved.warning}", file=sys.stderr)
    return resolved


def open_office(args: argparse.Namespace) -> Office:
    """The office, logged in as the command's declared access requires (see the module docstring).

    A read opens the database read-only (it is never created or migrated); a write opens
    an existing database; only SETUP may create one.
    """
    from dutylog.domain.office.connection import OpenMode
    from dutylog.office import open_resolved

    access = access_of(args)
    username = username_of(args)
    if access is Access.WRITE and username is None:
        raise login_required()  # before the database is even opened
    resolved = resolve_database(args)
    if access is Access.READ:
        actor = _read_login(resolved, username) if username is not None else None
        office = open_resolved(resolved, mode=OpenMode.READ)
        if actor is not None:
            office.act_as(actor)
        return office
    office = open_resolved(resolved, mode=OpenMode.CREATE if access is Access.SETUP else OpenMode.WRITE)
    try:
        if access is Access.SETUP and office.accounts.needs_first_run():
            return office
        if username is None:
            raise login_required()
        office.accounts.login(username, login_password(username), record_success=False)
    except BaseException:
        office.close()
        raise
    return office


@contextmanager
def setup_office(args: argparse.Namespace) -> Iterator[Office]:
    """The office of a command that may create its database (SETUP); if the command fails,
    a database file it created is removed again, so a failed setup leaves nothing behind."""
    office = open_office(args)
    try:
        yield office
    except BaseException:
        office.db.discard_created()
        raise
    finally:
        office.close()


def _read_login(resolved: ResolvedTarget, username: str) -> Actor:
    """Check a reader's password. A refusal is counted and audited like any other; a read
    that logs in successfully leaves no record, since it changes nothing."""
    from dutylog.domain.office.connection import OpenMode
    from dutylog.office import open_resolved

    password = login_password(username)  # asked before the database is opened for writing
    office = open_resolved(resolved, mode=OpenMode.WRITE)
    try:
        return office.accounts.login(username, password, record_success=False)
    finally:
        office.close()


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset):
        return sorted(_jsonable(item) for item in value)
    raise TypeError(type(value).__name__)


def print_json(value: Any) -> None:
    import json  # imported by the commands that print it, not by every start

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_jsonable)
    sys.stdout.write("\n")
