"""Publishing to a calendar server, checked against a real Radicale (and Xandikos) on 127.0.0.1.

The server is the independent judge: what it holds is read back with a CalDAV
REPORT (calendar-query with a time-range and server-side expansion), so the
tests check occurrences and local times, never the exact text PeerDesk sent.
"""

from __future__ import annotations

import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import caldav
import icalendar
import keyring
import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backend import KeyringBackend

from peerdesk.cli.main import main
from peerdesk.demo import DEMO_PROGRAM, build_demo
from peerdesk.domain import Attendee, Person, Program, Session
from peerdesk.publishing.client import CalDavConnection, PublishError
from peerdesk.publishing.credentials import ENV_PASSWORD, keychain_service, password_for, store_password
from peerdesk.publishing.objects import program_objects
from peerdesk.publishing.service import Publisher, execute, find_or_create_calendar, plan_publish, publish
from peerdesk.publishing.status import publish_statuses
from peerdesk.publishing.trust import (
    fetch_certificate,
    fingerprint,
    forget_certificate,
    trust_certificate,
    verification,
)
from peerdesk.schedule.invites import InviteContext
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, open_workspace
from peerdesk.storage.publications import PublicationRepository

pytestmark = pytest.mark.slow
USER, PASSWORD = "maja", "s3cret; with spaces & ümlauts"
BERLIN = ZoneInfo("Europe/Berlin")


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in memory, so no test touches the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv(ENV_PASSWORD, raising=False)
    yield backend
    keyring.set_keyring(previous)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int, process: subprocess.Popen[bytes], log: Path, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text(errors='replace')[-2000:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"the server did not listen on {port}")


