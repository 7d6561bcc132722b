"""Printouts about one person: the learning record, a certificate of participation, a thank-you card.

All three read the same facts: held sessions the person led or attended (only
those of one program when a program is given), competency gains from the
check-ins, written feedback and shout-outs for what they led.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peerdesk.domain import Person, Program
from peerdesk.printing.templates import TEMPLATE_NAMES, Rendered
from peerdesk.printing.wording import DASH, day_range, day_text, names_list, plural
from peerdesk.schedule.service import first_session_date, program_end_date
from peerdesk.storage.attendance import AttendanceRepository

if TYPE_CHECKING:
    from peerdesk.printing.printouts import Printouts


@dataclass
class Activity:
    """What one person did in held sessions."""

    led: list[dict[str, object]] = field(default_factory=list)
    attended: list[dict[str, object]] = field(default_factory=list)
    gains: list[dict[str, object]] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    shoutouts: list[str] = field(default_factory=list)
    reached: set[str] = field(default_factory=set)
    ratings: list[int] = field(default_factory=list)


def _person(printouts: Printouts, email: str) -> Person:
    from peerdesk.printing.printouts import PrintoutError

    person = printouts._people.get(email.strip().lower())
    if person is None:
        raise PrintoutError(f"no one on the roster has the email {email}")
    return person


def _program(printouts: Printouts, person: Person, program: str | None) -> Program | None:
    """The program asked for, else the latest one the person is a member of (None: all sessions)."""
    if program:
        return printouts.find_program("this printout", program)
    theirs = [p for p in printouts.schedule.list_programs() if person.email in p.members]
    return max(theirs, key=lambda p: p.start) if theirs else None


def activity(printouts: Printouts, person: Person, program: Program | None) -> Activity:
    """Held sessions led and attended, gains, feedback and shout-outs of one person."""
    from peerdesk.storage.impact import ImpactRepository

    sessions = [
        s for s in printouts.schedule.list_sessions(program.id if program else None) if s.status == "held"
    ]
    records_of = AttendanceRepository(printouts.workspace.db).for_sessions([s.id or 0 for s in sessions])
    done = Activity()
    for s in sessions:
        records = records_of.get(s.id or 0, [])
        if person.email in s.facilitators:
            ratings = [r.rating for r in records if r.rating]
            present = [r for r in records if r.present and r.email != person.email]
            done.led.append(
                {
                    "date": day_text(s.start.date()),
                    "title": s.title,
                    "present": len(present),
                    "rating": f"{sum(ratings) / len(ratings):.1f}" if ratings else DASH,
                }
            )
            done.reached |= {r.email for r in present}
            done.ratings += ratings
            done.answers += [r.answer for r in records if r.answer.strip()]
            continue
        mine = next((r for r in records if r.email == person.email and r.present), None)
        if mine:
            done.attended.append(
                {"date": day_text(s.start.date()), "title": s.title, "commitment": mine.commitment}
            )
    impact = ImpactRepository(printouts.workspace.db)
    last: dict[str, int] = {}
    for check in impact.check_ins():
        if check.email != person.email:
            continue
        key = check.skill.casefold()
        if key in last and check.level > last[key]:
            done.gains.append(
                {
                    "skill": check.skill,
                    "before": last[key],
                    "after": check.level,
                    "date": day_text(check.day),
                    "assessor": check.assessor,
                }
            )
        last[key] = check.level
    done.shoutouts = [
        s.text for s in impact.shoutouts(program.id if program else None) if s.email == person.email
    ]
    return done


def _program_values(printouts: Printouts, program: Program | None) -> dict[str, object]:
    if program is None:
        return {"name": "", "dates": "", "organizer": "", "outcome": ""}
    return {
        "name": program.name,
        "dates": day_range(first_session_date(program), program_end_date(program)),
        "organizer": printouts._name(program.organizer_email),
        "outcome": program.outcome,
    }


def learning_record(printouts: Printouts, email: str, program: str | None = None) -> Rendered:
    """A person's learning record: sessions led and attended, skills gained, feedback received."""
    from peerdesk.impact.learning_record import learning_record as gather
    from peerdesk.impact.learning_record import record_values

    person = _person(printouts, email)
    chosen = printouts.find_program("record", program) if program else None
    # feedback received = ratings and answers at sessions the person led; gains within the period
    values = printouts.common() | record_values(gather(printouts.workspace, person, end=printouts.today))
    text = printouts.library.render(TEMPLATE_NAMES["record"], values)
    return Rendered(f"Learning record {DASH} {person.name}", text, True, chosen.name if chosen else "")


def certificate(printouts: Printouts, email: str, program: str | None = None) -> Rendered:
    """A certificate of participation: sessions attended and led, skills gained, in one program."""
    from peerdesk.printing.printouts import PrintoutError

    person = _person(printouts, email)
    chosen = _program(printouts, person, program)
    done = activity(printouts, person, chosen)
    if not done.led and not done.attended:
        raise PrintoutError(
            f"{person.name} has not taken part in a held session"
            + (f" of {chosen.name}" if chosen else "")
            + " yet, so there is nothing to certify"
        )
    parts = []
    if done.attended:
        parts.append(f"took part in {plural(len(done.attended), 'session')}")
    if done.led:
        parts.append(f"led {plural(len(done.led), 'session')}")
    values = printouts.common() | {
        "person": {"name": person.name, "role": person.role, "team": person.team},
        "program": _program_values(printouts, chosen),
        "summary": names_list(parts),
        "led": done.led,
        "attended": done.attended,
        "gains": done.gains,
    }
    text = printouts.library.render(TEMPLATE_NAMES["certificate"], values)
    return Rendered(f"Certificate {DASH} {person.name}", text, True, chosen.name if chosen else "")


def thank_you(printouts: Printouts, email: str, program: str | None = None) -> Rendered:
    """A thank-you card for a facilitator: what they led, whom it reached, what people said."""
    from peerdesk.printing.printouts import PrintoutError

    person = _person(printouts, email)
    chosen = _program(printouts, person, program)
    done = activity(printouts, person, chosen)
    if not done.led:
        raise PrintoutError(
            f"{person.name} has not led a held session"
            + (f" of {chosen.name}" if chosen else "")
            + " yet; the thank-you card is for facilitators"
        )
    values = printouts.common() | {
        "person": {"name": person.name, "first_name": person.name.split()[0] if person.name.split() else ""},
        "program": _program_values(printouts, chosen),
        "led": done.led,
        "sessions": plural(len(done.led), "session"),
        "reached": plural(len(done.reached), "colleague"),
        "rating": f"{sum(done.ratings) / len(done.ratings):.1f}" if done.ratings else "",
        "quotes": [a for a in done.answers][:3],
        "shoutouts": done.shoutouts[:2],
    }
    text = printouts.library.render(TEMPLATE_NAMES["thank-you"], values)
    return Rendered(f"Thank you {DASH} {person.name}", text, True, chosen.name if chosen else "")
