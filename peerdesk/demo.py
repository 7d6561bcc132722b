"""The demo workspace: a believable team of 24 and one 6-week pilot.

It lets a lead see every tab filled with something real on first open, and
gives the tests and benchmarks the same realistic data.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from peerdesk.domain import Attendee, Program, Session
from peerdesk.matching.service import Matcher
from peerdesk.resources import resource_path
from peerdesk.roster.csv_io import plan_import, read_table, suggest_mapping
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.service import Schedule, ScheduleChange, week_start
from peerdesk.storage import Workspace, WorkspaceError, open_workspace

DEMO_FILENAME = "peerdesk-demo.sqlite"
DEMO_PROGRAM = "Spring skills pilot"


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
        today = today or date.today()
        # three weeks in: weeks 1-3 held with feedback, so every tab has something real to show
        # (from Friday on, "this week" is the next one, so week 4 is always still ahead)
        ahead = today + timedelta(days=3)
        start = ahead - timedelta(days=ahead.weekday(), weeks=3)
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
        holiday = next(s for s in located if s.week == 5)
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
        record_demo_feedback(workspace, program, today)
    return path


DEMO_ANSWERS = (
    "I will use window functions in this week's churn report.",
    "Going to pair on the next incident review.",
    "Will try the Figma auto-layout trick on the settings page.",
    "",
    "Practise writing the failing test first.",
)
DEMO_SHOUTOUTS = (
    ("hannah.schulz@northwind.example", "Hannah's SQL micro-lesson had everyone writing window functions."),
    ("mateo.garcia@northwind.example", "Mateo's problem clinic found the flaky test in 40 minutes."),
)


def record_demo_feedback(workspace: Workspace, program: Program, today: date) -> None:
    """Attendance, ratings, commitments, check-ins and shout-outs for the sessions already past."""
    import random

    from peerdesk.domain import AttendanceRecord, CheckIn, Shoutout
    from peerdesk.impact.feedback import Feedback, SessionRecord
    from peerdesk.storage.impact import ImpactRepository

    rng = random.Random(2026)
    feedback = Feedback(workspace)
    now = min(datetime.combine(today, time(0, 0)), week_start(program, 4))
    for session in Schedule(workspace).list_sessions(program.id):
        if session.start >= now or session.status != "planned":
            continue
        record = feedback.record(session.id or 0)
        rows = []
        for i, row in enumerate(record.attendance):
            present = rng.random() < 0.85
            rows.append(
                AttendanceRecord(
                    row.email,
                    present,
                    rng.choice((4, 4, 5, 5, 3)) if present and rng.random() < 0.9 else None,
                    DEMO_ANSWERS[i % len(DEMO_ANSWERS)] if present else "",
                    DEMO_ANSWERS[(i + 2) % len(DEMO_ANSWERS)] if present and i % 2 == 0 else "",
                )
            )
        if session.week == 2:
            rows.append(
                AttendanceRecord(
                    "daniel.cohen@northwind.example", True, 5, "Useful for sales engineers too.", walk_in=True
                )
            )
        held = replace(
            record.session,
            status="held",
            actual_minutes=session.minutes + rng.choice((0, 0, 5)),
            notes=record.session.notes or "Good energy; examples from this sprint worked best.",
            recording_link="https://video.example.com/peerdesk-demo",
        )
        feedback.apply(feedback.plan(SessionRecord(held, tuple(rows))))
    impact = ImpactRepository(workspace.db)
    start = program.start
    history = [  # before the pilot: how long reaching level 3 used to take
        (
            "priya.raman@northwind.example",
            "SQL",
            start - timedelta(days=200),
            1,
            start - timedelta(days=148),
            3,
        ),
        (
            "mateo.garcia@northwind.example",
            "TypeScript",
            start - timedelta(days=120),
            1,
            start - timedelta(days=74),
            3,
        ),
        (
            "lea.dubois@northwind.example",
            "Python",
            start - timedelta(days=300),
            1,
            start - timedelta(days=250),
            3,
        ),
    ]
    check_ins = []
    for email, skill, day1, level1, day2, level2 in history:
        check_ins += [
            CheckIn(email, skill, level1, day1, "lead"),
            CheckIn(email, skill, level2, day2, "lead"),
        ]
    pilot = [  # baseline at the start, then reaching the target during the pilot
        ("samuel.okafor@northwind.example", "Python", 1, 3, 17),
        ("lea.dubois@northwind.example", "Kubernetes", 1, 3, 19),
        ("samuel.okafor@northwind.example", "SQL", 0, 3, 20),
        ("mateo.garcia@northwind.example", "Kubernetes", 0, 2, 15),
    ]
    for email, skill, base, reached, days in pilot:
        check_ins.append(CheckIn(email, skill, base, start, "self"))
        if start + timedelta(days=days) <= today:
            check_ins.append(CheckIn(email, skill, reached, start + timedelta(days=days), "peer"))
    impact.add_check_ins(check_ins)
    for email, text in DEMO_SHOUTOUTS:
        impact.add_shoutout(Shoutout(program.id, email, min(today, start + timedelta(days=10)), text))
