"""The demo workspace: a believable team of 24 and one 6-week pilot.

It lets a lead see every tab filled with something real on first open, and
gives the tests and benchmarks the same realistic data.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from peerdesk.domain import Program
from peerdesk.resources import resource_path
from peerdesk.roster import Roster, import_change
from peerdesk.roster_csv import plan_import, read_table, suggest_mapping
from peerdesk.storage import WorkspaceError, open_workspace
from peerdesk.storage.programs import ProgramRepository

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
            "Technical": ("SQL", "Python", "Kubernetes", "TypeScript", "Terraform", "Testing",
                          "System design", "Code review", "Incident response", "Log analysis"),
            "Customer": ("Discovery calls", "Objection handling", "Negotiation", "Product demos",
                         "De-escalation", "Onboarding customers", "Zendesk macros"),
            "Communication": ("Public speaking", "Coaching", "Knowledge base writing"),
        }
        for category, skills in categories.items():
            for skill in skills:
                roster.set_skill_category(skill, category)
        start = next_monday(today or date.today())
        members = tuple(p.email for p in roster.people())
        ProgramRepository(workspace.db).save(Program(
            name=DEMO_PROGRAM, outcome="Close onboarding gaps for the three newest hires",
            organizer_email="maja.keller@northwind.example", timezone="Europe/Berlin",
            start=start, weeks=6, weekday=1, time=time(10, 0), minutes=30,
            format_key="micro-lesson", members=members,
        ))
    return path
