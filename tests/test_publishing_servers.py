"""Publishing against every CalDAV server PeerDesk is tested with, each real and on 127.0.0.1.

Radicale and Xandikos (Python), Cyrus IMAP with CalDAV (the server Fastmail
runs), sabre/dav (the library under Nextcloud and Baikal), DAViCal (PHP on
PostgreSQL) and SOGo, the last four from Debian's packages (`.ci/run` installs
them; a machine without them skips those tests and says why). What a server
holds is read back with plain `caldav` and parsed with icalendar, never
compared with what PeerDesk sent.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import caldav
import icalendar
import pytest
from caldav_servers import (
    Cyrus,
    Davical,
    Sabre,
    Sogo,
    cyrus_missing,
    davical_missing,
    free_port,
    sabre_missing,
    sogo_missing,
    wait_until_listening,
)
from hypothesis import given
from hypothesis import strategies as st

from peerdesk import clock
from peerdesk.demo import DEMO_PROGRAM
from peerdesk.publishing.client import CalDavConnection, CalendarInfo, PublishError, sends_password_first
from peerdesk.publishing.objects import same_content
from peerdesk.publishing.preconditions import explain
from peerdesk.publishing.service import Publisher, find_or_create_calendar, plan_publish, publish
from peerdesk.roster.service import Roster
from peerdesk.schedule.invites import InviteContext, series_request
from peerdesk.schedule.service import Schedule
from peerdesk.storage import open_workspace

pytestmark = pytest.mark.slow
USER = "maja"
RADICALE_PASSWORD = "s3cret; with spaces & ümlauts"


@dataclass
class Live:
    """One running server: the address a lead types, and an account on it."""

    name: str
    url: str
    user: str
    password: str

    def connect(self, password: str | None = None) -> CalDavConnection:
        """PeerDesk's connection, as the publish dialog and command line make it (closed after the test)."""
        conn = CalDavConnection(
            self.url, self.user, self.password if password is None else password, timeout=20
        )
        OPEN.append(conn)
        return conn

    def phone(self, calendar_url: str) -> caldav.Calendar:
        """The same account in another calendar program (plain `caldav`, preemptive Basic where Digest is not used)."""
        client = caldav.DAVClient(
            self.url, username=self.user, password=self.password, enable_rfc6764=False, timeout=20
        )
        OPEN.append(client)
        return client.calendar(url=calendar_url)


OPEN: list[CalDavConnection | caldav.DAVClient] = []
CREATED: list[tuple[Live, str]] = []


@pytest.fixture(autouse=True)
def tidy() -> Iterator[None]:
    """Remove the calendars a test made (Cyrus refuses a UID already in another calendar) and close clients."""
    yield
    while CREATED:
        live, url = CREATED.pop()
        live.phone(url).delete()
    while OPEN:
        client = OPEN.pop()
        client.close() if isinstance(client, CalDavConnection) else client.session.close()


def make_calendar(live: Live, conn: CalDavConnection, url: str | None = None) -> CalendarInfo:
    """A new calendar for one test, found or made from `url` (the server address by default)."""
    calendar = find_or_create_calendar(conn, url or live.url, f"Pilot {uuid.uuid4().hex[:8]}")
    CREATED.append((live, calendar.url))
    return calendar


