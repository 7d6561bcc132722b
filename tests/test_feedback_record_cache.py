"""Recording feedback writes only what changed, yet leaves the file exactly as a full rewrite would.

`Feedback` keeps the record it last read or wrote of each session and, while
nothing else was written, writes one typed rating as one row. These tests run
the same random edits (ratings, presence, hostile answers, walk-ins, held,
notes, undo, redo, and writes from elsewhere: a rename, another connection)
through one long-lived `Feedback` and, on a copy of the file, through a new
`Feedback` per edit, which always reads everything back and rewrites it. The
two files must hold the same rows after every step, and what the long-lived
one answers must be what a fresh read gives.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain import AttendanceRecord, Person, Program
from peerdesk.impact.feedback import Feedback, FeedbackChange, SessionRecord
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, open_workspace

NOW = datetime(2026, 6, 1, tzinfo=UTC)  # after every session below
PEOPLE = 7
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["\u202e\u05e9", "**x**", "{{x}}", "a\nb", "\x00", "x" * 240, "\U0001f600"]
)
EDIT = st.one_of(
    st.tuples(st.just("rate"), st.integers(0, PEOPLE - 1), st.none() | st.integers(1, 5)),
    st.tuples(st.just("present"), st.integers(0, PEOPLE - 1), st.booleans()),
    st.tuples(st.just("answer"), st.integers(0, PEOPLE - 1), TEXT),
    st.tuples(st.just("walk-in"), st.integers(0, PEOPLE - 1), st.booleans()),
    st.tuples(st.just("held"), st.just(0), st.booleans()),
    st.tuples(st.just("notes"), st.just(0), TEXT),
    st.tuples(st.just("undo"), st.just(0), st.just(None)),
    st.tuples(st.just("redo"), st.just(0), st.just(None)),
    st.tuples(st.just("rename"), st.integers(0, PEOPLE - 1), TEXT),
    st.tuples(st.just("elsewhere"), st.integers(0, PEOPLE - 1), st.integers(1, 5)),
)


def _workspace(path: Path) -> tuple[Workspace, int]:
    """Seven people, four of them invited to a held-able session in March 2026."""
    ws = open_workspace(path, create=True)
    roster = Roster(ws)
    for n in range(PEOPLE):
        roster.apply(roster.plan_add(Person(name=f"Person {n}", email=f"p{n}@x.org")))
    _program, sessions = Schedule(ws).create_program(
        Program(
            name="Pilot",
            start=date(2026, 3, 2),
            weeks=1,
            weekday=1,
            time=time(10),
            organizer_email="p0@x.org",
            members=tuple(f"p{n}@x.org" for n in range(4)),
        )
    )
    return ws, sessions[0].id or 0


def _edited(record: SessionRecord, kind: str, n: int, value: object) -> SessionRecord | None:
    """`record` with one edit as the Record page makes it (None when the edit is not one)."""
    email = f"p{n}@x.org"
    rows = list(record.attendance)
    at = next((i for i, r in enumerate(rows) if r.email == email), None)
    if kind in ("rate", "present", "answer"):
        if at is None:
            return None
        field = {"rate": "rating", "present": "present", "answer": "answer"}[kind]
        rows[at] = replace(rows[at], **{field: value})
    elif kind == "walk-in":
        invited = {a.email for a in record.session.attendees}
        if email in invited:
            return None
        if value and at is None:
            rows.append(AttendanceRecord(email, True, walk_in=True))
        elif not value and at is not None:
            del rows[at]
        else:
            return None
    elif kind == "held":
        return replace(record, session=replace(record.session, status="held" if value else "planned"))
    else:
        return replace(record, session=replace(record.session, notes=str(value)))
    return replace(record, attendance=tuple(rows))


def _rows(ws: Workspace) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Everything the two files must agree on: the attendance rows and the session."""
    return (
        list(ws.db.execute("SELECT * FROM attendance ORDER BY session_id, person_id")),
        list(ws.db.execute("SELECT * FROM sessions ORDER BY id")),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(EDIT, max_size=14))
