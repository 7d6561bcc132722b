"""Hostile calendar servers on 127.0.0.1: slow drips, huge and malformed answers, entity bombs, every status.

Each stub is a real HTTP server (http.server in a thread) that PeerDesk talks
to over a real socket, so the limits are measured end to end: how long a
publish waits, how much it reads, what the lead is told, and that the
workspace is neither held nor changed meanwhile.
"""

from __future__ import annotations

import gzip
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backend import KeyringBackend

from peerdesk.cli.main import main
from peerdesk.demo import DEMO_PROGRAM
from peerdesk.publishing import client as client_module
from peerdesk.publishing.client import CalDavConnection, PublishError, PublishStopped
from peerdesk.publishing.credentials import ENV_PASSWORD
from peerdesk.publishing.preconditions import describe_status, explain
from peerdesk.storage import open_workspace
from peerdesk.storage.lock import WorkspaceLock

USER, PASSWORD = "maja", "secret"
CALENDAR = (
    b'<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:" '
    b'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>/cal/</d:href><d:propstat><d:prop>'
    b"<d:resourcetype><d:collection/><c:calendar/></d:resourcetype><d:displayname>Stub</d:displayname>"
    b'<d:getetag>"1"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>'
    b"</d:multistatus>"
)
BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']><d:multistatus xmlns:d="DAV:"><d:response><d:href>&lol9;</d:href></d:response></d:multistatus>'
)


class MemoryKeyring(KeyringBackend):
    """A keychain in memory, so no test touches the real one."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.delenv(ENV_PASSWORD, raising=False)
    yield
    keyring.set_keyring(previous)


Answer = Callable[[BaseHTTPRequestHandler, bytes], None]


class Stub:
    """A calendar server on 127.0.0.1; `answer(handler, body)` writes each reply."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.closing = threading.Event()
        self.methods: list[str] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                stub.methods.append(self.command)
                try:
                    stub.answer(self, body)
                except OSError:  # the client hung up: that is what a deadline does
                    self.close_connection = True

            do_GET = do_PUT = do_PROPFIND = do_DELETE = do_MKCALENDAR = do_OPTIONS = handle_one

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.stub = self  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/cal/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub() -> Iterator[Callable[[Answer], Stub]]:
    made: list[Stub] = []

    def make(answer: Answer) -> Stub:
        made.append(Stub(answer))
        return made[-1]

    yield make
    for server in made:
        server.close()


