"""Email drafts: every recipient comes back from Python's parser exactly as the invitation's ATTENDEEs.

Python 3.11 folds address lists so that a comma can end up inside an encoded
word, and its parser adds a space between adjacent encoded words; the drafts
must survive both, for one invitee and for twenty hostile names.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import UTC, date, datetime, time

import icalendar
from calendar_consumers import attendees_everywhere, parse_all
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain import Attendee, Person, Program, Session
from peerdesk.schedule.email_drafts import format_address, unstructured
from peerdesk.schedule.formats import BUILTIN_FORMATS
from peerdesk.schedule.invite_files import build_program_invites
from peerdesk.schedule.invites import InviteContext, clean_name
from peerdesk.schedule.service import series_session

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
HOSTILE = [
    'Ann "Nan" O\'Neil',
    "<b>bold</b>",
    "</title><script>alert(1)</script>",
    "# * ` _ [x](y)",
    "{{ name }} {% if %}",
    "Smith, John; Jr.: the \\ one",
    "=?utf-8?q?=2C?=",
    "Zoë Ångström-Æbelø",
    "مرحبا بالعالم",
    "שָׁלוֹם",
    "😀 👩🏽‍💻 🇩🇪",
    "line\nbreak\r\nand\ttab",
    "nul\x00byte",
    "Léa " * 60,
    "x" * 260,
    "  ",
    "a,b",
    "(comment) <angle> [square] @at",
]
names = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=220),
    st.lists(st.sampled_from(HOSTILE), min_size=2, max_size=4).map(" ".join),
)


def build(people_names: list[str]) -> tuple[InviteContext, Program, list[Session], list[Person]]:
    people = [
        Person(name=name, email=f"p{i}.x+{i}@example.com", timezone="Europe/Berlin")
        for i, name in enumerate(people_names)
    ]
    organizer = Person(name='Orga "Boss", Ünal', email="lead@example.com", timezone="Europe/Berlin")
    program = Program(
        name='Spring, "pilot"; ümlaut',
        start=date(2026, 3, 16),
        weeks=3,
        weekday=2,
        time=time(10, 0),
        timezone="Europe/Berlin",
        organizer_email=organizer.email,
        members=tuple(p.email for p in people),
        uid="series-0c8c7d48-18a8-4cd3-8e7e-95364949dc91@peerdesk",
        id=1,
    )
    series = [series_session(program, w, "Micro-lesson", None, people) for w in (1, 2, 3)]
    one_off = Session(
        program_id=1,
        title='Kick-off, "why"; 😀',
        start=datetime(2026, 3, 20, 9, 0),
        minutes=30,
        timezone="Europe/Berlin",
        format_key="micro-lesson",
        attendees=tuple(Attendee(p.email) for p in people),
        uid="session-1b2c3d4e-0000-4000-8000-000000000000@peerdesk",
        id=9,
    )
    cancelled = Session(
        program_id=1,
        title="Cancelled one",
        start=datetime(2026, 3, 21, 9, 0),
        minutes=30,
        timezone="Europe/Berlin",
        format_key="micro-lesson",
        attendees=tuple(Attendee(p.email) for p in people),
        status="cancelled",
        uid="session-2b2c3d4e-0000-4000-8000-000000000000@peerdesk",
        id=10,
    )
    ctx = InviteContext.build([*people, organizer], BUILTIN_FORMATS, NOW)
    return ctx, program, [*series, one_off, cancelled], people


def check_drafts(people_names: list[str]) -> int:
    ctx, program, sessions, people = build(people_names)
    files = build_program_invites(ctx, program, sessions, eml=True).files
    drafts = {n: d for n, d in files.items() if n.endswith(".eml")}
    assert len(drafts) == 3  # series, one-off, cancelled one-off
    for name, raw in drafts.items():
        assert raw.isascii(), name
        for policy in (email.policy.default, email.policy.strict):
            message = email.message_from_bytes(raw, policy=policy)
            assert message.defects == []
            part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
            cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
            attendees = [
                (str(a.params["CN"]), str(a).removeprefix("mailto:")) for a in cal.walk("VEVENT")[0].attendees
            ]
            got = [(a.display_name, a.addr_spec) for a in message["To"].addresses]
            assert got == attendees, name
            assert message["To"].defects == ()
            assert got == [(clean_name(p.name) or p.email, p.email) for p in people]
            sender = message["From"].addresses
            assert [(a.display_name, a.addr_spec) for a in sender] == [
                ("Orga “Boss”, Ünal", "lead@example.com")
            ]
            assert part.get_param("method") == cal["METHOD"]
            assert message["X-Unsent"] == "1"
            assert message["Date"].datetime == NOW
    return len(drafts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(names, min_size=1, max_size=1))
def test_one_invitee_round_trips(people_names: list[str]) -> None:
    check_drafts(people_names)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(names, min_size=20, max_size=20))
def test_twenty_hostile_invitees_round_trip(people_names: list[str]) -> None:
    check_drafts(people_names)


def test_every_hostile_name_at_once() -> None:
    hostile = [*HOSTILE, "Plain Name", "Tomás Ferreira"]
    assert check_drafts(hostile) == 3
    ctx, program, sessions, people = build(hostile)
    files = build_program_invites(ctx, program, sessions).files
    # every consumer, Ruby, libical and ical.js included when installed
    for name, cal in zip(files, parse_all(list(files.values())), strict=True):
        for event in cal.walk("VEVENT"):
            names = [str(a.params["CN"]) for a in event.attendees]
            assert names in ([], [clean_name(p.name) or p.email for p in people]), name


def test_quotes_stay_quotes() -> None:
    assert (
        format_address('Ann "Nan" O\'Neil', "ann@example.com") == '"Ann \\"Nan\\" O\'Neil" <ann@example.com>'
    )
    name = 'Ann "Nan" O\'Neil'
    raw = ("To: " + format_address(name, "ann@example.com") + "\r\n\r\n").encode()
    parsed = email.message_from_bytes(raw, policy=email.policy.strict)["To"].addresses[0]
    assert parsed.display_name == 'Ann "Nan" O\'Neil'


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=300))
@settings(max_examples=60, deadline=None)
def test_subjects_round_trip(subject: str) -> None:
    subject = " ".join(subject.split())
    raw = f"Subject: {unstructured(subject)}\r\n\r\n".encode()
    for policy in (email.policy.default, email.policy.strict):
        assert str(email.message_from_bytes(raw, policy=policy)["Subject"]) == subject


def test_idn_domains_are_punycode_in_to_and_attendee() -> None:
    ctx, program, sessions, _ = build(["Jürgen Bücher", "Ana Silva"])
    people = [
        Person(name="Jürgen Bücher", email="juergen@bücher.example.de", timezone="Europe/Berlin"),
        Person(name="Ana Silva", email="ana@straße.example", timezone="Europe/Berlin"),
        *ctx.people.values(),
    ]
    ctx = InviteContext.build(people, BUILTIN_FORMATS, NOW)
    sessions = [
        replace(s, attendees=(Attendee("juergen@bücher.example.de"), Attendee("ana@straße.example")))
        for s in sessions
    ]
    invites = build_program_invites(ctx, program, sessions, eml=True)
    assert invites.notes == []
    files = invites.files
    want = ["juergen@xn--bcher-kva.example.de", "ana@xn--strae-oqa.example"]
    for name, raw in files.items():
        if name.endswith("-calendar.ics"):
            continue  # no attendees in an add-to-calendar file
        if name.endswith(".eml"):
            message = email.message_from_bytes(raw, policy=email.policy.strict)
            assert message.defects == [] and message["To"].defects == ()
            assert [a.addr_spec for a in message["To"].addresses] == want, name
        else:
            for consumer, found in attendees_everywhere(raw).items():
                assert {address for _, address in found} <= {f"mailto:{a}" for a in want}, consumer
                assert found, (consumer, name)


def test_quotes_in_names_read_the_same_in_every_consumer() -> None:
    hostile = ['Ana "The Hammer" Silva', 'Zoë "Z', '""', "Ann 'Nan' O'Neil", 'a "b" c "d" e']
    ctx, program, sessions, people = build(hostile)
    files = build_program_invites(ctx, program, sessions, eml=True).files
    shown = [clean_name(p.name) for p in people]
    assert shown[0] == "Ana “The Hammer” Silva"
    for name, raw in files.items():
        if name.endswith("-calendar.ics"):
            continue
        if name.endswith(".ics"):
            assert b"^'" not in raw
            readings = attendees_everywhere(raw)
            assert len(readings) >= 4
            for consumer, found in readings.items():
                assert [cn for cn, _ in found][: len(shown)] == shown, (consumer, name)
        else:
            message = email.message_from_bytes(raw, policy=email.policy.strict)
            assert [a.display_name for a in message["To"].addresses] == shown


def test_a_non_ascii_local_part_is_named_in_the_notes() -> None:
    ctx, program, sessions, _ = build(["Jürgen"])
    ctx = InviteContext.build(
        [*ctx.people.values(), Person(name="Jürgen", email="jürgen@example.de")], BUILTIN_FORMATS, NOW
    )
    sessions = [replace(s, attendees=(Attendee("jürgen@example.de"),)) for s in sessions]
    notes = build_program_invites(ctx, program, sessions, eml=True).notes
    assert len(notes) == 1 and notes[0].startswith("jürgen@example.de: the part before @ is not plain ASCII")
    assert build_program_invites(ctx, program, sessions).notes == []  # no drafts, nothing to say
