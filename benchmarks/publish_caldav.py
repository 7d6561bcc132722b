"""Benchmark: publishing 1,000 sessions to each tested CalDAV server (127.0.0.1 only).

On Radicale, Xandikos, Cyrus IMAP, sabre/dav, DAViCal and SOGo (the last four where
Debian's packages are installed and this runs as root, as in CI): PeerDesk's publish
(read the workspace, build every calendar object, discovery, one PROPFIND for
the ETags, a conditional PUT per object, record everything) against plain
`caldav` `save_event` of the same 1,000 objects into a fresh calendar on the
same server, measured in the same run, and the ratio. Also times a second
publish with nothing changed (one PROPFIND, no PUT).

Run: .venv/bin/python benchmarks/publish_caldav.py [SERVER ...] [--quick] [--json]
(SERVER: radicale xandikos cyrus sabre davical sogo; default all)
(--quick: 100 sessions; --json: the rows for run_all.py as a last line, a server that is not
installed marked "skipped")
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import caldav

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_rows import Row, Target, emit, error_row, json_wanted, quick_wanted, skipped_row
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

from peerdesk.domain import Attendee, Person, Program, Session
from peerdesk.publishing.client import CalDavConnection
from peerdesk.publishing.service import Publisher, find_or_create_calendar, publish
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.service import Schedule, new_uid
from peerdesk.storage import open_workspace

SESSIONS = 100 if quick_wanted() else 1000
USER, PASSWORD = "lead", "bench"
Server = tuple[str, str, str, str | None]  # address, user, password, auth_type for plain caldav


def build(path: Path) -> None:
    """A workspace with one program of 1,000 one-off sessions, 6 attendees each."""
    with open_workspace(path, create=True) as ws:
        people = [Person(name=f"Person {i}", email=f"p{i}@example.com") for i in range(30)]
        Roster(ws).apply(import_change(people, []))
        schedule = Schedule(ws)
        program, weekly = schedule.create_program(
            Program(
                name="Big program",
                start=date(2026, 1, 5),
                weeks=1,
                timezone="Europe/Berlin",
                format_key="problem-clinic",
                organizer_email="p0@example.com",
                members=("p0@example.com",),
            )
        )
        schedule.apply(schedule.plan_status(weekly[0].id or 0, "cancelled"))  # exactly 1,000 objects
        schedule.sessions.save_many(
            Session(
                program_id=program.id or 0,
                title=f"Clinic {i}",
                start=datetime(2026, 1, 5, 9) + timedelta(days=i // 4, hours=2 * (i % 4)),
                minutes=30,
                timezone="Europe/Berlin",
                format_key="problem-clinic",
                uid=new_uid("session"),
                attendees=tuple(
                    Attendee(f"p{(i + k) % 30}@example.com", "facilitator" if k == 0 else "learner")
                    for k in range(6)
                ),
            )
            for i in range(SESSIONS)
        )


@contextmanager
def radicale(folder: Path) -> Iterator[Server]:
    """Radicale with a user name and password."""
    port = free_port()
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n")
    command = [sys.executable, "-m", "radicale", "--config", "", "--server-hosts", f"127.0.0.1:{port}"]
    command += ["--storage-filesystem-folder", str(folder / "collections"), "--auth-type", "htpasswd"]
    command += ["--auth-htpasswd-filename", str(folder / "users"), "--auth-htpasswd-encryption", "plain"]
    with (folder / "server.log").open("wb") as log:
        process = subprocess.Popen(
            [*command, "--logging-level", "warning"], stdout=subprocess.DEVNULL, stderr=log
        )
    try:
        wait_until_listening(port, process)
        yield f"http://127.0.0.1:{port}/", USER, PASSWORD, None
    finally:
        process.terminate()
        process.wait(10)


@contextmanager
def xandikos(folder: Path) -> Iterator[Server]:
    """Xandikos without accounts."""
    port = free_port()
    command = [sys.executable, "-m", "xandikos", "serve", "--defaults", "-d", str(folder / "data")]
    command += ["-l", "127.0.0.1", "-p", str(port), "--no-detect-systemd"]
    with (folder / "server.log").open("wb") as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
    try:
        wait_until_listening(port, process)
        yield f"http://127.0.0.1:{port}/", "user", "none", None
    finally:
        process.terminate()
        process.wait(10)


@contextmanager
def _packaged(server: Any, auth: str | None = None) -> Iterator[Server]:
    """One of the servers from Debian's packages (tests/caldav_servers.py), started and stopped."""
    try:
        server.start()
        yield server.url, USER, server.password, auth
    finally:
        server.stop()