def _radicale(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    (folder / "users").write_text(f"{USER}:{RADICALE_PASSWORD}\n", encoding="utf-8")
    command = [sys.executable, "-m", "radicale", "--config", "", "--server-hosts", f"127.0.0.1:{port}"]
    command += ["--storage-filesystem-folder", str(folder / "collections"), "--auth-type", "htpasswd"]
    command += ["--auth-htpasswd-filename", str(folder / "users"), "--auth-htpasswd-encryption", "plain"]
    command += ["--auth-delay", "0", "--server-max-connections", "32"]
    with (folder / "log").open("ab") as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
    wait_until_listening(port, process)
    return process, f"http://127.0.0.1:{port}/"


def _xandikos(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "xandikos", "serve", "--defaults", "-d", str(folder / "data")]
    command += ["--state-dir", str(folder / "state"), "-l", "127.0.0.1", "-p", str(port)]
    with (folder / "log").open("ab") as log:
        process = subprocess.Popen([*command, "--no-detect-systemd"], stdout=subprocess.DEVNULL, stderr=log)
    wait_until_listening(port, process)
    return process, f"http://127.0.0.1:{port}/"


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait(10)


@pytest.fixture(scope="session")
def radicale_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    process, url = _radicale(tmp_path_factory.mktemp("radicale"))
    yield Live("radicale", url, USER, RADICALE_PASSWORD)
    _stop(process)


@pytest.fixture(scope="session")
def xandikos_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    pytest.importorskip("xandikos")
    process, url = _xandikos(tmp_path_factory.mktemp("xandikos"))
    yield Live("xandikos", url, "user", "no password needed")
    _stop(process)


def _packaged(name: str, missing: str | None, make: Callable[[], Any]) -> Iterator[Live]:
    """Start one of the servers from Debian's packages (skipped, with the reason, where it is not
    installed) for the whole session, and stop it after."""
    if missing:
        pytest.skip(missing)
    server = make()
    server.start()
    try:
        yield Live(name, server.url, USER, server.password)
    finally:
        server.stop()


@pytest.fixture(scope="session")
def cyrus_server() -> Iterator[Live]:
    yield from _packaged("cyrus", cyrus_missing(), lambda: Cyrus(users=(USER,)))


@pytest.fixture(scope="session")
def sabre_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    yield from _packaged(
        "sabre", sabre_missing(), lambda: Sabre(tmp_path_factory.mktemp("sabre"), users=(USER,))
    )


@pytest.fixture(scope="session")
def davical_server() -> Iterator[Live]:
    yield from _packaged("davical", davical_missing(), lambda: Davical(users=(USER,)))


@pytest.fixture(scope="session")
def sogo_server() -> Iterator[Live]:
    yield from _packaged("sogo", sogo_missing(), lambda: Sogo(users=(USER,)))


SERVERS = ("radicale", "xandikos", "cyrus", "sabre", "davical", "sogo")


@pytest.fixture(params=SERVERS)
def live(request: pytest.FixtureRequest) -> Live:
    return request.getfixturevalue(f"{request.param}_server")  # type: ignore[no-any-return]


def held_uids(live: Live, calendar_url: str) -> dict[str, str]:
    """UID -> SUMMARY of every event the server holds in the calendar, read with plain caldav."""
    found = {}
    for event in live.phone(calendar_url).events():
        for component in icalendar.Calendar.from_ical(event.data).walk("VEVENT"):
            if "RECURRENCE-ID" not in component:
                found[str(component["UID"])] = str(component.get("SUMMARY", ""))
    return found


def retitle(live: Live, calendar_url: str, uid: str, title: str) -> None:
    """Someone changes the event in their calendar program."""
    event = live.phone(calendar_url).event_by_uid(uid)
    event.icalendar_component["SUMMARY"] = title
    event.save()


# -- discovery from the address a lead types -------------------------------------------------


def test_publish_from_the_server_address_then_nothing_to_do(live: Live, demo_db: Path) -> None:
    """Cyrus (Fastmail) failed here with MKCALENDAR 405: it took the first request as anonymous."""
    conn = live.connect()
    with open_workspace(demo_db) as ws:
        program = Schedule(ws).find_program(DEMO_PROGRAM)
        assert program is not None
        calendar = make_calendar(live, conn)
        assert calendar in conn.calendars()
        plan, outcome = publish(ws, program, conn, calendar)
        assert outcome.complete, outcome
        desired = Publisher(ws).desired(program)
        assert plan.count("create") == len(desired)
        assert sorted(held_uids(live, calendar.url)) == sorted(desired)
        plan, outcome = publish(ws, program, conn, calendar)
        assert outcome.complete and plan.actions == [] and plan.unchanged == len(desired)


def test_wrong_password_is_named_on_every_server(live: Live) -> None:
    if live.name == "xandikos":
        pytest.skip("Xandikos here runs without accounts")
    with pytest.raises(PublishError, match="refused the user name or password") as caught:
        find_or_create_calendar(live.connect("wrong"), live.url, "Pilot")
    assert caught.value.kind == "auth"


def test_the_host_alone_is_enough_where_the_server_offers_well_known(cyrus_server: Live) -> None:
    """RFC 6764: http://HOST/ leads to /.well-known/caldav, then the principal and its calendar home."""
    root = cyrus_server.url.removesuffix("dav/")
    conn = cyrus_server.connect()
    calendar = make_calendar(cyrus_server, conn, root)
    assert calendar.url.startswith(cyrus_server.url + "calendars/user/maja/")


def test_failed_discovery_names_every_place_tried(sabre_server: Live) -> None:
    root = sabre_server.url.removesuffix("server.php/") + "nothing/here/"
    conn = CalDavConnection(root, USER, sabre_server.password, timeout=20)
    OPEN.append(conn)
    with pytest.raises(PublishError) as caught:
        find_or_create_calendar(conn, root, "Pilot")
    message = str(caught.value)
    assert "could not find the calendars of maja" in message
    assert f"{root} (nothing there (404))" in message and "/.well-known/caldav (" in message
    assert caught.value.kind == "not-found"


@pytest.mark.parametrize(
    ("url", "first"),
    [
        ("https://caldav.fastmail.com/dav/", True),
        ("http://127.0.0.1:8080/dav/", True),
        ("http://localhost/", True),
        ("http://[::1]:5232/", True),
        ("http://cloud.example.com/remote.php/dav/", False),
        ("http://127.example.com/", False),
    ],
)
def test_the_password_goes_first_only_over_https_or_to_this_computer(url: str, first: bool) -> None:
    assert sends_password_first(url) is first
    conn = CalDavConnection(url, USER, "pw")
    assert (conn.client.auth is not None) is first


# -- what a refusal means -------------------------------------------------------------------


def test_a_second_calendar_of_the_same_account_is_explained_not_called_access_denied(
    cyrus_server: Live, demo_db: Path
) -> None:
    """Cyrus answers 403 unique-scheduling-object-resource; PeerDesk said 'access denied... ask its owner'."""
    conn = cyrus_server.connect()
    with open_workspace(demo_db) as ws:
        program = Schedule(ws).find_program(DEMO_PROGRAM)
        assert program is not None
        first = make_calendar(cyrus_server, conn)
        assert publish(ws, program, conn, first)[1].complete
        second = make_calendar(cyrus_server, conn)
        plan, outcome = publish(ws, program, conn, second)
    assert outcome.error is None and len(outcome.refused) == plan.count("create") > 0
    for message in outcome.refused:
        assert "already exists in another of your calendars" in message
        assert "remove it there, or publish to that calendar" in message
        assert first.url.split("/dav", 1)[1].rstrip("/") in message  # where the other copy is
        assert "access denied" not in message and "owner" not in message


def test_an_invite_the_lead_imported_is_explained(cyrus_server: Live, demo_db: Path) -> None:
    """The lead had imported the series invite into their own calendar; Cyrus refuses a second copy."""
    conn = cyrus_server.connect()
    with open_workspace(demo_db) as ws:
        schedule = Schedule(ws)
        program = schedule.find_program(DEMO_PROGRAM)
        assert program is not None
        invite = series_request(
            InviteContext.build(Roster(ws).people(), schedule.formats()),
            program,
            schedule.list_sessions(program.id),
        )
        invite.pop("METHOD")  # a calendar program stores the event, not the message
        own = next(c for c in conn.calendars() if c.url.rstrip("/").endswith("/Default"))
        imported = cyrus_server.phone(own.url).save_event(invite.to_ical().decode())
        try:
            outcome = publish(ws, program, conn, make_calendar(cyrus_server, conn))[1]
        finally:
            imported.delete()
    assert len(outcome.refused) == 1 and outcome.error is None
    assert f"already exists in another of your calendars ({urlsplit(own.url).path})" in outcome.refused[0]
    assert "imported from the invite" in outcome.refused[0] and "access denied" not in outcome.refused[0]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            b'<D:error xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><C:valid-calendar-data/>'
            b"<D:responsedescription>DTEND must occur after DTSTART</D:responsedescription></D:error>",
            "found the event's data invalid: DTEND must occur after DTSTART",
        ),
        (
            b'<error xmlns="DAV:"><no-uid-conflict xmlns="urn:ietf:params:xml:ns:caldav">'
            b'<href xmlns="DAV:">/cal/a.ics</href></no-uid-conflict></error>',
            "already exists in a calendar of yours (/cal/)",
        ),
        (b'<D:error xmlns:D="DAV:"><D:need-privileges/></D:error>', "ask its owner"),
        (b'<D:error xmlns:D="DAV:"><D:quota-not-exceeded/></D:error>', "over its storage quota"),
    ],
)
def test_each_precondition_says_what_it_means(body: bytes, words: str) -> None:
    assert words in (explain(body) or "")


