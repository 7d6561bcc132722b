"""The demo workspace: a believable team of 24 and one 6-week pilot, three weeks in.

It lets a lead see every tab filled with something real on first open, and
gives the tests and benchmarks the same realistic data. It is built relative to
today and is consistent: nobody is booked twice and every session sits in its
people's free time, except one deliberate, labelled clash example; each session
has its own topic, answers and commitments.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from peerdesk import clock, i18n
from peerdesk.domain import AttendanceRecord, Attendee, CheckIn, Person, Program, Session, Shoutout
from peerdesk.i18n import _
from peerdesk.matching.service import Matcher
from peerdesk.resources import resource_path
from peerdesk.roster.csv_io import plan_import, read_table, suggest_mapping
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.conflicts import find_conflicts
from peerdesk.schedule.service import Schedule, ScheduleChange, week_start
from peerdesk.storage import Workspace, WorkspaceError, open_workspace

DEMO_FILENAME = "peerdesk-demo.peerdesk"
DEMO_PROGRAM = "Engineering onboarding pilot"  # fits any season: the demo is built relative to today
CLASH_EXAMPLE = "(clash example)"
TOPIC_DETAILS = {
    "SQL": "window functions for the churn report",
    "Kubernetes": "reading a failing pod's events",
    "Testing": "writing the failing test first",
    "System design": "sketching a design review in 20 minutes",
    "TypeScript": "narrowing types instead of casting",
    "Incident response": "running the first 15 minutes of an incident",
    "Python": "pytest fixtures for a real service",
    "Figma": "auto-layout for settings pages",
}
ANSWERS = {  # answers to the one question: "What will you use from today?"
    "SQL": (
        "ROW_NUMBER over a partition finally makes sense.",
        "The running-total example maps straight onto our revenue report.",
        "I'll replace my self-join with LAG.",
        "More time for the exercise next time, please.",
        "Seeing the query plan side by side helped.",
    ),
    "Kubernetes": (
        "kubectl describe first, logs second: noted.",
        "The CrashLoopBackOff walk-through was exactly our Tuesday outage.",
        "I'd like a cheat sheet of the commands.",
        "Events explained why the readiness probe failed.",
        "Good pace; the live cluster made it real.",
    ),
    "Testing": (
        "Writing the test first changed how I split the function.",
        "The flaky-test checklist is going on our wiki.",
        "I want to see this on a bigger legacy module.",
        "Red-green in ten minutes was convincing.",
        "Useful, but the example was too small.",
    ),
    "Python": ("Fixtures with yield are neat.", "I finally get parametrize."),
    "Incident response": ("The role split is clear now.", "Timeline first, fixes second."),
    "Figma": ("Auto-layout will save me an hour a week.", "Constraints finally make sense."),
}
COMMITMENTS = {
    "SQL": (
        "Rewrite the weekly churn query with a window function.",
        "Pair with Hannah on the cohort dashboard.",
        "Add LAG to the latency report by Friday.",
        "Review one SQL pull request using today's checklist.",
    ),
    "Kubernetes": (
        "Debug the next failing deploy myself before asking SRE.",
        "Add readiness probes to the billing service.",
        "Shadow Jonas on the next on-call handover.",
        "Write up the three commands for the team wiki.",
    ),
    "Testing": (
        "Write the failing test first for my next bug fix.",
        "Quarantine the two flaky checkout tests and file tickets.",
        "Add a regression test to the import job.",
        "Try test-first on one story this sprint.",
    ),
    "Python": ("Convert my test setup to fixtures.",),
    "Incident response": ("Volunteer as scribe at the next incident review.",),
    "Figma": ("Rebuild the settings page frame with auto-layout.",),
}
NOTES = {
    "SQL": "Live demo on the churn table; everyone ran the query on their laptop.",
    "Kubernetes": "Broke a staging pod on purpose and read its events together.",
    "Testing": "Started from a real bug ticket; two people want a follow-up on mocking.",
    "problem-clinic": "Found the race in the order-service fixture; ticket filed.",
}
SHOUTOUTS = (
    (
        "hannah.schulz@northwind.example",
        3,
        "Hannah's SQL micro-lesson had everyone writing window functions on their own data.",
    ),
    ("mateo.garcia@northwind.example", 8, "Mateo's problem clinic found the flaky test in 40 minutes."),
)


def build_demo(path: Path, *, today: date | None = None, language: str = "") -> Path:
    """Create the demo workspace at `path` (which must not exist yet).

    `language` is its program's language ('' = the lead's), so its printouts and invites
    can be shown in German, French or Spanish (`peerdesk --demo --lang de`).
    """
    path = Path(path)
    if path.exists():
        raise WorkspaceError(_("{path} already exists; choose an empty place for the demo").format(path=path))
    with open_workspace(path, create=True) as workspace:
        roster = Roster(workspace)
        table = read_table(resource_path("demo", "roster.csv"))
        plan = plan_import(table, suggest_mapping(table.headers), [])
        if not plan.ok:
            raise WorkspaceError(
                _("the shipped demo roster is invalid: {problem}").format(problem=plan.problems[0])
            )
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
        today = today or clock.today()
        with clock.frozen_at(today):  # attendance and shout-outs are recorded as of that day
            program = _build_pilot(workspace, roster, today, i18n.normalise(language))
            record_demo_feedback(workspace, program, today)
    return path


def _build_pilot(workspace: Workspace, roster: Roster, today: date, language: str = "") -> Program:
    """The engineers' 6-week pilot, three weeks in on `today`, with its one labelled clash example."""
    # three weeks in: weeks 1-3 held with feedback, so every tab has something real to show
    # (from Friday on, "this week" is the next one, so week 4 is always still ahead)
    ahead = today + timedelta(days=3)
    start = ahead - timedelta(days=ahead.weekday(), weeks=3)
    people = {p.email: p for p in roster.people()}
    engineering = tuple(p.email for p in people.values() if p.team == "Engineering")
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
            language=language,
        )
    )
    used: set[str] = set()
    located = []
    for s in sessions:
        wanted = [w.skill for e in engineering for w in people[e].wants]
        topic = _topic(people[s.facilitators[0]], used, wanted) if s.facilitators else ""
        located.append(
            replace(
                s,
                topic=topic,
                location="Berlin office, room Spree",
                video_link="https://meet.example.com/onboarding-pilot",
            )
        )
    schedule.apply(ScheduleChange("Demo rooms", tuple(sessions), tuple(located), program, program))
    holiday = next(s for s in located if s.week == 5)
    schedule.apply(schedule.plan_status(holiday.id, "skipped"))  # type: ignore[arg-type]
    skipped = next(s for s in schedule.list_sessions(program.id) if s.week == 5)
    schedule.apply(schedule.plan_edit(replace(skipped, notes="Skipped: the whole team is at the offsite.")))
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
    run_id, _result = matcher.run(program, matcher.request(program, "pairs", seed=1))
    matcher.apply(program, matcher.stored(run_id))
    place_peer_meetings(schedule, program, list(people.values()))
    week4 = next(s for s in schedule.list_sessions(program.id) if s.week == 4)
    schedule.apply(
        schedule.plan_add_one_off(
            Session(
                program_id=program.id or 0,
                title=f"Demo-and-discuss: Terraform plan reviews {CLASH_EXAMPLE}",
                start=week4.start + timedelta(minutes=15),
                minutes=20,
                timezone="Europe/Berlin",
                format_key="demo-and-discuss",
                topic="Terraform",
                attendees=(
                    Attendee("jonas.becker@northwind.example", "facilitator"),
                    Attendee("hannah.schulz@northwind.example", "learner"),
                ),
                notes="A deliberate clash: it overlaps week 4's micro-lesson for Jonas and Hannah, "
                "so you can see how PeerDesk warns about a double booking. Move it to clear the warning.",
            )
        )
    )
    return program


