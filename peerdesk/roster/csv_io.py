"""The roster CSV format: reading it strictly, planning the import, writing it safely.

Format (one person a row, header names matched without regard to case and
spacing): name,email,role,team,manager_email,timezone,teaches,wants,availability
plus optional joined,active,notes. UTF-8 with or without BOM, comma or semicolon.
An import with any problem imports nothing; every problem names its row
(as a spreadsheet numbers it, the header being row 1), its column and why.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from peerdesk.atomic import write_text_atomically
from peerdesk.domain import Person, normalise_email, validate_person
from peerdesk.roster.skill_text import (
    format_availability,
    format_teaches,
    format_wants,
    parse_availability,
    parse_teaches,
    parse_wants,
)

COLUMNS = ("name", "email", "role", "team", "manager_email", "timezone", "teaches", "wants", "availability")
EXTRA_COLUMNS = ("joined", "active", "notes")
ALL_COLUMNS = COLUMNS + EXTRA_COLUMNS
REQUIRED = ("name", "email")

_ALIASES = {
    "name": ("fullname", "employeename", "displayname", "person"),
    "email": ("emailaddress", "workemail", "mail", "businessemail"),
    "role": ("jobtitle", "title", "position", "jobrole"),
    "team": ("department", "dept", "group", "unit"),
    "manager_email": ("manager", "manageremailaddress", "supervisoremail", "reportsto", "linemanageremail"),
    "timezone": ("tz", "timezonename", "iana", "zone"),
    "teaches": ("canteach", "teach", "skills"),
    "wants": ("wantstolearn", "learn", "learning", "goals"),
    "availability": ("available", "freetime", "hours"),
    "joined": ("startdate", "hiredate", "joineddate", "datejoined"),
    "active": ("isactive", "status"),
    "notes": ("note", "comments"),
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TRUE = {"yes", "y", "true", "1", "active"}
_FALSE = {"no", "n", "false", "0", "inactive"}


@dataclass(frozen=True)
class CsvProblem:
    """One thing wrong in a CSV file, located by row and column."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}, {self.column}" if self.row else self.column
        return f"{where}: {self.message}"


class CsvFileError(ValueError):
    """The file cannot be read as a roster at all (encoding, empty, no header)."""


@dataclass
class CsvTable:
    """A CSV file read as text: its header and its rows, nothing interpreted yet."""

    headers: list[str]
    rows: list[list[str]]
    delimiter: str


@dataclass
class ImportPlan:
    """What an import would do: the people to add and update, or the problems."""

    new: list[Person] = field(default_factory=list)
    updated: list[tuple[Person, Person]] = field(default_factory=list)  # (before, after)
    unchanged: list[Person] = field(default_factory=list)
    problems: list[CsvProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong and the import may run."""
        return not self.problems

    def summary(self) -> str:
        """One line for the lead, e.g. '3 new, 2 updated, 19 unchanged'."""
        return f"{len(self.new)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged"


def normalise_header(header: str) -> str:
    """Header names compare without case, spaces, dashes or underscores."""
    return re.sub(r"[^0-9a-z]", "", header.lower())


def read_table(path: Path) -> CsvTable:
    """Read a CSV file (UTF-8, optional BOM, comma or semicolon) as plain text rows."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CsvFileError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvFileError(
            f"{path}: is not UTF-8 text (byte {exc.start}); save it from your spreadsheet as 'CSV UTF-8'"
        ) from exc
    if not text.strip():
        raise CsvFileError(f"{path}: is empty")
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    headers = [h.strip() for h in rows[0]]
    return CsvTable(headers, rows[1:], delimiter)


def suggest_mapping(headers: list[str]) -> dict[str, int]:
    """Which file column feeds which roster field, by name and common aliases."""
    mapping: dict[str, int] = {}
    normalised = [normalise_header(h) for h in headers]
    for fieldname in ALL_COLUMNS:
        names = (normalise_header(fieldname), *_ALIASES.get(fieldname, ()))
        for name in names:
            if name in normalised and normalised.index(name) not in mapping.values():
                mapping[fieldname] = normalised.index(name)
                break
    return mapping


def missing_required(mapping: dict[str, int]) -> list[str]:
    """Required roster fields that no file column feeds."""
    return [f for f in REQUIRED if f not in mapping]


def _unquote(value: str) -> str:
    """Undo our own formula neutralising: "'=x" read back is "=x"."""
    if len(value) > 1 and value[0] == "'" and value[1] in _FORMULA_START:
        return value[1:]
    return value