@given(st.binary(max_size=300) | st.text(max_size=300))
def test_any_refusal_body_is_read_without_a_traceback(body: bytes | str) -> None:
    assert explain(body) is None or isinstance(explain(body), str)


# -- never overwriting a change PeerDesk did not see ---------------------------------------------


def test_a_copy_from_before_the_first_publish_never_overwrites(
    live: Live, demo_db: Path, tmp_path: Path
) -> None:
    """A backup, Save a Copy or a second computer: the server has our UIDs, the copy no record of them."""
    stale = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_db, stale)
    conn = live.connect()
    with open_workspace(demo_db) as ws:
        program = Schedule(ws).find_program(DEMO_PROGRAM)
        assert program is not None
        calendar = make_calendar(live, conn)
        assert publish(ws, program, conn, calendar)[1].complete
    retitle(live, calendar.url, program.uid, "Renamed by Bob")
    with open_workspace(stale) as ws:
        plan, outcome = publish(ws, program, conn, calendar)
        assert [c.uid for c in plan.conflicts] == [program.uid] and plan.conflicts[0].what == "unseen"
        assert "this workspace did not put it there" in plan.conflicts[0].describe()
        assert plan.actions == [] and len(plan.accept) == len(Publisher(ws).desired(program)) - 1
        assert held_uids(live, calendar.url)[program.uid] == "Renamed by Bob"
        plan, outcome = publish(ws, program, conn, calendar, keep="theirs")
        assert outcome.complete and plan.actions == []
        assert held_uids(live, calendar.url)[program.uid] == "Renamed by Bob"
        assert publish(ws, program, conn, calendar)[0].actions == []


