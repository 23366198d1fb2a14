"""Folders and files that hold office records, created readable by the owner only.

The evidence folder (screenshots, saved pages of a matter), exports and backups
go through these so that other accounts on a shared computer cannot read them:

    folder = private_dir(db_file.parent / "evidence" / matter_number)
    with private_file(folder / "page.html") as handle:
        handle.write(data)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700; tighten it if it already exists."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if os.name == "posix":
        path.chmod(FOLDER_MODE)
    return path


def private_file(path: Path, *, exclusive: bool = False) -> BinaryIO:
    """Open ``path`` for binary writing, created 0600 before any byte is written."""
    private_dir(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(path, flags, FILE_MODE)
    if os.name == "posix":
        os.fchmod(fd, FILE_MODE)
    return os.fdopen(fd, "wb")
