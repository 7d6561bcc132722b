"""Transfer follow-ups 30, 60 and 90 days after a pilot: one question per learner and skill
("Have you used SQL at work since the pilot?"), as calendar reminders for the lead (.ics) and
printable slips; the answers are recorded like check-ins and reported as "used on the job".
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta

from peerdesk import i18n
from peerdesk.collation import sort_key
from peerdesk.domain import Person, Program, TransferCheck
from peerdesk.i18n import _, nformat
from peerdesk.impact.texts import short_date
from peerdesk.schedule.service import program_last_day

FOLLOW_UP_DAYS = (30, 60, 90)


@dataclass(frozen=True)
class FollowUp:
    """One question to ask one learner on one day."""

    after_days: int
    due: date
    email: str
    name: str
    skill: str

    @property
    def question(self) -> str:
        """The one question, in plain words."""
        return _("Have you used {skill} at work since the pilot ended?").format(skill=self.skill)


def follow_ups(program: Program, people: list[Person]) -> list[FollowUp]:
    """Every follow-up of a pilot: each member's learning goals with a target, at 30, 60 and 90
    days after the pilot's last day, in date order."""
    members = set(program.members)
    end = program_last_day(program)
    return [
        FollowUp(days, end + timedelta(days=days), p.email, p.name, goal.skill)
        for days in FOLLOW_UP_DAYS
        for p in sorted(people, key=lambda p: sort_key(p.name))
        if p.email in members
        for goal in p.wants
        if goal.target is not None
    ]


def reminders_ics(program: Program, items: list[FollowUp]) -> bytes:
    """An .ics file for the lead: one all-day reminder per follow-up day, listing who to ask what
    (in the program's language)."""
    with i18n.language(program.language):
        return _reminders_ics(program, items)


def _reminders_ics(program: Program, items: list[FollowUp]) -> bytes:
    from icalendar import Calendar, Event  # (the KPIs import this module; only this writes a calendar)

    cal = Calendar()
    cal.add("prodid", "-//PeerDesk//transfer follow-ups//EN")
    cal.add("version", "2.0")
    for days in FOLLOW_UP_DAYS:
        due = [f for f in items if f.after_days == days]
        if not due:
            continue
        event = Event()
        event.add("uid", f"{program.uid or program.name}-transfer-{days}@peerdesk")
        summary = nformat(
            "{name}: {days}-day transfer follow-up ({n} question)",
            "{name}: {days}-day transfer follow-up ({n} questions)",
            len(due),
            name=program.name,
            days=days,
        )
        event.add("summary", summary)
        event.add("dtstart", due[0].due)
        event.add("dtend", due[0].due + timedelta(days=1))
        event.add("dtstamp", due[0].due)
        event.add("description", "\n".join(f"{f.name}: {f.question}" for f in due))
        cal.add_component(event)
    return cal.to_ical()


def slips_html(program: Program, items: list[FollowUp]) -> str:
    """Printable slips, one per question, with Yes / No boxes (user text escaped), in the program's words."""
    with i18n.language(program.language):
        return _slips_html(program, items)


def _slips_html(program: Program, items: list[FollowUp]) -> str:
    yes, no = html.escape(_("Yes")), html.escape(_("No"))
    slips = "\n".join(
        "<div class='slip'>"
        f"<p class='who'>{html.escape(f.name)} \u00b7 {html.escape(program.name)} \u00b7 "
        + html.escape(_("{days}-day follow-up ({day})").format(days=f.after_days, day=short_date(f.due)))
        + "</p>"
        f"<p class='q'>{html.escape(f.question)}</p>"
        f"<p>\u2610 {yes} &nbsp;&nbsp; \u2610 {no}</p></div>"
        for f in items
    )
    style = (
        ".slip{border:1px dashed #777;padding:8px 12px;margin:6px 0;page-break-inside:avoid}"
        ".who{color:#52606d;font-size:9pt;margin:0}.q{font-size:12pt;margin:6px 0}"
    )
    title = html.escape(_("{name}: transfer follow-ups").format(name=program.name))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>{style}</style></head><body><h2>{title}</h2>{slips}</body></html>"
    )


def used_on_job(checks: list[TransferCheck], members: set[str], as_of: date) -> tuple[int, int]:
    """(answered yes, answered) over the latest answer per learner and skill up to `as_of`."""
    latest: dict[tuple[str, str], TransferCheck] = {}
    for c in sorted(checks, key=lambda c: (c.day, c.after_days)):
        if c.email in members and c.day <= as_of:
            latest[(c.email, c.skill.casefold())] = c
    return sum(1 for c in latest.values() if c.used), len(latest)