class Radicale:
    """A real Radicale on 127.0.0.1 with a free port, its own storage folder and basic auth."""

    def __init__(self, folder: Path, rights: str = "authenticated") -> None:
        self.folder = folder
        self.port = free_port()
        users = folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\nbob:bobpass\n", encoding="utf-8")
        self.command = [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{self.port}",
            "--storage-filesystem-folder",
            str(folder / "collections"),
            "--auth-type",
            "htpasswd",
            "--auth-htpasswd-filename",
            str(users),
            "--auth-htpasswd-encryption",
            "plain",
            "--rights-type",
            rights,  # authenticated: a second user ("another client") may change the lead's calendar
            "--server-max-connections",
            "64",
            "--auth-delay",
            "0",  # the client's first request has no credentials yet; do not wait a second each time
        ]
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        # the log goes to a file: an unread pipe fills up and the server stops answering
        with (self.folder / "server.log").open("ab") as log:
            self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=log)
        wait_for(self.port, self.process, self.folder / "server.log")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = Radicale(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def own_radicale(tmp_path: Path) -> Iterator[Radicale]:
    folder = tmp_path / "radicale"
    folder.mkdir()
    server = Radicale(folder)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def dst_demo(tmp_path: Path) -> Path:
    """The demo workspace as it looks on 2 April 2026: its Thursday series crosses the 29 March clock change."""
    return build_demo(tmp_path / "spring.sqlite", today=date(2026, 4, 2))


OPEN: list[CalDavConnection | caldav.DAVClient] = []


@pytest.fixture(autouse=True)
def close_connections() -> Iterator[None]:
    """Every client a test opened is closed after it (Radicale serves a limited number at once)."""
    yield
    while OPEN:
        client = OPEN.pop()
        client.close() if isinstance(client, CalDavConnection) else client.session.close()


def connect(server: Radicale, user: str = USER, password: str = PASSWORD) -> CalDavConnection:
    conn = CalDavConnection(server.url, user, password, timeout=10)
    OPEN.append(conn)
    return conn


def other_client(server: Radicale) -> caldav.DAVClient:
    client = caldav.DAVClient(
        server.url, username="bob", password="bobpass", enable_rfc6764=False, timeout=10
    )
    OPEN.append(client)
    return client


def instances(
    calendar_url: str, client: caldav.DAVClient, start: date, end: date
) -> list[tuple[str, datetime, str]]:
    """(UID, start in UTC, description) of every occurrence the server expands in [start, end)."""
    window = f'start="{start:%Y%m%d}T000000Z" end="{end:%Y%m%d}T000000Z"'
    body = (
        '<?xml version="1.0" encoding="utf-8"?><C:calendar-query xmlns:D="DAV:" '
        'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><C:calendar-data>'
        f"<C:expand {window}/></C:calendar-data></D:prop><C:filter>"
        '<C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">'
        f"<C:time-range {window}/></C:comp-filter></C:comp-filter></C:filter></C:calendar-query>"
    )
    response = client.report(calendar_url, body, depth=1)
    assert response.status == 207
    raw = response._raw if isinstance(response._raw, bytes) else str(response._raw).encode()
    found = []
    for data in ET.fromstring(raw).iter("{urn:ietf:params:xml:ns:caldav}calendar-data"):
        for event in icalendar.Calendar.from_ical(data.text or "").walk("VEVENT"):
            begin = event.decoded("DTSTART")
            found.append((str(event["UID"]), begin.astimezone(UTC), str(event.get("DESCRIPTION", ""))))
    return sorted(found)


def expected(workspace: Workspace, program_name: str) -> list[tuple[str, datetime]]:
    schedule = Schedule(workspace)
    program = schedule.find_program(program_name)
    assert program is not None
    return sorted(
        (program.uid if s.week is not None else s.uid, s.start_utc())
        for s in schedule.list_sessions(program.id)
        if s.status in ("planned", "held")
    )


def snapshot(path: Path) -> tuple[list[tuple[object, ...]], ...]:
    """Everything a publish may write (records) and must not (program and sessions), read independently."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return tuple(
            conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("programs", "sessions", "session_attendees", "publications", "published_objects")
        )
    finally:
        conn.close()


def program_of(workspace: Workspace, name: str = DEMO_PROGRAM):  # type: ignore[no-untyped-def]
    program = Schedule(workspace).find_program(name)
    assert program is not None
    return program


def object_count(source: Workspace | Path, name: str = DEMO_PROGRAM) -> int:
    """How many calendar objects the program becomes: one for the weekly series, one per live one-off.

    Counted from its sessions, and checked against what the publisher plans, so
    no test depends on how many one-offs the demo happens to hold.
    """
    if isinstance(source, Path):
        with open_workspace(source, read_only=True) as ws:
            return object_count(ws, name)
    program = program_of(source, name)
    sessions = Schedule(source).list_sessions(program.id)
    live = [s for s in sessions if s.status in ("planned", "held")]
    count = any(s.week is not None for s in live) + sum(1 for s in live if s.week is None)
    assert sorted(Publisher(source).desired(program)) == sorted(
        {program.uid if s.week is not None else s.uid for s in live}
    )
    return count


def span(workspace: Workspace, name: str = DEMO_PROGRAM) -> tuple[date, date]:
    """From the day before the program's first session to two days after its last (the demo moves with today)."""
    starts = [s.start.date() for s in Schedule(workspace).list_sessions(program_of(workspace, name).id)]
    return min(starts) - timedelta(days=1), max(starts) + timedelta(days=2)


# -- the whole story -----------------------------------------------------------------


def test_publish_change_and_republish_keeps_the_server_exact_across_a_clock_change(
    radicale: Radicale, dst_demo: Path
) -> None:
    conn = connect(radicale)
    watcher = other_client(radicale)
    with open_workspace(dst_demo) as ws:
        program = program_of(ws)
        calendar = find_or_create_calendar(conn, radicale.url, "Spring pilot (shared)")
        # someone else's event in the same calendar: PeerDesk must never touch it. It is in UTC on
        # purpose: Radicale 3.9's server-side expansion reads the rule-based (RRULE) Europe/Berlin
        # VTIMEZONE that caldav writes an hour off after the clock change, and once one is stored in
        # a collection it uses it for every event of that zone there, ours included. Xandikos expands
        # the same data correctly (test_second_server_xandikos checks the clock change there too).
        foreign = watcher.calendar(url=calendar.url).save_event(
            dtstart=datetime(2026, 3, 20, 8, 0, tzinfo=UTC),
            dtend=datetime(2026, 3, 20, 9, 0, tzinfo=UTC),
            summary="Team offsite",
            uid="offsite@example.com",
        )
        plan, outcome = publish(ws, program, conn, calendar)
        assert outcome.complete and plan.count("create") == len(program_objects_now(ws, program))

        on_server = instances(calendar.url, watcher, date(2026, 3, 1), date(2026, 6, 1))
        mine = sorted((uid, start) for uid, start, _ in on_server if uid != "offsite@example.com")
        assert mine == expected(ws, DEMO_PROGRAM)
        series = [start for uid, start, _ in on_server if uid == program.uid]
        # 10:00 in Berlin is 09:00 UTC before 29 March and 08:00 UTC after it
        assert {s.astimezone(BERLIN).time() for s in series} == {clock(10, 0)}
        assert {s.hour for s in series} == {8, 9}

        # change it: move a week, skip a week, cancel a one-off, add a one-off, change attendees
        schedule = Schedule(ws)
        sessions = schedule.list_sessions(program.id)
        week = {s.week: s for s in sessions if s.week is not None}
        schedule.apply(schedule.plan_move(week[4].id, week[4].start + timedelta(days=1, hours=4)))
        schedule.apply(schedule.plan_status(week[6].id, "skipped"))
        one_off = next(s for s in sessions if s.week is None and s.status in ("planned", "held"))
        schedule.apply(schedule.plan_status(one_off.id, "cancelled"))
        added = schedule.apply(
            schedule.plan_add_one_off(
                Session(
                    program_id=program.id or 0,
                    title="Kubernetes clinic <b>& 'friends'</b>; \"live\"",
                    start=datetime(2026, 3, 31, 15, 30),
                    minutes=45,
                    timezone="Europe/Berlin",
                    format_key="problem-clinic",
                    attendees=(Attendee("maja.keller@northwind.example", "facilitator"),),
                )
            )
        ).after[0]
        third = schedule.sessions.get(week[3].id)
        assert third is not None
        newcomer = "priya.nair@northwind.example"
        assert newcomer not in {a.email for a in third.attendees}
        schedule.apply(schedule.plan_edit(replace(third, attendees=(*third.attendees, Attendee(newcomer)))))

        plan, outcome = publish(ws, program, conn, calendar)
        assert outcome.complete
        assert (plan.count("create"), plan.count("update"), plan.count("delete")) == (1, 1, 1)

        on_server = instances(calendar.url, watcher, date(2026, 3, 1), date(2026, 6, 1))
        mine = sorted((uid, start) for uid, start, _ in on_server if uid != "offsite@example.com")
        assert mine == expected(ws, DEMO_PROGRAM)
        assert one_off.uid not in {uid for uid, _ in mine}
        assert (added.uid, added.start_utc()) in mine
        moved = week[4].start + timedelta(days=1, hours=4)
        assert (program.uid, moved.replace(tzinfo=BERLIN).astimezone(UTC)) in mine
        third_on_server = next(d for uid, s, d in on_server if uid == program.uid and s == third.start_utc())
        assert "Priya" in third_on_server
        # the other client's event is exactly as it was
        assert watcher.calendar(url=calendar.url).event_by_uid("offsite@example.com").data == foreign.data

        # publishing again changes nothing: every ETag stays as it is
        before = conn.etags(calendar.url)
        plan, outcome = publish(ws, program, conn, calendar)
        assert outcome.complete and plan.actions == [] and conn.etags(calendar.url) == before
        status = publish_statuses(ws)[program.id]
        assert status.pending == 0 and "up to date" in status.describe()


def program_objects_now(ws: Workspace, program):  # type: ignore[no-untyped-def]
    schedule = Schedule(ws)
    ctx = InviteContext.build([], schedule.formats())
    return program_objects(ctx, program, schedule.list_sessions(program.id))


def test_calendar_objects_are_not_itip_messages(demo_ws: Workspace) -> None:
    program = program_of(demo_ws)
    objects = Publisher(demo_ws).desired(program)
    assert program.uid in objects
    for obj in objects.values():
        cal = icalendar.Calendar.from_ical(obj.data)
        assert "METHOD" not in cal
        for event in cal.walk("VEVENT"):
            assert "ORGANIZER" not in event and "ATTENDEE" not in event
            assert str(event["UID"]) == obj.uid
    # the same objects again (a second later) have the same digest: DTSTAMP does not count
    assert {u: o.digest for u, o in Publisher(demo_ws).desired(program).items()} == {
        u: o.digest for u, o in objects.items()
    }


PIECES = [
    *"aZ <>/&'\";,.\\\n\r\t\x00\x07\x1f{}#*`_[]()!|é\u202eעברית🎉",
    "</title><script>",
    "{{ x }}",
    "# ",
    "\r\n",
    "a" * 120,
]
HOSTILE = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join).filter(lambda t: t.strip())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=HOSTILE, place=HOSTILE, name=HOSTILE)
def test_hostile_text_reaches_the_server_and_reads_back(
    radicale: Radicale, title: str, place: str, name: str
) -> None:
    conn = CalDavConnection(radicale.url, USER, PASSWORD, timeout=10)
    watcher = caldav.DAVClient(
        radicale.url, username="bob", password="bobpass", enable_rfc6764=False, timeout=10
    )
    try:
        calendar = find_or_create_calendar(conn, radicale.url, "Hostile text")
        program = Program(name=title, start=date(2026, 3, 2), uid=f"series-{uuid.uuid4()}@peerdesk", id=1)
        session = Session(
            program_id=1,
            title=title,
            start=datetime(2026, 3, 29, 2, 30),  # in the spring-forward gap in Berlin
            minutes=30,
            timezone="Europe/Berlin",
            format_key="problem-clinic",
            location=place,
            notes=place,
            uid=f"session-{uuid.uuid4()}@peerdesk",
            attendees=(Attendee("a@example.com", "facilitator"),),
        )
        ctx = InviteContext.build([Person(name=name, email="a@example.com")], [])
        obj = program_objects(ctx, program, [session])[session.uid]
        conn.put(calendar.url + obj.filename, obj.data, None, "a hostile event")
        # read back raw: caldav's own reader "repairs" data and turns a typed \\' into '
        response = watcher.request(calendar.url + obj.filename, "GET")
        raw = response._raw_body or response._raw
        data = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
    finally:
        conn.close()
        watcher.session.close()
    vobject.readOne(data, validate=True)
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    clean = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

    def typed(text: str) -> str:
        """What should arrive: any line break as a line break, no other control characters."""
        return clean.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))

    # a title is one line in every calendar (as in the invites): its line breaks and other control
    # characters separate words, and the words arrive as typed
    summary = str(event["SUMMARY"])
    assert "\n" not in summary and summary.split() == re.sub(r"[\x00-\x1f\x7f]", " ", title).split()
    # a place keeps its line breaks, in LOCATION and in the DESCRIPTION (escaped as \n on the wire);
    # the server may trim spaces at the ends of a value, everything else arrives as typed
    assert str(event["LOCATION"]).strip() == typed(place).strip()
    assert f"Place: {typed(place)}" in str(event["DESCRIPTION"])
    assert not clean.search(data.replace("\r\n", "\n"))


