"""Attendees' answers on a server's copy of a published event: read, told from a change, carried on.

Hand-written iCalendar text (as calendar programs write it: mixed case
addresses, MAILTO: in capitals, an override made only to decline one week);
what PeerDesk writes back is read with vobject, not with the library that wrote it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import vobject

from peerdesk.publishing.objects import answers_only, keep_answers
from peerdesk.schedule.replies import server_answers

OURS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//PeerDesk//EN\r
BEGIN:VEVENT\r
UID:series-1@peerdesk\r
DTSTAMP:20261101T090000Z\r
SEQUENCE:2\r
SUMMARY:Micro-lessons\r
DTSTART:20261105T100000Z\r
DTEND:20261105T110000Z\r
RRULE:FREQ=WEEKLY;COUNT=6\r
END:VEVENT\r
END:VCALENDAR\r
"""

THEIRS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Someone's phone//EN\r
BEGIN:VEVENT\r
UID:series-1@peerdesk\r
DTSTAMP:20261102T120000Z\r
SEQUENCE:2\r
SUMMARY:Micro-lessons\r
DTSTART:20261105T100000Z\r
DTEND:20261105T110000Z\r
RRULE:FREQ=WEEKLY;COUNT=6\r
ATTENDEE;CN=Hannah;PARTSTAT=ACCEPTED:mailto:Hannah.Schulz@Northwind.example\r
ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:someone@northwind.example\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:series-1@peerdesk\r
DTSTAMP:20261103T080000Z\r
SEQUENCE:2\r
SUMMARY:Micro-lessons\r
RECURRENCE-ID:20261119T100000Z\r
DTSTART:20261119T100000Z\r
DTEND:20261119T110000Z\r
ATTENDEE;PARTSTAT=DECLINED:MAILTO:Omar@NORTHWIND.example\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_answers_on_the_master_and_in_an_override_are_read() -> None:
    found = sorted((a.email, a.partstat, a.recurrence, a.sequence) for a in server_answers("copy", THEIRS))
    assert found == [
        ("hannah.schulz@northwind.example", "accepted", None, 2),
        ("omar@northwind.example", "declined", datetime(2026, 11, 19, 10, tzinfo=UTC), 2),
    ]
    assert server_answers("copy", OURS) == []
    assert server_answers("copy", b"not a calendar") == []


def test_answers_alone_are_no_change_but_other_content_is() -> None:
    assert answers_only(THEIRS, OURS)
    assert answers_only(OURS, OURS)
    assert not answers_only(
        THEIRS.replace(b"SUMMARY:Micro-lessons\r\nDTSTART:20261105", b"SUMMARY:Renamed\r\nDTSTART:20261105"),
        OURS,
    )
    assert not answers_only(THEIRS.replace(b"SEQUENCE:2", b"SEQUENCE:3", 1), OURS)
    moved = THEIRS.replace(b"DTSTART:20261119T100000Z", b"DTSTART:20261119T140000Z")
    assert not answers_only(moved, OURS)
    # SOGo's copy: CLASS:PUBLIC (the default) added to each event and the RRULE's parts reordered
    sogo = THEIRS.replace(b"END:VEVENT", b"CLASS:PUBLIC\r\nEND:VEVENT").replace(
        b"RRULE:FREQ=WEEKLY;COUNT=6", b"RRULE:COUNT=6;FREQ=WEEKLY"
    )
    assert sogo != THEIRS and answers_only(sogo, OURS)
    assert not answers_only(sogo.replace(b"CLASS:PUBLIC", b"CLASS:PRIVATE", 1), OURS)


def test_a_republish_carries_the_answers_on() -> None:
    newer = OURS.replace(b"SUMMARY:Micro-lessons", b"SUMMARY:Micro-lessons (room 2)")
    written = vobject.readOne(keep_answers(newer, THEIRS).decode())
    events = {
        str(e.contents["recurrence-id"][0].value) if "recurrence-id" in e.contents else "": e
        for e in written.vevent_list
    }
    assert sorted(events) == ["", "2026-11-19 10:00:00+00:00"]
    master = events[""]
    assert master.summary.value == "Micro-lessons (room 2)"
    assert [(a.value.lower(), a.params["PARTSTAT"]) for a in master.attendee_list] == [
        ("mailto:hannah.schulz@northwind.example", ["ACCEPTED"])
    ]
    week = events["2026-11-19 10:00:00+00:00"]
    assert week.summary.value == "Micro-lessons (room 2)" and "rrule" not in week.contents
    assert week.dtstart.value == datetime(2026, 11, 19, 10, tzinfo=UTC)
    assert week.dtend.value == datetime(2026, 11, 19, 11, tzinfo=UTC)
    assert [(a.value.lower(), a.params["PARTSTAT"]) for a in week.attendee_list] == [
        ("mailto:omar@northwind.example", ["DECLINED"])
    ]
    assert keep_answers(newer, OURS) == newer


def test_an_answer_for_a_week_the_series_now_skips_is_dropped() -> None:
    skipping = OURS.replace(
        b"RRULE:FREQ=WEEKLY;COUNT=6\r\n", b"RRULE:FREQ=WEEKLY;COUNT=6\r\nEXDATE:20261119T100000Z\r\n"
    )
    written = vobject.readOne(keep_answers(skipping, THEIRS).decode())
    assert ["recurrence-id" in e.contents for e in written.vevent_list] == [False]
    assert [a.value.lower() for a in written.vevent_list[0].attendee_list] == [
        "mailto:hannah.schulz@northwind.example"
    ]
