"""Replies coming back: iTIP REPLY written by independent libraries (icalendar, vobject), read from
.ics, .eml, mbox and Maildir, matched by UID, RECURRENCE-ID and attendee, current ones stored."""

from __future__ import annotations

import email.policy
import mailbox
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import test_invites
import vobject
from dateutil.tz import tzutc
from hypothesis import given, settings
from hypothesis import strategies as st
from test_invites import files_for

from peerdesk.cli.main import main
from peerdesk.schedule.replies import answer_counts, answers_by_session, import_replies, read_answers
from peerdesk.schedule.service import Schedule

dst_program = test_invites.dst_program  # the fixture: a weekly New York series, Rachel organizes
SERIES = "sales-clinic-spring-pilot-series.ics"
STAMP = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)


def invitation(schedule: Schedule, program) -> icalendar.Event:  # type: ignore[no-untyped-def]
    cal = icalendar.Calendar.from_ical(files_for(schedule, program)[SERIES])
    return next(e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e)


def icalendar_reply(
    event: icalendar.Event,
    who: str,
    partstat: str,
    *,
    recurrence: datetime | None = None,
    stamp: datetime = STAMP,
    sequence: int | None = None,
) -> bytes:
    """A REPLY as a client using Python's icalendar writes it."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//test//icalendar reply//EN")
    cal.add("version", "2.0")
    cal.add("method", "REPLY")
    reply = icalendar.Event()
    reply.add("uid", str(event["UID"]))
    reply.add("sequence", int(event["SEQUENCE"]) if sequence is None else sequence)
    reply.add("dtstamp", stamp)
    reply.add("dtstart", event["DTSTART"].dt)
    reply["organizer"] = event["ORGANIZER"]
    if recurrence is not None:
        reply.add("recurrence-id", recurrence)
    attendee = icalendar.vCalAddress(f"mailto:{who}")
    attendee.params["PARTSTAT"] = partstat
    reply.add("attendee", attendee)
    cal.add_component(reply)
    return cal.to_ical()


def vobject_reply(
    event: icalendar.Event, who: str, partstat: str, recurrence: datetime, stamp: datetime
) -> bytes:
    """A REPLY as vobject (the library behind Radicale and others) writes it, RECURRENCE-ID in UTC."""
    cal = vobject.iCalendar()
    cal.add("method").value = "REPLY"
    reply = cal.add("vevent")
    reply.add("uid").value = str(event["UID"])
    reply.add("dtstamp").value = stamp.astimezone(tzutc())
    reply.add("sequence").value = str(int(event["SEQUENCE"]))
    reply.add("recurrence-id").value = recurrence.astimezone(tzutc())  # vobject's own UTC
    reply.add("summary").value = "Declined: " + str(event["SUMMARY"])
    attendee = reply.add("attendee")
    attendee.value = f"mailto:{who}"
    attendee.params["PARTSTAT"] = [partstat]
    return cal.serialize().encode()


def as_mail(calendar: bytes, subject: str) -> EmailMessage:
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "someone@example.com"
    message["To"] = "rachel@example.com"
    message["Subject"] = subject
    message.set_content("See the attached answer.")
    message.add_alternative(calendar, maintype="text", subtype="calendar", params={"method": "REPLY"})
    return message


def week_slot(program, week: int) -> datetime:  # type: ignore[no-untyped-def]
    from peerdesk.schedule.service import week_start

    return week_start(program, week).replace(tzinfo=ZoneInfo(program.timezone))


def states(schedule: Schedule, program, who: str) -> list[str]:  # type: ignore[no-untyped-def]
    sessions = schedule.list_sessions(program.id)
    answers = answers_by_session(schedule.workspace, [s.id for s in sessions])
    return [answers.get(s.id, {}).get(who, "no answer") for s in sessions]


def test_answers_written_by_icalendar_and_vobject_are_stored_per_week(
    dst_program,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    schedule, program = dst_program
    event = invitation(schedule, program)
    accepted = tmp_path / "marcus-accepted.ics"
    accepted.write_bytes(icalendar_reply(event, "marcus@example.com", "ACCEPTED"))
    declined = vobject_reply(event, "ZOE@example.com", "DECLINED", week_slot(program, 3), STAMP)
    mail = tmp_path / "Declined.eml"
    mail.write_bytes(bytes(as_mail(declined, "Declined: Problem clinic")))
    db = str(schedule.workspace.path)
    schedule.workspace.close()
    assert main(["--db", db, "replies", "import", str(accepted), str(mail)]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "Stored 7 answers" and out.err == ""
    from peerdesk.storage import open_workspace

    with open_workspace(Path(db)) as ws:
        again = Schedule(ws)
        assert states(again, program, "marcus@example.com") == ["accepted"] * 6
        assert (
            states(again, program, "zoe@example.com") == ["no answer"] * 2 + ["declined"] + ["no answer"] * 3
        )
        week3 = again.list_sessions(program.id)[2]
        answers = answers_by_session(ws, [week3.id])[week3.id]
        invited = [a.email for a in week3.attendees if a.email != program.organizer_email]
        assert answer_counts(answers, invited) == "1 accepted, 1 declined"
        # the same files again change nothing
        result = import_replies(ws, [accepted, mail])
        assert result.stored == [] and not result.changes


def test_a_later_series_answer_replaces_an_earlier_week_answer_but_not_the_reverse(
    dst_program, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    event = invitation(schedule, program)
    ws = schedule.workspace
    week2 = week_slot(program, 2)
    early = tmp_path / "early.ics"
    early.write_bytes(icalendar_reply(event, "marcus@example.com", "DECLINED", recurrence=week2))
    late = tmp_path / "late.ics"
    late.write_bytes(
        icalendar_reply(event, "marcus@example.com", "TENTATIVE", stamp=STAMP + timedelta(hours=1))
    )
    result = import_replies(ws, [late, early])  # the older one read last never wins
    assert result.changes.schedule and result.changes.attendance
    assert result.changes.sessions == {s.id for s in schedule.list_sessions(program.id)}
    assert states(schedule, program, "marcus@example.com") == ["tentative"] * 6
    later_week = tmp_path / "later-week.ics"
    later_week.write_bytes(
        icalendar_reply(
            event, "marcus@example.com", "DECLINED", recurrence=week2, stamp=STAMP + timedelta(days=1)
        )
    )
    import_replies(ws, [later_week])
    assert states(schedule, program, "marcus@example.com") == ["tentative", "declined"] + ["tentative"] * 4


def test_stale_foreign_and_broken_answers_are_left_out_with_a_reason(dst_program, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    event = invitation(schedule, program)
    old = tmp_path / "old.ics"
    old.write_bytes(icalendar_reply(event, "marcus@example.com", "ACCEPTED"))
    session = schedule.list_sessions(program.id)[1]
    schedule.apply(schedule.plan_edit(replace(session, location="Room 9")))  # the series' SEQUENCE rises
    stranger = tmp_path / "stranger.ics"
    stranger.write_bytes(icalendar_reply(invitation(schedule, program), "eve@example.com", "ACCEPTED"))
    request = tmp_path / "request.ics"
    request.write_bytes(files_for(schedule, program)[SERIES])
    garbage = tmp_path / "garbage.ics"
    garbage.write_bytes(b"BEGIN:VCALENDAR\r\nthis is not\r\n\x00\xff")
    nowhere = tmp_path / "missing.eml"
    plain = tmp_path / "plain.eml"
    plain.write_bytes(b"Subject: hello\r\n\r\nno calendar here\r\n")
    no_week = tmp_path / "no-week.ics"
    no_week.write_bytes(
        icalendar_reply(
            invitation(schedule, program),
            "marcus@example.com",
            "DECLINED",
            recurrence=week_slot(program, 2) + timedelta(hours=1),
        )
    )
    result = import_replies(schedule.workspace, [old, stranger, request, garbage, nowhere, plain, no_week])
    assert result.stored == [] and not result.changes
    notes = "\n".join(result.notes)
    assert f"{old}: marcus@example.com answered an older version of" in notes
    assert f"{stranger}: eve@example.com is not invited to" in notes
    assert f"{request}: not an answer to an invitation (METHOD:REQUEST)" in notes
    assert f"{garbage}: " in notes
    assert f"{nowhere}: no such file or folder" in notes
    assert f"{plain}: holds no calendar" in notes
    assert f"{no_week}: names a week of" in notes and "that does not exist" in notes
    assert len(result.notes) == 7
    assert states(schedule, program, "marcus@example.com") == ["no answer"] * 6


def test_answers_from_an_mbox_and_a_maildir(dst_program, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    event = invitation(schedule, program)
    box = mailbox.mbox(tmp_path / "Inbox.mbox")
    box.add(as_mail(icalendar_reply(event, "marcus@example.com", "ACCEPTED"), "Accepted"))
    box.add(as_mail(b"", "no calendar").as_bytes())
    box.close()
    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    maildir.add(
        as_mail(
            vobject_reply(event, "zoe@example.com", "TENTATIVE", week_slot(program, 5), STAMP), "Tentative"
        )
    )
    maildir.close()
    result = import_replies(schedule.workspace, [tmp_path / "Inbox.mbox", tmp_path / "Maildir"])
    assert len(result.stored) == 7
    assert states(schedule, program, "zoe@example.com")[4] == "tentative"
    assert states(schedule, program, "marcus@example.com") == ["accepted"] * 6


def test_an_answer_to_a_one_off_by_its_uid(dst_program, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    week1 = schedule.list_sessions(program.id)[0]
    one_off = replace(week1, id=None, uid="", week=None, series_start=None, title="Extra clinic")
    schedule.apply(schedule.plan_add_one_off(replace(one_off, start=datetime(2026, 3, 20, 10, 0))))
    files = files_for(schedule, program)
    name = next(n for n in files if "extra-clinic" in n)
    event = icalendar.Calendar.from_ical(files[name]).walk("VEVENT")[0]
    answer = tmp_path / "answer.ics"
    answer.write_bytes(icalendar_reply(event, "zoe@example.com", "DECLINED"))
    result = import_replies(schedule.workspace, [tmp_path])
    assert [(r.email, r.partstat) for r in result.stored] == [("zoe@example.com", "declined")]
    extra = next(s for s in schedule.list_sessions(program.id) if s.title == "Extra clinic")
    assert result.stored[0].session_id == extra.id


@settings(max_examples=60, deadline=None)
@given(
    st.binary(max_size=400)
    | st.text(max_size=300).map(lambda t: f"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\n{t}".encode())
)
def test_hostile_calendars_give_notes_not_tracebacks(data: bytes) -> None:
    answers, notes = read_answers("x.ics", data)
    assert all(a.partstat in ("accepted", "declined", "tentative") for a in answers)
    assert all(n.startswith("x.ics: ") for n in notes)


@pytest.mark.parametrize(
    "event",
    [
        "UID:x\r\nDTSTAMP:garbage\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.example",
        "UID:x\r\nDTSTAMP:20260101T000000Z\r\nSEQUENCE:abc\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.example",
        "UID:x\r\nDTSTAMP:20260101T000000Z\r\nRECURRENCE-ID:garbage\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.example",
        "UID:x\r\nDTSTAMP:20260101T000000Z",
        "DTSTAMP:20260101T000000Z\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.example",
        "UID:x\r\nDTSTAMP:20260101T000000Z\r\nATTENDEE;PARTSTAT=DELEGATED:mailto:a@b.example",
    ],
)
def test_broken_properties_give_a_note_naming_the_file(event: str) -> None:
    data = f"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n{event}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    answers, notes = read_answers("broken.ics", data.encode())
    assert answers == [] and len(notes) == 1 and notes[0].startswith("broken.ics: ")
