"""Importing attendance and ratings from a CSV: date,email,attended,rating,answer.

The same rules as the roster import: every bad row is named with its reason,
and nothing is imported when any row is bad. Importing attendance for a
session marks it held.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from peerdesk.domain import AttendanceRecord, Program, normalise_email
from peerdesk.impact.feedback import Feedback, FeedbackChange, SessionRecord
from peerdesk.plural import count
from peerdesk.roster.csv_io import CsvProblem, normalise_header, read_table

FEEDBACK_COLUMNS = ("date", "email", "attended", "rating", "answer")
_YES = {"yes", "y", "true", "1", "x"}
_NO = {"no", "n", "false", "0", ""}


@dataclass
class FeedbackPlan:
    """What a feedback import would do, or the problems that stop it."""

    change: FeedbackChange | None = None
    problems: list[CsvProblem] = field(default_factory=list)
    rows: int = 0

    @property
    def ok(self) -> bool:
        """True when the import may run."""
        return not self.problems and self.change is not None

    def summary(self) -> str:
        """'12 rows for 3 sessions (marked held)'."""
        sessions = len(self.change.after) if self.change else 0
        return f"{count(self.rows, 'row')} for {count(sessions, 'session')}, each marked held"


def plan_feedback_import(feedback: Feedback, program: Program, path: Path) -> FeedbackPlan:
    """Check every row of a feedback CSV against the program and plan the change."""
    table = read_table(path)
    plan = FeedbackPlan()
    index = {normalise_header(h): i for i, h in enumerate(table.headers)}
    missing = [c for c in FEEDBACK_COLUMNS if c not in index]
    if missing:
        plan.problems += [CsvProblem(0, c, "the file has no such column") for c in missing]
        return plan
    sessions = [s for s in feedback.sessions.list_sessions(program.id) if s.status != "cancelled"]
    by_day: dict[date, list] = {}  # type: ignore[type-arg]
    for s in sessions:
        by_day.setdefault(s.start.date(), []).append(s)
    known = {p.email for p in feedback.people.list_people()}
    seen: dict[tuple[date, str], int] = {}
    updates: dict[int, dict[str, AttendanceRecord]] = {}
    for offset, row in enumerate(table.rows):
        row_no = offset + 2
        if not any(c.strip() for c in row):
            continue
        cells = {c: (row[index[c]].strip() if index[c] < len(row) else "") for c in FEEDBACK_COLUMNS}
        problems: list[CsvProblem] = []
        try:
            day = date.fromisoformat(cells["date"])
        except ValueError:
            problems.append(CsvProblem(row_no, "date", f"'{cells['date']}' is not a date like 2026-03-05"))
            day = None
        email = normalise_email(cells["email"])
        if email not in known:
            problems.append(CsvProblem(row_no, "email", f"unknown email '{cells['email']}'"))
        attended_text = cells["attended"].lower()
        if attended_text not in _YES | _NO:
            problems.append(
                CsvProblem(row_no, "attended", f"'{cells['attended']}' is not yes/no/true/false/1/0")
            )
        rating = None
        if cells["rating"]:
            if not cells["rating"].isdigit() or not 1 <= int(cells["rating"]) <= 5:
                problems.append(
                    CsvProblem(row_no, "rating", f"rating '{cells['rating']}' is out of range 1-5")
                )
            else:
                rating = int(cells["rating"])
        session = None
        if day is not None:
            options = by_day.get(day, [])
            if not options:
                problems.append(CsvProblem(row_no, "date", f"{program.name} has no session on {day}"))
            elif len(options) > 1:
                problems.append(
                    CsvProblem(
                        row_no,
                        "date",
                        f"{program.name} has {len(options)} sessions on "
                        f"{day}; record this day in the Feedback tab",
                    )
                )
            else:
                session = options[0]
            if (day, email) in seen:
                problems.append(
                    CsvProblem(row_no, "email", f"{email} on {day} is also on row {seen[(day, email)]}")
                )
            seen[(day, email)] = row_no
        plan.problems += problems
        if problems or session is None:
            continue
        plan.rows += 1
        invited = {a.email for a in session.attendees}
        updates.setdefault(session.id, {})[email] = AttendanceRecord(
            email, attended_text in _YES, rating, cells["answer"], walk_in=email not in invited
        )
    if plan.problems:
        return plan
    before, after = [], []
    for session_id, records in updates.items():
        current = feedback.record(session_id)
        merged = {r.email: r for r in current.attendance}
        for email, record in records.items():
            merged[email] = (
                replace(record, commitment=merged[email].commitment) if email in merged else record
            )
        before.append(current)
        after.append(SessionRecord(replace(current.session, status="held"), tuple(merged.values())))
    plan.change = FeedbackChange(f"Import feedback {path.name}", tuple(before), tuple(after))
    return plan
