"""Every printout kind, with hostile text in every field a lead types, read back from the PDF.

Each value carries markup, Markdown syntax, template braces, both quotes, an
ampersand entity, accents and right-to-left text, and is over 200 characters
long. pypdf must find it in the PDF exactly as typed (white space aside: a PDF
has no spaces, only positions, and lines wrap anywhere), and the fixed text
that ends each printout must come after it, so nothing was swallowed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.domain import (
    AgendaStep,
    AttendanceRecord,
    Attendee,
    CheckIn,
    Format,
    Person,
    Program,
    Shoutout,
    TeachSkill,
)
from peerdesk.impact.feedback import Feedback, SessionRecord
from peerdesk.printing.paint.pdf import page_size_from_name, write_pdf
from peerdesk.printing.printouts import ALL_KINDS, Printouts
from peerdesk.printing.templates import TemplateLibrary
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace
from peerdesk.storage.impact import ImpactRepository

RTL = "שלום עולם"
TODAY = date(2026, 3, 20)
FACILITATOR = "fac@example.com"
LEARNER = "learner@example.com"


def hostile(tag: str, *, lines: bool = False) -> str:
    """A value that breaks naive HTML, Markdown and templates, 200+ characters, starting with `tag`."""
    core = (
        f"{tag} <b>bold</b> </title><script>alert(1)</script> # *star* _under_ `tick` "
        "[link](http://x.example) {{ braces }} {% block %} 'single' \"double\" ; , &amp; \\ "
        f"Zoë Ærøskøbing ñ {RTL} <RetryPolicy> - 1. ~~strike~~ | pipe |"
    )
    if lines:
        core = core.replace(" # *star*", "\n# *star*").replace(" - 1.", "\n- 1.")
    return core + " " + "x" * max(0, 200 - len(core)) + f" {tag}-END"


VALUES = {
    "fac_name": hostile("FACNAME"),
    "learner_name": hostile("LEARNERNAME"),
    "team": hostile("TEAM"),
    "role": hostile("ROLE"),
    "program": hostile("PROGRAM"),
    "outcome": hostile("OUTCOME"),
    "format_name": hostile("FORMATNAME"),
    "format_description": hostile("FORMATDESC"),
    "step": hostile("STEP"),
    "title_held": hostile("HELDTITLE"),
    "title_next": hostile("NEXTTITLE"),
    "topic": hostile("TOPIC"),
    "location": hostile("LOCATION"),
    "notes_held": hostile("HELDNOTES", lines=True),
    "notes_next": hostile("NEXTNOTES", lines=True),
    "commitment": hostile("COMMITMENT", lines=True),
    "answer": hostile("ANSWER", lines=True),
    "skill": hostile("SKILL"),
    "shoutout": hostile("SHOUTOUT"),
}
VIDEO = "https://meet.example.com/room?a=1&b=<x>&c='q'&d=\"d\""
RECORDING = 'https://video.example.com/rec?x={{y}}&z=*w*&q="<b>"'
VALUES |= {"video": VIDEO, "recording": RECORDING}

# which values each printout shows (and must show exactly), and the fixed text it ends with
EXPECTED: dict[str, tuple[list[str], str]] = {
    "agenda": (
        [
            "title_next",
            "topic",
            "location",
            "fac_name",
            "learner_name",
            "team",
            "step",
            "notes_next",
            "commitment",
            "outcome",
            "program",
            "video",
        ],
        "one thing you will practise before next time.",
    ),
    "sign-in": (["title_next", "location", "fac_name", "learner_name", "program"], "Numbers match the order"),
    "feedback-form": (["title_next"], "No name needed. Thank you!"),
    "follow-up": (
        ["title_held", "notes_held", "commitment", "learner_name", "fac_name", "recording"],
        "Scan for the recording",
    ),
    "guide": (["format_name", "format_description", "step"], "Measure one thing."),
    "handout": (
        ["program", "outcome", "fac_name", "learner_name", "team", "format_name"],
        "Questions about the pilot? Ask",
    ),
    "kickoff": (["program", "outcome", "fac_name", "format_name", "format_description"], "publicly"),
    "calendar": (["program", "title_held", "title_next", "format_name", "fac_name"], "printed"),
    "record": (
        ["fac_name", "role", "team", "title_held", "answer"],
        "cancelled and skipped ones are left out.",
    ),
    "certificate": (["learner_name", "program", "outcome", "title_held", "skill"], "Organizer"),
    "thank-you": (["fac_name", "program", "title_held", "answer", "shoutout"], "With thanks"),
    "skip-slip": (["program", "fac_name"], "Nothing to do if you are in."),
    "how-chosen": (["program"], "the partners they were given."),
}


def build_hostile_workspace(ws: Workspace) -> dict[str, object]:
    """A program of two weeks, the first held, with hostile text in every typed field."""
    roster = Roster(ws)
    for email, name in ((FACILITATOR, VALUES["fac_name"]), (LEARNER, VALUES["learner_name"])):
        roster.apply(
            roster.plan_add(
                Person(
                    name=name,
                    email=email,
                    role=VALUES["role"],
                    team=VALUES["team"],
                    teaches=(TeachSkill(VALUES["skill"], 4),),
                )
            )
        )
    schedule = Schedule(ws)
    schedule.formats_repo.save(
        Format(
            "hostile",
            VALUES["format_name"],
            30,
            VALUES["format_description"],
            (AgendaStep(10, VALUES["step"]), AgendaStep(20, "Practice")),
        )
    )
    program, sessions = schedule.create_program(
        Program(
            name=VALUES["program"],
            outcome=VALUES["outcome"],
            start=date(2026, 3, 2),
            weeks=2,
            weekday=2,
            time=time(10, 0),
            minutes=30,
            timezone="Europe/Berlin",
            format_key="hostile",
            organizer_email=FACILITATOR,
            members=(FACILITATOR, LEARNER),
        )
    )
    people = (Attendee(FACILITATOR, "facilitator"), Attendee(LEARNER, "learner"))
    held, upcoming = sessions
    schedule.apply(
        schedule.plan_edit(
            replace(
                held,
                title=VALUES["title_held"],
                attendees=people,
                notes=VALUES["notes_held"],
                recording_link=RECORDING,
                status="held",
            )
        )
    )
    schedule.apply(
        schedule.plan_edit(
            replace(
                upcoming,
                title=VALUES["title_next"],
                topic=VALUES["topic"],
                location=VALUES["location"],
                video_link=VIDEO,
                notes=VALUES["notes_next"],
                attendees=people,
            )
        )
    )
    feedback = Feedback(ws)
    stored = feedback.record(held.id or 0)
    feedback.apply(
        feedback.plan(
            SessionRecord(
                stored.session,
                (
                    AttendanceRecord(FACILITATOR, True),
                    AttendanceRecord(LEARNER, True, 5, VALUES["answer"], VALUES["commitment"]),
                ),
            )
        )
    )
    impact = ImpactRepository(ws.db)
    impact.add_check_ins(
        [
            CheckIn(LEARNER, VALUES["skill"], 1, date(2026, 3, 1), "lead"),
            CheckIn(LEARNER, VALUES["skill"], 3, date(2026, 3, 12), "lead"),
        ]
    )
    impact.add_shoutout(Shoutout(program.id, FACILITATOR, date(2026, 3, 5), VALUES["shoutout"]))
    return {"held": held.id, "next": upcoming.id, "program": str(program.id)}


def options(kind: str, ids: dict[str, object]) -> dict[str, object]:
    """What each printout kind is printed for."""
    if kind == "follow-up":
        return {"session_id": ids["held"]}
    if kind in ("agenda", "sign-in", "feedback-form"):
        return {"session_id": ids["next"]}
    if kind == "guide":
        return {"format_key": "hostile"}
    if kind in ("handout", "kickoff", "calendar", "skip-slip", "how-chosen"):
        return {"program": ids["program"]}
    return {"person": LEARNER if kind == "certificate" else FACILITATOR}


def squash(text: str) -> str:
    """Text without white space, ligatures and Arabic presentation forms undone (NFKC)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


