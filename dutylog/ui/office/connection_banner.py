"""A banner across the top of the window while the database server cannot be reached.

It retries on its own every few seconds (and on "立即重试"); after a successful round
trip it hides itself and emits ``reconnected``. Nothing on the pages is reset meanwhile,
so what the user typed stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from dutylog.domain.errors import DutyLogError
from dutylog.ui.theme import notice_style

RETRY_INTERVAL_MS = 5000

Probe = Callable[[], None]  # raises DutyLogError while the server is unreachable


class ConnectionBanner(QFrame):
    reconnected = Signal()

    def __init__(self, probe: Probe, retry_ms: int = RETRY_INTERVAL_MS, parent: QWidget | None = None):
        super().__init__(parent)
        self.probe = probe
        self.setObjectName("connection_banner")
        self.setStyleSheet(notice_style("#connection_banner"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("立即重试"))
        self.retry_button.clicked.connect(self.retry)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.message, 1)
        row.addWidget(self.retry_button)
        self.timer = QTimer(self)
        self.timer.setInterval(retry_ms)
        self.timer.timeout.connect(self.retry)
        self.hide()

    @property
    def lost(self) -> bool:
        return self.timer.isActive()

    def show_problem(self, message: str) -> None:
        self.message.setText(
            self.tr("⚠ 数据库连接中断，正在自动重连……已填写的内容会保留，恢复后请重新保存。") + "\n" + message
        )
        self.setToolTip(message)
        self.show()
        if not self.timer.isActive():
            self.timer.start()

    def retry(self) -> bool:
        """One attempt to reach the server; True (and hidden) when it answers."""
        try:
            self.probe()
        except DutyLogError as exc:
            self.setToolTip(exc.message)
            return False
        was_lost = self.lost or self.isVisible()
        self.timer.stop()
        self.hide()
        if was_lost:
            self.reconnected.emit()
        return True
