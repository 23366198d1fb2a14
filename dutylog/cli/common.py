"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, datetime
from enum import Enum
from typing import Any

from dutylog.domain.errors import ValidationError
from dutylog.office import open_resolved
from dutylog.services.office.connection import ResolvedTarget, resolve_target


def resolve_database(args: argparse.Namespace) -> ResolvedTarget:
    """--db, then $DUTYLOG_DB, then the saved connection, then the file in the user data folder."""
    resolved = resolve_target(getattr(args, "db", None))
    if resolved.warning:
        print(f"dutylog: warning: {resolved.warning}", file=sys.stderr)
    return resolved


def open_office(args: argparse.Namespace) -> Any:
    """The office, acting as the system account unless --user / $DUTYLOG_USER names an account."""
    office = open_resolved(resolve_database(args))
    username = getattr(args, "user", None) or os.environ.get("DUTYLOG_USER")
    if username:
        password = os.environ.get("DUTYLOG_PASSWORD")
        if password is None:
            import getpass

            password = getpass.getpass(f"{username} 的密码: ")
        try:
            office.login(username, password)
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
