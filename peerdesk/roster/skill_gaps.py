"""Where the roster's teaching and learning do not meet.

A lead asks "what does my team want that nobody teaches, and who could teach
what is wanted?"; this answers from the active people on the roster.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass
from typing import NamedTuple

from peerdesk.collation import sort_key
from peerdesk.domain import Person


class Teacher(NamedTuple):
    """Someone who can teach a wanted skill, and how well (a tuple: there can be thousands)."""

    name: str
    email: str
    level: int


@dataclass(frozen=True)
class SkillGaps:
    """The three answers of the skill-gap panel, each sorted for reading."""

    wanted_untaught: tuple[tuple[str, tuple[str, ...]], ...]
    taught_unwanted: tuple[tuple[str, tuple[str, ...]], ...]
    teachers_for: tuple[tuple[str, tuple[str, ...], tuple[Teacher, ...]], ...]


def find_gaps(people: list[Person]) -> SkillGaps:
    """Compare what active people teach with what they want to learn.

    Skills are compared without regard to case; each skill is shown as spelled by
    the person whose name sorts first. Someone never counts as their own teacher.
    """
    return GapIndex(people).gaps()


PersonKey = int | str
_Learner = tuple[tuple[str, str], str, str, str, str]  # name's sort key, email, key, name, spelling
_Teacher = tuple[
    int, tuple[str, str], str, str, Teacher, str
]  # -level, name's key, email, key, teacher, spelling


class _Skill:
    """Who wants and who teaches one skill, kept sorted as people come and go."""

    __slots__ = ("by_best", "by_name", "learners", "row")

    def __init__(self) -> None:
        self.learners: list[_Learner] = []  # by name
        self.by_name: list[_Teacher] = []  # teachers by name (level first in the tuple, so sort apart)
        self.by_best: list[_Teacher] = []  # teachers by level, then name
        self.row: _Row | None = None

    def answer(self) -> _Row:
        """The skill's spelling, learners, teachers by name and best first, and whether it is taught."""
        if self.row is None:
            learners, teachers = self.learners, self.by_best
            candidates = [(t[1], t[2], 1, t[5]) for t in self.by_name[:1]]
            candidates += [(x[0], x[1], 0, x[4]) for x in learners[:1]]
            # a wanted skill counts as taught when someone other than the only learner teaches it
            taught = bool(teachers and learners) and (
                len(learners) > 1 or len(teachers) > 1 or teachers[0][2] != learners[0][1]
            )
            self.row = (
                min(candidates)[3],
                tuple(x[3] for x in learners),
                tuple(t[4].name for t in self.by_name),
                tuple(t[4] for t in teachers),
                taught,
            )
        return self.row


# spelling, learners, teachers by name, teachers best first, taught to others
_Row = tuple[str, tuple[str, ...], tuple[str, ...], tuple[Teacher, ...], bool]


class GapIndex:
    """The skill gaps kept up to date person by person.

    Each skill keeps its learners and teachers sorted; after one edit only the
    skills of the people who changed are answered again, so the skill-gap panel
    (which asks after every change) never goes over the whole roster.
    """

    def __init__(self, people: list[Person] | None = None) -> None:
        self._people: dict[PersonKey, Person] = {}
        self._skills: dict[str, _Skill] = {}
        self._sorted: list[str] | None = None
        people = people or []
        if len({_key(p) for p in people}) != len(people):
            self.update(people)  # the same person twice: the last one counts, as update() has it
            return
        for person in people:  # a whole roster: append, then sort each list once (not insort each)
            key = _key(person)
            self._people[key] = person
            if not person.active:
                continue
            for learner in _learners(person, key):
                self._skill(learner[4]).learners.append(learner)
            for teacher in _teachers(person, key):
                skill = self._skill(teacher[5])
                skill.by_best.append(teacher)
                skill.by_name.append(teacher)
        for skill in self._skills.values():
            skill.learners.sort()
            skill.by_best.sort()
            skill.by_name.sort(key=_name_order)
        self._sorted = None

    def update(
        self, changed: list[Person], removed: set[PersonKey] | frozenset[PersonKey] = frozenset()
    ) -> None:
        """Take in people added or edited (`changed`) and people gone (`removed`, by id)."""
        for key in removed:
            self._drop(key)
        for person in changed:
            key = _key(person)
            self._drop(key)
            self._add(key, person)

    def gaps(self) -> SkillGaps:
        """The three answers for everyone taken in so far."""
        if self._sorted is None:
            for skill in [k for k, v in self._skills.items() if not v.learners and not v.by_best]:
                del self._skills[skill]
            self._sorted = sorted(self._skills, key=lambda k: (sort_key(self._skills[k].answer()[0]), k))
        rows = [self._skills[k].answer() for k in self._sorted]
        return SkillGaps(
            tuple((shown, learners) for shown, learners, _, _, taught in rows if learners and not taught),
            tuple((shown, names) for shown, learners, names, _, _ in rows if not learners),
            tuple((shown, learners, best) for shown, learners, _, best, taught in rows if taught),
        )

    def _skill(self, name: str) -> _Skill:
        folded = name.casefold()
        skill = self._skills.get(folded)
        if skill is None:
            skill = self._skills[folded] = _Skill()
        self._sorted = None if skill.row is None or not (skill.learners or skill.by_best) else self._sorted
        skill.row = None
        return skill

    def _drop(self, key: PersonKey) -> None:
        old = self._people.pop(key, None)
        if old is None or not old.active:
            return
        for learner in _learners(old, key):
            entries = self._skill(learner[4]).learners
            del entries[bisect_left(entries, learner)]
        for teacher in _teachers(old, key):
            skill = self._skill(teacher[5])
            del skill.by_best[bisect_left(skill.by_best, teacher)]
            del skill.by_name[bisect_left(skill.by_name, _name_order(teacher), key=_name_order)]
        self._sorted = None  # a spelling or a whole skill may have gone

    def _add(self, key: PersonKey, person: Person) -> None:
        self._people[key] = person
        if not person.active:
            return
        for learner in _learners(person, key):
            insort(self._skill(learner[4]).learners, learner)
        for teacher in _teachers(person, key):
            skill = self._skill(teacher[5])
            insort(skill.by_best, teacher)
            insort(skill.by_name, teacher, key=_name_order)
        self._sorted = None


def _learners(person: Person, key: PersonKey) -> list[_Learner]:
    """One entry per skill the person wants, with the first spelling they use."""
    folded, ident = sort_key(person.name), repr(key)
    first = {g.skill.casefold(): g.skill for g in reversed(person.wants)}
    return [(folded, person.email, ident, person.name, spelled) for spelled in first.values()]


def _teachers(person: Person, key: PersonKey) -> list[_Teacher]:
    """One entry per skill the person teaches, with the first spelling (and level) they give."""
    folded, ident = sort_key(person.name), repr(key)
    first = {t.skill.casefold(): t for t in reversed(person.teaches)}
    make = Teacher._make  # thousands of teachers: skip the keyword-argument constructor
    return [
        (-t.level, folded, person.email, ident, make((person.name, person.email, t.level)), t.skill)
        for t in first.values()
    ]


def _name_order(teacher: _Teacher) -> tuple[tuple[str, str], str, str]:
    return teacher[1], teacher[2], teacher[3]


def _key(person: Person) -> PersonKey:
    return person.id if person.id is not None else person.email
