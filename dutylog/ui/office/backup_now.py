"""设置 → 备份 → 立即备份: a verified copy of the database now, off the GUI thread.

The same copy as `dutylog backup` (services/office/backups.py): written under a temporary
name, checked, then renamed, the audit trail recording who made it. A ten-year office's file
is most of a gigabyte, so the copy reports its steps to the operations layer's progress
dialog, whose Cancel stops it and leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dutylog.domain.errors import DutyLogError
from dutylog.office import Office
from dutylog.ui.operations import Progress, Running, run_for


def back_up_now(parent: QWidget, office: Office, say: Callable[[str, bool], None]) -> Running[Path] | None:
    """Copy the database into the configured backup folder; ``say(text, error)`` reports."""

    def done(path: Path) -> None:
        size = path.stat().st_size / 2**20 if path.exists() else 0.0
        say(
            QCoreApplication.translate("BackupNow", "已备份到 {path}（{size:.1f} MB，已校验）。").format(
                path=path, size=size
            ),
            False,
        )

    def failed(error: DutyLogError) -> None:
        say(error.message, True)

    steps = Progress()
    return run_for(
        parent,
        office,
        lambda worker_office: worker_office.backups.backup(progress=steps),
        on_done=done,
        on_error=failed,
        what=QCoreApplication.translate("BackupNow", "备份数据库"),
        reporter=steps,
    )
