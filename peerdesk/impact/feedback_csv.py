"""Importing attendance and ratings from a CSV: date,email,attended,rating,answer[,session].

The same rules as the roster import: every bad row is named with its reason,
and nothing is imported when any row is bad. Importing attendance for a
session marks it held; a session that has not started yet is refused. On a day
with several sessions, the optional `session` column (the id `peerdesk sessions
--json` prints), or `--session ID` for the whole file, says which one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from peerdesk.domain import AttendanceRecord, Program, Session, normalise_email
from peerdesk.i18n import _, nformat
from peerdesk.impact.feedback import Feedback, FeedbackChange, SessionRecord, not_started_message
from peerdesk.roster.csv_io import CsvProblem, normalise_header, read_table

FEEDBACK_COLUMNS = ("date", "email", "attended", "rating", "answer")
OPTIONAL_COLUMNS = ("session",)
_YES = {"yes", "y", "true", "1", "x"}
_NO = {"no", "n", "false", "0", ""}
RATINGS = ("1", "2", "3", "4", "5")  # ASCII digits only: '²' or '５' are refused with a message


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
        """'12 rows for 3 sessions, each marked held'."""
        sessions = len(self.change.after) if self.change else 0
        rows = nformat("{n} row", "{n} rows", self.rows)
        return nformat(
            "{rows} for {n} session, marked held",
            "{rows} for {n} sessions, each marked held",
            sessions,
            rows=rows,
        )


def parse_rating(text: str) -> tuple[int | None, str | None]:
    """A rating cell: (rating, None), (None, None) when empty, or (None, why it is refused)."""
    text = text.strip()
    if not text:
        return None, None
    if text in RATINGS:
        return int(text), None
    if text.isascii() and text.isdigit():
        return None, _("rating '{text}' is out of range 1-5").format(text=text)
    return None, _("rating '{text}' is not one of the digits 1-5").format(text=text)


def plan_feedback_import(
    feedback: Feedback,
    program: Program,
    path: Path,
    session_id: int | None = None,
    now: datetime | None = None,
) -> FeedbackPlan:
    """Check every row of a feedback CSV against the program and plan the change.

    `session_id` sends every row to that session (its date, if a row gives one, must match).
    """
    table = read_table(path)
    plan = FeedbackPlan()
    index = {normalise_header(h): i for i, h in enumerate(table.headers)}
    required = [c for c in FEEDBACK_COLUMNS if not (c == "date" and (session_id or "session" in index))]
    missing = [c for c in required if c not in index]
    if missing:
        plan.problems += [CsvProblem(0, c, _("the file has no such column")) for c in missing]
        return plan
    sessions = [s for s in feedback.sessions.list_sessions(program.id) if s.status != "cancelled"]
    by_id = {s.id: s for s in sessions}
    if session_id is not None and session_id not in by_id:
        plan.problems.append(
            CsvProblem(
                0,
                "--session",
                _("{name} has no session {id} (see peerdesk sessions)").format(
                    name=program.name, id=session_id
                ),
            )
        )
        return plan
    by_day: dict[date, list[Session]] = {}
    for s in sessions:
        by_day.setdefault(s.start.date(), []).append(s)
    known = {p.email for p in feedback.people.list_people()}
    seen: dict[tuple[int, str], int] = {}
    updates: dict[int, dict[str, AttendanceRecord]] = {}
    columns = FEEDBACK_COLUMNS + OPTIONAL_COLUMNS
    for offset, row in enumerate(table.rows):
        row_no = offset + 2
        if not any(c.strip() for c in row):
            continue
        cells = {c: (row[index[c]].strip() if c in index and index[c] < len(row) else "") for c in columns}
        problems: list[CsvProblem] = []
        day = None
        if cells["date"]:
            try:
                day = date.fromisoformat(cells["date"])
            except ValueError:
                problems.append(
                    CsvProblem(
                        row_no, "date", _("'{text}' is not a date like 2026-03-05").format(text=cells["date"])
                    )
                )
        email = normalise_email(cells["email"])
        if email not in known:
            problems.append(
                CsvProblem(row_no, "email", _("unknown email '{text}'").format(text=cells["email"]))
            )
        attended_text = cells["attended"].lower()
        if attended_text not in _YES | _NO:
            problems.append(
                CsvProblem(
                    row_no,
                    "attended",
                    _("'{text}' is not yes/no/true/false/1/0").format(text=cells["attended"]),
                )
            )
        rating, why = parse_rating(cells["rating"])
        if why:
            problems.append(CsvProblem(row_no, "rating", why))
        session, where = _session_for(program, row_no, cells, day, session_id, by_id, by_day, problems)
        if session is not None:
            if (session.id or 0, email) in seen:
                problems.append(
                    CsvProblem(
                        row_no,
                        "email",
                        _("{email} at {where} is also on row {row}").format(
                            email=email, where=where, row=seen[(session.id or 0, email)]
                        ),
                    )
                )
            seen[(session.id or 0, email)] = row_no
            late = not_started_message(session, now or feedback.now)
            if late:
                problems.append(CsvProblem(row_no, "date", late + _("; nothing was imported")))
        plan.problems += problems
        if problems or session is None:
            continue
        plan.rows += 1
        invited = {a.email for a in session.attendees}
        updates.setdefault(session.id or 0, {})[email] = AttendanceRecord(
            email, attended_text in _YES, rating, cells["answer"], walk_in=email not in invited
        )
    if plan.problems:
        return plan
    before, after = [], []
    for sid, records in updates.items():
        current = feedback.record(sid)
        merged = {r.email: r for r in current.attendance}
        for email, record in records.items():
            merged[email] = (
                replace(
                    record, commitment=merged[email].commitment, reported_back=merged[email].reported_back
                )
                if email in merged
                else record
            )
        before.append(current)
        after.append(SessionRecord(replace(current.session, status="held"), tuple(merged.values())))
    plan.change = FeedbackChange(
        _("Import feedback {file}").format(file=path.name), tuple(before), tuple(after)
    )
    return plan


def _session_for(
    program: Program,
    row_no: int,
    cells: dict[str, str],
    day: date | None,
    session_id: int | None,
    by_id: dict[int | None, Session],
    by_day: dict[date, list[Session]],
    problems: list[CsvProblem],
) -> tuple[Session | None, str]:
    """The session a row is for, from --session, its session column or its date."""
    chosen: Session | None = None
    column = "session"
    if session_id is not None:
        chosen, column = by_id[session_id], "--session"
    elif cells["session"]:
        text = cells["session"]
        if not (text.isascii() and text.isdigit()) or int(text) not in by_id:
            problems.append(
                CsvProblem(
                    row_no,
                    "session",
                    _("{name} has no session '{text}' (see peerdesk sessions)").format(
                        name=program.name, text=text
                    ),
                )
            )
            return None, ""
        chosen = by_id[int(text)]
    if chosen is not None:
        if day is not None and chosen.start.date() != day:
            problems.append(
                CsvProblem(
                    row_no,
                    "date",
                    _("{column} {id} ('{title}') is on {day}, not {other}").format(
                        column=column, id=chosen.id, title=chosen.title, day=chosen.start.date(), other=day
                    ),
                )
            )
            return None, ""
        return chosen, _("session {id}").format(id=chosen.id)
    if day is None:
        if not cells["date"]:
            problems.append(CsvProblem(row_no, "date", _("a date (or a session id) is required")))
        return None, ""
    options = by_day.get(day, [])
    if not options:
        problems.append(
            CsvProblem(row_no, "date", _("{name} has no session on {day}").format(name=program.name, day=day))
        )
        return None, ""
    if len(options) > 1:
        ids = ", ".join(str(s.id) for s in options)
        problems.append(
            CsvProblem(
                row_no,
                "date",
                _(
                    "{name} has {n} sessions on {day} (ids {ids}); "
                    "give the session id in a 'session' column or with --session"
                ).format(name=program.name, n=len(options), day=day, ids=ids),
            )
        )
        return None, ""
    return options[0], str(day)
