"""A message with the details a support request needs: the crash dialog and About.

The details (traceback, version, Qt, platform, database, log file) sit in a box that opens
on demand, with a Copy button, so that the user can paste them into a message to IT.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dutylog import logs


class DetailsDialog(QDialog):
    def __init__(
        self,
        title: str,
        message: str,
        details: str,
        *,
        expanded: bool = False,
        critical: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.details_text = details
        layout = QVBoxLayout(self)
        layout.addLayout(self._message_row(message, critical))
        self.log_label = QLabel(self.tr("日志文件：{path}").format(path=logs.log_file()))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        layout.addWidget(self.log_label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(560, 220)
        self.details.setVisible(expanded)
        layout.addWidget(self.details, 1)
        layout.addWidget(self._buttons(expanded))

    def _message_row(self, message: str, critical: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        which = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if critical
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(which).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.message, 1)
        return row

    def _buttons(self, expanded: bool) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.toggle = QPushButton(self.tr("隐藏详细信息") if expanded else self.tr("显示详细信息…"))
        self.toggle.clicked.connect(self._toggle)
        buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy = QPushButton(self.tr("复制详细信息"))
        self.copy.clicked.connect(self.copy_details)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        return buttons

    def _toggle(self) -> None:
        shown = not self.details.isVisible()
        self.details.setVisible(shown)
        self.toggle.setText(self.tr("隐藏详细信息") if shown else self.tr("显示详细信息…"))
        self.adjustSize()

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details_text)


def unexpected_error_dialog(
    traceback_text: str, database: str | None, parent: QWidget | None
) -> DetailsDialog:
    """What an uncaught exception shows: what happened in Chinese, the details folded away."""
    text = QCoreApplication.translate(
        "DetailsDialog",
        "发生意外错误，当前操作未完成，已保存的数据不受影响。\n"
        "如问题反复出现，请点“复制详细信息”并发给系统管理员。",
    )
    details = f"{traceback_text.rstrip()}\n\n{logs.details(database)}"
    return DetailsDialog("DutyLog", text, details, critical=True, parent=parent)


def about_dialog(database: str, parent: QWidget | None) -> DetailsDialog:
    from dutylog import __version__

    text = QCoreApplication.translate(
        "DetailsDialog", "DutyLog 值班管理 {version}\n排班、值班日志、舆情台账与当日汇报。"
    ).format(version=__version__)
    title = QCoreApplication.translate("DetailsDialog", "关于 DutyLog")
    return DetailsDialog(title, text, logs.details(database), expanded=True, parent=parent)