def cyrus(_folder: Path) -> Any:
    """Cyrus IMAP with CalDAV; plain caldav needs Basic up front there (see the README)."""
    return _packaged(Cyrus(users=(USER,)), "basic")


def sabre(folder: Path) -> Any:
    """sabre/dav 1.8 with Digest authentication."""
    return _packaged(Sabre(folder, users=(USER,)))


def davical(_folder: Path) -> Any:
    """DAViCal 1.1 on its own PostgreSQL cluster."""
    return _packaged(Davical(users=(USER,)))


def sogo(_folder: Path) -> Any:
    """SOGo 5.8 behind nginx, on its own PostgreSQL cluster."""
    return _packaged(Sogo(users=(USER,)))


SERVERS: dict[str, tuple[Callable[[Path], object], Callable[[], str | None]]] = {
    "radicale": (radicale, lambda: None if find_spec("radicale") else "Radicale is not installed"),
    "xandikos": (xandikos, lambda: None if find_spec("xandikos") else "Xandikos is not installed"),
    "cyrus": (cyrus, cyrus_missing),
    "sabre": (sabre, sabre_missing),
    "davical": (davical, davical_missing),
    "sogo": (sogo, sogo_missing),
}


ROWS: list[Row] = []


def measure(name: str, workspace: Path, folder: Path) -> str:
    """One server: PeerDesk's publish, publishing again, then plain caldav saves of the same objects."""
    start_server, _ = SERVERS[name]
    with start_server(folder) as (url, user, password, auth_type):  # type: ignore[attr-defined]
        with open_workspace(workspace) as ws:
            program = Schedule(ws).find_program("Big program")
            assert program is not None
            conn = CalDavConnection(url, user, password, timeout=60)
            start = time.perf_counter()
            calendar = find_or_create_calendar(conn, url, "PeerDesk")
            plan, outcome = publish(ws, program, conn, calendar)
            ours = time.perf_counter() - start
            assert outcome.complete and plan.count("create") == SESSIONS, (plan.summary(), outcome)
            start = time.perf_counter()
            plan, outcome = publish(ws, program, conn, calendar)
            again = time.perf_counter() - start
            assert outcome.complete and not plan.actions
            objects = [o.data.decode() for o in Publisher(ws).desired(program).values()]
            conn.close()
        client = caldav.DAVClient(
            url, username=user, password=password, enable_rfc6764=False, auth_type=auth_type, timeout=60
        )
        client.calendar(url=calendar.url).delete()  # Cyrus refuses a UID already in another calendar
        start = time.perf_counter()
        reference_calendar = client.principal().make_calendar(name="Reference")
        for data in objects:
            reference_calendar.save_event(data)
        reference = time.perf_counter() - start
        client.session.close()
    ROWS.append(
        Row(f"{name}: publish {SESSIONS:,} sessions", ours, "s", reference, "plain caldav save_event")
    )
    ROWS.append(Row(f"{name}: publish again, nothing changed", again, "s", target=Target(1.0)))
    return (
        f"{name:9} PeerDesk {ours:6.2f} s, plain caldav {reference:6.2f} s, ratio {ours / reference:.2f}x; "
        f"again with nothing changed {again:.2f} s"
    )


def main() -> None:
    """Measure every server named on the command line (all by default) and print one line each."""
    names = [a for a in sys.argv[1:] if not a.startswith("--")] or list(SERVERS)
    print(f"publishing {SESSIONS} sessions on 127.0.0.1 against plain caldav save_event, same run:")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        build(root / "big.sqlite")
        for name in names:
            missing = SERVERS[name][1]()
            if missing:
                print(f"{name:9} skipped: {missing}")
                ROWS.append(skipped_row(f"{name}: publish {SESSIONS:,} sessions", missing))
                ROWS.append(skipped_row(f"{name}: publish again, nothing changed", missing, Target(1.0)))
                continue
            copy = root / f"{name}.sqlite"
            copy.write_bytes((root / "big.sqlite").read_bytes())
            (root / name).mkdir()
            try:
                print(measure(name, copy, root / name), flush=True)
            except Exception as failure:
                if not json_wanted():
                    raise
                print(f"{name:9} failed: {failure!r}", flush=True)  # the other servers still run
                ROWS.append(error_row(f"{name}: publish {SESSIONS:,} sessions", repr(failure)[:200]))
    emit(ROWS, {"sessions": SESSIONS, "servers": names, "quick": quick_wanted()})


if __name__ == "__main__":
    main()
