"""A hint drawn over an empty table telling the user what to do next.

    EmptyState(self.table, self.tr("还没有记录。在下方填写内容后点“保存记录”。"))

It follows the view's model (resets, inserted and removed rows) by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QLabel):
    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        self.view = view
        self.setObjectName("empty_state")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self.update_visibility)
        self.update_visibility()

    def update_visibility(self, *_args: object) -> None:
        model = self.view.model()
        empty = model is None or model.rowCount(QModelIndex()) == 0
        self.setVisible(empty)
        if empty:
            self.setGeometry(self.view.viewport().rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False