def test_a_restored_backup_and_keep_mine(live: Live, demo_db: Path, tmp_path: Path) -> None:
    """A backup taken after the first publish; the original published a change since, then Bob renamed."""
    conn = live.connect()
    with open_workspace(demo_db) as ws:
        program = Schedule(ws).find_program(DEMO_PROGRAM)
        assert program is not None
        calendar = make_calendar(live, conn)
        assert publish(ws, program, conn, calendar)[1].complete
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(demo_db, backup)
    with open_workspace(demo_db) as ws:
        schedule = Schedule(ws)
        week2 = next(s for s in schedule.list_sessions(program.id) if s.week == 2)
        schedule.apply(schedule.plan_move(week2.id, week2.start + timedelta(hours=2)))
        assert publish(ws, program, conn, calendar)[0].count("update") == 1
    with open_workspace(backup) as ws:
        prepared = Publisher(ws).prepare(program, calendar, live.user)
        plan = plan_publish(prepared, conn)
        assert [(c.uid, c.what) for c in plan.conflicts] == [(program.uid, "changed")] and plan.actions == []
        ours = held_uids(live, calendar.url)[program.uid]
        retitle(live, calendar.url, program.uid, "Renamed by Bob")
        plan, outcome = publish(ws, program, conn, calendar, keep="mine")
        assert outcome.complete and plan.count("update") == 1
        assert held_uids(live, calendar.url)[program.uid] == ours != "Renamed by Bob"


def _refold(data: bytes, width: int) -> bytes:
    """Fold every content line at `width` octets, as another server might."""
    out = []
    for line in data.replace(b"\r\n ", b"").split(b"\r\n"):
        parts = [line[i : i + width] for i in range(0, len(line), width)] or [b""]
        out.append(b"\r\n ".join(parts))
    return b"\r\n".join(out)


@given(width=st.integers(min_value=20, max_value=120), text=st.text(min_size=1, max_size=300))
def test_same_content_is_blind_to_folding_and_dtstamp_only(width: int, text: str) -> None:
    event = icalendar.Event()
    event.add("uid", "u@peerdesk")
    event.add("summary", text)
    event.add("dtstamp", icalendar.vDDDTypes.from_ical("20261125T090000Z"))
    cal = icalendar.Calendar()
    cal.add_component(event)
    ours = cal.to_ical()
    assert same_content(ours, _refold(ours, width).replace(b"20261125T090000Z", b"20261201T120000Z"))
    assert not same_content(ours, ours.replace(b"SUMMARY:", b"SUMMARY:x", 1))