RTL_RUN = re.compile(r"[\u0590-\u08ff]+(?:\s+[\u0590-\u08ff]+)*")


def as_drawn(value: str) -> list[str]:
    """The ways a PDF can store `value`: right-to-left text in visual order, so reversed.

    A run on one line comes out reversed as a whole; a run that the line wrap
    split comes out word by word (each word reversed, the words in typed order).
    """
    whole = RTL_RUN.sub(lambda m: m.group(0)[::-1], value)
    wrapped = RTL_RUN.sub(lambda m: " ".join(word[::-1] for word in m.group(0).split()), value)
    return [whole] if whole == wrapped else [whole, wrapped]


def find_drawn(value: str, text: str) -> int:
    """Where `value` is in the squashed PDF text, in any way a PDF may store it (-1: nowhere)."""
    found = [text.find(squash(form)) for form in as_drawn(value)]
    return min((f for f in found if f >= 0), default=-1)


def pdf_text(path: Path) -> str:
    """The whole PDF's text as pypdf reads it, without the page footers.

    A very tall card may continue on the next page in the middle of a value; the
    footer drawn between the two halves is not part of the value.
    """
    pages = []
    for page in PdfReader(str(path)).pages:
        lines = page.extract_text().rstrip().split("\n")
        assert re.fullmatch(r"Page\s\d+\sof\s\d+", lines[-1].strip()), lines[-1]
        assert lines[-2].rstrip().endswith("20\tMarch\t2026"), lines[-2]  # TODAY
        pages.append("\n".join(lines[:-2]))
    return "\n".join(pages)


