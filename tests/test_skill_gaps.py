"""The skill-gap panel's answers."""

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.collation import sort_key
from peerdesk.domain import LearnGoal, Person, TeachSkill
from peerdesk.roster.skill_gaps import GapIndex, SkillGaps, Teacher, find_gaps


def test_gaps_compare_skills_without_case_and_skip_inactive_people() -> None:
    people = [
        Person(
            name="Ana",
            email="a@x.org",
            teaches=(TeachSkill("SQL", 4), TeachSkill("Excel", 2)),
            wants=(LearnGoal("figma"),),
        ),
        Person(name="Ben", email="b@x.org", teaches=(TeachSkill("Figma", 1),), wants=(LearnGoal("sql", 3),)),
        Person(name="Cy", email="c@x.org", teaches=(TeachSkill("Go", 3),), wants=(LearnGoal("Go", 4),)),
        Person(name="Dee", email="d@x.org", teaches=(TeachSkill("SQL", 2),), active=False),
        Person(name="Eve", email="e@x.org", wants=(LearnGoal("Rust"),)),
    ]
    gaps = find_gaps(people)
    # Cy is the only one who teaches Go and the only one who wants it: nobody can teach Cy
    assert gaps.wanted_untaught == (("Go", ("Cy",)), ("Rust", ("Eve",)))
    assert gaps.taught_unwanted == (("Excel", ("Ana",)),)
    assert [
        (skill, learners, [t.name for t in teachers]) for skill, learners, teachers in gaps.teachers_for
    ] == [("figma", ("Ana",), ["Ben"]), ("SQL", ("Ben",), ["Ana"])]  # Dee is inactive


def reference_gaps(people: list[Person]) -> SkillGaps:
    """The plain computation over everyone (what the panel did before it kept an index)."""
    people = sorted(people, key=lambda p: (sort_key(p.name), p.email))
    display: dict[str, str] = {}
    learners: dict[str, list[Person]] = {}
    teachers: dict[str, list[tuple[Person, int]]] = {}
    for person in (p for p in people if p.active):
        for goal in person.wants:
            display.setdefault(goal.skill.casefold(), goal.skill)
            if person not in learners.setdefault(goal.skill.casefold(), []):
                learners[goal.skill.casefold()].append(person)
        for taught in person.teaches:
            display.setdefault(taught.skill.casefold(), taught.skill)
            if all(t is not person for t, _ in teachers.setdefault(taught.skill.casefold(), [])):
                teachers[taught.skill.casefold()].append((person, taught.level))
    taught_to_others = {
        k
        for k in learners
        if teachers.get(k)
        and (len(learners[k]) > 1 or any(t.email != learners[k][0].email for t, _ in teachers[k]))
    }

    def by_name(keys: set[str]) -> list[str]:
        return sorted(keys, key=lambda k: sort_key(display[k]))

    return SkillGaps(
        tuple(
            (display[k], tuple(p.name for p in learners[k]))
            for k in by_name(set(learners) - taught_to_others)
        ),
        tuple(
            (display[k], tuple(p.name for p, _ in teachers[k]))
            for k in by_name(set(teachers) - set(learners))
        ),
        tuple(
            (
                display[k],
                tuple(p.name for p in learners[k]),
                tuple(
                    Teacher(p.name, p.email, lvl)
                    for p, lvl in sorted(teachers[k], key=lambda t: (-t[1], sort_key(t[0].name), t[0].email))
                ),
            )
            for k in by_name(taught_to_others)
        ),
    )


SKILLS = st.sampled_from(["SQL", "sql", "Go", "Figma", "figma", "Rust", "Excel", "Łódź ops", "🎨 design"])
PEOPLE = st.builds(
    Person,
    name=st.sampled_from(["Ana", "ana", "Ben", "Cy", "Łukasz", "Zoë", "Ben"]),
    email=st.just("set@by.id"),
    active=st.booleans(),
    teaches=st.lists(st.builds(TeachSkill, SKILLS, st.integers(1, 5)), max_size=3).map(tuple),
    wants=st.lists(st.builds(LearnGoal, SKILLS), max_size=3).map(tuple),
)


def with_id(person: Person, person_id: int) -> Person:
    """The person as storage keeps them: an id, and an email nobody else has."""
    return replace(person, email=f"p{person_id}@x.org").with_id(person_id)


@settings(max_examples=200)
@given(
    start=st.lists(PEOPLE, max_size=8),
    edits=st.lists(st.tuples(st.integers(0, 11), st.one_of(st.none(), PEOPLE)), max_size=12),
)
def test_the_index_kept_edit_by_edit_equals_the_plain_computation(
    start: list[Person], edits: list[tuple[int, Person | None]]
) -> None:
    """Each edit changes or removes one person (by id); after each, the kept index answers exactly
    what going over everyone answers."""
    roster = {i: with_id(p, i) for i, p in enumerate(start)}
    index = GapIndex(list(roster.values()))
    assert index.gaps() == reference_gaps(list(roster.values())) == find_gaps(list(roster.values()))
    for person_id, person in edits:
        if person is None:
            roster.pop(person_id, None)
            index.update([], {person_id})
        else:
            roster[person_id] = with_id(person, person_id)
            index.update([roster[person_id]])
        assert index.gaps() == reference_gaps(list(roster.values()))
