"""At start-up: a database that fails its integrity check is not opened; offer the latest good backup."""

from __future__ import annotations

from os import PathLike

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dutylog.services.office.backups import DamagedFile, damaged_database, restore_damaged


def check_and_offer_restore(target: str | PathLike[str], parent: QWidget | None = None) -> bool:
    """True if the database may be opened (sound, new, a server, or restored); False to quit."""
    damaged = damaged_database(str(target))
    return damaged is None or offer_restore(damaged, parent)


def offer_restore(damaged: DamagedFile, parent: QWidget | None = None) -> bool:
    """Offer the latest good backup for a damaged file; True once restored, False to quit."""
    folder, backup = damaged.folder, damaged.backup
    detail = QCoreApplication.translate("Recovery", "数据库文件 {path} 未通过完整性检查：\n{problem}").format(
        path=damaged.db_file, problem=damaged.problem
    )
    if backup is None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Recovery", "数据库损坏"),
            detail
            + "\n\n"
            + QCoreApplication.translate(
                "Recovery", "在 {folder} 中没有找到可用的备份。请联系管理员。"
            ).format(folder=folder),
        )
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Recovery", "数据库损坏"),
        detail
        + "\n\n"
        + QCoreApplication.translate(
            "Recovery", "最近一份完好的备份是：\n{name}\n\n是否用它恢复？当前文件会另存一份，不会被删除。"
        ).format(name=backup.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore_damaged(damaged)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Recovery", "已恢复"),
        QCoreApplication.translate("Recovery", "已从备份恢复：{name}").format(name=backup.name),
    )
    return True