def _topic(leader: Person, used: set[str], wanted: list[str]) -> str:
    """The leader's most wanted (then strongest) skill not taught yet in this pilot."""
    for skill in sorted(leader.teaches, key=lambda t: (-wanted.count(t.skill), -t.level, t.skill)):
        if skill.skill not in used:
            used.add(skill.skill)
            return skill.skill
    return leader.teaches[0].skill if leader.teaches else ""


def place_peer_meetings(schedule: Schedule, program: Program, people: list[Person]) -> None:
    """Move each peer meeting that clashes to the first slot of its week where its people are free
    and not booked, and say in its notes what it was matched on and when it meets."""
    programs = schedule.list_programs()
    for session in [
        s for s in schedule.list_sessions(program.id) if s.week is None and "matching" in s.notes
    ]:
        everything = schedule.list_sessions()
        others = [s for s in everything if s.id != session.id]
        chosen = session
        if any(c.session_id == session.id for c in find_conflicts(everything, people, programs)):
            monday = datetime.combine(session.start.date() - timedelta(days=session.start.weekday()), time(9))
            for slot in range(5 * 32):
                start = monday + timedelta(days=slot // 32, minutes=15 * (slot % 32))
                trial = replace(session, start=start)
                if start.hour >= 17 or start.date() < program.start:
                    continue
                if not any(
                    c.session_id == session.id for c in find_conflicts([*others, trial], people, programs)
                ):
                    chosen = trial
                    break
        origin, _sep, reasons_text = session.notes.partition(": ")
        reasons = [r for r in reasons_text.split("; ") if "free" not in r]
        notes = (
            f"{origin}: matched on skills: "
            + "; ".join(reasons)
            + f". Meets {chosen.start:%a %H:%M}-{chosen.end:%H:%M} (Berlin time), "
            "a slot everyone in it has free."
        )
        taught = re.search(r"teaches (.+?) \(level", session.notes)
        topic = chosen.topic or (taught.group(1) if taught else "")
        schedule.apply(schedule.plan_edit(replace(chosen, notes=notes, topic=topic)))


def record_demo_feedback(workspace: Workspace, program: Program, today: date) -> None:
    """Attendance, ratings, answers, commitments, check-ins and shout-outs for the sessions already past."""
    from peerdesk.impact.feedback import Feedback, SessionRecord
    from peerdesk.storage.impact import ImpactRepository

    rng = random.Random(2026)
    used: set[str] = set()
    waiting: set[str] = set()  # people whose last commitment is still to be reported back on
    feedback = Feedback(workspace)
    now = min(datetime.combine(today, time(0, 0)), week_start(program, 4))
    for session in Schedule(workspace).list_sessions(program.id):
        if session.start >= now or session.status != "planned" or CLASH_EXAMPLE in session.title:
            continue
        record = feedback.record(session.id or 0)
        topic = session.topic if session.topic in ANSWERS else "Python"
        answers = [a for a in ANSWERS[topic] if a not in used]  # nobody says the same thing twice
        commitments = [c for c in COMMITMENTS[topic] if c not in used]
        rng.shuffle(answers)
        rng.shuffle(commitments)
        rows = []
        for row in record.attendance:
            leads = row.email in session.facilitators
            present = leads or rng.random() < 0.85
            rated = present and not leads and rng.random() < 0.9
            rows.append(
                AttendanceRecord(
                    row.email,
                    present,
                    rng.choice((3, 4, 4, 5, 5)) if rated else None,
                    answers.pop() if rated and answers and rng.random() < 0.7 else "",
                    commitments.pop() if present and not leads and commitments and rng.random() < 0.6 else "",
                    # most report back; decided without the random stream, so the rest of the demo stays
                    reported_back=(len(row.email) % 4 != 0) if present and row.email in waiting else None,
                )
            )
        waiting -= {r.email for r in rows if r.present}
        waiting |= {r.email for r in rows if r.commitment}
        used.update(r.answer for r in rows)
        used.update(r.commitment for r in rows)
        if session.week == 2:
            rows.append(
                AttendanceRecord(
                    "daniel.cohen@northwind.example",
                    True,
                    5,
                    "Useful for sales engineers too: I can now read a deploy status.",
                    walk_in=True,
                )
            )
        held = replace(
            record.session,
            status="held",
            actual_minutes=session.minutes + rng.choice((0, 0, 5)),
            notes=record.session.notes
            if session.week is None and session.format_key != "problem-clinic"
            else NOTES.get(session.topic if session.week else "problem-clinic", "Good discussion."),
            recording_link="https://video.example.com/onboarding-pilot"
            if session.week
            else record.session.recording_link,
        )
        feedback.apply(feedback.plan(SessionRecord(held, tuple(rows))))
    impact = ImpactRepository(workspace.db)
    start = program.start
    history = [  # the 12 months before the pilot, on skills its learners learn: first check-in to target
        ("priya.raman@northwind.example", "TypeScript", 200, 1, 148, 3),
        ("mateo.garcia@northwind.example", "Testing", 160, 1, 102, 3),
        ("lea.dubois@northwind.example", "Python", 300, 1, 250, 3),
        ("hannah.schulz@northwind.example", "Python", 340, 1, 276, 3),
        ("jonas.becker@northwind.example", "Terraform", 260, 1, 205, 3),
        ("tomas.ferreira@northwind.example", "Incident response", 330, 1, 289, 3),
        ("lea.dubois@northwind.example", "Testing", 350, 2, 280, 4),
        ("maja.keller@northwind.example", "Public speaking", 150, 1, 60, 2),  # not there yet at the start
    ]
    check_ins = []
    for email, skill, days1, level1, days2, level2 in history:
        check_ins += [
            CheckIn(email, skill, level1, start - timedelta(days=days1), "lead"),
            CheckIn(email, skill, level2, start - timedelta(days=days2), "lead"),
        ]
    pilot = [  # at the start, then progress (and the target, for some) during the pilot
        ("samuel.okafor@northwind.example", "Python", 1, ((9, 2, "peer"), (17, 3, "peer"))),
        ("lea.dubois@northwind.example", "Kubernetes", 1, ((12, 2, "self"), (19, 3, "peer"))),
        ("samuel.okafor@northwind.example", "SQL", 0, ((6, 1, "self"), (20, 3, "lead"))),
        ("mateo.garcia@northwind.example", "Kubernetes", 0, ((15, 2, "peer"),)),
        ("priya.raman@northwind.example", "SQL", 1, ((16, 2, "peer"),)),
        ("tomas.ferreira@northwind.example", "Kubernetes", 1, ((13, 2, "self"),)),
        ("samuel.okafor@northwind.example", "Testing", 1, ((10, 2, "lead"),)),
    ]
    for email, skill, base, steps in pilot:
        check_ins.append(CheckIn(email, skill, base, start, "self"))
        for days, level, assessor in steps:
            if start + timedelta(days=days) <= today:
                check_ins.append(CheckIn(email, skill, level, start + timedelta(days=days), assessor))
    impact.add_check_ins(check_ins)
    for email, days, text in SHOUTOUTS:
        impact.add_shoutout(Shoutout(program.id, email, min(today, start + timedelta(days=days + 1)), text))