def test_the_check_can_fail() -> None:
    """The comparison finds a value as drawn, and misses one that lost its tail or its markup."""
    drawn = squash("Zoë <b>x</b> םלוע\tםולש END")
    assert find_drawn("Zoë <b>x</b> שלום עולם END", drawn) == 0
    assert find_drawn("Zoë <b>x</b> שלום עולם END", squash("Zoë <b>x</b> םולש\nםלוע END")) == 0
    assert find_drawn("Zoë <b>x</b> שלום עולם END!", drawn) == -1
    assert find_drawn("Zoë x שלום עולם END", drawn) == -1
    assert find_drawn("Zoë <b>x</b> שלום עולמ END", drawn) == -1  # one letter changed


def test_every_kind_is_covered() -> None:
    assert set(EXPECTED) == set(ALL_KINDS)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("kind", ALL_KINDS)
def test_hostile_values_print_exactly_as_typed(
    kind: str, paper: str, empty_ws: Workspace, tmp_path: Path
) -> None:
    ids = build_hostile_workspace(empty_ws)
    if kind == "how-chosen":  # printed from a stored pairs run
        from peerdesk.matching.service import Matcher
        from peerdesk.schedule.service import Schedule

        program = Schedule(empty_ws).find_program(str(ids["program"]))
        assert program is not None
        Matcher(empty_ws).run(program, Matcher(empty_ws).request(program, "pairs"))
    rendered = Printouts(empty_ws, TemplateLibrary(tmp_path / "none"), today=TODAY).render(
        kind, **options(kind, ids)
    )  # type: ignore[arg-type]
    assert "<script>" not in rendered.text  # escaped for HTML, or for Markdown
    pdf = tmp_path / f"{kind}.pdf"
    write_pdf(rendered, pdf, page_size_from_name(paper), day=TODAY)
    text = squash(pdf_text(pdf))
    fields, tail = EXPECTED[kind]
    end = text.rfind(squash(tail))
    assert end >= 0, f"{kind}: the closing text '{tail}' is missing"
    for field in fields:
        where = find_drawn(VALUES[field], text)
        assert where >= 0, f"{kind} ({paper}): {field} is not printed exactly as typed"
        if field not in ("program",) or kind in ("handout", "kickoff", "calendar", "certificate"):
            assert where < end, f"{kind}: {field} comes after the closing text"
