"""Printouts about one person: the learning record, a certificate of participation, a thank-you card.

All three count with one function (`peerdesk.impact.learning_record.learning_record`):
held sessions the person led (credited when present) or attended, only those
of one program when a program is given, competency gains from check-ins inside
the period, written feedback and shout-outs for what they led. A certificate
or card printed before its program ends covers the period "to date".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from peerdesk.domain import Person, Program
from peerdesk.i18n import _, nformat
from peerdesk.impact.learning_record import LearningRecord, record_values
from peerdesk.impact.learning_record import learning_record as gather
from peerdesk.impact.texts import decimal
from peerdesk.printing.templates import TEMPLATE_NAMES, Rendered
from peerdesk.printing.wording import DASH, day_range, day_text, names_list

if TYPE_CHECKING:
    from peerdesk.printing.printouts import Printouts


def _person(printouts: Printouts, email: str) -> Person:
    from peerdesk.printing.printouts import PrintoutError

    person = printouts._people.get(email.strip().lower())
    if person is None:
        raise PrintoutError(_("no one on the roster has the email {email}").format(email=email))
    return person


def _program(printouts: Printouts, person: Person, program: str | None) -> Program | None:
    """The program asked for, else the latest one the person is a member of (None: all sessions)."""
    if program:
        return printouts.find_program(_("this printout"), program)
    invited = {
        s.program_id
        for s in printouts.schedule.list_sessions()
        if person.email in {a.email for a in s.attendees}
    }
    theirs = [p for p in printouts.schedule.list_programs() if person.email in p.members or p.id in invited]
    return max(theirs, key=lambda p: p.start) if theirs else None


def activity(printouts: Printouts, person: Person, program: Program | None) -> LearningRecord:
    """What the person did in `program` (or every program), counted up to the printout's day.

    The learning record, the certificate and the thank-you card all count with
    `peerdesk.impact.learning_record.learning_record`, so they never disagree.
    """
    return gather(printouts.workspace, person, program=program, today=printouts.today)


def _program_values(printouts: Printouts, program: Program | None, done: LearningRecord) -> dict[str, object]:
    if program is None:
        return {"name": "", "dates": "", "organizer": "", "outcome": "", "to_date": False}
    return {
        "name": program.name,
        "dates": _("{day} to date").format(day=day_text(done.start))
        if done.to_date
        else day_range(done.start, done.end),
        "organizer": printouts._name(program.organizer_email),
        "outcome": program.outcome,
        "to_date": done.to_date,
    }


def learning_record(printouts: Printouts, email: str, program: str | None = None) -> Rendered:
    """A person's learning record: sessions led and attended, skills gained, feedback received."""
    from peerdesk.printing.printouts import in_language

    person = _person(printouts, email)
    chosen = printouts.find_program("record", program) if program else None
    with in_language(chosen):
        # feedback received = ratings and answers at sessions the person led; gains within the period
        values = printouts.common() | record_values(activity(printouts, person, chosen))
        text = printouts.library.render(TEMPLATE_NAMES["record"], values)
        title = _("Learning record {dash} {name}").format(dash=DASH, name=person.name)
    return Rendered(title, text, True, chosen.name if chosen else "")


def certificate(printouts: Printouts, email: str, program: str | None = None) -> Rendered:
    """A certificate of participation: sessions attended and led, skills gained, in one program."""
    from peerdesk.printing.printouts import in_language

    person = _person(printouts, email)
    chosen = _program(printouts, person, program)
    with in_language(chosen):
        return _certificate(printouts, person, chosen)


def _certificate(printouts: Printouts, person: Person, chosen: Program | None) -> Rendered:
    from peerdesk.printing.printouts import PrintoutError

    done = activity(printouts, person, chosen)
    if not done.led and not done.attended:
        if chosen:
            message = _(
                "{name} has not taken part in a held session of {program} yet, so there is nothing to certify"
            )
        else:
            message = _("{name} has not taken part in a held session yet, so there is nothing to certify")
        raise PrintoutError(message.format(name=person.name, program=chosen.name if chosen else ""))
    parts = []
    if done.attended:
        parts.append(nformat("took part in {n} session", "took part in {n} sessions", len(done.attended)))
    if done.led:
        parts.append(nformat("led {n} session", "led {n} sessions", len(done.led)))
    values = printouts.common() | {
        "person": {"name": person.name, "role": person.role, "team": person.team},
        "program": _program_values(printouts, chosen, done),
        "summary": names_list(parts),
        "led": list(done.led),
        "attended": list(done.attended),
        "gains": list(done.gains),
    }
    text = printouts.library.render(TEMPLATE_NAMES["certificate"], values)
    title = _("Certificate {dash} {name}").format(dash=DASH, name=person.name)
    return Rendered(title, text, True, chosen.name if chosen else "", one_page=True)


def thank_you(printouts: Printouts, email: str, program: str | None = None) -> Rendered:
    """A thank-you card for a facilitator: what they led, whom it reached, what people said."""
    from peerdesk.printing.printouts import in_language

    person = _person(printouts, email)
    chosen = _program(printouts, person, program)
    with in_language(chosen):
        return _thank_you(printouts, person, chosen)


def _thank_you(printouts: Printouts, person: Person, chosen: Program | None) -> Rendered:
    from peerdesk.printing.printouts import PrintoutError

    done = activity(printouts, person, chosen)
    if not done.led:
        if chosen:
            message = _(
                "{name} has not led a held session of {program} yet; the thank-you card is for facilitators"
            )
        else:
            message = _("{name} has not led a held session yet; the thank-you card is for facilitators")
        raise PrintoutError(message.format(name=person.name, program=chosen.name if chosen else ""))
    values = printouts.common() | {
        "person": {"name": person.name, "first_name": person.name.split()[0] if person.name.split() else ""},
        "program": _program_values(printouts, chosen, done),
        "led": done.led,
        # Translators: the thank-you card's "You led {sessions} and shared what you know with {reached}"
        "sessions": nformat("{n} session", "{n} sessions", len(done.led)),
        "reached": nformat("{n} colleague", "{n} colleagues", len(done.reached)),
        "rating": decimal(sum(done.ratings) / len(done.ratings)) if done.ratings else "",
        "quotes": [f.answer for f in done.feedback if f.answer][:3],
        "shoutouts": list(done.shoutouts[:2]),
    }
    text = printouts.library.render(TEMPLATE_NAMES["thank-you"], values)
    title = _("Thank you {dash} {name}").format(dash=DASH, name=person.name)
    return Rendered(title, text, True, chosen.name if chosen else "", one_page=True)
