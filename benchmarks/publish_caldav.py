"""Benchmark: publishing 1,000 sessions to a local Radicale (127.0.0.1 only).

PeerDesk's publish (read the workspace, build every calendar object, one
PROPFIND for the ETags, a conditional PUT per object, record everything)
against plain `caldav` `save_event` of the same 1,000 objects into a fresh
calendar on the same server, measured in the same run. Also times a second
publish with nothing changed (one PROPFIND, no PUT).

Run: .venv/bin/python benchmarks/publish_caldav.py
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import caldav

from peerdesk.domain import Attendee, Person, Program, Session
from peerdesk.publishing.client import CalDavConnection
from peerdesk.publishing.service import Publisher, find_or_create_calendar, publish
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.service import Schedule, new_uid
from peerdesk.storage import open_workspace

SESSIONS = 1000
USER, PASSWORD = "lead", "bench"


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


def radicale(folder: Path) -> tuple[subprocess.Popen[bytes], int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n")
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--storage-filesystem-folder",
            str(folder / "collections"),
            "--auth-type",
            "htpasswd",
            "--auth-htpasswd-filename",
            str(folder / "users"),
            "--auth-htpasswd-encryption",
            "plain",
            "--logging-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    for _ in range(400):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return process, port
        time.sleep(0.05)
    raise RuntimeError("Radicale did not start")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        build(root / "big.sqlite")
        process, port = radicale(root)
        url = f"http://127.0.0.1:{port}/"
        try:
            with open_workspace(root / "big.sqlite") as ws:
                program = Schedule(ws).find_program("Big program")
                assert program is not None
                conn = CalDavConnection(url, USER, PASSWORD)
                calendar = find_or_create_calendar(conn, url, "PeerDesk")
                start = time.perf_counter()
                plan, outcome = publish(ws, program, conn, calendar)
                ours = time.perf_counter() - start
                assert outcome.complete and plan.count("create") == SESSIONS, plan.summary()
                start = time.perf_counter()
                plan, outcome = publish(ws, program, conn, calendar)
                again = time.perf_counter() - start
                assert outcome.complete and not plan.actions
                objects = [o.data.decode() for o in Publisher(ws).desired(program).values()]
                conn.close()
            client = caldav.DAVClient(url, username=USER, password=PASSWORD, enable_rfc6764=False)
            reference_calendar = client.principal().make_calendar(name="Reference")
            start = time.perf_counter()
            for data in objects:
                reference_calendar.save_event(data)
            reference = time.perf_counter() - start
        finally:
            process.terminate()
            process.wait(10)
    print(
        f"publish {SESSIONS} sessions to Radicale on 127.0.0.1: PeerDesk {ours:.2f} s, "
        f"plain caldav save_event of the same objects {reference:.2f} s, ratio {ours / reference:.2f}x; "
        f"publishing again with nothing changed {again:.2f} s"
    )


if __name__ == "__main__":
    main()