def reply(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", **headers: str) -> None:
    handler.send_response(status)
    headers.setdefault("Content-Type", "application/xml; charset=utf-8")
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def calendar_then(put: Answer) -> Answer:
    """A server with one empty calendar at /cal/ that answers PUT (and the rest) with `put`."""

    def answer(handler: BaseHTTPRequestHandler, body: bytes) -> None:
        if handler.command == "PROPFIND":
            reply(handler, 207, CALENDAR)
        else:
            put(handler, body)

    return answer


def drip(every: float) -> Answer:
    """An answer sent one byte every `every` seconds (a 207 that never ends in time)."""

    def answer(handler: BaseHTTPRequestHandler, body: bytes) -> None:
        closing = handler.server.stub.closing  # type: ignore[attr-defined]
        for byte in b"HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\n\r\n" + CALENDAR:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            if closing.wait(every):
                return

    return answer


def connect(url: str, **limits: float) -> CalDavConnection:
    return CalDavConnection(url, USER, PASSWORD, **limits)  # type: ignore[arg-type]


def snapshot(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as db:
        return (
            db.execute("SELECT * FROM publications").fetchall()
            + db.execute("SELECT * FROM published_objects").fetchall()
        )


# -- deadlines ------------------------------------------------------------------------------------


def test_a_byte_every_20_seconds_fails_at_the_deadline_with_the_real_number(stub) -> None:  # type: ignore[no-untyped-def]
    """The issue's server: one byte every 20 s never trips the 30 s read timeout, only the deadline."""
    server = stub(drip(20))
    conn = connect(server.url, deadline=2)
    started = time.monotonic()
    with pytest.raises(PublishError) as caught:
        conn.is_calendar(server.url)
    took = time.monotonic() - started
    conn.close()
    assert 1.9 < took < 3.0
    assert "did not finish answering within 2 s" in str(caught.value)
    assert "30 s" not in str(caught.value) and caught.value.kind == "connection"


def test_a_steady_drip_under_the_read_timeout_still_ends_at_the_deadline(stub) -> None:  # type: ignore[no-untyped-def]
    server = stub(drip(0.2))
    conn = connect(server.url, timeout=1, deadline=2.5)
    started = time.monotonic()
    with pytest.raises(PublishError, match=r"within 2\.5 s while opening the calendar"):
        conn.is_calendar(server.url)
    assert time.monotonic() - started < 3.5
    conn.close()


def test_the_whole_run_has_a_deadline_too(stub) -> None:  # type: ignore[no-untyped-def]
    """Each answer is quick (0.3 s), but one run may not go on for ever."""

    def slow_but_steady(handler: BaseHTTPRequestHandler, body: bytes) -> None:
        time.sleep(0.3)
        reply(handler, 207, CALENDAR)

    server = stub(slow_but_steady)
    conn = connect(server.url, deadline=5, run_deadline=1.2)
    started = time.monotonic()
    with pytest.raises(PublishError) as caught:
        for _ in range(20):
            conn.etags(server.url)
    assert time.monotonic() - started < 2.0
    assert "took longer than 1.2 s, the most one publish may take" in str(caught.value)
    conn.begin_run()  # a new run starts with a fresh clock
    assert conn.etags(server.url) == {}
    conn.close()


def test_publish_does_not_hold_the_workspace_while_a_slow_server_drips(  # type: ignore[no-untyped-def]
    stub, demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = stub(drip(20))
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    monkeypatch.setattr(client_module, "REQUEST_DEADLINE", 3)
    before = snapshot(demo_db)
    result: list[int] = []
    argv = ["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", server.url, "--user", USER]
    started = time.monotonic()
    command = threading.Thread(target=lambda: result.append(main(argv)))
    command.start()
    while not server.methods and time.monotonic() - started < 2.5:
        time.sleep(0.02)
    assert server.methods, "the command never reached the server"
    with open_workspace(demo_db) as workspace:  # another writer gets in while the server drips
        assert not workspace.read_only
    command.join(10)
    took = time.monotonic() - started
    assert result == [1] and took < 4.5
    err = capsys.readouterr().err
    assert "did not finish answering within 3 s" in err and "Traceback" not in err
    assert snapshot(demo_db) == before


# -- sizes and XML ----------------------------------------------------------------------------------


def test_an_endless_answer_is_cut_at_the_size_limit(stub) -> None:  # type: ignore[no-untyped-def]
    def endless(handler: BaseHTTPRequestHandler, body: bytes) -> None:
        handler.send_response(207)
        handler.send_header("Content-Type", "application/xml")
        handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = b"<d:x xmlns:d='DAV:'>" + b"a" * 65536
        while not handler.server.stub.closing.is_set():  # type: ignore[attr-defined]
            handler.wfile.write(chunk)

    server = stub(endless)
    conn = connect(server.url, max_response=1024 * 1024)
    with pytest.raises(PublishError, match="sent more than 1 MB in one answer while opening the calendar"):
        conn.is_calendar(server.url)
    conn.close()


def test_a_huge_declared_length_and_a_gzip_bomb_are_refused(stub) -> None:  # type: ignore[no-untyped-def]
    bomb = gzip.compress(b"<" + b" " * (20 * 1024 * 1024))  # 20 MB of XML in 20 kB

    def answer(handler: BaseHTTPRequestHandler, body: bytes) -> None:
        if handler.path.endswith("declared/"):
            handler.send_response(207)
            handler.send_header("Content-Length", str(10**12))
            handler.end_headers()
            handler.wfile.write(b"<")
        else:
            reply(handler, 207, bomb, Content_Encoding="gzip")

    server = stub(answer)
    for where in ("declared/", "gzip/"):
        conn = connect(server.url + where, max_response=1024 * 1024)
        with pytest.raises(PublishError, match="sent more than 1 MB"):
            conn.etags(server.url + where)
        conn.close()


@pytest.mark.parametrize("content_type", ["application/xml", "text/xml", "text/plain", ""])
def test_billion_laughs_is_refused_quickly_without_expanding(stub, content_type: str) -> None:  # type: ignore[no-untyped-def]
    server = stub(lambda h, b: reply(h, 207, BOMB, Content_Type=content_type))
    conn = connect(server.url)
    started = time.monotonic()
    with pytest.raises(PublishError) as caught:
        conn.etags(server.url)
    assert time.monotonic() - started < 2
    assert "cannot read" in str(caught.value)
    if content_type.endswith("/xml"):  # the HTTP library's own parser (lxml, no entities) refuses it first
        assert "not well-formed XML" in str(caught.value)
    else:
        assert "declares a document type (entities), which WebDAV never needs" in str(caught.value)
    conn.close()
    assert explain(BOMB) is None  # a refusal's body is read the same way


@pytest.mark.parametrize("content_type", ["application/xml", "text/plain"])
def test_malformed_xml_is_a_message_not_an_lxml_traceback(stub, content_type: str) -> None:  # type: ignore[no-untyped-def]
    server = stub(
        lambda h, b: reply(h, 207, b"<d:multistatus xmlns:d='DAV:'><d:response>", Content_Type=content_type)
    )
    conn = connect(server.url)
    with pytest.raises(
        PublishError, match="answered with something PeerDesk cannot read while reading the calendar"
    ):
        conn.etags(server.url)
    conn.close()


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    body=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        st.sampled_from([CALENDAR[:n] for n in range(0, len(CALENDAR), 17)]),
    ),
    content_type=st.sampled_from(["application/xml", "text/xml", "text/calendar", "text/html", ""]),
    status=st.sampled_from([200, 207, 404, 500]),
)
def test_any_answer_to_a_listing_is_a_result_or_a_message(
    shared_stub: Stub, body: bytes, content_type: str, status: int
) -> None:
    shared_stub.answer = lambda h, b: reply(h, status, body, Content_Type=content_type)
    conn = connect(shared_stub.url)
    try:
        conn.etags(shared_stub.url)
    except PublishError as exc:
        assert str(exc) and "Traceback" not in str(exc)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def shared_stub() -> Iterator[Stub]:
    server = Stub(lambda h, b: reply(h, 207, CALENDAR))
    yield server
    server.close()


# -- statuses --------------------------------------------------------------------------------------


def test_507_is_a_full_calendar_not_an_internal_error(  # type: ignore[no-untyped-def]
    stub, demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = stub(calendar_then(lambda h, b: reply(h, 507, b"", Content_Type="text/plain")))
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    before = snapshot(demo_db)
    assert main(["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", server.url, "--user", USER]) == 1
    err = capsys.readouterr().err
    assert "the calendar or account is full (507 Insufficient Storage" in err
    assert "internal error" not in err and "Traceback" not in err
    assert snapshot(demo_db) == before and server.methods.count("PUT") == 1


STATUSES = sorted({s.value for s in HTTPStatus if s.value >= 300} | {299, 418, 422, 499, 509, 599})


def test_every_status_has_a_message(stub) -> None:  # type: ignore[no-untyped-def]
    """Asked for a listing and for a write, every status from 300 up is a message naming it."""
    status_of: dict[str, int] = {}

    def answer(handler: BaseHTTPRequestHandler, body: bytes) -> None:
        status = status_of["now"]
        if handler.command == "PROPFIND" and status_of.get("put"):
            reply(handler, 207, CALENDAR)
            return
        reply(handler, status, b"", Content_Type="text/plain")

    server = stub(answer)
    for status in STATUSES:
        for put in (False, True):
            status_of.update(now=status, put=put)
            conn = connect(server.url)
            try:
                if put:
                    conn.put(server.url + "e.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", None, "week 1")
                else:
                    conn.etags(server.url)
            except PublishError as exc:
                text = str(exc)
                assert str(status) in text or status in (401, 404, 412), (status, put, text)
                assert "Traceback" not in text
            else:
                assert status < 300 or (put and status in (200, 201, 204)), (status, put)
            finally:
                conn.close()
    assert "full" in describe_status(507) and "internal error" not in describe_status(507)


# -- the window's Stop -------------------------------------------------------------------------------


@pytest.mark.parametrize("slow", ["PROPFIND", "PUT"])
def test_stop_in_the_window_works_within_a_second(qtbot, demo_window, stub, slow: str) -> None:  # type: ignore[no-untyped-def]

    def answer(handler: BaseHTTPRequestHandler, body: bytes) -> None:
        if handler.command == slow:
            drip(20)(handler, body)
        else:
            reply(handler, 207, CALENDAR)

    server = stub(answer)
    win = demo_window
    win.actions["publish_calendar"].trigger()
    dialog = win.dialog
    dialog.url.setText(server.url)
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    dialog.remember.setChecked(False)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: slow in server.methods, timeout=10000)
    qtbot.wait(300)
    assert dialog.cancel_button.isVisible() and not dialog.publish_button.isEnabled()
    started = time.monotonic()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.publish_button.isEnabled(), timeout=1000)
    assert time.monotonic() - started < 1.0
    assert "stopped on request" in dialog.message.text()
    assert dialog.worker is not None and not dialog.worker.isRunning()
    started = time.monotonic()
    dialog.close()  # closing waits for nothing now
    assert time.monotonic() - started < 1.0


