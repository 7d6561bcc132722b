"""Deadlines and size limits for every exchange with a calendar server.

A socket timeout only bounds the wait for the *next* byte: a server that sends
one byte every 20 seconds never trips a 30-second timeout. So each exchange
runs in a helper thread while the caller waits for it against a deadline (and
a Stop request, polled ten times a second); when either comes first the
exchange's sockets are shut down, which ends the helper at once, and the
caller is told which limit it was. Answers are read in pieces and refused as
soon as they pass a size limit, so no server can fill the memory.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from caldav.lib.http_sync import requests as http

from peerdesk.i18n import _

T = TypeVar("T")

# The most one answer may hold: a listing of 10,000 events is about 3 MB.
MAX_RESPONSE_BYTES = 25 * 1024 * 1024
POLL_SECONDS = 0.1


class ResponseTooLarge(Exception):
    """The server's answer passed the size limit; reading stopped there."""

    def __init__(self, limit: int) -> None:
        super().__init__(_("the answer is larger than {value} MB").format(value=limit // (1024 * 1024) or 1))
        self.limit = limit


class DeadlinePassed(Exception):
    """An exchange (or the whole run) took longer than it may; `seconds` is the limit that applied."""

    def __init__(self, seconds: float, whole_run: bool) -> None:
        super().__init__(_("no complete answer within {seconds:g} s").format(seconds=seconds))
        self.seconds = seconds
        self.whole_run = whole_run


class StopRequested(Exception):
    """The lead asked to stop while an exchange was under way."""


class BoundedSession(http.Session):
    """An HTTP session that reads every answer in pieces and refuses one larger than `limit` bytes."""

    limit = MAX_RESPONSE_BYTES

    def request(self, method: Any, url: Any, *args: Any, **kwargs: Any) -> Any:
        """Send the request and read the whole answer, up to the limit (see `requests.Session.request`)."""
        kwargs["stream"] = True
        response = super().request(method, url, *args, **kwargs)
        declared = str(response.headers.get("Content-Length") or "").strip()
        if declared.isdigit() and int(declared) > self.limit:
            response.close()
            raise ResponseTooLarge(self.limit)
        body = bytearray()
        for chunk in response.iter_content(chunk_size=64 * 1024):
            body += chunk
            if len(body) > self.limit:  # after decompression: a gzip bomb stops here too
                response.close()
                raise ResponseTooLarge(self.limit)
        response._content = bytes(body)
        response._content_consumed = True
        return response


def _sockets(session: Any) -> Iterator[socket.socket]:
    """The sockets a session's connection pools hold (urllib3-future's internals, read defensively)."""
    for adapter in list(getattr(session, "adapters", {}).values()):
        pools = getattr(getattr(getattr(adapter, "poolmanager", None), "pools", None), "_registry", {})
        for pool in list(pools.values()):
            for conn in list(getattr(getattr(pool, "pool", None), "_registry", {}).values()):
                sock = getattr(conn, "sock", None)
                if isinstance(sock, socket.socket):
                    yield sock


def cut_off(session: Any) -> None:
    """Shut down every socket of `session` (ends a read blocked in another thread), then close it."""
    with contextlib.suppress(Exception):
        for sock in _sockets(session):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(Exception):
        session.close()


def within(
    work: Callable[[], T],
    seconds: float,
    *,
    whole_run: bool,
    should_stop: Callable[[], bool] | None,
    abandon: Callable[[], None],
) -> T:
    """`work()`'s result, or DeadlinePassed after `seconds`, or StopRequested when asked.

    On either, `abandon` is called (it should cut the exchange's connection);
    the helper thread then ends on its own.
    """
    box: dict[str, Any] = {}
    finished = threading.Event()

    def run() -> None:
        try:
            box["result"] = work()
        except BaseException as exc:  # handed to the caller's thread, raised there
            box["error"] = exc
        finally:
            finished.set()

    ends = time.monotonic() + seconds
    threading.Thread(target=run, name="peerdesk-calendar-exchange", daemon=True).start()
    while not finished.wait(max(0.0, min(POLL_SECONDS, ends - time.monotonic()))):
        if should_stop is not None and should_stop():
            abandon()
            raise StopRequested()
        if time.monotonic() >= ends:
            abandon()
            raise DeadlinePassed(seconds, whole_run)
    if "error" in box:
        raise box["error"]
    return box["result"]
