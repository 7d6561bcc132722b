"""One PeerDesk per user: a second start hands its workspace file to the running window and exits.

A double-click on a `.peerdesk` file while PeerDesk runs must not start a second copy that fights
the first over the workspace lock; it opens the file in the running window instead. The
running PeerDesk listens on a QLocalServer (a Unix socket, a named pipe on Windows) whose name
is derived from the user's own data folder, so two users of one computer never meet, and
only the user can connect. A second start connects, sends one JSON line, waits for "ok" and
exits; if nobody answers (none running, or a stale socket of one that crashed) it starts
the window itself and takes over the name.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMainWindow

from peerdesk.paths import data_dir

ANSWER = b"ok\n"
TIMEOUT_MS = 2000
ANSWER_TIMEOUT_MS = 10_000  # a PeerDesk that accepted the connection may be busy for a moment


def server_name() -> str:
    """The local server's name: the same for every PeerDesk of this user, different for another user."""
    digest = hashlib.sha256(str(data_dir().absolute()).encode("utf-8")).hexdigest()[:16]
    return f"peerdesk-{digest}"


def hand_over(path: Path | None, *, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Ask a running PeerDesk to open `path` (None: just come to the front); True if one took it."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    message = {"open": str(Path(path).absolute()) if path is not None else None}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(timeout_ms)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(max(timeout_ms, ANSWER_TIMEOUT_MS)):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return answer == ANSWER


class InstanceServer(QObject):
    """The running PeerDesk's end: each request's path (or None) is handed to `on_open`."""

    def __init__(self, on_open: Callable[[Path | None], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_open = on_open
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Take the name; a stale one left by a PeerDesk that crashed is removed first. False if
        another PeerDesk answers on it (this one then runs on without the server)."""
        name = server_name()
        if _answers(name):  # asked first: with UserAccessOption Qt would replace a live socket's file
            return False
        if self.server.listen(name):
            return True
        if self.server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            return False
        QLocalServer.removeServer(name)
        return self.server.listen(name)

    def close(self) -> None:
        """Stop listening (the name is free for the next PeerDesk)."""
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        self._buffers[socket] = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        line, newline, _rest = self._buffers[socket].partition(b"\n")
        if not newline:
            return
        try:
            request = json.loads(line.decode("utf-8"))
            wanted = request.get("open") if isinstance(request, dict) else None
        except (UnicodeDecodeError, json.JSONDecodeError):
            socket.abort()  # not a PeerDesk talking: ignored
            return
        socket.write(ANSWER)
        socket.flush()
        self._on_open(Path(wanted) if isinstance(wanted, str) and wanted else None)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def _answers(name: str) -> bool:
    """True if a PeerDesk is listening on `name` right now (not just a socket file left behind)."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(500)
    probe.abort()
    return alive


def bring_forward(window: QMainWindow, path: Path | None) -> None:
    """The running window's answer to a second start: open its file (if any) and come to the front."""
    if path is not None:
        window.switch_workspace(path)  # type: ignore[attr-defined] - says why on failure, keeps the current one
    if window.isMinimized():
        window.showNormal()
    if QGuiApplication.platformName() != "offscreen":  # no screen there, nothing to raise
        window.raise_()
        window.activateWindow()


class FileOpenFilter(QObject):
    """macOS hands a double-clicked document to the running app as a FileOpen event, not argv."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the file of a FileOpen event in the window; let every other event pass."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            bring_forward(self._window, Path(event.file()))
            return True
        return super().eventFilter(watched, event)


def serve(window: QMainWindow, *, file_open_events: bool = sys.platform == "darwin") -> InstanceServer:
    """Listen for later starts of PeerDesk (and macOS's FileOpen events) and send their files to `window`.

    The FileOpen filter sees every event of the application, so it is only installed where such
    events come (macOS)."""
    server = InstanceServer(lambda path: bring_forward(window, path), window)
    server.listen()
    app = QGuiApplication.instance()
    if app is not None and file_open_events:
        server.file_open_filter = FileOpenFilter(window)  # type: ignore[attr-defined]
        app.installEventFilter(server.file_open_filter)  # type: ignore[attr-defined]
    return server
