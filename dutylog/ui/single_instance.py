"""One running app per user and database: a second launch raises the first window and exits.

The first instance listens on a local socket (a named pipe on Windows) whose name comes from
the user and the database, so a second user on the same PC, or the same user on another
database, starts independently. A later launch connects, sends ``raise`` and quits.
"""

from __future__ import annotations

import getpass
import hashlib
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 500
WRITE_TIMEOUT_MS = 1000


def instance_key(database: str, user: str | None = None) -> str:
    """The socket's name: short (Unix sockets allow ~100 bytes), per user and database."""
    who = user if user is not None else _user()
    where = database if "://" in database else os.path.abspath(os.path.expanduser(database))
    digest = hashlib.sha256(f"{who}\0{where}".encode()).hexdigest()[:20]
    return f"dutylog-{digest}"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers): the home folder will do
        return os.path.expanduser("~")


class SingleInstance(QObject):
    """Either the first instance (``listen``) or a later one (``notify_running`` is True)."""

    raise_requested = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.server: QLocalServer | None = None
        # What a later launch brings forward; before the main window, the login dialog.
        self.window: QWidget | None = None

    def notify_running(self) -> bool:
        """Ask a running instance to come to the front; False when there is none."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(WRITE_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the instance later launches find; False if the name cannot be taken."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            # A socket file left by a crashed instance (Unix): nobody answered on it, so take it.
            QLocalServer.removeServer(self.key)
            if not server.listen(self.key):
                return False
        server.newConnection.connect(self._on_connection)
        self.raise_requested.connect(lambda: bring_to_front(self.window))
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raise_requested.emit()


def bring_to_front(window: QWidget | None = None) -> None:
    """Show ``window`` (also from the tray or minimised), else the app's visible windows."""
    app = QApplication.instance()
    modal = QApplication.activeModalWidget() if isinstance(app, QApplication) else None
    targets = [w for w in (window, modal) if w is not None]
    if not targets and isinstance(app, QApplication):
        targets = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
    for widget in targets:
        if widget.isMinimized() or not widget.isVisible():
            widget.showNormal()
        widget.raise_()
        widget.activateWindow()
