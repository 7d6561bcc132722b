"""What each printout shows: the values handed to its template, gathered from the workspace.

The window and the command line both call `Printouts.render`; the UI turns the
HTML into paper or PDF, the command line writes HTML or (through the UI layer)
PDF. Templates receive plain values only: names, texts and lists. Printouts of
a skipped or cancelled session carry that mark; a follow-up note is only for a
session that was held.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peerdesk import clock, i18n
from peerdesk.collation import sort_key
from peerdesk.domain import AgendaStep, Format, Program, Session
from peerdesk.i18n import N_, _, isolate, nformat
from peerdesk.printing.kinds import ALL_KINDS, PERSON_KINDS, PROGRAM_KINDS, SESSION_KINDS
from peerdesk.printing.qr import qr_data_url
from peerdesk.printing.templates import TEMPLATE_NAMES, Rendered, TemplateLibrary
from peerdesk.printing.wording import (
    DASH,
    day_range,
    day_text,
    long_day_text,
    short_day_text,
    shown,
    time_range,
    weekday_name,
    zone_label,
)
from peerdesk.schedule.service import Schedule, first_session_date, program_end_date
from peerdesk.storage import Workspace
from peerdesk.storage.attendance import AttendanceRepository

FEEDBACK_QUESTION = N_("How useful was this session for your work?")
OPEN_QUESTION = N_("What will you do differently after today?")
# Translators: a session's role, as a printout's column shows it
ROLE_LABELS = {"facilitator": N_("Facilitator"), "learner": N_("Learner"), "observer": N_("Observer")}
# Translators: the mark across a printout of a session that does not take place
STATUS_MARKS = {"skipped": N_("SKIPPED"), "cancelled": N_("CANCELLED")}
# Translators: a session's status in the handout's week-by-week table
STATUS_WORDS = {
    "planned": N_("Planned"),
    "held": N_("Held"),
    "skipped": N_("Skipped"),
    "cancelled": N_("Cancelled"),
}
MATCHING_NOTE = "From matching run"
# the sign-in sheet is filled to the foot of a US Letter page (the shorter paper), rows 10.5 mm high
MIN_WALK_IN_ROWS = 4
SLIPS_PER_PAGE = 6


class PrintoutError(ValueError):
    """A printout was asked for something that is not there (a session id, a format key)."""


@dataclass(frozen=True)
class PersonRow:
    """A person as a printout shows them."""

    name: str
    email: str
    role: str
    team: str
    is_facilitator: bool = False


def in_language(program: Program | None) -> AbstractContextManager[str]:
    """Render a program's printout in the program's language ('' or no program: the language in force)."""
    return i18n.language(program.language if program is not None else "")


def status_mark(status: str) -> str:
    """'SKIPPED' / 'CANCELLED' in the language in force ('' for a session that takes place)."""
    mark = STATUS_MARKS.get(status, "")
    return _(mark) if mark else ""


def status_word(status: str) -> str:
    """'Planned', 'Held'... in the language in force (an unknown status as it is, capitalised)."""
    word = STATUS_WORDS.get(status)
    return _(word) if word else status.capitalize()


def role_label(role: str) -> str:
    """'Facilitator', 'Learner', 'Observer' in the language in force (another role as it is)."""
    label = ROLE_LABELS.get(role)
    return _(label) if label else role


def when_text(session: Session) -> str:
    """'Thursday 3 December 2026, 10:00–10:30, Berlin time (CET/CEST)'."""
    return (
        f"{long_day_text(session.start.date())}, {time_range(session.start, session.end)}, "
        f"{zone_label(session.timezone, session.start.year)}"
    )


def cadence_text(program: Program) -> str:
    """'Every Thursday, 10:00 Berlin time (CET/CEST), 30 minutes, 6 weeks'."""
    return _("Every {day}, {time} {zone}, {minutes}, {weeks}").format(
        day=weekday_name(program.weekday),
        time=f"{program.time:%H:%M}",
        zone=zone_label(program.timezone, program.start.year),
        minutes=nformat("{n} minute", "{n} minutes", program.minutes),
        weeks=nformat("{n} week", "{n} weeks", program.weeks),
    )


def scaled_outline(steps: tuple[AgendaStep, ...], minutes: int) -> list[AgendaStep]:
    """The format's outline stretched or shrunk to a session of `minutes`, in whole minutes that add up.

    Largest remainders get the spare minutes, so a 20-minute outline in a 30-minute
    slot ends at the end of the slot, never ten minutes early.
    """
    total = sum(s.minutes for s in steps)
    if not steps or total <= 0 or minutes <= 0 or total == minutes:
        return list(steps)
    exact = [s.minutes * minutes / total for s in steps]
    whole = [max(int(x), 0) for x in exact]
    spare = minutes - sum(whole)
    for i in sorted(range(len(steps)), key=lambda i: exact[i] - whole[i], reverse=True)[:spare]:
        whole[i] += 1
    return [AgendaStep(m, s.text) for m, s in zip(whole, steps, strict=True) if m > 0]


def web_link(text: str) -> str:
    """The link if it is a web address (http or https), else "" (printed as text, never a link)."""
    from urllib.parse import urlsplit

    link = text.strip()
    try:
        scheme = urlsplit(link).scheme.lower()
    except ValueError:
        return ""
    return link if scheme in ("http", "https") and " " not in link else ""


def session_code(session: Session) -> str:
    """A short code for a session, printed on feedback slips: 'S12' (its number in PeerDesk)."""
    return f"S{session.id}"


class Printouts:
    """Builds and renders the printable documents of one workspace."""

    def __init__(
        self, workspace: Workspace, library: TemplateLibrary | None = None, today: date | None = None
    ) -> None:
        self.workspace = workspace
        self.schedule = Schedule(workspace)
        self.library = library or TemplateLibrary()
        self.today = today or clock.today()
        self._people = {p.email: p for p in self.schedule.people.list_people()}
        self._formats = {f.key: f for f in self.schedule.formats()}

    # -- shared pieces --------------------------------------------------------

    def _person(self, email: str, role: str = "") -> PersonRow:
        p = self._people.get(email)
        return PersonRow(
            p.name if p else email, email, role_label(role), p.team if p else "", role == "facilitator"
        )

    def _name(self, email: str | None) -> str:
        return isolate(self._people[email].name) if email and email in self._people else (email or "")

    def _format(self, key: str) -> Format:
        fmt = self._formats.get(key)
        if fmt is None:
            raise PrintoutError(
                _("there is no format '{key}' (one of {keys})").format(
                    key=key, keys=", ".join(sorted(self._formats))
                )
            )
        return fmt

    def session(self, session_id: int) -> Session:
        """A session by id, or a clear error."""
        session = self.schedule.sessions.get(session_id)
        if session is None:
            raise PrintoutError(
                _("there is no session {id}; `peerdesk sessions PROGRAM` lists them").format(id=session_id)
            )
        return session

    def _program(self, program_id: int) -> Program:
        program = self.schedule.programs.get(program_id)
        assert program is not None
        return program

    def find_program(self, kind: str, program: str | None) -> Program:
        """A program by name or id, or a clear error naming the printout."""
        found = self.schedule.find_program(program or "") if program else None
        if found is None:
            raise PrintoutError(
                _("{kind} needs a program that exists (--program NAME or ID); got '{program}'").format(
                    kind=kind, program=program or ""
                )
            )
        return found

    def sign_in_order(self, session: Session) -> list[PersonRow]:
        """Invitees in sign-in-sheet order: facilitators first, then by name."""
        rows = [self._person(a.email, a.role) for a in session.attendees]
        return sorted(rows, key=lambda r: (not r.is_facilitator, sort_key(r.name)))

    def _topic(self, session: Session, fmt: Format) -> str:
        """The session's topic; for a micro-lesson without one, what its facilitator can teach."""
        if session.topic.strip():
            return session.topic
        if session.format_key != "micro-lesson":
            return ""
        lead = next((self._people[e] for e in session.facilitators if e in self._people), None)
        if lead is None or not lead.teaches:
            return _("to be chosen by the facilitator")
        skills = [t.skill for t in sorted(lead.teaches, key=lambda t: -t.level)[:3]]
        return _("to be confirmed by {name} (teaches {skills})").format(
            name=lead.name, skills=", ".join(skills)
        )

    def _materials(self, session: Session) -> str:
        """Notes that prepare the session: a planned session's own notes, never matching-run text."""
        notes = session.notes.strip()
        if session.status != "planned" or not notes or notes.startswith(MATCHING_NOTE):
            return ""
        return session.notes

    def _session_values(self, session: Session) -> dict[str, object]:
        program = self._program(session.program_id)
        fmt = self._format(session.format_key)
        clock = datetime.combine(session.start.date(), session.start.time())
        steps = []
        outline = [AgendaStep(s.minutes, shown(s.text)) for s in scaled_outline(fmt.agenda, session.minutes)]
        for step in outline:
            end = clock + timedelta(minutes=step.minutes)
            steps.append(
                {"start": f"{clock:%H:%M}", "end": f"{end:%H:%M}", "minutes": step.minutes, "text": step.text}
            )
            clock = end
        topic = self._topic(session, fmt)
        invited_topic = session.topic.strip()
        return {
            "id": session.id,
            "code": session_code(session),
            "title": session.title,
            "when": when_text(session),
            "date": day_text(session.start.date()),
            "long_date": long_day_text(session.start.date()),
            "short_date": short_day_text(session.start.date()),
            "time": time_range(session.start, session.end),
            "timezone": session.timezone,
            "zone": zone_label(session.timezone, session.start.year),
            "minutes": session.minutes,
            "location": session.location,
            "video_link": session.video_link,
            "video_href": web_link(session.video_link),
            "video_qr": qr_data_url(web_link(session.video_link)),
            "recording_link": session.recording_link,
            "recording_href": web_link(session.recording_link),
            "recording_qr": qr_data_url(web_link(session.recording_link)),
            "notes": session.notes,
            "materials": self._materials(session),
            "topic": topic,
            "status": session.status,
            "status_mark": status_mark(session.status),
            "week": session.week,
            "format": {
                "key": fmt.key,
                "name": shown(fmt.name),
                "description": shown(fmt.description),
                "minutes": fmt.minutes,
                "stretched": sum(s.minutes for s in fmt.agenda) not in (0, session.minutes),
            },
            "agenda": steps,
            "facilitators": [self._name(e) for e in session.facilitators],
            "attendees": self.sign_in_order(session),
            "goal": program.outcome
            + (
                f" {DASH} " + _("this session: {topic}").format(topic=invited_topic)
                if program.outcome and invited_topic
                else invited_topic
            ),
            "program": program.name,
        }

    def previous_commitments(self, session: Session) -> list[dict[str, str]]:
        """Commitments made at the previous held session, by people invited to this one."""
        from peerdesk.impact.feedback import Feedback

        invited = {a.email for a in session.attendees}
        return [
            {"name": self._name(email), "commitment": commitment, "date": day_text(day)}
            for email, commitment, day in Feedback(self.workspace).previous_commitments(session)
            if email in invited
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
        zone: str | None = None,
    ) -> Rendered:
        """Render one printout; raises PrintoutError or TemplateProblem with a clear message.

        `zone` is the timezone a calendar shows (default: the program's).
        """
        if kind in PERSON_KINDS:
            if not person:
                raise PrintoutError(_("{kind} needs a person (--person EMAIL)").format(kind=kind))
            from peerdesk.printing import recognition

            make = {
                "record": recognition.learning_record,
                "certificate": recognition.certificate,
                "thank-you": recognition.thank_you,
            }[kind]
            return make(self, person, program)
        if kind in SESSION_KINDS:
            if session_id is None:
                raise PrintoutError(_("{kind} needs a session (--session ID)").format(kind=kind))
            session = self.session(session_id)
            with in_language(self._program(session.program_id)):
                return self._session_document(kind, session)
        if kind == "guide":
            if not format_key:
                raise PrintoutError(_("guide needs a format (--format KEY)"))
            return self._guide(self._format(format_key))
        if kind == "calendar":
            from peerdesk.printing.calendar import pilot_calendar

            chosen = self.find_program(kind, program)
            with in_language(chosen):
                return pilot_calendar(self, chosen, zone)
        if kind in ("skip-slip", "how-chosen"):
            from peerdesk.printing import matching_slips

            chosen = self.find_program(kind, program)
            with in_language(chosen):
                make = matching_slips.skip_slip if kind == "skip-slip" else matching_slips.how_chosen
                return make(self, chosen)
        if kind in PROGRAM_KINDS:
            chosen = self.find_program(kind, program)
            with in_language(chosen):
                return self._program_document(kind, chosen)
        raise PrintoutError(
            _("unknown printout '{kind}' (one of {kinds})").format(kind=kind, kinds=", ".join(ALL_KINDS))
        )

    def common(self) -> dict[str, object]:
        """Values every template gets: today's date and the feedback questions."""
        return {
            "generated": day_text(self.today),
            "question": _(FEEDBACK_QUESTION),
            "open_question": _(OPEN_QUESTION),
        }

    def _session_document(self, kind: str, session: Session) -> Rendered:
        values = self.common() | {"session": self._session_values(session)}
        program = self._program(session.program_id).name
        mark = status_mark(session.status)
        prefix = f"{mark} {DASH} " if mark else ""
        if kind == "agenda":
            values["report_back"] = self.previous_commitments(session)
            text = self.library.render(TEMPLATE_NAMES["agenda"], values)
            return Rendered(
                prefix + _("Agenda {dash} {title}").format(dash=DASH, title=session.title),
                text,
                True,
                program,
            )
        if kind == "feedback-form":
            count = len(session.attendees) + 2
            values["slips"] = list(range(-(-count // SLIPS_PER_PAGE) * SLIPS_PER_PAGE))
            values["slips_per_page"] = SLIPS_PER_PAGE
            text = self.library.render(TEMPLATE_NAMES["feedback-form"], values)
            return Rendered(
                prefix + _("Feedback slips {dash} {title}").format(dash=DASH, title=session.title),
                text,
                True,
                program,
            )
        if kind == "sign-in":
            values["walk_in_rows"] = walk_in_rows(len(session.attendees))
            text = self.library.render(TEMPLATE_NAMES["sign-in"], values)
            return Rendered(
                prefix + _("Sign-in {dash} {title}").format(dash=DASH, title=session.title),
                text,
                True,
                program,
            )
        values |= self._follow_up_values(session)
        text = self.library.render(TEMPLATE_NAMES["follow-up"], values)
        extra = ""
        if web_link(session.recording_link):
            extra = (
                f'<table cellpadding="4"><tr><td><img src="{qr_data_url(web_link(session.recording_link))}" '
                'width="84" height="84"></td><td valign="middle"><span style="color: #52606d;">'
                + _("Scan for the recording")
                + "</span></td></tr></table>"
            )
        return Rendered(
            _("Follow-up {dash} {title}").format(dash=DASH, title=session.title), text, False, program, extra
        )

    def _follow_up_values(self, session: Session) -> dict[str, object]:
        if session.status != "held":
            raise PrintoutError(
                _(
                    "a follow-up note is for a session that was held; '{title}' on {day} is {status}. "
                    "Record it as held in the Feedback tab first."
                ).format(
                    title=session.title,
                    day=day_text(session.start.date()),
                    status=status_word(session.status).lower(),
                )
            )
        records = (
            AttendanceRepository(self.workspace.db).for_sessions([session.id or 0]).get(session.id or 0, [])
        )
        notes = session.notes.strip()
        return {
            "key_points": "" if not notes or notes.startswith(MATCHING_NOTE) else session.notes,
            "commitments": [
                {"name": self._name(r.email), "commitment": r.commitment}
                for r in records
                if r.commitment.strip()
            ],
            "organizer": self._name(self._program(session.program_id).organizer_email),
        }

    def follow_up_text(self, session_id: int) -> str:
        """The follow-up note as plain text (for email)."""
        session = self.session(session_id)
        with in_language(self._program(session.program_id)):
            values = (
                self.common() | {"session": self._session_values(session)} | self._follow_up_values(session)
            )
            return self.library.render(TEMPLATE_NAMES["follow-up-text"], values)

    def _guide(self, fmt: Format) -> Rendered:
        steps = [{"minutes": s.minutes, "text": shown(s.text)} for s in fmt.agenda]
        values = self.common() | {
            "format": {
                "key": fmt.key,
                "name": shown(fmt.name),
                "minutes": fmt.minutes,
                "max_minutes": fmt.max_minutes,
                "description": shown(fmt.description),
                "agenda": steps,
            }
        }
        return Rendered(
            _("Facilitator guide {dash} {name}").format(dash=DASH, name=shown(fmt.name)),
            self.library.render(TEMPLATE_NAMES["guide"], values),
            True,
            "",
        )

    def program_values(self, program: Program) -> dict[str, object]:
        """A program as the handout, kickoff and calendar show it."""
        sessions = self.schedule.list_sessions(program.id)
        weekly = [s for s in sessions if s.week is not None]
        groups = [s for s in sessions if s.week is None and s.status in ("planned", "held")]
        fmt = self._formats.get(program.format_key)
        return {
            "name": program.name,
            "outcome": program.outcome,
            "organizer": self._name(program.organizer_email),
            "timezone": program.timezone,
            "zone": zone_label(program.timezone, program.start.year),
            "cadence": cadence_text(program),
            "minutes": program.minutes,
            "dates": day_range(first_session_date(program), program_end_date(program)),
            "format": shown(fmt.name) if fmt else program.format_key,
            "format_description": shown(fmt.description) if fmt else "",
            "members": sorted((self._person(e) for e in program.members), key=lambda r: sort_key(r.name)),
            "weeks": [
                {
                    "week": s.week,
                    "date": short_day_text(s.start.date()),
                    "time": f"{s.start:%H:%M}",
                    "status": status_word(s.status),
                    "status_mark": status_mark(s.status),
                    "title": s.title,
                    "facilitators": ", ".join(self._name(e) for e in s.facilitators) or DASH,
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
                {shown(self._formats[s.format_key].name) for s in sessions if s.format_key in self._formats}
            ),
            "targets": [
                {
                    "name": _("Participation rate"),
                    "target": i18n.format_percent(program.target_participation),
                    "definition": _("attendances divided by invitations, over the sessions held"),
                },
                {
                    "name": _("Sessions per month"),
                    "target": i18n.format_number(program.target_sessions_per_month),
                    "definition": _("sessions held per 30 days of the pilot"),
                },
                {
                    "name": _("Faster onboarding"),
                    "target": i18n.format_percent(program.target_faster_onboarding),
                    "definition": _("time-to-competency against the baseline before the pilot"),
                },
                {
                    "name": _("Satisfaction"),
                    "target": _("{n} of {top}").format(n=i18n.format_number(4), top=i18n.format_number(5)),
                    "definition": _("mean of the one-question feedback (1{dash}5)").format(dash=DASH),
                },
            ],
        }

    def _program_document(self, kind: str, program: Program) -> Rendered:
        values = self.common() | {"program": self.program_values(program)}
        title = {"handout": _("Program handout"), "kickoff": _("Kickoff")}[kind]
        text = self.library.render(TEMPLATE_NAMES[kind], values)
        return Rendered(
            f"{title} {DASH} {program.name}", text, True, program.name, one_page=kind == "kickoff"
        )


def walk_in_rows(invited: int) -> int:
    """Blank rows for walk-ins the sign-in sheet starts with: a few; the page painter adds more
    until the last page is full (how many fit depends on paper, fonts and two-line names)."""
    return MIN_WALK_IN_ROWS


def learning_record(printouts: Printouts, email: str) -> Rendered:
    """A person's learning record (kept for callers of the earlier API)."""
    return printouts.render("record", person=email)
