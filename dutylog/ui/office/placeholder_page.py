"""Shown for an area whose screens are not part of this version yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dutylog.office import Office


class PlaceholderPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.office = office
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("这一功能尚在建设中。今日值班与日志记录请使用“今日值班”页。"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addStretch(2)