# -- conflicts -----------------------------------------------------------------------


def test_a_change_by_someone_else_is_a_conflict_never_overwritten(
    radicale: Radicale, demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    args = ["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", radicale.url, "--user", USER]
    total = object_count(demo_db)
    assert main([*args, "--calendar", "Conflicts"]) == 0
    assert f": {total} created, 0 updated" in capsys.readouterr().out
    with open_workspace(demo_db) as ws:
        program = program_of(ws)
        pub = PublicationRepository(ws.db).latest()[program.id]
        series_href = PublicationRepository(ws.db).objects(pub.id)[program.uid].href
        one_offs = [
            s
            for s in Schedule(ws).list_sessions(program.id)
            if s.week is None and s.status in ("planned", "held")
        ]
    # a colleague renames the series in their calendar app and deletes a one-off
    watcher = other_client(radicale)
    theirs = watcher.calendar(url=pub.calendar_url).event_by_uid(program.uid)
    theirs.icalendar_component["SUMMARY"] = "Renamed by Bob"
    theirs.save()
    watcher.calendar(url=pub.calendar_url).event_by_uid(one_offs[0].uid).delete()

    # meanwhile the lead changes the program locally
    with open_workspace(demo_db) as ws:
        schedule = Schedule(ws)
        week2 = next(s for s in schedule.list_sessions(program.id) if s.week == 2)
        schedule.apply(schedule.plan_move(week2.id, week2.start + timedelta(hours=2)))
    assert main([*args, "--calendar", "Conflicts"]) == 1
    err = capsys.readouterr().err
    assert "was changed in the calendar by someone else" in err
    assert "was removed from the calendar by someone else" in err
    assert "--keep mine" in err and "--keep theirs" in err
    assert "Renamed by Bob" in watcher.calendar(url=pub.calendar_url).event_by_uid(program.uid).data
    assert main([*args, "--calendar", "Conflicts", "--dry-run"]) == 0
    assert "conflict:" in capsys.readouterr().out

    # the lead keeps their version: the rename stays, the deleted session stays deleted
    assert main([*args, "--calendar", "Conflicts", "--keep", "theirs"]) == 0
    capsys.readouterr()
    assert "Renamed by Bob" in watcher.calendar(url=pub.calendar_url).event_by_uid(program.uid).data
    assert main([*args, "--calendar", "Conflicts"]) == 0
    assert "0 created, 0 updated, 0 removed" in capsys.readouterr().out

    # another change by Bob; this time the lead keeps their own version
    theirs = watcher.calendar(url=pub.calendar_url).event_by_uid(program.uid)
    theirs.icalendar_component["SUMMARY"] = "Renamed again"
    theirs.save()
    assert main([*args, "--calendar", "Conflicts", "--keep", "mine"]) == 0
    assert "1 updated" in capsys.readouterr().out
    assert "Renamed again" not in watcher.calendar(url=pub.calendar_url).event_by_uid(program.uid).data
    assert conn_etag(radicale, series_href)


def conn_etag(server: Radicale, href: str) -> str:
    return connect(server).etag_of(href)


def test_a_change_between_planning_and_writing_is_caught_by_if_match(
    radicale: Radicale, demo_ws: Workspace
) -> None:
    conn = connect(radicale)
    program = program_of(demo_ws)
    calendar = find_or_create_calendar(conn, radicale.url, "Race")
    publish(demo_ws, program, conn, calendar)
    schedule = Schedule(demo_ws)
    week2 = next(s for s in schedule.list_sessions(program.id) if s.week == 2)
    schedule.apply(schedule.plan_move(week2.id, week2.start + timedelta(hours=1)))
    publisher = Publisher(demo_ws)
    prepared = publisher.prepare(program, calendar, USER)
    plan = plan_publish(prepared, conn)
    assert plan.count("update") == 1 and not plan.conflicts
    # Bob saves the series after PeerDesk looked but before it writes
    theirs = other_client(radicale).calendar(url=calendar.url).event_by_uid(program.uid)
    theirs.icalendar_component["SUMMARY"] = "Bob was faster"
    theirs.save()
    outcome = execute(plan, conn)
    assert [c.uid for c in outcome.conflicts] == [program.uid] and not outcome.complete
    publisher.record(prepared, plan, outcome)
    assert (
        "Bob was faster" in other_client(radicale).calendar(url=calendar.url).event_by_uid(program.uid).data
    )


# -- failures leave everything consistent ------------------------------------------------


def test_wrong_password_changes_nothing_and_says_so(
    radicale: Radicale, demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(demo_db)
    monkeypatch.setenv(ENV_PASSWORD, "wrong")
    assert main(["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", radicale.url, "--user", USER]) == 1
    err = capsys.readouterr().err
    assert "refused the user name or password for maja" in err and "app password" in err
    assert "Traceback" not in err
    assert snapshot(demo_db) == before


def test_unreachable_server_and_bad_address_give_clear_messages(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    before = snapshot(demo_db)
    port = free_port()  # nothing listens there
    args = ["--db", str(demo_db), "publish", DEMO_PROGRAM, "--user", USER, "--url"]
    assert main([*args, f"http://127.0.0.1:{port}/"]) == 1
    assert f"127.0.0.1:{port}" in capsys.readouterr().err
    assert main([*args, "ftp://127.0.0.1/"]) == 1
    assert "is not a calendar server address" in capsys.readouterr().err
    assert main([*args, f"http://127.0.0.1:{port}/", "--dry-run"]) == 1
    assert snapshot(demo_db) == before


def test_no_password_anywhere_is_explained(
    radicale: Radicale, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", radicale.url, "--user", USER]) == 1
    err = capsys.readouterr().err
    assert "keychain" in err and ENV_PASSWORD in err


def test_password_from_the_keychain(
    radicale: Radicale, demo_db: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    store_password(radicale.url, USER, PASSWORD)
    assert memory_keyring.entries == {(keychain_service(radicale.url), USER): PASSWORD}
    assert password_for(radicale.url + "maja/some-calendar/", USER) == PASSWORD  # one entry per server
    args = ["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", radicale.url, "--user", USER]
    assert main([*args, "--calendar", "From the keychain"]) == 0
    assert f": {object_count(demo_db)} created, 0 updated" in capsys.readouterr().out
    # the password is nowhere in the workspace file
    assert PASSWORD.encode() not in demo_db.read_bytes()


def test_a_server_that_stops_halfway_is_finished_by_the_next_publish(
    own_radicale: Radicale, demo_ws: Workspace
) -> None:
    program = program_of(demo_ws)
    schedule = Schedule(demo_ws)
    after_the_pilot = datetime.combine(span(demo_ws)[1], clock(9, 0))
    for day in range(12):  # enough objects to stop in the middle
        schedule.apply(
            schedule.plan_add_one_off(
                Session(
                    program_id=program.id or 0,
                    title=f"Office hour {day}",
                    start=after_the_pilot + timedelta(days=day),
                    minutes=30,
                    timezone="Europe/Berlin",
                    format_key="problem-clinic",
                )
            )
        )
    total = object_count(demo_ws)
    assert total > 6  # the demo's objects and the 12 office hours: the stop falls in the middle
    conn = connect(own_radicale)
    calendar = find_or_create_calendar(conn, own_radicale.url, "Halfway")
    sessions_before = snapshot(demo_ws.path)[:3]

    def stop_after_six(done: int, total: int, label: str) -> None:
        if done == 6:
            own_radicale.stop()

    plan, outcome = publish(demo_ws, program, conn, calendar, progress=stop_after_six)
    assert outcome.error is not None and outcome.error.kind == "connection"
    assert "publish again" in str(outcome.error)
    assert len(outcome.saved) == 6 and len(plan.actions) == total
    records = PublicationRepository(demo_ws.db)
    pub = records.find(program.id, calendar.url)
    assert pub is not None and pub.published_at is None and "connection" in pub.last_error
    assert len(records.objects(pub.id)) == 6
    assert snapshot(demo_ws.path)[:3] == sessions_before  # the program is untouched
    status = publish_statuses(demo_ws)[program.id]
    assert status.pending == total - 6 and "did not finish" in status.describe()

    own_radicale.start()  # same port, same storage
    conn = connect(own_radicale)
    plan, outcome = publish(demo_ws, program, conn, calendar)
    assert outcome.complete and plan.count("create") == total - 6 and plan.unchanged == 6
    found = instances(calendar.url, conn.client, *span(demo_ws))
    assert sorted((u, s) for u, s, _ in found) == expected(demo_ws, DEMO_PROGRAM)


def test_stop_leaves_nothing_half_recorded(radicale: Radicale, demo_ws: Workspace) -> None:
    conn = connect(radicale)
    program = program_of(demo_ws)
    calendar = find_or_create_calendar(conn, radicale.url, "Stopped")
    publisher = Publisher(demo_ws)
    prepared = publisher.prepare(program, calendar, USER)
    plan = plan_publish(prepared, conn)
    asked = iter([False, False, True])  # the lead presses Stop while the third event is due
    outcome = execute(plan, conn, should_stop=lambda: next(asked))
    assert outcome.stopped and len(outcome.saved) == 2 and not outcome.complete
    publisher.record(prepared, plan, outcome)
    assert len(conn.etags(calendar.url)) == 2
    plan, outcome = publish(demo_ws, program, conn, calendar)
    assert outcome.complete and plan.count("create") == object_count(demo_ws) - 2 and plan.unchanged == 2


def test_a_record_lost_after_the_server_saved_is_claimed_not_duplicated(
    radicale: Radicale, demo_ws: Workspace
) -> None:
    """A publish cut off after the server stored an object but before PeerDesk recorded it."""
    conn = connect(radicale)
    program = program_of(demo_ws)
    calendar = find_or_create_calendar(conn, radicale.url, "Lost record")
    publish(demo_ws, program, conn, calendar)
    demo_ws.db.execute("DELETE FROM published_objects")
    demo_ws.db.conn.commit()
    plan, outcome = publish(demo_ws, program, conn, calendar)
    # what the server holds is exactly what this workspace would write: taken as ours, nothing rewritten
    assert outcome.complete and plan.actions == [] and len(plan.accept) == object_count(demo_ws)
    assert len(PublicationRepository(demo_ws.db).objects(plan_publication(demo_ws, program))) == len(
        plan.accept
    )
    found = instances(calendar.url, conn.client, *span(demo_ws))
    assert sorted((u, s) for u, s, _ in found) == expected(demo_ws, DEMO_PROGRAM)


def plan_publication(ws: Workspace, program) -> int:  # type: ignore[no-untyped-def]
    found = PublicationRepository(ws.db).latest()[program.id].id
    assert found is not None
    return found


def test_a_refused_put_is_reported_and_the_rest_is_published(
    radicale: Radicale, demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lead once imported the series invite into the shared calendar by hand: same UID, other name."""
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    conn = connect(radicale)
    calendar = find_or_create_calendar(conn, radicale.url, "Imported by hand")
    with open_workspace(demo_db) as ws:
        program = program_of(ws)
        series = Publisher(ws).desired(program)[program.uid]
    watcher = other_client(radicale)
    watcher.calendar(url=calendar.url).save_event(series.data.decode())  # stored under another name
    before = snapshot(demo_db)[:3]
    args = ["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", calendar.url, "--user", USER]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"refused the weekly series of {program.name}" in err
    assert "this event already exists in a calendar of yours" in err and "remove it there" in err
    assert f" {object_count(demo_db) - 1} other changes were published" in err
    assert snapshot(demo_db)[:3] == before
    with open_workspace(demo_db) as ws:
        pub = PublicationRepository(ws.db).latest()[program.id]
        assert program.uid not in PublicationRepository(ws.db).objects(pub.id)
    # the lead deletes the hand-imported copy; the next publish finishes the job
    watcher.calendar(url=calendar.url).event_by_uid(program.uid).delete()
    assert main(args) == 0
    assert "1 created" in capsys.readouterr().out


def test_a_read_only_calendar_refuses_and_nothing_changes(
    tmp_path: Path, demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bob shared his calendar with Maja for reading only; publishing into it is refused."""
    rules = tmp_path / "rights"
    rules.write_text(
        "[root]\nuser: .+\ncollection:\npermissions: R\n\n"
        "[own]\nuser: .+\ncollection: {user}(/.*)?\npermissions: RrWw\n\n"
        "[shared-read-only]\nuser: maja\ncollection: bob(/.*)?\npermissions: Rr\n",
        encoding="utf-8",
    )
    folder = tmp_path / "radicale"
    folder.mkdir()
    server = Radicale(folder, rights="from_file")
    server.command += ["--rights-file", str(rules)]
    server.start()
    try:
        bob = other_client(server)
        shared = bob.principal().make_calendar(name="Bob's team")
        monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
        before = snapshot(demo_db)
        args = ["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", str(shared.url), "--user", USER]
        assert main(args) == 1
        err = capsys.readouterr().err
        assert "does not let maja" in err and "write access" in err
        assert f"0 of {object_count(demo_db)} changes reached the calendar" in err
        assert snapshot(demo_db) == before
        assert list(bob.calendar(url=shared.url).events()) == []
    finally:
        while OPEN:
            client = OPEN.pop()
            client.close() if isinstance(client, CalDavConnection) else client.session.close()
        server.stop()


def test_dry_run_changes_nothing_anywhere(
    radicale: Radicale, demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    before = snapshot(demo_db)
    names = {c.name for c in connect(radicale).calendars()}
    args = ["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", radicale.url, "--user", USER]
    assert main([*args, "--calendar", "Never made", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Would create the calendar 'Never made'" in out and f": {object_count(demo_db)} to create," in out
    assert {c.name for c in connect(radicale).calendars()} == names
    assert snapshot(demo_db) == before


def test_unknown_program_is_named(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db), "publish", "Nope", "--url", "http://127.0.0.1:9/", "--user", "x"]) == 1
    assert "there is no program 'Nope'" in capsys.readouterr().err


def test_connection_errors_are_publish_errors(radicale: Radicale) -> None:
    with pytest.raises(PublishError, match="there is nothing at"):
        connect(radicale).is_calendar(radicale.url + "maja/does-not-exist/")


def test_a_server_that_does_not_answer_times_out_with_a_clear_message() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    try:  # accepts connections (the kernel does) but never answers
        conn = CalDavConnection(f"http://127.0.0.1:{port}/", USER, PASSWORD, timeout=1)
        OPEN.append(conn)
        with pytest.raises(PublishError, match="did not answer within 1 s") as caught:
            conn.calendars()
        assert caught.value.kind == "connection" and "publish again" in str(caught.value)
    finally:
        listener.close()


def test_a_server_error_is_explained(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken server (every request answered 500), on 127.0.0.1: Radicale cannot be made to do this."""

    class Broken(BaseHTTPRequestHandler):
        def fail(self) -> None:
            self.send_response(500, "Internal Server Error")
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_PUT = do_PROPFIND = do_REPORT = do_DELETE = do_OPTIONS = fail

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Broken)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
        before = snapshot(demo_db)
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        assert main(["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", url, "--user", USER]) == 1
        err = capsys.readouterr().err
        assert "had an internal error (500" in err and "try again later" in err
        assert snapshot(demo_db) == before
    finally:
        server.shutdown()
        server.server_close()


def test_a_computer_without_keychain_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.errors import NoKeyringError

    class NoKeychain(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise NoKeyringError("no backend")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise NoKeyringError("no backend")

    keyring.set_keyring(NoKeychain())
    assert password_for("https://cloud.example.com/", USER) is None
    monkeypatch.setenv(ENV_PASSWORD, "from-env")
    assert password_for("https://cloud.example.com/", USER) == "from-env"
    with pytest.raises(PublishError, match="could not be kept in this computer's keychain") as caught:
        store_password("https://cloud.example.com/", USER, "x")
    assert ENV_PASSWORD in str(caught.value)


def test_env_password_name_is_the_same_everywhere() -> None:
    from peerdesk.cli import publish as cli_publish

    assert cli_publish.ENV_PASSWORD == ENV_PASSWORD == "PEERDESK_CALDAV_PASSWORD"


def test_program_deletion_takes_its_publish_records(radicale: Radicale, demo_ws: Workspace) -> None:
    conn = connect(radicale)
    program = program_of(demo_ws)
    publish(demo_ws, program, conn, find_or_create_calendar(conn, radicale.url, "Deleted later"))
    Schedule(demo_ws).programs.delete(program.id)
    assert demo_ws.db.execute("SELECT COUNT(*) FROM published_objects").fetchone()[0] == 0


class Xandikos:
    """A real Xandikos on 127.0.0.1 (no login), optionally over HTTPS with its own self-signed certificate."""

    def __init__(self, folder: Path, tls: bool = False) -> None:
        self.folder, self.port, self.tls = folder, free_port(), tls
        self.log = folder / "xandikos.log"
        command = [
            sys.executable,
            "-m",
            "xandikos",
            "serve",
            "--defaults",
            "-d",
            str(folder / "data"),
            "--state-dir",
            str(folder / "state"),
            "-l",
            "127.0.0.1",
            "-p",
            str(self.port),
            "--no-detect-systemd",
        ]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [*command, *(["--autocert"] if tls else [])], stdout=subprocess.DEVNULL, stderr=log
            )
        wait_for(self.port, self.process, self.log)

    @property
    def calendar_url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}/user/calendars/calendar/"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture
def xandikos(tmp_path: Path) -> Iterator[Callable[[bool], Xandikos]]:
    pytest.importorskip("xandikos")
    started: list[Xandikos] = []

    def start(tls: bool = False) -> Xandikos:
        folder = tmp_path / f"xandikos{len(started)}"
        folder.mkdir()
        started.append(Xandikos(folder, tls))
        return started[-1]

    yield start
    for server in started:
        server.stop()


def test_second_server_xandikos(xandikos: Callable[[bool], Xandikos], dst_demo: Path) -> None:
    """The same story on Xandikos, whose expansion is independent of Radicale's (also across the clock change)."""
    server = xandikos(False)
    conn = CalDavConnection(server.calendar_url, USER, PASSWORD, timeout=10)
    OPEN.append(conn)
    with open_workspace(dst_demo) as ws:
        program = program_of(ws)
        calendar = find_or_create_calendar(conn, server.calendar_url, None)  # a calendar's own address
        assert calendar.url == server.calendar_url
        plan, outcome = publish(ws, program, conn, calendar)
        assert outcome.complete and plan.count("create") == object_count(ws)
        schedule = Schedule(ws)
        week = {s.week: s for s in schedule.list_sessions(program.id) if s.week is not None}
        schedule.apply(schedule.plan_move(week[4].id, week[4].start + timedelta(hours=3)))
        plan, outcome = publish(ws, program, conn, calendar)
        assert outcome.complete and plan.count("update") == 1
        found = instances(calendar.url, conn.client, date(2026, 3, 1), date(2026, 6, 1))
        assert sorted((u, s) for u, s, _ in found) == expected(ws, DEMO_PROGRAM)
        series = {s for u, s, _ in found if u == program.uid}
        # 10:00 in Berlin is 09:00 UTC before 29 March, 08:00 UTC after; week 4 moved to 13:00 (11:00 UTC)
        assert datetime(2026, 3, 26, 9, 0, tzinfo=UTC) in series
        assert datetime(2026, 4, 16, 8, 0, tzinfo=UTC) in series
        assert datetime(2026, 4, 2, 11, 0, tzinfo=UTC) in series
        plan, outcome = publish(ws, program, conn, calendar)
        assert outcome.complete and plan.actions == []


def test_self_signed_certificate_needs_an_explicit_remembered_exception(
    xandikos: Callable[[bool], Xandikos],
    demo_db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    server = xandikos(True)
    args = ["--db", str(demo_db), "publish", DEMO_PROGRAM, "--url", server.calendar_url, "--user", USER]
    before = snapshot(demo_db)
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "certificate of 127.0.0.1" in err and "could not be verified" in err
    assert snapshot(demo_db) == before

    pem = fetch_certificate(server.calendar_url)
    assert len(fingerprint(pem).split(":")) == 32
    remembered = trust_certificate(server.calendar_url, pem)  # what Trust This Certificate does
    assert remembered.is_file()
    assert main(args) == 0
    assert f": {object_count(demo_db)} created, 0 updated" in capsys.readouterr().out

    # the server's certificate changes (another server's answers on the remembered address): refused again
    impostor = xandikos(True)
    trust_certificate(server.calendar_url, fetch_certificate(impostor.calendar_url))
    assert main(args) == 1
    assert "could not be verified" in capsys.readouterr().err
    forget_certificate(server.calendar_url)
    assert verification(server.calendar_url) is True


# -- the window ---------------------------------------------------------------------------


def test_publish_from_the_window_remembers_account_keeps_password_in_keychain(  # type: ignore[no-untyped-def]
    qtbot, demo_window, radicale: Radicale, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    win = demo_window
    win.tabs.setCurrentIndex(1)
    assert win.schedule_tab.publications.isHidden()  # nothing published yet
    win.actions["publish_calendar"].trigger()
    dialog = win.dialog
    assert dialog.objectName() == "publish_dialog" and dialog.program.currentText() == DEMO_PROGRAM
    dialog.publish_button.click()  # no address yet
    assert "not a calendar server address" in dialog.message.text()
    qtbot.keyClicks(dialog.url, radicale.url)
    qtbot.keyClicks(dialog.user, USER)
    dialog.publish_button.click()
    assert "Enter the password" in dialog.message.text()
    qtbot.keyClicks(dialog.password, "wrong")
    dialog.remember.setChecked(False)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: "refused the user name or password" in dialog.message.text(), timeout=20000)
    assert "Nothing in your workspace was changed" in dialog.message.text()
    assert memory_keyring.entries == {}

    dialog.password.clear()
    dialog.password.setText(PASSWORD)  # QTest types ASCII only
    dialog.remember.setChecked(True)
    dialog.find.click()
    qtbot.waitUntil(lambda: "Found" in dialog.message.text(), timeout=20000)
    dialog.calendar.setEditText("Window pilot")
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Published"), timeout=30000)
    assert f": {object_count(win.workspace)} created, 0 updated" in dialog.message.text()
    assert dialog.progress.value() == dialog.progress.maximum() > 0

    # the account is remembered, the password only in the keychain
    assert win.settings.value("publish/url") == radicale.url and win.settings.value("publish/user") == USER
    win.settings.sync()
    assert PASSWORD not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert memory_keyring.entries == {(keychain_service(radicale.url), USER): PASSWORD}
    assert PASSWORD.encode() not in win.workspace.path.read_bytes()
    calendars = {c.name: c.url for c in connect(radicale).calendars()}
    assert "Window pilot" in calendars

    # the Schedule tab says where and when; a local change shows as not yet published
    status = win.schedule_tab.publications
    assert not status.isHidden() and "published to 'Window pilot' at 127.0.0.1" in status.text()
    assert "up to date" in status.text()
    dialog.close()
    session = next(s for s in win.schedule.list_sessions() if s.week == 6)
    win.schedule_ctl.set_status(session.id, "skipped")
    assert "1 change not yet published" in status.text()

    # a second client changes the series: the window asks whose version to keep
    program = program_of(win.workspace)
    theirs = other_client(radicale).calendar(url=calendars["Window pilot"]).event_by_uid(program.uid)
    theirs.icalendar_component["SUMMARY"] = "Changed in the web calendar"
    theirs.save()
    win.actions["publish_calendar"].trigger()
    dialog = win.dialog
    assert dialog.password.text() == "" and dialog.url.text() == radicale.url  # the keychain has it
    assert dialog.password.placeholderText() == "kept in your keychain"
    dialog.find.click()  # pick it from the account's calendars this time
    qtbot.waitUntil(lambda: "Found" in dialog.message.text(), timeout=20000)
    dialog.calendar.setCurrentIndex(dialog.calendar.findText("Window pilot"))
    assert dialog.calendar.currentData() == calendars["Window pilot"]
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.conflicts.isVisible(), timeout=20000)
    assert "changed in the calendar by someone else" in dialog.conflict_text.text()
    dialog.keep_mine.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Published"), timeout=20000)
    assert "1 updated" in dialog.message.text()
    data = other_client(radicale).calendar(url=calendars["Window pilot"]).event_by_uid(program.uid).data
    assert "Changed in the web calendar" not in data
    assert "up to date" in status.text()
    dialog.close()


def test_window_asks_about_events_another_copy_published(  # type: ignore[no-untyped-def]
    qtbot, demo_window, radicale: Radicale, tmp_path: Path
) -> None:
    """The same pilot published from another computer first (a copy of the file): ask, never overwrite."""
    win = demo_window
    other = tmp_path / "other-computer.sqlite"
    shutil.copyfile(win.workspace.path, other)
    conn = connect(radicale)
    with open_workspace(other) as ws:
        program = program_of(ws)
        calendar = find_or_create_calendar(conn, radicale.url, "Two computers")
        assert publish(ws, program, conn, calendar)[1].complete
    theirs = other_client(radicale).calendar(url=calendar.url).event_by_uid(program.uid)
    theirs.icalendar_component["SUMMARY"] = "Renamed on the other computer"
    theirs.save()
    win.tabs.setCurrentIndex(1)
    win.actions["publish_calendar"].trigger()
    dialog = win.dialog
    qtbot.keyClicks(dialog.url, calendar.url)
    qtbot.keyClicks(dialog.user, USER)
    dialog.password.setText(PASSWORD)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.conflicts.isVisible(), timeout=20000)
    assert "this workspace did not put it there" in dialog.conflict_text.text()
    assert dialog.skip.isVisible() and dialog.keep_theirs.isVisible() and dialog.keep_mine.isVisible()
    dialog.skip.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Published"), timeout=20000)
    watcher = other_client(radicale).calendar(url=calendar.url)
    assert "Renamed on the other computer" in watcher.event_by_uid(program.uid).data
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.conflicts.isVisible(), timeout=20000)  # asked again: it was skipped
    dialog.keep_theirs.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Published"), timeout=20000)
    assert "Renamed on the other computer" in watcher.event_by_uid(program.uid).data
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Published"), timeout=20000)
    assert "0 created, 0 updated, 0 removed" in dialog.message.text() and not dialog.conflicts.isVisible()
    dialog.close()


def test_window_asks_before_trusting_a_self_signed_certificate(  # type: ignore[no-untyped-def]
    qtbot, demo_window, xandikos: Callable[[bool], Xandikos]
) -> None:
    server = xandikos(True)
    win = demo_window
    win.actions["publish_calendar"].trigger()
    dialog = win.dialog
    dialog.url.setText(server.calendar_url)
    dialog.user.setText(USER)
    dialog.password.setText("any")
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.certificate.isVisible(), timeout=20000)
    assert "could not be verified" in dialog.message.text()
    shown = fingerprint(fetch_certificate(server.calendar_url))
    assert shown in dialog.certificate_text.text()
    assert verification(server.calendar_url) is True  # nothing trusted before the lead says so
    dialog.trust.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Published"), timeout=20000)
    assert f": {object_count(win.workspace)} created, 0 updated" in dialog.message.text()
    assert verification(server.calendar_url) != True  # noqa: E712 - remembered for next time
    dialog.close()
