"""The demo workspace: a believable team of 24 and one 6-week pilot.

It lets a lead see every tab filled with something real on first open, and
gives the tests and benchmarks the same realistic data.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from peerdesk.domain import Attendee, Program, Session
from peerdesk.match_service import Matcher
from peerdesk.resources import resource_path
from peerdesk.roster import Roster, import_change
from peerdesk.roster_csv import plan_import, read_table, suggest_mapping
from peerdesk.schedule import Schedule, ScheduleChange
from peerdesk.storage import WorkspaceError, open_workspace

DEMO_FILENAME = "peerdesk-demo.sqlite"
DEMO_PROGRAM = "Spring skills pilot"


def next_monday(today: date) -> date:
    """The Monday on or after `today`: pilots start at the top of a week."""
    return today + timedelta(days=(7 - today.weekday()) % 7)


def build_demo(path: Path, *, today: date | None = None) -> Path:
    """Create the demo workspace at `path` (which must not exist yet)."""
    path = Path(path)
    if path.exists():
        raise WorkspaceError(f"{path} already exists; choose an empty place for the demo")
    with open_workspace(path, create=True) as workspace:
        roster = Roster(workspace)
        table = read_table(resource_path("demo", "roster.csv"))
        plan = plan_import(table, suggest_mapping(table.headers), [])
        if not plan.ok:
            raise WorkspaceError("the shipped demo roster is invalid: " + str(plan.problems[0]))
        roster.apply(import_change(plan.new, plan.updated, "Demo roster"))
        categories = {
            "Technical": (
                "SQL",
                "Python",
                "Kubernetes",
                "TypeScript",
                "Terraform",
                "Testing",
                "System design",
                "Code review",
                "Incident response",
                "Log analysis",
            ),
            "Customer": (
                "Discovery calls",
                "Objection handling",
                "Negotiation",
                "Product demos",
                "De-escalation",
                "Onboarding customers",
                "Zendesk macros",
            ),
            "Communication": ("Public speaking", "Coaching", "Knowledge base writing"),
        }
        for category, skills in categories.items():
            for skill in skills:
                roster.set_skill_category(skill, category)
        start = next_monday(today or date.today())
        engineering = tuple(p.email for p in roster.people() if p.team == "Engineering")
        schedule = Schedule(workspace)
        program, sessions = schedule.create_program(
            Program(
                name=DEMO_PROGRAM,
                outcome="Close onboarding gaps for the newest engineers",
                organizer_email="maja.keller@northwind.example",
                timezone="Europe/Berlin",
                start=start,
                weeks=6,
                weekday=3,
                time=time(10, 0),
                minutes=30,
                format_key="micro-lesson",
                members=engineering,
            )
        )
        located = [
            replace(
                s, location="Berlin office, room Spree", video_link="https://meet.example.com/spring-pilot"
            )
            for s in sessions
        ]
        schedule.apply(ScheduleChange("Demo rooms", tuple(sessions), tuple(located), program, program))
        holiday = next(s for s in located if s.week == 4)
        schedule.apply(schedule.plan_status(holiday.id, "skipped"))  # type: ignore[arg-type]
        clinic_day = datetime.combine(start + timedelta(days=8), time(11, 0))
        schedule.apply(
            schedule.plan_add_one_off(
                Session(
                    program_id=program.id or 0,
                    title="Problem clinic: flaky integration tests",
                    start=clinic_day,
                    minutes=45,
                    timezone="Europe/Berlin",
                    format_key="problem-clinic",
                    topic="Testing",
                    location="Berlin office, room Havel",
                    attendees=(
                        Attendee("mateo.garcia@northwind.example", "facilitator"),
                        Attendee("lea.dubois@northwind.example", "learner"),
                        Attendee("samuel.okafor@northwind.example", "learner"),
                        Attendee("tomas.ferreira@northwind.example", "observer"),
                    ),
                )
            )
        )
        matcher = Matcher(workspace)
        run_id, _ = matcher.run(program, matcher.request(program, "pairs", seed=1))
        matcher.apply(program, matcher.stored(run_id))
    return path
