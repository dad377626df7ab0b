"""One relapp per database: a second launch asks the running one to show its window and exits.

The first relapp on a database takes a lock file (:class:`QLockFile`, in QtCore, so it costs
nothing at start) and, once its window is up, listens on a QLocalServer whose name is derived
from the database path; QtNetwork is loaded only then. A second launch that finds the lock taken
connects to that server, waiting while the first one is still starting (opening or migrating a
large file), asks it to show its window and exits. A lock left by a relapp that crashed is stale
(its process is gone) and is taken over. Two relapps on two different files run side by side.
"""

from __future__ import annotations

import getpass
import hashlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QThread

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

_MESSAGE = b"show\n"
STARTING_WAIT_MS = 15_000  # how long a second launch waits for the first one to finish starting


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
        self.lock_path = Path(QDir.tempPath()) / f"{self.name}.lock"
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # held for the whole session: only a dead owner is stale
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when no other relapp runs on this database (the lock is now this one's)."""
        return self._lock.tryLock(0)

    def notify_running(self, timeout_ms: int = 500, *, wait_ms: int = 0) -> bool:
        """True when another relapp answered (and was asked to show itself). With ``wait_ms``,
        keep trying that long: the other one listens once its window is up."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + wait_ms / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(timeout_ms):
                socket.write(_MESSAGE)
                socket.waitForBytesWritten(timeout_ms)
                socket.disconnectFromServer()
                return True
            if time.monotonic() >= deadline:
                return False
            QThread.msleep(50)

    def listen(self, on_show: Callable[[], None]) -> bool:
        """Answer later launches: each one calls ``on_show``. Idempotent."""
        if self._server is not None:
            return True
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket left by a crash (this process holds the lock, so nobody else listens).
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
        if self._lock.isLocked():
            self._lock.unlock()
