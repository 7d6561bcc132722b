"""The notice before a matching round: "we pair on Monday; reply SKIP to sit this one out".

An email draft (.eml, text only) to the program's active members who are not
away that day, from the organizer; the lead opens it in their mail program and
sends it. Who answers SKIP is recorded with `match PROGRAM --skip PERSON`:
they sit that run out, and its report lists them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from peerdesk import i18n
from peerdesk.domain import Person, Program
from peerdesk.i18n import N_, _
from peerdesk.schedule.dates import local_date
from peerdesk.schedule.email_drafts import format_address, unstructured

MODE_WORDS = {
    "pairs": N_("pairs"),
    "rotation": N_("pairs"),
    "mentor": N_("mentor groups"),
    "pods": N_("learning pods"),
}


def next_monday(today: date) -> date:
    """The Monday after `today` (a week on when today is a Monday)."""
    return today + timedelta(days=7 - today.weekday())


def notice_text(program: Program, day: date, mode: str = "pairs") -> tuple[str, str]:
    """The subject and body of the notice, in the program's language."""
    with i18n.language(program.language):
        return _notice_text(program, day, mode)


def _notice_text(program: Program, day: date, mode: str) -> tuple[str, str]:
    when = local_date(day, f"%A {day.day} %B", "EEEE d MMMM")
    what = _(MODE_WORDS.get(mode, "pairs"))
    subject = _("{name}: new {what} on {when} - reply SKIP to sit this one out").format(
        name=program.name, what=what, when=when
    )
    body = _(
        "Hello,\n\nOn {when} we match the next round of {groups} for {name}.\n\nIf "
        "you would rather sit this one out (busy weeks, time off, too much "
        "on), reply to this email with SKIP. You will be left out of this "
        "round only and matched again in the next one. Nothing to do if you "
        "are in.\n\nThank you!\n"
    ).format(when=when, groups=what, name=program.name)
    return subject, body


def notice_draft(
    program: Program,
    people: list[Person],
    day: date,
    now: datetime,
    *,
    sender: Person | None = None,
    mode: str = "pairs",
) -> tuple[bytes, list[Person]]:
    """The .eml draft and its recipients: active members not away on `day`."""
    members = set(program.members)
    recipients = sorted(
        (p for p in people if p.email in members and p.active and p.away(day) is None),
        key=lambda p: p.name.casefold(),
    )
    subject, body = notice_text(program, day, mode)
    message = EmailMessage(policy=SMTP)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="peerdesk.invalid")
    message["X-Unsent"] = "1"
    message.set_content(body, cte="quoted-printable")
    lines = []
    if sender is not None:
        lines.append("From: " + format_address(sender.name, sender.email))
    if recipients:
        lines.append("To: " + ",\r\n ".join(format_address(p.name, p.email) for p in recipients))
    lines.append("Subject: " + unstructured(subject))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8") + bytes(message), recipients
