"""The roster CSV format: reading it strictly, planning the import, writing it safely.

Format (one person a row, header names matched without regard to case and
spacing): name,email,role,team,manager_email,timezone,teaches,wants,availability
plus optional joined,active,notes,absences (first..last day and a private
reason). UTF-8 with or without BOM, comma or semicolon.
An import with any problem imports nothing; every problem names its row
(as a spreadsheet numbers it, the header being row 1), its column and why.

Refused as well as wrong values: a header naming a column twice, a quote left
open so that one cell swallows what look like the following rows, a cell
longer than 131,072 characters, names with line breaks or control
characters, and managers that form a cycle.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from peerdesk.atomic import write_text_atomically
from peerdesk.domain import OperationCancelled, Person, normalise_email, validate_person
from peerdesk.i18n import _, nformat
from peerdesk.roster.skill_text import (
    format_absences,
    format_availability,
    format_teaches,
    format_wants,
    parse_absences,
    parse_availability,
    parse_teaches,
    parse_wants,
)

COLUMNS = ("name", "email", "role", "team", "manager_email", "timezone", "teaches", "wants", "availability")
EXTRA_COLUMNS = ("joined", "active", "notes", "absences")
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
    "absences": ("away", "timeaway", "leave", "outofoffice", "absence"),
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Python's csv module refuses longer cells by default; we read them and say so.
MAX_CELL = 131_072
_EMAIL_LIKE = re.compile(r"[^\s@,;\"]+@[^\s@,;\"]+\.[^\s@,;\"]+")
# Called as progress(stage, done, total); returning False cancels (nothing is changed).
Progress = Callable[[str, int, int], bool]
PROGRESS_EVERY = 1000
_TRUE = {"yes", "y", "true", "1", "active"}
_FALSE = {"no", "n", "false", "0", "inactive"}


@dataclass(frozen=True)
class CsvProblem:
    """One thing wrong in a CSV file, located by row and column."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.row:
            return _("row {row}, {column}: {message}").format(
                row=self.row, column=self.column, message=self.message
            )
        return f"{self.column}: {self.message}"


class CsvFileError(ValueError):
    """The file cannot be read as a roster at all (encoding, empty, no header)."""


@dataclass
class CsvTable:
    """A CSV file read as text: its header and its rows, nothing interpreted yet."""

    headers: list[str]
    rows: list[list[str]]
    delimiter: str
    lines: list[int] = field(default_factory=list)  # the file line each row starts on


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
        return _("{new} new, {updated} updated, {unchanged} unchanged").format(
            new=len(self.new), updated=len(self.updated), unchanged=len(self.unchanged)
        )


def normalise_header(header: str) -> str:
    """Header names compare without case, spaces, dashes or underscores."""
    return re.sub(r"[^0-9a-z]", "", header.lower())


def read_table(path: Path) -> CsvTable:
    """Read a CSV file (UTF-8, optional BOM, comma or semicolon) as plain text rows."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise CsvFileError(
                _("{path}: is not a regular file (a folder, a pipe or a device)").format(path=path)
            )
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CsvFileError(
            _("{path}: cannot be read ({reason})").format(path=path, reason=exc.strerror)
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvFileError(
            _("{path}: is not UTF-8 text (byte {byte}); save it from your spreadsheet as 'CSV UTF-8'").format(
                path=path, byte=exc.start
            )
        ) from exc
    if not text.strip():
        raise CsvFileError(_("{path}: is empty").format(path=path))
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows, lines = _parse_csv(path, text, delimiter)
    headers = [h.strip() for h in rows[0]]
    return CsvTable(headers, rows[1:], delimiter, lines[1:])


def _parse_csv(path: Path, text: str, delimiter: str) -> tuple[list[list[str]], list[int]]:
    """Rows and the line each starts on; cells of any length (checked later, with their row)."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    rows: list[list[str]] = []
    lines: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        last = 0
        for row in reader:
            rows.append(row)
            lines.append(last + 1)
            last = reader.line_num
    except csv.Error as exc:
        raise CsvFileError(
            _("{path}: line {line} cannot be read as CSV ({reason})").format(
                path=path, line=reader.line_num + 1, reason=exc
            )
        ) from exc
    finally:
        csv.field_size_limit(limit)
    return rows, lines


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
        "absences": parse_absences,
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
        return _("'{text}' is not a date like 2024-03-01").format(text=text)
    return str(exc)


def _parse_bool(text: str) -> bool:
    if not text:
        return True
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(_("'{text}' is not yes or no").format(text=text))


def duplicate_headers(headers: list[str]) -> list[CsvProblem]:
    """A problem for each header name that appears more than once (which one would win?)."""
    where: dict[str, list[int]] = {}
    for i, header in enumerate(headers):
        if normalise_header(header):
            where.setdefault(normalise_header(header), []).append(i)
    return [
        CsvProblem(
            1,
            headers[cols[0]],
            _(
                "the header names this column {n} times (columns {letters}); keep one and rename or "
                "delete the others"
            ).format(n=len(cols), letters=", ".join(_column_letter(c) for c in cols)),
        )
        for cols in where.values()
        if len(cols) > 1
    ]


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _looks_like_rows(text: str, delimiter: str, email_column: int | None) -> int:
    """How many of the lines after the first in a cell look like roster rows of their own.

    A line looks like a row when it has several cells and one of them - the
    email column's, when known - is an email address and nothing else, so
    that a note such as "call bob@example.com, mornings" is not mistaken for one.
    """
    count = 0
    for line in text.splitlines()[1:]:
        cells = [c.strip().strip('"').strip() for c in line.split(delimiter)]
        if len(cells) < 2:
            continue
        candidates = cells[email_column : email_column + 1] if email_column is not None else cells
        if any(_EMAIL_LIKE.fullmatch(c) for c in candidates):
            count += 1
    return count


