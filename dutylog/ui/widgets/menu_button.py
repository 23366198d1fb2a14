"""A button that opens a menu, with room for its arrow.

A QToolButton in InstantPopup mode draws its small menu arrow over the end of the text;
a QPushButton with a menu lays the arrow out beside the text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPushButton, QWidget


def menu_button(text: str, menu: QMenu, *, flat: bool = False, parent: QWidget | None = None) -> QPushButton:
    """A push button showing ``menu``; ``flat`` to sit among a tool bar's text-only actions."""
    button = QPushButton(text, parent)
    button.setMenu(menu)
    button.setFlat(flat)
    return button
