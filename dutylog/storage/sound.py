"""A file DutyLog closed cleanly, untouched since, needs no integrity check at the next start.

SQLite's quick_check reads every page: about a second on a ten-year office, paid at every
start-up before the first record can show. Most starts follow a clean close by this same
workstation, with nothing written since; re-reading the whole file then proves nothing
new. So a clean close records the file's identity (size, modification time in
nanoseconds, inode) in this workstation's settings folder, and the next start skips the
check only when the file still has exactly that identity and no write-ahead log is
waiting beside it. A crash leaves the old record (the file changed since), another
program's write changes the time, a restored or copied file has another inode: each
of those runs the check again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from dutylog.paths import config_dir

RECORD_NAME = "sound-files.json"


def _identity(db_file: Path) -> list[int] | None:
    """Size, mtime and inode; None if the file is missing or a write-ahead log holds data."""
    try:
        wal = Path(f"{db_file}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None  # committed pages not yet in the file: it is not at rest
        stat = db_file.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def _records() -> dict[str, list[int]]:
    try:
        data = json.loads((config_dir() / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def known_sound(db_file: Path) -> bool:
    """Whether ``db_file`` is exactly as DutyLog left it after a clean close."""
    identity = _identity(db_file)
    return identity is not None and _records().get(str(db_file.resolve())) == identity


def remember_sound(db_file: Path) -> None:
    """Record ``db_file`` as sound as it is now (after a check passed, or a clean close)."""
    identity = _identity(db_file)
    key = str(db_file.resolve())
    records = _records()
    if identity is None:
        records.pop(key, None)
    else:
        records[key] = identity
    folder = config_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f".{RECORD_NAME}.{os.getpid()}"
        temp.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, folder / RECORD_NAME)
    except OSError:
        pass  # without the record the next start simply checks the file again
