"""Where an export, a document or an archive may be written, and writing it safely (no Qt, no SQL).

Every file DutyLog writes at a user's request goes through `OutputFiles`:

- `check_output_target` refuses, before any work is done, a target that would destroy
  the record (the open database, its journal/WAL/anchor, anything in the office's
  backup or evidence folder) or that is not a file at all (a folder, a device such as
  /dev/null or /dev/full, a pipe, a socket, a link to one of those), or whose folder
  does not exist. Paths are compared after resolving links and ``..``.
- `OutputFiles.write` / `OutputFiles.writing` write through `files.replacing`: a
  temporary file beside the target, fsynced and renamed over it, so a failure (full
  disk, no permission) leaves the old file untouched and no temporary behind.
- Both report what was written: `Written` (path, size in bytes, and the writer's count).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dutylog.domain.errors import DutyLogError, ValidationError
from dutylog.storage.files import replacing

UNSAFE_TARGET = "unsafe_target"
WRITE_FAILED = "write_failed"


@dataclass(frozen=True)
class Protected:
    """A path no output may replace; a ``folder`` protects everything inside it too."""

    path: Path
    what: str  # in the refusal, e.g. "当前打开的数据库文件"
    folder: bool = False


@dataclass(frozen=True)
class Written:
    """A file that was written: its resolved path, its size and what the writer counted."""

    path: Path
    size: int
    count: int = 0  # rows, duties or pages, as the writer says


class WriteFailed(DutyLogError):
    """The file system refused the write (full disk, no permission); the old file is untouched."""

    code = WRITE_FAILED


def _refuse(message: str) -> ValidationError:
    return ValidationError(message, code=UNSAFE_TARGET, field="path")


def check_output_target(path: str | os.PathLike[str], protected: Iterable[Protected] = ()) -> Path:
    """The resolved file to write for ``path``, or ValidationError ``unsafe_target`` saying why not."""
    shown = os.fspath(path)
    if not shown.strip():
        raise _refuse("请指定要写入的文件名。")
    if shown.endswith(("/", os.sep, os.altsep or "/")):
        raise _refuse(f"{shown} 以“/”结尾，是文件夹而不是文件名；请指定要写入的文件名。")
    absolute = Path(os.path.abspath(Path(shown).expanduser()))
    target = absolute.resolve()
    named = shown if target == absolute else f"{shown}（即 {target}）"
    _check_folder(target, named)
    _check_protected(target, named, protected)
    check_kind(target, named)
    return target


def check_kind(target: Path, named: str) -> None:
    """A new path or an existing regular file; anything else is refused."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _refuse(f"无法检查 {named}：{exc.strerror}。") from exc
    if stat.S_ISDIR(info.st_mode):
        raise _refuse(f"{named} 是文件夹；请指定要写入的文件名。")
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(f"不能写入 {named}：它不是普通文件（设备、管道或套接字），DutyLog 只写入普通文件。")


def _check_folder(target: Path, named: str) -> None:
    folder = target.parent
    if not folder.exists():
        raise _refuse(f"文件夹 {folder} 不存在，无法写入 {named}；请先创建该文件夹或换一个位置。")
    if not folder.is_dir():
        raise _refuse(f"{folder} 不是文件夹，无法写入 {named}。")


def _check_protected(target: Path, named: str, protected: Iterable[Protected]) -> None:
    same_file = _identity(target)
    for guard in protected:
        guarded = Path(os.path.abspath(guard.path)).resolve()
        inside = guard.folder and (target == guarded or guarded in target.parents)
        # A hard link or another mount of the same file has another path but the same inode.
        linked = not guard.folder and same_file is not None and same_file == _identity(guarded)
        if target == guarded or inside or linked:
            where = f"它在{guard.what} {guarded} 中" if guard.folder else f"这是{guard.what}"
            raise _refuse(f"不能写入 {named}：{where}，写入会毁坏值班记录。请换一个文件名或位置。")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


class Pending:
    """An output being written: the block writes ``temp``; ``written`` is known after it."""

    def __init__(self, target: Path, temp: Path) -> None:
        self.target = target
        self.temp = temp
        self.count = 0  # the block may set what it wrote: rows, duties, pages
        self._written: Written | None = None

    @property
    def written(self) -> Written:
        if self._written is None:
            raise RuntimeError("the output has not been written yet")
        return self._written


class OutputFiles:
    """The office's one way to write a file a user asked for; ``protected`` is asked at each check."""

    def __init__(self, protected: Callable[[], Iterable[Protected]] = tuple) -> None:
        self._protected = protected

    def check(self, path: str | os.PathLike[str]) -> Path:
        """Refuse an unsafe target before any work is done; returns the file that would be written."""
        return check_output_target(path, self._protected())

    def write(self, path: str | os.PathLike[str], data: bytes, *, count: int = 0) -> Written:
        with self.writing(path) as out:
            out.temp.write_bytes(data)
            out.count = count
        return out.written

    @contextmanager
    def writing(self, path: str | os.PathLike[str]) -> Iterator[Pending]:
        """Check ``path``, yield a `Pending` whose ``temp`` the block writes, then put it in place.

        For writers that need a file name (openpyxl, python-docx, QPdfWriter, zipfile).
        An OSError from the block or the rename becomes `WriteFailed` naming the path;
        other errors pass through. Either way the target is untouched and no temporary
        file is left.
        """
        target = self.check(path)
        shown = os.fspath(path)
        try:
            with replacing(target) as temp:
                pending = Pending(target, temp)
                yield pending
                # Between the check and now something may have been put in the way.
                check_kind(target, shown)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise WriteFailed(f"无法写入文件 {shown}：{reason}。原有文件（如有）保持不变。") from exc
        pending._written = Written(target, target.stat().st_size, pending.count)
