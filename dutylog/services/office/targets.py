"""Which database to open: the same rule for the command line and the desktop.

``--db``, else ``$DUTYLOG_DB``, else the connection saved on this workstation
(``ConnectionStore``), else the default SQLite file in the user data folder. Light on
purpose: the desktop resolves its target before the first window paints.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dutylog.domain.office.connection import ConnectionProfile, TargetSource
from dutylog.paths import default_database_path
from dutylog.services.office.connection_store import ConnectionStore

DB_ENV = "DUTYLOG_DB"


@dataclass(frozen=True)
class ResolvedTarget:
    """The database to open and why; ``warning`` when the saved password could not be read."""

    target: str
    source: TargetSource
    saved_file: Path | None = None
    warning: str | None = None


def resolve_target(
    option: str | None, environ: Mapping[str, str] | None = None, store: ConnectionStore | None = None
) -> ResolvedTarget:
    """``--db`` > ``$DUTYLOG_DB`` > saved connection > default file (see the module docstring)."""
    if option:
        return ResolvedTarget(option, TargetSource.OPTION)
    from_env = (os.environ if environ is None else environ).get(DB_ENV)
    if from_env:
        return ResolvedTarget(from_env, TargetSource.ENVIRONMENT)
    store = store or ConnectionStore()
    saved = store.load()
    if saved is None:
        return ResolvedTarget(str(default_database_path()), TargetSource.DEFAULT)
    from dutylog.storage.connection import profile_target

    # The plain-text warning belongs on the Settings page, not on every start.
    warning = None if saved.plain_text_password else saved.warning
    return ResolvedTarget(profile_target(saved.profile), TargetSource.SAVED, store.file, warning)


def describe_target(target: str | ConnectionProfile) -> str:
    """A file's path, or a URL with its password hidden."""
    from dutylog.storage.connection import profile_url
    from dutylog.storage.engine import describe, resolve_url

    return describe(profile_url(target) if isinstance(target, ConnectionProfile) else resolve_url(target))