def test_same_content_reads_sogo_s_copy_as_ours() -> None:
    """SOGo adds CLASS:PUBLIC (the default) and writes an RRULE's parts in its own order."""
    ours = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\n"
        b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        b"BEGIN:VEVENT\r\nUID:u@peerdesk\r\nSUMMARY:Pilot\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    sogo = ours.replace(b"BYDAY=-1SU;BYMONTH=10", b"BYMONTH=10;BYDAY=-1SU").replace(
        b"SUMMARY:Pilot\r\n", b"SUMMARY:Pilot\r\nCLASS:PUBLIC\r\n"
    )
    assert same_content(ours, sogo)
    assert not same_content(ours, sogo.replace(b"CLASS:PUBLIC", b"CLASS:PRIVATE"))
    assert not same_content(ours, sogo.replace(b"BYMONTH=10", b"BYMONTH=11"))


def _stub(answer: bytes, status: int = 207) -> ThreadingHTTPServer:
    """A loopback server that answers every PROPFIND the same way (no real server misbehaves on cue)."""

    class Handler(BaseHTTPRequestHandler):
        def do_PROPFIND(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (
            b'<?xml version="1.0"?><D:multistatus xmlns:D="DAV:"><D:response><D:href>/</D:href><D:propstat>'
            b"<D:prop><D:current-user-principal><D:unauthenticated/></D:current-user-principal></D:prop>"
            b"<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>",
            "treated the request as anonymous (no login)",
        ),
        (b"<html><body>Welcome</body></html", "answered with something that is not WebDAV XML"),
        (b'<D:multistatus xmlns:D="DAV:"/>', "names no principal and no calendar home"),
    ],
)
def test_discovery_says_what_each_place_answered(answer: bytes, words: str) -> None:
    server = _stub(answer)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/dav/"
        conn = CalDavConnection(url, USER, "pw", timeout=5)
        OPEN.append(conn)
        with pytest.raises(PublishError) as caught:
            conn.calendars()
        assert (
            f"Tried: {url} ({words}); http://127.0.0.1:{server.server_address[1]}/.well-known/caldav"
            in str(caught.value)
        )
    finally:
        server.shutdown()
        server.server_close()


# -- attendees answer on the shared calendar ----------------------------------------------------


def _as_if_an_older_version_was_published(records, publication_id: int, stored) -> None:  # type: ignore[no-untyped-def]
    """Make the record say PeerDesk last published other content: the program changed here since."""
    records.record(
        publication_id,
        [dataclasses.replace(stored, digest="older")],
        [],
        attempted_at=clock.now(),
        completed=True,
        error="",
    )


def _answer_on_the_server(
    live: Live, calendar_url: str, uid: str, yes: str, no: str, week_start_utc: datetime
) -> None:
    """What a colleague's calendar program does: `yes` accepts the series, `no` declines one week.

    Written with icalendar and saved with plain `caldav`, as another program would.
    """
    event = live.phone(calendar_url).event_by_uid(uid)
    cal = icalendar.Calendar.from_ical(event.data)
    master = next(e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e)
    accepted = icalendar.vCalAddress(f"mailto:{yes.upper()}")
    accepted.params["PARTSTAT"] = "ACCEPTED"
    master.add("attendee", accepted)
    declined = icalendar.vCalAddress(f"MAILTO:{no}")
    declined.params["PARTSTAT"] = "DECLINED"
    override = next(
        (e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e and e["RECURRENCE-ID"].dt == week_start_utc),
        None,
    )
    if override is None:
        override = icalendar.Event()
        for name in ("UID", "SUMMARY", "SEQUENCE", "DTSTAMP", "DESCRIPTION", "LOCATION"):
            if name in master:
                override[name] = master[name]
        length = master["DTEND"].dt - master["DTSTART"].dt
        override.add("recurrence-id", week_start_utc)
        override.add("dtstart", week_start_utc)
        override.add("dtend", week_start_utc + length)
        cal.add_component(override)
    override.add("attendee", declined)
    event.data = cal.to_ical().decode()
    event.save(increase_seqno=False)  # an attendee answering changes no SEQUENCE (RFC 5546)


