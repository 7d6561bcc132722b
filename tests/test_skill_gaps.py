"""The skill-gap panel's answers."""

from peerdesk.domain import LearnGoal, Person, TeachSkill
from peerdesk.roster.skill_gaps import find_gaps


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
