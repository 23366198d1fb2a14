"""Keep a view's selected rows across a model reset (a page refresh after others' changes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget


def _row_key(view: QAbstractItemView, row: int) -> object:
    model = view.model()
    index = model.index(row, 0, QModelIndex())
    key = model.data(index, Qt.ItemDataRole.UserRole)
    return key if key is not None else model.data(index, Qt.ItemDataRole.DisplayRole)


def remember_selection(view: QAbstractItemView) -> Callable[[], None]:
    """Note the selected rows (by their UserRole id, else first-column text); return a restorer."""
    selection = view.selectionModel()
    if view.model() is None or selection is None:
        return lambda: None
    keys = [_row_key(view, index.row()) for index in selection.selectedRows()]
    current = view.currentIndex()
    current_key = _row_key(view, current.row()) if current.isValid() else None

    def restore() -> None:
        model, chosen = view.model(), view.selectionModel()
        if model is None or chosen is None or not keys:
            return
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(model.rowCount(QModelIndex())):
            key = _row_key(view, row)
            if key in keys:
                index = model.index(row, 0, QModelIndex())
                chosen.select(index, flags)
                if key == current_key:
                    chosen.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                    # The hint is explicit: some views (QListWidget) bind scrollTo without a default.
                    view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    return restore


def refresh_keeping_selection(page: QWidget, refresh: Callable[[], object]) -> None:
    """Call ``refresh`` and reselect what was selected in every item view on ``page``."""
    # Views inside popups (a combo box's list) are their own windows: leave them alone.
    views = [view for view in page.findChildren(QAbstractItemView) if view.window() is page.window()]
    restorers = [remember_selection(view) for view in views]
    refresh()
    for restore in restorers:
        restore()
