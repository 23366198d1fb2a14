"""The zip of the year's archive as it is written: every file hashed as it goes in.

Used by services/office/archive.py; the manifest lists what `files` collected.
"""

from __future__ import annotations

import getpass
import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from dutylog.domain.errors import ValidationError
from dutylog.services.matters.archive_verify import MAX_ENTRY_BYTES

CHUNK = 1 << 20


@dataclass(frozen=True)
class ArchivedFile:
    name: str
    kind: str
    size: int
    sha256: str
    title: str
    pages: int | None = None


def builder_name(actor_username: str | None) -> str:
    """Who built the package: the logged-in account, else the operating-system user."""
    if actor_username:
        return actor_username
    try:
        return f"{getpass.getuser()}（操作系统用户）"
    except (OSError, KeyError):  # no login name on this machine (a bare container)
        return "（未知用户）"


class Package:
    """The zip being written: every file hashed as it goes in, for the manifest."""

    def __init__(self, path: Path, work: Path) -> None:
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True)
        self.work = work
        self.files: list[ArchivedFile] = []
        self._names: set[str] = set()
        self._temps = 0

    def unique(self, name: str) -> str:
        """``name``, or ``name`` with -2, -3 ... before its suffix when already taken."""
        candidate, counter = name, 1
        path = PurePosixPath(name)
        while candidate in self._names:
            counter += 1
            candidate = str(path.with_name(f"{path.stem}-{counter}{path.suffix}"))
        self._names.add(candidate)
        return candidate

    def add_bytes(self, name: str, data: bytes, kind: str, title: str, pages: int | None = None) -> None:
        name = self.unique(name)
        if len(data) > MAX_ENTRY_BYTES:
            raise ValidationError(f"文件“{name}”超过归档包单个文件的上限，归档未生成。", code="too_large")
        self.zip.writestr(name, data)
        digest = hashlib.sha256(data).hexdigest()
        self.files.append(ArchivedFile(name, kind, len(data), digest, title, pages))

    def add_file(self, name: str, source: Path, kind: str, title: str, pages: int | None = None) -> None:
        name = self.unique(name)
        digest = hashlib.sha256()
        with open(source, "rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
        self.zip.write(source, name)
        size = source.stat().st_size
        self.files.append(ArchivedFile(name, kind, size, digest.hexdigest(), title, pages))
        source.unlink()

    def temp(self, suffix: str) -> Path:
        """A fresh file name in the work folder for a writer that wants a path (Qt, openpyxl)."""
        self._temps += 1
        return self.work / f"part-{self._temps}{suffix}"
