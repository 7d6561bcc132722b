"""`peerdesk --selftest`: prove that this installation works, without a display and without the lead's data.

It builds a fresh demo workspace in a temporary folder and goes through what a lead does in
the first hour: a matching, an agenda as PDF, the invites, a template, the KPIs. Each step
checks its result by reading it back (the PDF with pypdf, the invites with icalendar and the
strict email parser), prints one line, and the command exits 0 only if every step passed.
A built application runs the same code, so it also proves that its bundle holds every
library and data file (templates, timezone and holiday data, Qt's PDF writer).
"""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path

from peerdesk import APP_NAME, __version__, runtime_versions
from peerdesk.i18n import _, nformat
from peerdesk.storage import Workspace, open_workspace


class CheckFailed(Exception):
    """A step ran but its result is wrong; the message says what was found."""


@dataclass
class StepResult:
    """One line of the self-test's output."""

    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        """'ok    match: 11 pairs (0.4 s)' or 'FAIL  match: ...'."""
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail} ({self.seconds:.1f} s)"


def _require(condition: bool, problem: str) -> None:
    if not condition:
        raise CheckFailed(problem)


def check_bundle(_workspace: Workspace, _folder: Path) -> str:
    """Shipped files, timezone and holiday data are where the code looks for them."""
    from zoneinfo import ZoneInfo

    import holidays

    from peerdesk.resources import resource_path

    guide = resource_path("guide.md").read_text(encoding="utf-8")
    _require(
        len(guide) > 1000, _("the guide at {path} is nearly empty").format(path=resource_path("guide.md"))
    )
    _require(resource_path("icons", "peerdesk.svg").stat().st_size > 0, _("the icon is empty"))
    summer = datetime(2025, 7, 1, 12, tzinfo=ZoneInfo("Europe/Berlin")).utcoffset()
    _require(
        summer is not None and summer.total_seconds() == 7200,
        _("Berlin in July is UTC{summer}").format(summer=summer),
    )
    german = holidays.country_holidays("DE", years=2025)
    _require(datetime(2025, 10, 3).date() in german, _("3 October 2025 is missing from Germany's holidays"))
    return _("guide, icon, timezones and {german} German holidays of 2025 found").format(german=len(german))


def check_demo(workspace: Workspace, _folder: Path) -> str:
    """The demo workspace holds its people and its pilot."""
    from peerdesk.roster.service import Roster
    from peerdesk.schedule.service import Schedule

    people = Roster(workspace).people()
    programs = Schedule(workspace).list_programs()
    _require(len(people) >= 20, _("the demo holds {people} people instead of 24").format(people=len(people)))
    _require(bool(programs), _("the demo holds no program"))
    sessions = Schedule(workspace).list_sessions(programs[0].id)
    _require(bool(sessions), _("{name} has no sessions").format(name=programs[0].name))
    return _("{people}, {programs}, {sessions} in {program}").format(
        people=nformat("{n} person", "{n} people", len(people)),
        programs=nformat("{n} program", "{n} programs", len(programs)),
        sessions=nformat("{n} session", "{n} sessions", len(sessions)),
        program=programs[0].name,
    )


def check_match(workspace: Workspace, _folder: Path) -> str:
    """Pairs for the pilot's members: everyone at most once, every pair of two or three."""
    from peerdesk.matching.service import Matcher

    matcher = Matcher(workspace)
    program = matcher.schedule.list_programs()[0]
    _run_id, result = matcher.run(program, matcher.request(program, "pairs", seed=0))
    placed = [m for g in result.groups for m in g.members]
    _require(bool(result.groups), _("the matching made no pairs"))
    _require(len(placed) == len(set(placed)), _("someone was placed in two pairs"))
    _require(all(2 <= len(g.members) <= 3 for g in result.groups), _("a group is not a pair or a trio"))
    _require(set(placed) <= set(program.members), _("a pair holds someone outside the pilot"))
    _require(all(math.isfinite(g.score) for g in result.groups), _("a pair's score is not a number"))
    return _("{groups} pairs for {placed} of {members} members").format(
        groups=len(result.groups), placed=len(placed), members=len(program.members)
    )


def check_agenda_pdf(workspace: Workspace, folder: Path) -> str:
    """The first session's agenda as a PDF that pypdf reads back with its title on the page."""
    from pypdf import PdfReader

    from peerdesk.cli.printing import write_rendered
    from peerdesk.printing.printouts import Printouts
    from peerdesk.schedule.service import Schedule

    schedule = Schedule(workspace)
    first = schedule.list_sessions(schedule.list_programs()[0].id)[0]
    out = folder / "agenda.pdf"
    pages = write_rendered(Printouts(workspace).render("agenda", session_id=first.id), out)
    reader = PdfReader(out, strict=True)
    _require(
        pages >= 1 and len(reader.pages) == pages,
        _("PeerDesk wrote {pages} pages, pypdf reads {pages2}").format(pages=pages, pages2=len(reader.pages)),
    )
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    words = [w for w in first.title.split() if len(w) > 3][:3]
    _require(
        all(w in text for w in words),
        _("the agenda's text lacks the session title '{title}'").format(title=first.title),
    )
    size = f"{out.stat().st_size:,}"
    return nformat(
        "{file}: {n} page, {size} bytes, title found",
        "{file}: {n} pages, {size} bytes, title found",
        pages,
        file=out.name,
        size=size,
    )


