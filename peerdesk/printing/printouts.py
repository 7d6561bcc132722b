"""What each printout shows: the values handed to its template, gathered from the workspace.

The window and the command line both call `render_printout`; the UI turns the
HTML into paper or PDF, the command line writes HTML or (through the UI layer)
PDF. Templates receive plain values only: names, texts and lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peerdesk.domain import WEEKDAYS, Format, Program, Session
from peerdesk.printing.templates import TEMPLATE_NAMES, Rendered, TemplateLibrary
from peerdesk.schedule.service import Schedule, first_session_date, program_end_date
from peerdesk.storage import Workspace
from peerdesk.storage.attendance import AttendanceRepository

FEEDBACK_QUESTION = "How useful was this session for your work?"
OPEN_QUESTION = "What will you do differently after today?"
SESSION_KINDS = ("agenda", "feedback-form", "sign-in", "follow-up")
PROGRAM_KINDS = ("handout", "kickoff")
ALL_KINDS = (*SESSION_KINDS, "guide", *PROGRAM_KINDS)
ROLE_LABELS = {"facilitator": "Facilitator", "learner": "Learner", "observer": "Observer"}


class PrintoutError(ValueError):
    """A printout was asked for something that is not there (a session id, a format key)."""


@dataclass(frozen=True)
class PersonRow:
    """A person as a printout shows them."""

    name: str
    email: str
    role: str
    team: str


def when_text(session: Session) -> str:
    """'Thursday 3 December 2026, 10:00-10:30 (Europe/Berlin)'."""
    return (
        f"{session.start:%A} {session.start.day} {session.start:%B %Y}, "
        f"{session.start:%H:%M}-{session.end:%H:%M} ({session.timezone})"
    )


def cadence_text(program: Program) -> str:
    """'Every Thursday, 10:00, 30 minutes, 6 weeks (Europe/Berlin)'."""
    day = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[program.weekday]
    return (
        f"Every {day}, {program.time:%H:%M}, {program.minutes} minutes, {program.weeks} weeks "
        f"({program.timezone})"
    )


def _date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


class Printouts:
    """Builds and renders the printable documents of one workspace."""

    def __init__(
        self, workspace: Workspace, library: TemplateLibrary | None = None, today: date | None = None
    ) -> None:
        self.workspace = workspace
        self.schedule = Schedule(workspace)
        self.library = library or TemplateLibrary()
        self.today = today or date.today()
        self._people = {p.email: p for p in self.schedule.people.list_people()}
        self._formats = {f.key: f for f in self.schedule.formats()}

    # -- shared pieces --------------------------------------------------------

    def _person(self, email: str, role: str = "") -> PersonRow:
        p = self._people.get(email)
        return PersonRow(p.name if p else email, email, ROLE_LABELS.get(role, role), p.team if p else "")

    def _name(self, email: str | None) -> str:
        return self._people[email].name if email and email in self._people else (email or "")

    def _format(self, key: str) -> Format:
        fmt = self._formats.get(key)
        if fmt is None:
            raise PrintoutError(f"there is no format '{key}' (one of {', '.join(sorted(self._formats))})")
        return fmt

    def session(self, session_id: int) -> Session:
        """A session by id, or a clear error."""
        session = self.schedule.sessions.get(session_id)
        if session is None:
            raise PrintoutError(f"there is no session {session_id}; `peerdesk sessions PROGRAM` lists them")
        return session

    def _program(self, program_id: int) -> Program:
        program = self.schedule.programs.get(program_id)
        assert program is not None
        return program

    def sign_in_order(self, session: Session) -> list[PersonRow]:
        """Invitees in sign-in-sheet order: facilitators first, then by name."""
        rows = [self._person(a.email, a.role) for a in session.attendees]
        return sorted(rows, key=lambda r: (r.role != "Facilitator", r.name.casefold()))

    def _session_values(self, session: Session) -> dict[str, object]:
        program = self._program(session.program_id)
        fmt = self._format(session.format_key)
        clock = datetime.combine(session.start.date(), session.start.time())
        steps = []
        for step in fmt.agenda:
            end = clock + timedelta(minutes=step.minutes)
            steps.append(
                {"start": f"{clock:%H:%M}", "end": f"{end:%H:%M}", "minutes": step.minutes, "text": step.text}
            )
            clock = end
        topic = session.topic or ""
        return {
            "title": session.title,
            "when": when_text(session),
            "date": _date(session.start.date()),
            "time": f"{session.start:%H:%M}-{session.end:%H:%M}",
            "timezone": session.timezone,
            "minutes": session.minutes,
            "location": session.location,
            "video_link": session.video_link,
            "recording_link": session.recording_link,
            "notes": session.notes,
            "topic": topic,
            "status": session.status,
            "week": session.week,
            "format": {"name": fmt.name, "description": fmt.description, "minutes": fmt.minutes},
            "agenda": steps,
            "facilitators": [self._name(e) for e in session.facilitators],
            "attendees": self.sign_in_order(session),
            "goal": (f"{program.outcome}" + (f" - this session: {topic}" if topic else "")).strip(" -"),
            "program": program.name,
        }

    def previous_commitments(self, session: Session) -> list[dict[str, str]]:
        """Commitments made at the previous held session of the same program (to report back on)."""
        from peerdesk.impact.feedback import Feedback

        return [
            {"name": self._name(email), "commitment": commitment, "date": _date(day)}
            for email, commitment, day in Feedback(self.workspace).previous_commitments(session)
        ]

    # -- the documents -----------------------------------------------------------

    def render(
        self,
        kind: str,
        *,
        session_id: int | None = None,
        program: str | None = None,
        format_key: str | None = None,
        person: str | None = None,
    ) -> Rendered:
        """Render one printout; raises PrintoutError or TemplateProblem with a clear message."""
        if kind == "record":
            if not person:
                raise PrintoutError("record needs a person (--person EMAIL)")
            return learning_record(self, person)
        if kind in SESSION_KINDS:
            if session_id is None:
                raise PrintoutError(f"{kind} needs a session (--session ID)")
            return self._session_document(kind, self.session(session_id))
        if kind == "guide":
            if not format_key:
                raise PrintoutError("guide needs a format (--format KEY)")
            return self._guide(self._format(format_key))
        if kind in PROGRAM_KINDS:
            found = self.schedule.find_program(program or "") if program else None
            if found is None:
                raise PrintoutError(
                    f"{kind} needs a program that exists (--program NAME or ID); got '{program or ''}'"
                )
            return self._program_document(kind, found)
        raise PrintoutError(f"unknown printout '{kind}' (one of {', '.join(ALL_KINDS)})")

    def _common(self) -> dict[str, object]:
        return {"generated": _date(self.today), "question": FEEDBACK_QUESTION, "open_question": OPEN_QUESTION}

    def _session_document(self, kind: str, session: Session) -> Rendered:
        values = self._common() | {"session": self._session_values(session)}
        program = self._program(session.program_id).name
        if kind == "agenda":
            values["report_back"] = self.previous_commitments(session)
            text = self.library.render(TEMPLATE_NAMES["agenda"], values)
            return Rendered(f"Agenda - {session.title}", text, True, program)
        if kind == "feedback-form":
            text = self.library.render(TEMPLATE_NAMES["feedback-form"], values)
            return Rendered(f"Feedback - {session.title}", text, True, program)
        if kind == "sign-in":
            text = self.library.render(TEMPLATE_NAMES["sign-in"], values)
            return Rendered(f"Sign-in - {session.title}", text, True, program)
        records = (
            AttendanceRepository(self.workspace.db).for_sessions([session.id or 0]).get(session.id or 0, [])
        )
        values["commitments"] = [
            {"name": self._name(r.email), "commitment": r.commitment} for r in records if r.commitment.strip()
        ]
        values["organizer"] = self._name(self._program(session.program_id).organizer_email)
        text = self.library.render(TEMPLATE_NAMES["follow-up"], values)
        return Rendered(f"Follow-up - {session.title}", text, False, program)

    def follow_up_text(self, session_id: int) -> str:
        """The follow-up note as plain text (for email)."""
        session = self.session(session_id)
        records = AttendanceRepository(self.workspace.db).for_sessions([session_id]).get(session_id, [])
        values = self._common() | {
            "session": self._session_values(session),
            "commitments": [
                {"name": self._name(r.email), "commitment": r.commitment}
                for r in records
                if r.commitment.strip()
            ],
            "organizer": self._name(self._program(session.program_id).organizer_email),
        }
        return self.library.render(TEMPLATE_NAMES["follow-up-text"], values)

    def _guide(self, fmt: Format) -> Rendered:
        steps = [{"minutes": s.minutes, "text": s.text} for s in fmt.agenda]
        values = self._common() | {
            "format": {
                "key": fmt.key,
                "name": fmt.name,
                "minutes": fmt.minutes,
                "max_minutes": fmt.max_minutes,
                "description": fmt.description,
                "agenda": steps,
            }
        }
        return Rendered(
            f"Facilitator guide - {fmt.name}", self.library.render(TEMPLATE_NAMES["guide"], values), True, ""
        )

    def _program_document(self, kind: str, program: Program) -> Rendered:
        sessions = self.schedule.list_sessions(program.id)
        weekly = [s for s in sessions if s.week is not None]
        groups = [s for s in sessions if s.week is None and s.status in ("planned", "held")]
        fmt = self._formats.get(program.format_key)
        values = self._common() | {
            "program": {
                "name": program.name,
                "outcome": program.outcome,
                "organizer": self._name(program.organizer_email),
                "timezone": program.timezone,
                "cadence": cadence_text(program),
                "minutes": program.minutes,
                "dates": f"{_date(first_session_date(program))} - {_date(program_end_date(program))}",
                "format": fmt.name if fmt else program.format_key,
                "format_description": fmt.description if fmt else "",
                "members": sorted(
                    (self._person(e) for e in program.members), key=lambda r: r.name.casefold()
                ),
                "weeks": [
                    {
                        "week": s.week,
                        "date": f"{WEEKDAYS[s.start.weekday()]} {s.start.day} {s.start:%b}",
                        "time": f"{s.start:%H:%M}",
                        "status": s.status,
                        "title": s.title,
                        "facilitators": ", ".join(self._name(e) for e in s.facilitators) or "-",
                    }
                    for s in weekly
                ],
                "groups": [
                    {
                        "title": s.title,
                        "when": when_text(s),
                        "members": ", ".join(self._name(a.email) for a in s.attendees),
                    }
                    for s in groups
                ],
                "formats": sorted(
                    {self._formats[s.format_key].name for s in sessions if s.format_key in self._formats}
                ),
                "targets": [
                    {
                        "name": "Participation rate",
                        "target": f"{program.target_participation:.0%}",
                        "definition": "attendances / invitations, over held sessions",
                    },
                    {
                        "name": "Sessions per month",
                        "target": f"{program.target_sessions_per_month:g}",
                        "definition": "sessions held per 30 days of the pilot",
                    },
                    {
                        "name": "Faster onboarding",
                        "target": f"{program.target_faster_onboarding:.0%}",
                        "definition": "time-to-competency against the baseline before the pilot",
                    },
                    {
                        "name": "Satisfaction",
                        "target": "4 of 5",
                        "definition": "mean of the one-question feedback (1-5)",
                    },
                ],
            }
        }
        title = {"handout": "Program handout", "kickoff": "Kickoff"}[kind]
        text = self.library.render(TEMPLATE_NAMES[kind], values)
        return Rendered(f"{title} - {program.name}", text, True, program.name)


def learning_record(printouts: Printouts, email: str) -> Rendered:
    """A person's learning record: sessions led and attended, skills gained, feedback received."""
    from peerdesk.impact.learning_record import learning_record as gather
    from peerdesk.impact.learning_record import record_values

    person = printouts._people.get(email.strip().lower())
    if person is None:
        raise PrintoutError(f"no one on the roster has the email {email}")
    values = printouts._common() | record_values(gather(printouts.workspace, person, end=printouts.today))
    text = printouts.library.render(TEMPLATE_NAMES["record"], values)
    return Rendered(f"Learning record - {person.name}", text, True, "")
