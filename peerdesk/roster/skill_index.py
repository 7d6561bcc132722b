"""Who holds, teaches and wants each skill among the active people shown, kept edit by edit.

The skills matrix's knowledge at risk and truck factor are sums over everyone: a
skill with one expert, a skill wanted and taught by nobody, each skill's holders.
After one edit of a roster of thousands only the people who changed alter those
sums, so `SkillIndex` keeps them per skill and adjusts them by the people who
left the list and the people who arrived (an edit replaces a Person object), and
answers exactly as `knowledge_at_risk` and `holders` do over the whole list.
Where a skill is spelled two ways, which spelling shows depends on who comes
first in the list; the index then works the answer out over everyone instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from peerdesk.collation import sort_key
from peerdesk.domain import Person
from peerdesk.roster.matrix import EXPERT_LEVEL, MIN_WANTED, Risk, knowledge_at_risk

REBUILD_SHARE = 0.5  # when more of the list changed than this, counting afresh is as quick


class _Skill:
    """One skill's sums over the active people (entries counted, as the whole-list functions do)."""

    __slots__ = ("expert_spellings", "experts", "learners", "spellings", "teachers")

    def __init__(self) -> None:
        self.spellings: Counter[str] = Counter()  # in anyone's teaches or wants
        self.expert_spellings: Counter[str] = Counter()  # in a teach at the expert level
        self.experts: Counter[int] = Counter()  # id(person) -> entries at the expert level
        self.teachers = 0  # teach entries at any level
        self.learners: Counter[int] = Counter()  # id(person) -> want entries

    def empty(self) -> bool:
        return not (self.spellings or self.experts or self.learners or self.teachers)


def _add(counter: Counter, key: object, sign: int) -> None:  # type: ignore[type-arg]
    counter[key] += sign
    if not counter[key]:
        del counter[key]


class SkillIndex:
    """Per skill, among the active people of one list: experts, teachers, learners and spellings."""

    def __init__(self) -> None:
        self._people: dict[int, Person] = {}  # id -> the very Person object in the list
        self._order: Sequence[Person] = ()
        self._skills: dict[str, _Skill] = {}
        self._whole_list = False  # a person twice in the list: answer over the list itself
        self._held: dict[str, set[str]] | None = None  # holders() as last worked out

    def update(self, people: Sequence[Person]) -> None:
        """Take in the list as it is now: only the Person objects that left or arrived are counted."""
        now = {id(p): p for p in people}
        self._order = people
        self._whole_list = len(now) != len(people)
        gone = [p for i, p in self._people.items() if i not in now]
        came = [p for i, p in now.items() if i not in self._people]
        if len(gone) + len(came) > REBUILD_SHARE * max(len(people), 1) + 50:
            self._skills, gone, came = {}, [], list(now.values())
        for person in gone:
            self._count(person, -1)
        for person in came:
            self._count(person, +1)
        self._people = now
        if gone or came or self._whole_list:
            self._held = None

    def _count(self, person: Person, sign: int) -> None:
        if not person.active:
            return
        pid = id(person)
        touched = []
        for taught in person.teaches:
            entry = self._entry(taught.skill)
            _add(entry.spellings, taught.skill, sign)
            entry.teachers += sign
            if taught.level >= EXPERT_LEVEL:
                _add(entry.expert_spellings, taught.skill, sign)
                _add(entry.experts, pid, sign)
            touched.append(taught.skill.casefold())
        for goal in person.wants:
            entry = self._entry(goal.skill)
            _add(entry.spellings, goal.skill, sign)
            _add(entry.learners, pid, sign)
            touched.append(goal.skill.casefold())
        for key in touched:
            if key in self._skills and self._skills[key].empty():
                del self._skills[key]

    def _entry(self, skill: str) -> _Skill:
        key = skill.casefold()
        entry = self._skills.get(key)
        if entry is None:
            entry = self._skills[key] = _Skill()
        return entry

    def knowledge_at_risk(self) -> list[Risk]:
        """What `knowledge_at_risk(people)` gives for the list."""
        if self._whole_list or any(len(e.spellings) > 1 for e in self._skills.values()):
            return knowledge_at_risk(self._order)
        people = self._people

        def persons(counts: Counter[int], but: str = "") -> tuple[Person, ...]:
            found = [people[i] for i, n in counts.items() for _ in range(n) if people[i].email != but]
            return tuple(sorted(found, key=lambda p: (sort_key(p.name), p.email)))

        single, untaught = [], []
        for entry in self._skills.values():
            (display,) = entry.spellings
            if entry.experts.total() == 1:
                (holder_id,) = entry.experts
                holder = people[holder_id]
                single.append(
                    Risk(display, "single-holder", (holder,), persons(entry.learners, holder.email))
                )
            if entry.learners.total() >= MIN_WANTED and not entry.teachers:
                untaught.append(Risk(display, "wanted-untaught", (), persons(entry.learners)))
        single.sort(key=lambda r: (-len(r.wanted_by), sort_key(r.skill)))
        untaught.sort(key=lambda r: (-len(r.wanted_by), sort_key(r.skill)))
        return single + untaught

    def holders(self) -> dict[str, set[str]] | None:
        """What `truck_factor.holders(people)` gives for the list, or None when a skill's experts
        spell it two ways (the caller works it out over the list)."""
        if self._whole_list or any(len(e.expert_spellings) > 1 for e in self._skills.values()):
            return None
        if self._held is None:
            people = self._people
            self._held = {
                next(iter(entry.expert_spellings)): {people[i].email for i in entry.experts}
                for key, entry in sorted(self._skills.items())
                if entry.experts
            }
        return {skill: set(emails) for skill, emails in self._held.items()}  # the caller's own copy