def test_a_stop_during_a_request_is_a_stop_not_an_error(stub) -> None:  # type: ignore[no-untyped-def]
    server = stub(drip(20))
    conn = connect(server.url)
    pressed = time.monotonic() + 0.5
    conn.should_stop = lambda: time.monotonic() > pressed
    with pytest.raises(PublishStopped) as caught:
        conn.calendars()
    assert time.monotonic() - pressed < 0.5 and caught.value.kind == "stopped"
    conn.close()


# -- plan, publish, then record -----------------------------------------------------------------------


class TinyCalendar:
    """Just enough CalDAV for one calendar at /cal/: PROPFIND, GET, PUT and DELETE with ETags."""

    def __init__(self) -> None:
        self.objects: dict[str, tuple[bytes, str]] = {}
        self.on_put: Callable[[], None] = lambda: None
        self.count = 0

    def __call__(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        path = handler.path
        if handler.command == "PROPFIND":
            reply(handler, 207, self._listing(handler.headers.get("Depth") == "1"))
        elif handler.command == "GET":
            found = self.objects.get(path)
            if found is None:
                reply(handler, 404)
            else:
                reply(handler, 200, found[0], Content_Type="text/calendar", ETag=found[1])
        elif handler.command == "PUT":
            self.on_put()
            self.count += 1
            etag = f'"{self.count}"'
            self.objects[path] = (body, etag)
            reply(handler, 201, ETag=etag)
        elif handler.command == "DELETE":
            self.objects.pop(path, None)
            reply(handler, 204)
        else:
            reply(handler, 405)

    def _listing(self, members: bool) -> bytes:
        head, own = CALENDAR.split(b"<d:response>", 1)
        rows = [
            f"<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:getetag>{etag}</d:getetag>"
            "<d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
            "</d:response>".encode()
            for href, (_, etag) in (self.objects.items() if members else [])
        ]
        own = b"<d:response>" + own.replace(b"</d:multistatus>", b"")
        return head + own + b"".join(rows) + b"</d:multistatus>"


def test_publish_records_only_at_the_end_and_a_busy_workspace_is_caught_up_next_time(  # type: ignore[no-untyped-def]
    stub, demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calendar = TinyCalendar()
    server = stub(calendar)
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    argv = ["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", server.url, "--user", USER]
    held: list[WorkspaceLock] = []

    def open_it_meanwhile() -> None:  # the lead opens the window while the events go out
        if not held:
            held.append(WorkspaceLock(demo_db))
            held[0].acquire()

    calendar.on_put = open_it_meanwhile
    before = snapshot(demo_db)
    assert main(argv) == 1
    err = capsys.readouterr().err
    published = len(calendar.objects)
    assert published > 0 and "Traceback" not in err
    assert f"{published} changes reached the calendar, but could not be recorded" in err
    assert "in use by PeerDesk" in err and "the next publish recognises" in err
    held.pop().release()
    assert snapshot(demo_db) == before
    calendar.on_put = lambda: None
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "0 created, 0 updated, 0 removed" in out  # recognised as ours (same content), not sent again
    assert len(calendar.objects) == published and calendar.count == published
    assert len(snapshot(demo_db)) == published + 1


def test_a_certificate_sent_byte_by_byte_has_a_deadline() -> None:
    """Python bounds a whole TLS handshake by the timeout (not each read): a drip ends there."""
    import socket as sockets

    from peerdesk.publishing.trust import fetch_certificate

    listener = sockets.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    closing = threading.Event()

    def handshake_drip() -> None:
        conn, _ = listener.accept()
        conn.recv(65536)
        for byte in b"\x16\x03\x03\x40\x00" + b"\x02" * 100:  # a 16 kB handshake record, slowly
            try:
                conn.send(bytes([byte]))
            except OSError:
                break
            if closing.wait(0.3):
                break
        conn.close()

    threading.Thread(target=handshake_drip, daemon=True).start()
    started = time.monotonic()
    try:
        with pytest.raises(PublishError, match=r"could not read the certificate of 127\.0\.0\.1.*timed out"):
            fetch_certificate(f"https://127.0.0.1:{listener.getsockname()[1]}/", timeout=1)
        assert time.monotonic() - started < 2
    finally:
        closing.set()
        listener.close()


def test_a_wrong_password_on_a_port_with_403_in_it_is_not_called_access_denied() -> None:
    """The message once came from the text '403' anywhere in the error, e.g. in port 34035."""

    class Refuses(BaseHTTPRequestHandler):
        def refuse(self) -> None:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="cal"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_PROPFIND = do_GET = refuse

        def log_message(self, *args: object) -> None:
            pass

    for port in (34035, 40300, 14030):
        try:
            server = ThreadingHTTPServer(("127.0.0.1", port), Refuses)
        except OSError:
            continue  # taken on this computer: try the next one
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            conn = connect(f"http://127.0.0.1:{port}/cal/")
            with pytest.raises(PublishError) as caught:
                conn.is_calendar(f"http://127.0.0.1:{port}/cal/")
            conn.close()
            assert caught.value.kind == "auth" and "refused the user name or password" in str(caught.value)
        finally:
            server.shutdown()
            server.server_close()
        return
    pytest.skip("no port with 403 in it was free")


def test_a_request_cut_short_by_the_run_deadline_blames_the_run(stub) -> None:  # type: ignore[no-untyped-def]
    """The second answer would come in time for the server, but after the run's end: the run is named."""

    def half_a_second(handler: BaseHTTPRequestHandler, body: bytes) -> None:
        time.sleep(0.5)
        reply(handler, 207, CALENDAR)

    server = stub(half_a_second)
    conn = connect(server.url, timeout=5, deadline=5, run_deadline=0.8)
    assert conn.etags(server.url) == {}
    with pytest.raises(PublishError) as caught:
        conn.etags(server.url)
    assert "took longer than 0.8 s, the most one publish may take" in str(caught.value)
    assert "did not answer" not in str(caught.value)
    conn.close()
