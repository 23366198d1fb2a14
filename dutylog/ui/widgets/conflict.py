"""Tell the user that someone else saved first, and offer to reload (never a silent overwrite)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dutylog.domain.errors import ConflictError


def ask_reload(parent: QWidget | None, error: ConflictError) -> bool:
    """Show the conflict; True if the user chose to reload the newer version.

    Pages call this when a save raises ConflictError, then reload the record
    (keeping the user's typed text on the clipboard or in the form if they cancel).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Conflict", "保存冲突"))
    box.setText(error.message)
    reload_button = box.addButton(
        QCoreApplication.translate("Conflict", "载入最新内容"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Conflict", "保留我的输入"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is reload_button