def _neutralise(value: str) -> str:
    """Keep a spreadsheet from running a cell as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _parse_row(
    cells: dict[str, str], row_no: int, existing: Person | None, default_timezone: str
) -> tuple[Person | None, list[CsvProblem]]:
    problems: list[CsvProblem] = []
    base = existing or Person(name="", email="", timezone=default_timezone)
    values: dict[str, object] = {}
    parsers: dict[str, Callable[[str], object]] = {
        "teaches": parse_teaches,
        "wants": parse_wants,
        "availability": parse_availability,
        "joined": lambda s: date.fromisoformat(s) if s else None,
        "active": _parse_bool,
    }
    for column, text in cells.items():
        if column in parsers:
            try:
                values[column] = parsers[column](text)
            except ValueError as exc:
                problems.append(CsvProblem(row_no, column, _reason(column, text, exc)))
        elif column == "timezone":
            values[column] = text or base.timezone or default_timezone
        elif column == "manager_email":
            values[column] = normalise_email(text) or None
        elif column == "email":
            values[column] = normalise_email(text)
        else:
            values[column] = text
    person = replace(base, **values)  # type: ignore[arg-type]
    failed = {p.column for p in problems}
    problems.extend(
        CsvProblem(row_no, e.field, e.message) for e in validate_person(person) if e.field not in failed
    )
    problems.sort(key=lambda p: ALL_COLUMNS.index(p.column) if p.column in ALL_COLUMNS else 99)
    return (None if problems else person), problems


def _reason(column: str, text: str, exc: ValueError) -> str:
    if column == "joined":
        return f"'{text}' is not a date like 2024-03-01"
    return str(exc)


def _parse_bool(text: str) -> bool:
    if not text:
        return True
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"'{text}' is not yes or no")


def plan_import(
    table: CsvTable, mapping: dict[str, int], roster: list[Person], *, default_timezone: str = "UTC"
) -> ImportPlan:
    """Check every row against the roster and say what importing would do.

    Columns the file does not have keep their current values for people who
    are already on the roster (matched by email).
    """
    plan = ImportPlan()
    for fieldname in missing_required(mapping):
        plan.problems.append(CsvProblem(0, fieldname, "no column holds this field; map one"))
    if plan.problems:
        return plan
    by_email = {normalise_email(p.email): p for p in roster}
    seen: dict[str, int] = {}
    parsed: list[tuple[int, Person]] = []
    for offset, row in enumerate(table.rows):
        row_no = offset + 2
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(table.headers):
            plan.problems.append(
                CsvProblem(row_no, "row", f"has {len(row)} cells but the header has {len(table.headers)}")
            )
            continue
        cells = {f: _unquote(row[i].strip()) if i < len(row) else "" for f, i in mapping.items()}
        email = normalise_email(cells.get("email", ""))
        if email in seen:
            plan.problems.append(CsvProblem(row_no, "email", f"{email} is also on row {seen[email]}"))
            continue
        seen[email] = row_no
        person, problems = _parse_row(cells, row_no, by_email.get(email), default_timezone)
        plan.problems.extend(problems)
        if person is not None:
            parsed.append((row_no, person))
    known = set(by_email) | set(seen)
    for row_no, person in parsed:
        if person.manager_email and person.manager_email not in known:
            plan.problems.append(
                CsvProblem(
                    row_no,
                    "manager_email",
                    f"no one in the file or on the roster has the email {person.manager_email}",
                )
            )
            continue
        before = by_email.get(person.email)
        if before is None:
            plan.new.append(person)
        elif before == person:
            plan.unchanged.append(before)
        else:
            plan.updated.append((before, person))
    return plan


def roster_rows(people: list[Person]) -> list[list[str]]:
    """The roster as CSV rows (header first), cells neutralised for spreadsheets."""
    rows = [list(ALL_COLUMNS)]
    for p in people:
        cells = [
            p.name,
            p.email,
            p.role,
            p.team,
            p.manager_email or "",
            p.timezone,
            format_teaches(p.teaches),
            format_wants(p.wants),
            format_availability(p.availability),
            p.joined.isoformat() if p.joined else "",
            "yes" if p.active else "no",
            p.notes,
        ]
        rows.append([_neutralise(c) for c in cells])
    return rows


def write_roster_csv(people: list[Person], path: Path) -> None:
    """Write the roster to `path` atomically (a temp file renamed into place)."""
    write_text_atomically(path, lambda handle: csv.writer(handle).writerows(roster_rows(people)))
