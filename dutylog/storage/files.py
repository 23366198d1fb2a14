"""Small, durable file helpers: the one way DutyLog replaces a file (no Qt, no SQL).

`replacing` is the rule every writer follows, whether it has the bytes in hand
(`write_atomic`: evidence, drafts, anchors, saved connections) or needs a file name of
its own (openpyxl, python-docx, QPdfWriter, zipfile; see storage/output.py): write a new
file beside the target, fsync it, rename it over the target, fsync the folder. The
target holds either its old bytes or the new ones, even after a crash or a full disk.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Leftovers of a killed writer are hidden files that name what they were for.
TEMP_SUFFIX = ".tmp"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        path.chmod(0o700)
    return path


def _temp_beside(target: Path) -> Path:
    """A fresh name beside ``target`` for the file that will replace it."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


@contextmanager
def replacing(target: Path, *, mode: int | None = None) -> Iterator[Path]:
    """Yield a new empty file beside ``target``; when the block ends, it becomes ``target``.

    The block writes the yielded path (or reopens it by name). On success the file is
    fsynced, given its permissions, renamed over ``target`` and the folder fsynced so
    the rename itself survives a power loss. On any failure, in the block or after it,
    the new file is removed and ``target`` is left as it was; the exception (OSError
    for the file system's refusals) propagates.

    ``mode``: the new file's permission bits. None keeps those of the file replaced,
    or, for a new file, what the user's umask allows (an export is the user's file).
    """
    folder = target.parent
    temp, created_mode = _create_beside(target, 0o600 if mode is not None else 0o666)
    try:
        yield temp
        _fsync_file(temp)
        wanted = mode if mode is not None else _existing_mode(target)
        if wanted is not None and wanted != created_mode:
            os.chmod(temp, wanted)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_dir(folder)


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` privately (0600, folder 0700) so ``target`` holds the old or the new bytes."""
    ensure_private_dir(target.parent)
    with replacing(target, mode=0o600) as temp, open(temp, "wb") as handle:
        handle.write(data)


def _create_beside(target: Path, mode: int) -> tuple[Path, int]:
    """Create a new file beside ``target`` (never an existing one); returns it and its mode."""
    for _attempt in range(100):
        temp = _temp_beside(target)
        try:
            fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), mode)
        except FileExistsError:
            continue
        try:
            created = stat.S_IMODE(os.fstat(fd).st_mode)
        finally:
            os.close(fd)
        return temp, created
    raise FileExistsError(f"no free temporary name beside {target}")


def _existing_mode(target: Path) -> int | None:
    try:
        info = os.stat(target)
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None


def _fsync_file(path: Path) -> None:
    """Force what a writer (ours or a library's) put in ``path`` onto the disk."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except PermissionError:
        fd = os.open(path, os.O_RDONLY)  # a writer made it read-only; POSIX fsyncs it all the same
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power loss (not possible on Windows: skipped)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not supported on this platform (Windows)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
