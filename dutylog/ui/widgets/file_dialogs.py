"""File dialogs that remember the last folder per purpose and start in Documents.

Each purpose (import, export, evidence, backup) keeps its own folder in QSettings, so that
choosing evidence from the screenshots folder does not send the next export there too. The
settings are the main window's (``MainWindow.settings``, found up the parent chain); a
dialog with no such window remembers nothing and starts in Documents.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "dialogs/folder/{purpose}"


class Purpose(Enum):
    IMPORT = "import"
    EXPORT = "export"
    EVIDENCE = "evidence"
    BACKUP = "backup"


def settings_of(widget: QWidget | None) -> QSettings | None:
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, QSettings):
            return settings
        widget = widget.parentWidget()
    return None


def start_folder(purpose: Purpose, settings: QSettings | None) -> str:
    """The folder last used for ``purpose`` if it still exists, else Documents, else home."""
    saved = settings.value(KEY.format(purpose=purpose.value)) if settings is not None else None
    if saved and Path(str(saved)).is_dir():
        return str(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember(purpose: Purpose, chosen: str, settings: QSettings | None) -> None:
    """Keep the folder of ``chosen`` (a file, or a folder itself) for the next time."""
    if not chosen or settings is None:
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings.setValue(KEY.format(purpose=purpose.value), str(folder))


def open_file(parent: QWidget | None, purpose: Purpose, title: str, filters: str = "") -> str:
    settings = settings_of(parent)
    name, _filter = QFileDialog.getOpenFileName(parent, title, start_folder(purpose, settings), filters)
    remember(purpose, name, settings)
    return name


def save_file(parent: QWidget | None, purpose: Purpose, title: str, suggested: str, filters: str = "") -> str:
    """Ask where to save ``suggested`` (a bare file name goes into the remembered folder)."""
    settings = settings_of(parent)
    folder = Path(start_folder(purpose, settings))
    target = suggested if Path(suggested).is_absolute() else str(folder / suggested)
    name, _filter = QFileDialog.getSaveFileName(parent, title, target, filters)
    remember(purpose, name, settings)
    return name


def choose_folder(parent: QWidget | None, purpose: Purpose, title: str, current: str = "") -> str:
    settings = settings_of(parent)
    start = current if current and Path(current).is_dir() else start_folder(purpose, settings)
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    remember(purpose, folder, settings)
    return folder