def test_only_what_changed_is_written_and_the_file_matches_a_full_rewrite(edits: list) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as folder:
        first, sid = _workspace(Path(folder) / "kept.sqlite")
        first.close()
        shutil.copyfile(Path(folder) / "kept.sqlite", Path(folder) / "fresh.sqlite")
        kept_ws, fresh_ws = (open_workspace(Path(folder) / name) for name in ("kept.sqlite", "fresh.sqlite"))
        kept = Feedback(kept_ws, now=NOW)
        kept.record(sid)  # read once, as the Record page does when it shows the session
        done: list[tuple[FeedbackChange, FeedbackChange]] = []
        undone: list[tuple[FeedbackChange, FeedbackChange]] = []
        try:
            for kind, n, value in edits:
                if kind == "undo" and done:
                    pair = done.pop()
                    kept.revert(pair[0])
                    Feedback(fresh_ws, now=NOW).revert(pair[1])
                    undone.append(pair)
                elif kind == "redo" and undone:
                    pair = undone.pop()
                    kept.apply(pair[0])
                    Feedback(fresh_ws, now=NOW).apply(pair[1])
                    done.append(pair)
                elif kind == "rename":
                    for ws in (kept_ws, fresh_ws):
                        roster = Roster(ws)
                        person = next(p for p in roster.people() if p.email == f"p{n}@x.org")
                        roster.apply(roster.plan_update(replace(person, name=f"{value} {n}")))
                elif kind == "elsewhere":  # another connection to the same file records a rating
                    for ws in (kept_ws, fresh_ws):
                        with sqlite3.connect(ws.path) as other:
                            other.execute(
                                "UPDATE attendance SET rating = ? WHERE session_id = ? AND person_id ="
                                " (SELECT id FROM people WHERE email = ?)",
                                [value, sid, f"p{n}@x.org"],
                            )
                        other.close()
                elif kind not in ("undo", "redo"):
                    after = _edited(kept.record(sid), kind, n, value)
                    if after is None:
                        continue
                    reference = Feedback(fresh_ws, now=NOW)
                    fresh_after = _edited(reference.record(sid), kind, n, value)
                    assert fresh_after == after
                    pair = (kept.apply(kept.plan(after)), reference.apply(reference.plan(fresh_after)))
                    done.append(pair)
                    undone.clear()
                assert _rows(kept_ws) == _rows(fresh_ws), (kind, n, value)
                assert kept.record(sid) == Feedback(kept_ws, now=NOW).record(sid), (kind, n, value)
        finally:
            kept_ws.close()
            fresh_ws.close()


def test_one_rating_in_a_big_session_writes_one_row(tmp_path: Path) -> None:
    """The point of it all: in a session of many, a typed rating changes one row of the file."""
    ws, sid = _workspace(tmp_path / "team.sqlite")
    feedback = Feedback(ws, now=NOW)
    first = feedback.record(sid)
    present = tuple(replace(r, present=True) for r in first.attendance)
    feedback.apply(feedback.plan(replace(first, attendance=present)))
    record = feedback.record(sid)
    rows = list(record.attendance)
    rows[2] = replace(rows[2], rating=5)
    before = ws.db.conn.total_changes
    feedback.apply(feedback.plan(replace(record, attendance=tuple(rows))))
    assert ws.db.conn.total_changes - before == 1
    assert Feedback(ws, now=NOW).record(sid).attendance[2].rating == 5
    ws.close()


def test_a_write_rolled_back_with_a_larger_one_is_not_remembered(tmp_path: Path) -> None:
    """Feedback written inside a transaction that is then rolled back leaves nothing behind, not
    even in what `Feedback` remembers of the session."""
    ws, sid = _workspace(tmp_path / "team.sqlite")
    feedback = Feedback(ws, now=NOW)
    record = feedback.record(sid)
    rated = replace(
        record, attendance=(replace(record.attendance[0], present=True, rating=4), *record.attendance[1:])
    )
    try:
        with ws.db.atomic():
            feedback.apply(feedback.plan(rated))
            assert feedback.record(sid) == rated
            raise RuntimeError("the rest of the import failed")
    except RuntimeError:
        pass
    assert feedback.record(sid) == record == Feedback(ws, now=NOW).record(sid)
    ws.close()
