"""The Schedule tab's conflicts, kept edit by edit, always equal the conflicts worked out afresh.

`ConflictIndex.update` rechecks only what an edit can affect (and keeps who is
free for a session whose time and people did not change). Random sequences of
session edits (time, status, notes, attendees, removal) and people edits (free
time, timezone, name, removal) are applied one by one; after each, every
session's conflict messages equal those of a new index over the same state.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain import Attendee, Availability, Person, Program, Session
from peerdesk.schedule.conflicts import ConflictIndex

EMAILS = [f"p{n}@x.org" for n in range(5)]
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo"]
PROGRAM = Program(
    id=1, name="Pilot", start=date(2027, 3, 1), weeks=4, weekday=0, time=time(10), members=tuple(EMAILS)
)


def _person(n: int, zone: str = "Europe/Berlin", day: int = 0) -> Person:
    return Person(
        name=f"Person {n}",
        email=EMAILS[n],
        timezone=zone,
        availability=(Availability(day, time(9), time(12)),),
    )


def _session(sid: int, week: int) -> Session:
    return Session(
        id=sid,
        program_id=1,
        week=week,
        title=f"Week {week}",
        start=datetime(2027, 3, 1, 10) + timedelta(weeks=week - 1),
        minutes=30,
        timezone="Europe/Berlin",
        format_key="micro-lesson",
        attendees=(Attendee(EMAILS[0], "facilitator"), *(Attendee(e) for e in EMAILS[1:4])),
    )


EDIT = st.one_of(
    st.tuples(st.just("move"), st.integers(1, 4), st.integers(-8, 8)),
    st.tuples(
        st.just("status"), st.integers(1, 4), st.sampled_from(["planned", "held", "skipped", "cancelled"])
    ),
    st.tuples(st.just("notes"), st.integers(1, 4), st.text(max_size=5)),
    st.tuples(st.just("people"), st.integers(1, 4), st.lists(st.integers(0, 4), unique=True, max_size=5)),
    st.tuples(st.just("remove"), st.integers(1, 4), st.none()),
    st.tuples(st.just("free"), st.integers(0, 4), st.integers(0, 6)),
    st.tuples(st.just("zone"), st.integers(0, 4), st.sampled_from(ZONES)),
    st.tuples(st.just("rename"), st.integers(0, 4), st.text(min_size=1, max_size=5)),
    st.tuples(st.just("leave"), st.integers(0, 4), st.none()),
)


def _messages(index: ConflictIndex) -> dict[int | None, list[str]]:
    return {sid: sorted(texts) for sid, texts in index.messages().items()}


@settings(max_examples=150, deadline=None)
@given(st.lists(EDIT, max_size=15))
def test_conflicts_kept_edit_by_edit_equal_conflicts_worked_out_afresh(edits: list) -> None:  # type: ignore[type-arg]
    sessions = {sid: _session(sid, sid) for sid in range(1, 5)}
    people = {e: _person(n) for n, e in enumerate(EMAILS)}
    index = ConflictIndex(sessions.values(), people.values(), [PROGRAM])
    for kind, n, value in edits:
        if kind in ("move", "status", "notes", "people", "remove"):
            if n not in sessions:
                continue
            session = sessions[n]
            if kind == "remove":
                del sessions[n]
                index.update(removed_sessions=[n])
                continue
            if kind == "move":
                session = replace(session, start=session.start + timedelta(hours=int(value)))  # type: ignore[call-overload]
            elif kind == "status":
                session = replace(session, status=str(value))
            elif kind == "notes":
                session = replace(session, notes=str(value))
            else:
                chosen = list(value)  # type: ignore[call-overload]
                session = replace(
                    session,
                    attendees=tuple(
                        Attendee(EMAILS[i], "facilitator" if j == 0 else "learner")
                        for j, i in enumerate(chosen)
                    ),
                )
            sessions[n] = session
            index.update(sessions=[session])
        else:
            email = EMAILS[n]
            if kind == "leave":
                if email in people:
                    del people[email]
                    index.update(removed_people=[email])
                continue
            person = people.get(email, _person(n))
            if kind == "free":
                person = replace(person, availability=(Availability(int(value), time(9), time(12)),))  # type: ignore[call-overload]
            elif kind == "zone":
                person = replace(person, timezone=str(value))
            else:
                person = replace(person, name=str(value))
            people[email] = person
            index.update(people=[person])
        fresh = ConflictIndex(sessions.values(), people.values(), [PROGRAM])
        assert _messages(index) == _messages(fresh), (kind, n, value)
        for sid, texts in index.messages().items():  # the words are those of the conflicts themselves
            assert [c.message for c in index.conflicts_of(sid)] == texts


def test_a_right_to_left_name_is_fenced_off_in_a_not_free_message() -> None:
    """An Arabic name inside "{name} is not free ..." keeps the sentence's order (FSI ... PDI),
    as it does in every other conflict message."""
    arabic = replace(_person(1, day=3), name="أحمد علي")
    people = [_person(0), arabic, _person(2), _person(3)]
    index = ConflictIndex([_session(1, 1)], people, [PROGRAM])
    (message,) = [m for m in index.messages()[1] if "not free" in m]
    assert message.startswith("\u2068أحمد علي\u2069 is not free Mon 10:00-10:30 Europe/Berlin")
    assert [c.kind for c in index.conflicts_of(1)] == ["unavailable"]
