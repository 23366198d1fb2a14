"""Where DutyLog keeps its files, and where its bundled resources are."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

from dutylog import portable

APP_NAME = "DutyLog"
DB_FILENAME = "dutylog.sqlite3"
# Points the per-workstation settings (the saved connection) elsewhere: tests, portable installs.
CONFIG_DIR_ENV = "DUTYLOG_CONFIG_DIR"


def default_database_path() -> Path:
    """The embedded default: an SQLite file in the user's data folder (the portable folder)."""
    folder = portable.root()
    if folder is not None:
        return folder / DB_FILENAME
    return user_data_path(APP_NAME, appauthor=False) / DB_FILENAME


def config_dir() -> Path:
    """This workstation's own settings: $DUTYLOG_CONFIG_DIR, else the user config folder."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    folder = portable.root()
    if folder is not None:
        return folder / "config"
    return user_config_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """Bundled icons, templates and translations.

    An installed wheel carries them as ``dutylog/resources``; a source checkout
    keeps them in ``resources/`` beside the package.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("DutyLog resources folder is missing; reinstall the package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
