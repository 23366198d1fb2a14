"""Reading a file a person named (an import): checked before a byte is read, and bounded.

A path typed on the command line or picked in a dialog may be /dev/zero, a folder, a
named pipe, a file that is still growing, or a zip that unpacks to gigabytes. Each of
these is refused with one clear line instead of hanging or exhausting memory:

* the file is opened without blocking (a pipe would otherwise wait for a writer), and
  what was opened is checked with fstat, so a path swapped after a check cannot slip by;
* only a regular file of at most ``limit`` bytes is accepted, and reads stop after
  ``limit + 1`` bytes whatever the file does meanwhile;
* a zip (an .xlsx) is refused when its members together unpack to more than a limit,
  before any library inflates them.
"""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from pathlib import Path
from typing import BinaryIO

from dutylog.domain.errors import ValidationError

MIB = 1024 * 1024
_CHUNK = 1 << 20


def _mib(size: int) -> str:
    return f"{size / MIB:.0f} MB" if size >= MIB else f"{size / 1024:.0f} KB"


def too_large(path: Path, limit: int, label: str) -> ValidationError:
    return ValidationError(
        f"{label}“{path.name}”超过 {_mib(limit)} 的上限，未读取。", code="file_too_large", field="file"
    )


def open_input(path: str | Path, limit: int, *, label: str = "文件") -> BinaryIO:
    """``path`` opened for reading, once it is known to be a regular file of at most ``limit`` bytes.

    The caller closes it (``with open_input(...) as handle``).
    """
    source = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(source, flags)
    except FileNotFoundError:
        raise ValidationError(f"找不到文件“{source}”。", code="no_such_file", field="file") from None
    except IsADirectoryError:  # Windows; elsewhere a folder opens and fstat tells
        raise _not_a_file(source, label) from None
    except PermissionError:
        raise ValidationError(
            f"没有读取{label}“{source.name}”的权限。", code="unreadable", field="file"
        ) from None
    except OSError as exc:
        raise ValidationError(
            f"无法读取{label}“{source.name}”：{exc.strerror}", code="unreadable", field="file"
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_a_file(source, label)
        if info.st_size > limit:
            raise too_large(source, limit, label)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _not_a_file(path: Path, label: str) -> ValidationError:
    return ValidationError(
        f"“{path}”不是普通文件（可能是文件夹、设备或管道），不能作为{label}读取。",
        code="not_a_file",
        field="file",
    )


def read_limited(handle: BinaryIO, path: Path, limit: int, label: str) -> bytes:
    """The rest of ``handle``, refused when it turns out longer than ``limit`` (the file grew)."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise too_large(path, limit, label)
    return data


def read_input(path: str | Path, limit: int, *, label: str = "文件") -> bytes:
    """The bytes of a file a person named, at most ``limit`` of them (see `open_input`)."""
    with open_input(path, limit, label=label) as handle:
        return read_limited(handle, Path(path), limit, label)


def sha256_input(path: str | Path, limit: int, *, label: str = "文件") -> str:
    """SHA-256 of a file a person named, read in chunks and never past ``limit`` bytes."""
    digest = hashlib.sha256()
    total = 0
    with open_input(path, limit, label=label) as handle:
        while chunk := handle.read(_CHUNK):
            total += len(chunk)
            if total > limit:
                raise too_large(Path(path), limit, label)
            digest.update(chunk)
    return digest.hexdigest()


def check_zip(handle: BinaryIO, path: Path, unpacked_limit: int, *, label: str = "文件") -> None:
    """Refuse a zip whose members unpack to more than ``unpacked_limit`` bytes (a "zip bomb").

    Python's zipfile never inflates a member past the size its directory declares, so
    the declared sizes bound what any reader of this handle can unpack. Raises
    `zipfile.BadZipFile` for a damaged zip; the caller words that for its own files.
    Leaves ``handle`` at its start.
    """
    with zipfile.ZipFile(handle) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    handle.seek(0)
    if unpacked > unpacked_limit:
        raise ValidationError(
            f"{label}“{path.name}”解压后超过 {_mib(unpacked_limit)} 的上限，未读取。",
            code="file_too_large",
            field="file",
        )
