"""One relapp per database: a second launch asks the running one to show its window and exits.

The running app listens on a QLocalServer whose name is derived from the database path, so two
relapps on two different files can still run side by side (tests rely on that).
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"show\n"


def server_name(db_path: Path) -> str:
    digest = hashlib.sha1(str(db_path.resolve()).encode("utf-8")).hexdigest()[:16]
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems
        user = "user"
    return f"relapp-{user}-{digest}"


class SingleInstance:
    def __init__(self, db_path: Path) -> None:
        self.name = server_name(db_path)
        self._server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 500) -> bool:
        """True when another relapp answered (and was asked to show itself)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_MESSAGE)
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def listen(self, on_show: Callable[[], None]) -> bool:
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A stale socket left by a crash: nobody answered notify_running(), so remove it.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False

        def accept() -> None:
            while server.hasPendingConnections():
                conn = server.nextPendingConnection()
                conn.readyRead.connect(lambda c=conn: (c.readAll(), on_show()))
                conn.disconnected.connect(conn.deleteLater)

        server.newConnection.connect(accept)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
