"""Portable mode: the database, settings and logs in one folder beside the program.

For a USB stick or a folder on a machine where nothing may be installed: an empty file
named ``portable`` beside the executable (``dutylog.exe``/``dutylog`` of the bundle) puts
everything in ``data/`` next to it; ``$DUTYLOG_PORTABLE=FOLDER`` does the same for any
folder (a source checkout, tests). Nothing is then written to the user's profile.

A portable folder on a network share is refused: SQLite's file locking is unreliable
over SMB and NFS, and two workstations writing one file through a share corrupt it
(https://www.sqlite.org/useovernet.html). An office with several workstations uses a
PostgreSQL server instead.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from dutylog.domain.errors import DutyLogError

PORTABLE_ENV = "DUTYLOG_PORTABLE"
MARKER = "portable"  # the file beside the executable that turns the mode on
DATA_FOLDER = "data"

# File systems reached over a network, as Linux names them in /proc/self/mounts.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.rclone",
    }
)


class PortableOnNetwork(DutyLogError):
    code = "portable_on_network"

    def __init__(self, folder: Path, where: str) -> None:
        super().__init__(
            f"便携模式的数据文件夹 {folder} 位于网络位置（{where}）："
            "SQLite 在网络共享上的文件锁不可靠，会损坏数据库。"
            "请把 DutyLog 复制到本机磁盘或 U 盘上运行；多台电脑共用数据请改用 PostgreSQL 服务器。"
        )
        self.folder = folder


def root() -> Path | None:
    """The portable data folder, or None when DutyLog keeps its files in the user's profile."""
    return _root(os.environ.get(PORTABLE_ENV, ""), getattr(sys, "frozen", False), sys.executable)


@cache
def _root(override: str, frozen: bool, executable: str) -> Path | None:
    if override:
        folder = Path(override).expanduser().absolute()
    elif frozen and (Path(executable).parent / MARKER).is_file():
        folder = Path(executable).parent / DATA_FOLDER
    else:
        return None
    where = network_location(folder)
    if where is not None:
        raise PortableOnNetwork(folder, where)
    return folder


def network_location(folder: Path) -> str | None:
    """How ``folder`` is reached over the network ("\\\\server\\share", "nfs4"), or None if local."""
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return "网络共享"  # a UNC path: \\server\share\...
    if sys.platform == "win32":
        return _windows_remote_drive(folder)
    return _mount_type(folder)


def _windows_remote_drive(folder: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = folder.drive
    if not drive:
        return None
    drive_remote = 4  # GetDriveTypeW's DRIVE_REMOTE
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return f"网络驱动器 {drive}" if kind == drive_remote else None


def _mount_type(folder: Path, mounts: Path = Path("/proc/self/mounts")) -> str | None:
    """The network file system type of the mount holding ``folder`` (the longest mount point)."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None  # not Linux, or no /proc: nothing to say
    best, kind = "", ""
    target = str(folder.resolve())  # links followed as far as the path exists; the rest kept
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_FILESYSTEMS else None
