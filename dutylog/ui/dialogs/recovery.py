"""At start-up: a database that fails its integrity check is not opened; offer the latest good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dutylog.storage import backup as files


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def check_and_offer_restore(db_file: Path, parent: QWidget | None = None) -> bool:
    """True if the database may be opened (sound, new, or restored); False to quit."""
    if not db_file.exists() or db_file.stat().st_size == 0:
        return True
    problems = files.check_file(db_file, require_schema=False)
    if not problems:
        return True
    folder = files.default_backup_folder(db_file)
    backup = files.latest_good_backup(db_file, folder)
    detail = _tr("数据库文件 {path} 未通过完整性检查：\n{problem}").format(path=db_file, problem=problems[0])
    if backup is None:
        QMessageBox.critical(
            parent,
            _tr("数据库损坏"),
            detail + "\n\n" + _tr("在 {folder} 中没有找到可用的备份。请联系管理员。").format(folder=folder),
        )
        return False
    answer = QMessageBox.question(
        parent,
        _tr("数据库损坏"),
        detail
        + "\n\n"
        + _tr("最近一份完好的备份是：\n{name}\n\n是否用它恢复？当前文件会另存一份，不会被删除。").format(
            name=backup.name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    files.restore_file(backup, db_file, folder)
    QMessageBox.information(parent, _tr("已恢复"), _tr("已从备份恢复：{name}").format(name=backup.name))
    return True
