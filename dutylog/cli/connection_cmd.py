"""`dutylog connection show|forget`: the connection saved on this workstation.

It is saved from the Settings page; here one can see it and, when it points at a server
that is gone for good, forget it without opening any database (which is why these
commands never connect: the saved connection may be exactly what fails).
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from dutylog.cli.common import Access, declare

# Keyed by TargetSource's values. The services (and the domain module) are imported by the
# commands themselves: building the parser (--help, --version) stays light.
SOURCE_TEXT = {
    "option": "--db",
    "environment": "$DUTYLOG_DB",
    "saved": "the saved connection",
    "default": "the default file",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("connection", help="show or forget this workstation's saved connection")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="which database a start opens, and what is saved")
    show.set_defaults(func=run_show)
    declare(show, Access.READ)
    forget = actions.add_parser("forget", help="delete the saved connection (back to the default file)")
    forget.set_defaults(func=run_forget)
    # Deletes this workstation's file only; never opens a database, so there is no one to log in to.
    declare(forget, Access.READ)


def run_show(args: argparse.Namespace) -> int:
    from dutylog.domain.office.connection import TargetSource
    from dutylog.paths import default_database_path
    from dutylog.services.office.connection_store import ConnectionStore
    from dutylog.services.office.targets import DB_ENV, describe_target

    store = ConnectionStore()
    saved = store.load(with_password=False)
    if saved is None:
        print(f"saved: none ({store.file})")
    else:
        print(f"saved: {describe_target(saved.profile)} ({store.file})")
        print(f"password: {saved.password_storage.value}")
    # Named without reading the keyring: showing needs no password.
    option = getattr(args, "db", None) or os.environ.get(DB_ENV)
    if option:
        source = TargetSource.OPTION if getattr(args, "db", None) else TargetSource.ENVIRONMENT
        print(f"opens: {describe_target(option)} (from {SOURCE_TEXT[source]})")
    elif saved is not None:
        print(f"opens: {describe_target(saved.profile)} (from {SOURCE_TEXT[TargetSource.SAVED]})")
    else:
        print(f"opens: {default_database_path()} (from {SOURCE_TEXT[TargetSource.DEFAULT]})")
    return 0


def run_forget(_args: argparse.Namespace) -> int:
    from dutylog.services.office.connection_store import ConnectionStore
    from dutylog.services.office.targets import DB_ENV

    store = ConnectionStore()
    if store.forget():
        print(f"forgotten: {store.file}; DutyLog now opens the default file unless --db or ${DB_ENV}")
    else:
        print(f"nothing saved ({store.file})")
    return 0