def check_invites(workspace: Workspace, folder: Path) -> str:
    """Every .ics parses with icalendar into events with a UID and a start; every .eml parses strictly."""
    from icalendar import Calendar

    from peerdesk.cli.schedule import write_program_invites

    written = write_program_invites(workspace, None, folder / "invites", eml=True)
    calendars = [p for p in written if p.suffix == ".ics"]
    mails = [p for p in written if p.suffix == ".eml"]
    _require(
        bool(calendars) and bool(mails),
        _("wrote {calendars} .ics and {mails} .eml files").format(calendars=len(calendars), mails=len(mails)),
    )
    events = 0
    for path in calendars:
        for event in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
            _require(
                bool(event.get("UID")) and event.get("DTSTART") is not None,
                _("{name}: event lacks UID or start").format(name=path.name),
            )
            events += 1
    for path in mails:
        message = BytesParser(policy=policy.strict).parsebytes(path.read_bytes())
        _require("@" in str(message["To"] or ""), _("{name}: no recipient").format(name=path.name))
        parts = [p.get_content_type() for p in message.walk()]
        _require(
            "text/calendar" in parts,
            _("{name}: no calendar part ({list})").format(name=path.name, list=", ".join(parts)),
        )
    return _("{calendars} calendar files with {events} events, {mails} mails read back").format(
        calendars=len(calendars), events=events, mails=len(mails)
    )


def check_template(_workspace: Workspace, _folder: Path) -> str:
    """The shipped agenda template is found and is a template."""
    from peerdesk.printing.templates import TemplateLibrary

    source = TemplateLibrary().source_of("agenda.html")
    text = source.read_text(encoding="utf-8")
    _require("{{" in text and "{%" in text, _("{source} does not look like a template").format(source=source))
    return _("agenda.html read ({text:,} characters)").format(text=len(text))


def check_kpis(workspace: Workspace, _folder: Path) -> str:
    """The pilot's KPIs: targets with a status, numbers that are numbers, JSON that round-trips."""
    from peerdesk.impact.report import Impact

    impact = Impact(workspace)
    program = impact.schedule.list_programs()[0]
    kpis = impact.kpis(program)
    _require(bool(kpis.targets), _("no targets"))
    values = [t.value for t in kpis.targets if t.value is not None]
    _require(all(math.isfinite(v) for v in values), _("a KPI is not a finite number"))
    _require(all(t.status for t in kpis.targets), _("a target has no status"))
    json.loads(json.dumps(kpis.as_json()))
    return _("{targets} targets, {values} with a value").format(targets=len(kpis.targets), values=len(values))


STEPS: tuple[tuple[str, Callable[[Workspace, Path], str]], ...] = (
    ("bundle", check_bundle),
    ("demo", check_demo),
    ("match", check_match),
    (_("agenda PDF"), check_agenda_pdf),
    ("invites", check_invites),
    ("template", check_template),
    ("KPIs", check_kpis),
)


def _run_step(
    name: str, step: Callable[[Workspace, Path], str], workspace: Workspace, folder: Path
) -> StepResult:
    started = time.monotonic()
    try:
        detail, ok = step(workspace, folder), True
    except CheckFailed as exc:
        detail, ok = str(exc), False
    except Exception as exc:  # a self-test reports every failure as a line, never a traceback
        last = traceback.extract_tb(exc.__traceback__)[-1]
        detail, ok = f"{type(exc).__name__}: {exc} (at {Path(last.filename).name}:{last.lineno})", False
    return StepResult(name, ok, detail, time.monotonic() - started)


def run_selftest(out: Callable[[str], None] = print) -> int:
    """Run every step on a fresh demo in a temporary folder; 0 only if all passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is opened; no display is needed
    from peerdesk.demo import build_demo

    versions = ", ".join(f"{name} {number}" for name, number in runtime_versions())
    out(f"{APP_NAME} {__version__} self-test ({versions}; {sys.executable})")
    results: list[StepResult] = []
    with tempfile.TemporaryDirectory(prefix="peerdesk-selftest-") as temp:
        folder = Path(temp)
        started = time.monotonic()
        try:
            path = build_demo(folder / "selftest.peerdesk")
        except Exception as exc:  # reported as the failed first step
            out(
                StepResult(
                    _("fresh demo"), False, f"{type(exc).__name__}: {exc}", time.monotonic() - started
                ).line()
            )
            return 1
        out(
            StepResult(
                _("fresh demo"), True, _("built {name}").format(name=path.name), time.monotonic() - started
            ).line()
        )
        with open_workspace(path) as workspace:
            for name, step in STEPS:
                results.append(_run_step(name, step, workspace, folder))
                out(results[-1].line())
    failed = [r.name for r in results if not r.ok]
    verdict = "passed" if not failed else _("FAILED: ") + ", ".join(failed)
    out(
        _("self-test {verdict}: {results} of {results2} checks").format(
            verdict=verdict, results=len(results) - len(failed), results2=len(results)
        )
    )
    return 1 if failed else 0