@pytest.mark.parametrize("server", ["radicale", "cyrus", "sabre", "davical", "sogo"])
def test_answers_on_the_server_are_stored_and_survive_a_republish(
    server: str, request: pytest.FixtureRequest, demo_db: Path
) -> None:
    from zoneinfo import ZoneInfo

    from peerdesk.schedule.replies import answers_by_session
    from peerdesk.schedule.service import week_start

    live: Live = request.getfixturevalue(f"{server}_server")
    conn = live.connect()
    with open_workspace(demo_db) as ws:
        schedule = Schedule(ws)
        program = schedule.find_program(DEMO_PROGRAM)
        assert program is not None and program.id is not None
        calendar = make_calendar(live, conn)
        assert publish(ws, program, conn, calendar)[1].complete
        weekly = [
            s for s in schedule.list_sessions(program.id) if s.week is not None and s.status == "planned"
        ]
        people = [a.email for a in weekly[0].attendees if a.email != program.organizer_email]
        yes, no = people[0], people[1]
        target = next(s for s in weekly[1:] if no in [a.email for a in s.attendees])
        when = (
            week_start(program, target.week or 1)
            .replace(tzinfo=ZoneInfo(program.timezone))
            .astimezone(ZoneInfo("UTC"))
        )
        _answer_on_the_server(live, calendar.url, program.uid, yes, no, when)

        plan, outcome = publish(ws, program, conn, calendar)
        assert plan.conflicts == [] and outcome.complete, (plan.conflicts, outcome)
        answers = answers_by_session(ws, [s.id for s in weekly if s.id])
        for session in weekly:
            invited = [a.email for a in session.attendees]
            if yes in invited:
                assert answers[session.id or 0][yes] == "accepted"
        assert answers[target.id or 0][no] == "declined"
        assert all(no not in answers.get(s.id or 0, {}) for s in weekly if s.id != target.id)

        # the program changed since (here: the record says an older version was published), so the
        # republish writes the series again: the answers must stay on the server
        desired = Publisher(ws).desired(program)
        records = Publisher(ws).records
        publication = records.find(program.id, calendar.url)
        assert publication is not None and publication.id is not None
        stored = records.objects(publication.id)
        href = stored[program.uid].href
        _as_if_an_older_version_was_published(records, publication.id, stored[program.uid])
        plan, outcome = publish(ws, program, conn, calendar)
        assert plan.count("update") == 1 and outcome.complete and plan.conflicts == []
        assert program.uid in desired and href
        held = icalendar.Calendar.from_ical(live.phone(calendar.url).event_by_uid(program.uid).data)
        found = {
            (
                str(e.get("RECURRENCE-ID").dt) if "RECURRENCE-ID" in e else "",
                str(a).lower(),
                a.params["PARTSTAT"],
            )
            for e in held.walk("VEVENT")
            for a in (e.get("ATTENDEE", []) if isinstance(e.get("ATTENDEE", []), list) else [e["ATTENDEE"]])
        }
        assert ("", f"mailto:{yes}", "ACCEPTED") in found
        assert any(who == f"mailto:{no}" and state == "DECLINED" and rid for rid, who, state in found)
        plan, outcome = publish(ws, program, conn, calendar)
        assert outcome.complete and plan.actions == [] and plan.conflicts == []

        # a third attendee answers while the program changed here too: that is reported (PeerDesk
        # cannot tell their answer from other edits), and "keep mine" keeps and stores the answer
        late = next(p for p in people[2:] if p in [a.email for a in weekly[0].attendees])
        _answer_on_the_server(live, calendar.url, program.uid, late, no, when)
        stored = records.objects(publication.id)
        _as_if_an_older_version_was_published(records, publication.id, stored[program.uid])
        plan, outcome = publish(ws, program, conn, calendar)
        assert [c.what for c in plan.conflicts] == ["changed"] and plan.actions == []
        plan, outcome = publish(ws, program, conn, calendar, keep="mine")
        assert plan.count("update") == 1 and outcome.complete
        assert answers_by_session(ws, [weekly[0].id or 0])[weekly[0].id or 0][late] == "accepted"
        held = icalendar.Calendar.from_ical(live.phone(calendar.url).event_by_uid(program.uid).data)
        master = next(e for e in held.walk("VEVENT") if "RECURRENCE-ID" not in e)
        assert {str(a).lower() for a in master["ATTENDEE"]} >= {f"mailto:{yes}", f"mailto:{late}"}
