"""Where the roster's teaching and learning do not meet.

A lead asks "what does my team want that nobody teaches, and who could teach
what is wanted?"; this answers from the active people on the roster.
"""

from __future__ import annotations

from collections import defaultdict
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

    Skills are compared without regard to case; each skill is shown with the
    spelling first seen. Someone never counts as their own teacher.
    """
    display: dict[str, str] = {}
    learners: dict[str, list[Person]] = defaultdict(list)
    teachers: dict[str, list[tuple[Person, int]]] = defaultdict(list)
    for person in people:
        if not person.active:
            continue
        for goal in person.wants:
            key = goal.skill.casefold()
            display.setdefault(key, goal.skill)
            learners[key].append(person)
        for taught in person.teaches:
            key = taught.skill.casefold()
            display.setdefault(key, taught.skill)
            teachers[key].append((person, taught.level))

    def by_name(keys: set[str] | list[str]) -> list[str]:
        return sorted(keys, key=lambda k: sort_key(display[k]))

    # a wanted skill counts as taught when someone other than the only learner teaches it
    taught_to_others = {
        k
        for k in learners
        if teachers.get(k)
        and (len(learners[k]) > 1 or any(t.email != learners[k][0].email for t, _ in teachers[k]))
    }
    wanted_untaught = tuple(
        (display[k], tuple(p.name for p in learners[k])) for k in by_name(set(learners) - taught_to_others)
    )
    taught_unwanted = tuple(
        (display[k], tuple(p.name for p, _ in teachers[k])) for k in by_name(set(teachers) - set(learners))
    )
    make = Teacher._make  # thousands of teachers: skip the keyword-argument constructor
    teachers_for = tuple(
        (
            display[k],
            tuple(p.name for p in learners[k]),
            tuple(make((p.name, p.email, lvl)) for p, lvl in sorted(teachers[k], key=_best_first)),
        )
        for k in by_name(taught_to_others)
    )
    return SkillGaps(wanted_untaught, taught_unwanted, teachers_for)


def _best_first(teacher: tuple[Person, int]) -> tuple[int, str]:
    return -teacher[1], teacher[0].name.casefold()