def _cell_problems(table: CsvTable, offset: int, row: list[str], names: dict[int, str]) -> list[CsvProblem]:
    """Unterminated quotes and oversized cells in one row, located where they start."""
    problems = []
    row_no = offset + 2
    line = table.lines[offset] if offset < len(table.lines) else None
    email_column = next((i for i, name in names.items() if name == "email"), None)
    for i, cell in enumerate(row):
        column = names.get(i) or (table.headers[i] if i < len(table.headers) else "") or _column_letter(i)
        swallowed = (
            _looks_like_rows(cell, table.delimiter, email_column) if "\n" in cell or "\r" in cell else 0
        )
        if swallowed:
            lines = nformat("{n} line", "{n} lines", swallowed)
            if line:
                text = _(
                    "likely unterminated quote: the cell that starts here on line {line} runs over "
                    '{lines} that look like rows of their own; close the quote (or remove the stray ") '
                    "in this cell"
                ).format(line=line, lines=lines)
            else:
                text = _(
                    "likely unterminated quote: the cell that starts here runs over {lines} that look "
                    'like rows of their own; close the quote (or remove the stray ") in this cell'
                ).format(lines=lines)
            problems.append(CsvProblem(row_no, column, text))
        elif len(cell) > MAX_CELL:
            problems.append(
                CsvProblem(
                    row_no,
                    column,
                    _(
                        "is {length} characters long; a cell may hold at most {most} (is a quote left open?)"
                    ).format(length=f"{len(cell):,}", most=f"{MAX_CELL:,}"),
                )
            )
    return problems


def _tick(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if (
        progress is not None
        and (done % PROGRESS_EVERY == 0 or done == total)
        and progress(stage, done, total) is False
    ):
        raise OperationCancelled(_("cancelled; nothing was imported"))


def plan_import(
    table: CsvTable,
    mapping: dict[str, int],
    roster: list[Person],
    *,
    default_timezone: str = "UTC",
    progress: Progress | None = None,
) -> ImportPlan:
    """Check every row against the roster and say what importing would do.

    Columns the file does not have keep their current values for people who
    are already on the roster (matched by email). `progress(stage, done,
    total)` is called every thousand rows; returning False cancels
    (OperationCancelled).
    """
    plan = ImportPlan()
    plan.problems.extend(duplicate_headers(table.headers))
    for fieldname in missing_required(mapping):
        plan.problems.append(CsvProblem(0, fieldname, _("no column holds this field; map one")))
    if plan.problems:
        return plan
    names = {i: f for f, i in mapping.items()}
    by_email = {normalise_email(p.email): p for p in roster}
    seen: dict[str, int] = {}
    parsed: list[tuple[int, Person]] = []
    total = len(table.rows)
    for offset, row in enumerate(table.rows):
        _tick(progress, _("Checking rows"), offset + 1, total)
        row_no = offset + 2
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(table.headers):
            plan.problems.append(
                CsvProblem(
                    row_no,
                    "row",
                    _("has {cells} cells but the header has {headers}").format(
                        cells=len(row), headers=len(table.headers)
                    ),
                )
            )
            continue
        cell_problems = _cell_problems(table, offset, row, names)
        if cell_problems:
            plan.problems.extend(cell_problems)
            continue
        cells = {f: _unquote(row[i].strip()) if i < len(row) else "" for f, i in mapping.items()}
        email = normalise_email(cells.get("email", ""))
        if email in seen:
            also = _("{email} is also on row {row}").format(email=email, row=seen[email])
            plan.problems.append(CsvProblem(row_no, "email", also))
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
                    _("no one in the file or on the roster has the email {email}").format(
                        email=person.manager_email
                    ),
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
    plan.problems.extend(_manager_cycles(parsed, roster))
    if plan.problems:
        plan.problems.sort(key=lambda p: p.row)
    return plan


def _manager_cycles(parsed: list[tuple[int, Person]], roster: list[Person]) -> list[CsvProblem]:
    """A problem for every row whose manager chain comes back to them (A -> B -> A)."""
    manager_of = {normalise_email(p.email): normalise_email(p.manager_email or "") for p in roster}
    rows: dict[str, int] = {}
    for row_no, person in parsed:
        manager_of[person.email] = normalise_email(person.manager_email or "")
        rows[person.email] = row_no
    problems = []
    in_cycle: set[str] = set()
    for email in rows:
        chain = [email]
        current = manager_of.get(email, "")
        while current and current not in chain and len(chain) <= len(manager_of):
            chain.append(current)
            current = manager_of.get(current, "")
        if current == email and email not in in_cycle:
            in_cycle.update(chain)
            loop = (" " + _("manages") + " ").join([*reversed(chain), email][-len(chain) - 1 :])
            for member in chain:
                if member in rows:
                    problems.append(
                        CsvProblem(
                            rows[member],
                            "manager_email",
                            _(
                                "the managers form a cycle ({loop}); someone in it needs another "
                                "manager or none"
                            ).format(loop=loop),
                        )
                    )
    return problems


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
            format_absences(p.absences),
        ]
        rows.append([_neutralise(c) for c in cells])
    return rows


def write_roster_csv(people: list[Person], path: Path) -> None:
    """Write the roster to `path` atomically (a temp file renamed into place)."""
    write_text_atomically(path, lambda handle: csv.writer(handle).writerows(roster_rows(people)))


def roster_csv_bytes(people: list[Person]) -> bytes:
    """The roster as CSV (UTF-8), for standard output."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(roster_rows(people))
    return buffer.getvalue().encode("utf-8")
