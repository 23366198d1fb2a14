"""The log file, the crash file and the details a support request needs.

``dutylog.log`` (rotating, 1 MiB x 5) and ``crash.log`` live in the user's log folder
(``~/.local/state/DutyLog/log`` on Linux, ``%LOCALAPPDATA%\\DutyLog\\Logs`` on Windows), or in
``$DUTYLOG_LOG_DIR``. The log takes INFO and above, DEBUG with ``--verbose``. ``crash.log``
receives what ``faulthandler`` writes when Python dies hard (a crash inside Qt or a driver):
the one case where the log file cannot say what happened, because nothing runs after it.
Nothing here imports Qt: the details mention Qt only when the app has loaded it.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from platformdirs import user_log_path

from dutylog import __version__, portable
from dutylog.paths import APP_NAME

LOG_DIR_ENV = "DUTYLOG_LOG_DIR"
LOG_FILE = "dutylog.log"
CRASH_FILE = "crash.log"
LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 5
# The crash file keeps one line per start; past this size it starts afresh.
CRASH_BYTES = 256 * 1024
FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"

logger = logging.getLogger("dutylog")
_crash_stream: IO[str] | None = None


def log_dir() -> Path:
    """$DUTYLOG_LOG_DIR, else the user's log folder."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    folder = portable.root()
    if folder is not None:
        return folder / "logs"
    return user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    return log_dir() / LOG_FILE


def crash_file() -> Path:
    return log_dir() / CRASH_FILE


def setup(*, verbose: bool = False, folder: Path | None = None) -> Path | None:
    """Log to the rotating file and arm the crash file; the log's path, or None if unwritable.

    A read-only or full home folder must not stop the app: it then runs without a log.
    """
    where = folder or log_dir()
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(logger.handlers):
        if getattr(handler, "dutylog_file", False):
            logger.removeHandler(handler)
            handler.close()
    try:
        where.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            where / LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.dutylog_file = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    enable_crash_file(where / CRASH_FILE)
    return where / LOG_FILE


def enable_crash_file(path: Path) -> bool:
    """Send faulthandler's report of a hard crash (SIGSEGV, SIGABRT, ...) to ``path``."""
    global _crash_stream
    try:
        if path.exists() and path.stat().st_size > CRASH_BYTES:
            path.unlink()
        stream = open(path, "a", encoding="utf-8")  # noqa: SIM115 - stays open for faulthandler
    except OSError:
        return False
    # One line per start, so that a report below it says which run and version crashed.
    stream.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S} pid {os.getpid()} DutyLog {__version__}\n")
    stream.flush()
    faulthandler.enable(file=stream, all_threads=True)
    if _crash_stream is not None:
        _crash_stream.close()
    _crash_stream = stream
    return True


def details(database: str | None = None) -> str:
    """Version, Python, Qt, platform and database kind: the lines a support request needs."""
    lines = [
        f"DutyLog {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
    ]
    qt = _qt_versions()
    if qt:
        lines.append(qt)
    lines.append(f"{platform.platform()} {platform.machine()}")
    if getattr(sys, "frozen", False):
        lines.append("bundle: " + str(Path(sys.executable).parent))
    if database is not None:
        lines.append(f"Database: {database}")
    lines.append(f"Log: {log_file()}")
    return "\n".join(lines)


def _qt_versions() -> str:
    core = sys.modules.get("PySide6.QtCore")
    pyside = sys.modules.get("PySide6")
    if core is None or pyside is None:
        return ""
    return f"Qt {core.qVersion()}, PySide6 {getattr(pyside, '__version__', '?')}"


def describe_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(kind, error, tb))
