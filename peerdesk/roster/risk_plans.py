"""What to plan for a skill at risk: the article's shadow shift or micro-lesson series.

A skill only one person holds is spread by letting others shadow that person,
who leads every session; a skill several people want and nobody teaches is
learnt together in a micro-lesson series where the learners take turns to
teach what they found out. These functions only suggest: the lead reviews the
program in the New Pilot dialog before anything is saved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from peerdesk.collation import sort_key
from peerdesk.domain import Attendee, Person, Program, Session
from peerdesk.i18n import _
from peerdesk.roster.matrix import Risk

SHADOW_FORMAT = "shadow-shift"
LESSON_FORMAT = "micro-lesson"
MAX_SHADOWS = 4  # when nobody asked to learn it: the holder's teammates, at most this many


def risk_format(risk: Risk) -> str:
    """The format the article recommends for this kind of risk."""
    return SHADOW_FORMAT if risk.kind == "single-holder" else LESSON_FORMAT


def risk_action_text(risk: Risk) -> str:
    """The button text for a risk, naming who would teach."""
    if risk.kind == "single-holder":
        return _("Plan shadow shifts with {name}").format(name=risk.holders[0].name)
    return _("Plan a micro-lesson series")


def learners_for(risk: Risk, people: list[Person]) -> list[Person]:
    """Who should learn: those who want the skill, or else the holder's active teammates."""
    if risk.wanted_by:
        return list(risk.wanted_by)
    if not risk.holders:
        return []
    holder = risk.holders[0]
    skill = risk.skill.casefold()

    def level(person: Person) -> int:
        return max((t.level for t in person.teaches if t.skill.casefold() == skill), default=-1)

    mates = [
        p for p in people if p.active and p.email != holder.email and holder.team and p.team == holder.team
    ]
    mates.sort(key=lambda p: (-level(p), sort_key(p.name)))
    return mates[:MAX_SHADOWS]


def suggested_program(risk: Risk, people: list[Person], start: date, weeks: int = 6) -> Program:
    """A program for the risk, for the lead to review: name, format, members, timezone."""
    learners = learners_for(risk, people)
    holder = risk.holders[0] if risk.holders else None
    members = ([holder.email] if holder else []) + [p.email for p in learners if not holder or p != holder]
    if holder:
        name = _("{skill}: shadow {name}").format(skill=risk.skill, name=holder.name)
        outcome = _("Spread {skill} beyond {name}").format(skill=risk.skill, name=holder.name)
    else:
        name = _("{skill}: micro-lessons").format(skill=risk.skill)
        outcome = _("Learn {skill} together").format(skill=risk.skill)
    first = holder or (learners[0] if learners else None)
    return Program(
        name=name,
        start=start,
        weeks=weeks,
        timezone=first.timezone if first else "UTC",
        format_key=risk_format(risk),
        outcome=outcome,
        members=tuple(members),
    )


def led_by(sessions: list[Session], email: str) -> list[Session]:
    """The same sessions with `email` facilitating each one and everyone else learning."""
    led = []
    for session in sessions:
        others = [Attendee(a.email, "learner") for a in session.attendees if a.email != email]
        led.append(replace(session, attendees=(Attendee(email, "facilitator"), *others)))
    return led
