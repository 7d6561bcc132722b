"""Importing competency check-ins from a spreadsheet: date,email,skill,level,assessor.

Leads keep assessments in spreadsheets. The same rules as the other imports:
every bad row is named with its column and reason, and nothing is imported when
any row is bad. Levels are the digits 0-4, the assessor is self, peer or lead,
the skill must be on the workspace's skill list, and a check-in cannot be dated
in the future. A row identical to a check-in already recorded is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from peerdesk import clock
from peerdesk.domain import ASSESSORS, MAX_LEVEL, MIN_LEVEL, CheckIn, normalise_email
from peerdesk.i18n import _, nformat
from peerdesk.roster.csv_io import CsvProblem, normalise_header, read_table
from peerdesk.storage import Workspace
from peerdesk.storage.impact import ImpactRepository
from peerdesk.storage.people import PeopleRepository

COMPETENCY_COLUMNS = ("date", "email", "skill", "level", "assessor")


@dataclass
class CompetencyPlan:
    """What a check-in import would add, or the problems that stop it."""

    check_ins: list[CheckIn] = field(default_factory=list)
    problems: list[CsvProblem] = field(default_factory=list)
    skipped: int = 0

    @property
    def ok(self) -> bool:
        """True when the import may run."""
        return not self.problems

    def summary(self) -> str:
        """'12 check-ins for 5 people (2 already recorded)'."""
        people = len({c.email for c in self.check_ins})
        whom = nformat("{n} person", "{n} people", people)
        text = nformat("{n} check-in for {whom}", "{n} check-ins for {whom}", len(self.check_ins), whom=whom)
        return text + (" " + _("({n} already recorded)").format(n=self.skipped) if self.skipped else "")


def plan_competency_import(workspace: Workspace, path: Path, today: date | None = None) -> CompetencyPlan:
    """Check every row of a check-in CSV and plan what to add."""
    today = today or clock.today()
    table = read_table(path)
    plan = CompetencyPlan()
    index = {normalise_header(h): i for i, h in enumerate(table.headers)}
    missing = [c for c in COMPETENCY_COLUMNS if c not in index]
    if missing:
        plan.problems += [CsvProblem(0, c, _("the file has no such column")) for c in missing]
        return plan
    people = PeopleRepository(workspace.db)
    known = {p.email for p in people.list_people()}
    skills = {s.name.casefold(): s.name for s in people.list_skills()}
    existing = {
        (c.email, c.skill.casefold(), c.day, c.level, c.assessor)
        for c in ImpactRepository(workspace.db).check_ins()
    }
    seen: dict[tuple[str, str, date], int] = {}
    for offset, row in enumerate(table.rows):
        row_no = offset + 2
        if not any(c.strip() for c in row):
            continue
        cells = {c: (row[index[c]].strip() if index[c] < len(row) else "") for c in COMPETENCY_COLUMNS}
        problems: list[CsvProblem] = []
        day = None
        try:
            day = date.fromisoformat(cells["date"])
        except ValueError:
            problems.append(
                CsvProblem(
                    row_no, "date", _("'{text}' is not a date like 2026-03-05").format(text=cells["date"])
                )
            )
        if day is not None and day > today:
            problems.append(CsvProblem(row_no, "date", _("{day} is in the future").format(day=day)))
        email = normalise_email(cells["email"])
        if email not in known:
            problems.append(
                CsvProblem(row_no, "email", _("unknown email '{text}'").format(text=cells["email"]))
            )
        skill = skills.get(cells["skill"].casefold())
        if not cells["skill"]:
            problems.append(CsvProblem(row_no, "skill", _("a skill is required")))
        elif skill is None:
            problems.append(
                CsvProblem(
                    row_no,
                    "skill",
                    _("unknown skill '{text}' (add it to the skill list first)").format(text=cells["skill"]),
                )
            )
        level_text = cells["level"]
        level = None
        if level_text.isascii() and level_text.isdigit() and MIN_LEVEL <= int(level_text) <= MAX_LEVEL:
            level = int(level_text)
        else:
            problems.append(
                CsvProblem(
                    row_no,
                    "level",
                    _("'{text}' is not a level {low}-{high}").format(
                        text=level_text, low=MIN_LEVEL, high=MAX_LEVEL
                    ),
                )
            )
        assessor = cells["assessor"].lower()
        if assessor not in ASSESSORS:
            problems.append(
                CsvProblem(
                    row_no,
                    "assessor",
                    _("'{text}' is not one of {names}").format(
                        text=cells["assessor"], names=", ".join(ASSESSORS)
                    ),
                )
            )
        if day is not None and skill is not None and email in known:
            key = (email, skill.casefold(), day)
            if key in seen:
                problems.append(
                    CsvProblem(
                        row_no,
                        "skill",
                        _("{email}, {skill} on {day} is also on row {row}").format(
                            email=email, skill=skill, day=day, row=seen[key]
                        ),
                    )
                )
            seen[key] = row_no
        plan.problems += problems
        if problems or day is None or skill is None or level is None:
            continue
        if (email, skill.casefold(), day, level, assessor) in existing:
            plan.skipped += 1
            continue
        plan.check_ins.append(CheckIn(email, skill, level, day, assessor))
    if plan.problems:
        plan.check_ins = []
    return plan
