"""The skills matrix: people as rows, skills as columns, and the knowledge at risk.

What team leads keep in spreadsheets today: who holds which skill at which
level (0 aware .. 4 expert), who wants to learn it and to what level. From the
same data come the two risks a lead acts on: a skill only one active person
holds at level 3 or more (the "bus factor"), and a skill several people want
that nobody teaches.

Cells are stored sparsely (one small dict per person), so 5,000 people and 200
skills cost what the roster costs, not a million objects.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from peerdesk.collation import sort_key
from peerdesk.domain import Person, Skill
from peerdesk.i18n import _, nformat

EXPERT_LEVEL = 3  # "advanced" or more counts as holding a skill
MIN_WANTED = 2  # "wanted by several people"
GROUPINGS = ("", "team", "role")
SKILL_ORDERS = ("name", "category")
NO_GROUP = "(none)"
# One sequential palette (light to dark, readable in grey too) for the window, .xlsx and print.
LEVEL_COLOURS = ("#eef3fa", "#c6dbef", "#8fbfe0", "#3776ab", "#0b4f8c")  # each reads 4.5:1 with its text
LEVEL_TEXT_COLOURS = ("#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff")
WANT_COLOUR = "#f59e0b"  # the mark for "wants to learn"


class Cell(NamedTuple):
    """One person and one skill: the level they teach (if any) and whether they want it."""

    level: int | None = None
    wants: bool = False
    target: int | None = None

    def text(self) -> str:
        """The cell as a spreadsheet value: the level, `want:TARGET`, `want`, or ''."""
        if self.level is not None:
            return str(self.level)
        if self.wants:
            return "want" if self.target is None else f"want:{self.target}"
        return ""


EMPTY = Cell()


@dataclass(frozen=True)
class Group:
    """A run of consecutive rows sharing a team or role."""

    label: str
    first: int
    count: int


@dataclass(frozen=True)
class SkillsMatrix:
    """Rows (people, in display order), columns (skills) and sparse cells."""

    people: tuple[Person, ...]
    skills: tuple[str, ...]
    categories: tuple[str, ...]  # one per skill column, '' when uncategorised
    cells: tuple[dict[int, Cell], ...]  # per row: column -> cell
    groups: tuple[Group, ...] = ()

    def cell(self, row: int, column: int) -> Cell:
        """The cell at `row`, `column` (an empty cell where the person has nothing)."""
        return self.cells[row].get(column, EMPTY)

    def column_of(self, skill: str) -> int | None:
        """The column of a skill, compared without regard to case."""
        folded = skill.casefold()
        for i, name in enumerate(self.skills):
            if name.casefold() == folded:
                return i
        return None

    def rows(self) -> list[list[str]]:
        """The matrix as text rows with a header: Name, Email, Team, Role, then one column per skill."""
        header = ["Name", "Email", "Team", "Role", *self.skills]
        body = [
            [p.name, p.email, p.team, p.role, *(self.cell(r, c).text() for c in range(len(self.skills)))]
            for r, p in enumerate(self.people)
        ]
        return [header, *body]


def _group_key(person: Person, group_by: str) -> str:
    value = person.team if group_by == "team" else person.role if group_by == "role" else ""
    return value or NO_GROUP


class MatrixMemory:
    """Each person's row (sort key and cells) as the last matrix laid it out, kept for the next: after
    one edit of a roster of thousands, only the people who changed are laid out again.

    A row is reused only for the very same Person object (people are immutable; an edit replaces
    them) under the same columns, grouping and sorting skill.
    """

    def __init__(self) -> None:
        self.layout: tuple[object, ...] | None = None  # columns, grouping, sorting skill
        self.rows: dict[int, tuple[Person, tuple[object, ...], dict[int, Cell]]] = {}
        self.names: dict[int, tuple[Person, tuple[tuple[str, str], ...]]] = {}  # skills named, folded


def build_matrix(
    people: Iterable[Person],
    skills: Iterable[Skill] = (),
    *,
    group_by: str = "",
    skill_order: str = "name",
    include_inactive: bool = True,
    sort_skill: str | None = None,
    memory: MatrixMemory | None = None,
) -> SkillsMatrix:
    """Lay people out as rows (grouped by team or role, then by name) and skills as columns.

    Columns are the workspace's skill list plus any skill a person names that
    the list lacks, compared without regard to case (the list's spelling wins);
    `skill_order="category"` sorts them by category first. `sort_skill` orders
    the people of each group by their level in that skill (highest first, then
    those who want it, then the rest), instead of by name.
    """
    if group_by not in GROUPINGS:
        raise ValueError(
            _("group by must be one of team, role or nothing, not '{group_by}'").format(group_by=group_by)
        )
    if skill_order not in SKILL_ORDERS:
        raise ValueError(
            _("skill order must be name or category, not '{skill_order}'").format(skill_order=skill_order)
        )
    rows = [p for p in people if include_inactive or p.active]
    display: dict[str, str] = {}
    category: dict[str, str] = {}
    for skill in skills:
        key = skill.name.casefold()
        display.setdefault(key, skill.name)
        category.setdefault(key, skill.category)
    named = memory.names if memory is not None else {}
    for person in rows:
        found = named.get(id(person))
        if found is None or found[0] is not person:
            found = named[id(person)] = (
                person,
                tuple((name.casefold(), name) for name in person.skill_names()),
            )
        for key, name in found[1]:
            display.setdefault(key, name)
    if memory is not None and len(named) > 2 * len(rows) + 1000:  # people long gone
        memory.names = {id(p): named[id(p)] for p in rows}

    def column_key(key: str) -> tuple[int, str, str]:
        cat = category.get(key, "") if skill_order == "category" else ""
        return (0 if cat else 1, sort_key(cat), sort_key(display[key]))

    keys = sorted(display, key=column_key)
    column = {key: i for i, key in enumerate(keys)}
    chosen = sort_skill.casefold() if sort_skill else None

    def standing(person: Person) -> int:
        if chosen is None:
            return 0
        level = max((t.level for t in person.teaches if t.skill.casefold() == chosen), default=None)
        if level is not None:
            return -10 - level
        return -1 if any(w.skill.casefold() == chosen for w in person.wants) else 0

    def lay_out(person: Person) -> tuple[tuple[object, ...], dict[int, Cell]]:
        key = (
            sort_key(_group_key(person, group_by)) if group_by else sort_key(""),
            standing(person),
            sort_key(person.name),
        )
        row: dict[int, Cell] = {}
        for taught in person.teaches:
            row[column[taught.skill.casefold()]] = Cell(taught.level)
        for goal in person.wants:
            i = column[goal.skill.casefold()]
            row[i] = Cell(row[i].level if i in row else None, True, goal.target)
        return key, row

    layout = (tuple(keys), group_by, chosen)
    kept = memory.rows if memory is not None and memory.layout == layout else {}
    laid: list[tuple[Person, tuple[object, ...], dict[int, Cell]]] = []
    for person in rows:
        found = kept.get(id(person))
        if found is None or found[0] is not person:
            found = (person, *lay_out(person))
        laid.append(found)
    if memory is not None:
        memory.layout, memory.rows = layout, {id(row[0]): row for row in laid}
    laid.sort(key=lambda row: row[1])
    rows = [row[0] for row in laid]
    cells = [row[2] for row in laid]
    groups: list[Group] = []
    if group_by:
        for i, person in enumerate(rows):
            label = _group_key(person, group_by)
            if groups and groups[-1].label == label:
                groups[-1] = Group(label, groups[-1].first, groups[-1].count + 1)
            else:
                groups.append(Group(label, i, 1))
    return SkillsMatrix(
        people=tuple(rows),
        skills=tuple(display[k] for k in keys),
        categories=tuple(category.get(k, "") for k in keys),
        cells=tuple(cells),
        groups=tuple(groups),
    )


@dataclass(frozen=True)
class Risk:
    """A skill the team could lose or never gain, with who holds it and who wants it."""

    skill: str
    kind: str  # "single-holder" or "wanted-untaught"
    holders: tuple[Person, ...]
    wanted_by: tuple[Person, ...]

    def as_json(self) -> dict[str, object]:
        """The risk as plain data for `skills at-risk --json` (people by email)."""
        return {
            "skill": self.skill,
            "kind": self.kind,
            "holders": [p.email for p in self.holders],
            "wanted_by": [p.email for p in self.wanted_by],
        }

    def summary(self) -> str:
        """One line a lead reads: what the risk is and who it concerns."""
        if self.kind == "single-holder":
            holder = self.holders[0]
            wanted = (
                nformat("; wanted by {n} person", "; wanted by {n} people", len(self.wanted_by))
                if self.wanted_by
                else ""
            )
            return _("{skill}: only {name} holds it at level {expert_level} or more{wanted}").format(
                skill=self.skill, name=holder.name, expert_level=EXPERT_LEVEL, wanted=wanted
            )
        return nformat(
            "{skill}: wanted by {n} person, taught by nobody",
            "{skill}: wanted by {n} people, taught by nobody",
            len(self.wanted_by),
            skill=self.skill,
        )


def knowledge_at_risk(
    people: Iterable[Person], *, expert_level: int = EXPERT_LEVEL, min_wanted: int = MIN_WANTED
) -> list[Risk]:
    """Skills at risk among active people: single holders first, then wanted-but-untaught.

    single-holder: exactly one active person teaches the skill at `expert_level`
    or more (others may know it less well). wanted-untaught: at least
    `min_wanted` active people want it and no active person teaches it at any
    level. Skills compare without regard to case; the first spelling seen is shown.
    """
    display: dict[str, str] = {}
    experts: dict[str, list[Person]] = defaultdict(list)
    teachers: dict[str, int] = defaultdict(int)
    learners: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        if not person.active:
            continue
        for taught in person.teaches:
            key = taught.skill.casefold()
            display.setdefault(key, taught.skill)
            teachers[key] += 1
            if taught.level >= expert_level:
                experts[key].append(person)
        for goal in person.wants:
            key = goal.skill.casefold()
            display.setdefault(key, goal.skill)
            learners[key].append(person)

    def by_name(group: list[Person]) -> tuple[Person, ...]:
        return tuple(sorted(group, key=lambda p: (sort_key(p.name), p.email)))

    single = [
        Risk(
            display[k],
            "single-holder",
            (holders[0],),
            by_name([p for p in learners.get(k, []) if p.email != holders[0].email]),
        )
        for k, holders in experts.items()
        if len(holders) == 1
    ]
    untaught = [
        Risk(display[k], "wanted-untaught", (), by_name(wanting))
        for k, wanting in learners.items()
        if len(wanting) >= min_wanted and not teachers.get(k)
    ]
    single.sort(key=lambda r: (-len(r.wanted_by), sort_key(r.skill)))
    untaught.sort(key=lambda r: (-len(r.wanted_by), sort_key(r.skill)))
    return single + untaught
