"""The skills matrix's risks kept edit by edit equal the risks worked out over everyone.

`SkillIndex` adjusts each skill's experts, teachers, learners and spellings by the
people an edit replaced. Random lists of people (skills in two spellings, levels,
wishes, inactive people, the same person twice) change by random edits (a skill
added or dropped, a level changed, someone (de)activated, arriving or leaving, the
list filtered); after each, its answers equal `knowledge_at_risk` and `holders`
over the whole list.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain import LearnGoal, Person, TeachSkill
from peerdesk.roster.matrix import knowledge_at_risk
from peerdesk.roster.skill_index import SkillIndex
from peerdesk.roster.truck_factor import holders

SKILLS = ["Python", "SQL", "Excel", "Kotlin"]
SPELLINGS = {"Python": ["Python", "python"], "SQL": ["SQL"], "Excel": ["Excel"], "Kotlin": ["Kotlin"]}

TEACH = st.builds(TeachSkill, st.sampled_from(SKILLS), st.integers(0, 4))
WANT = st.builds(LearnGoal, st.sampled_from(SKILLS), st.one_of(st.none(), st.integers(1, 4)))
PERSON = st.builds(
    lambda n, teaches, wants, active: Person(
        name=f"Person {n % 5}", email=f"p{n}@x.org", teaches=tuple(teaches), wants=tuple(wants), active=active
    ),
    st.integers(0, 30),
    st.lists(TEACH, max_size=3),
    st.lists(WANT, max_size=2),
    st.booleans(),
)
EDIT = st.one_of(
    st.tuples(st.just("teach"), st.integers(0, 40), TEACH),
    st.tuples(st.just("want"), st.integers(0, 40), WANT),
    st.tuples(st.just("drop skills"), st.integers(0, 40), st.none()),
    st.tuples(st.just("active"), st.integers(0, 40), st.booleans()),
    st.tuples(st.just("arrive"), st.integers(0, 40), PERSON),
    st.tuples(st.just("leave"), st.integers(0, 40), st.none()),
    st.tuples(st.just("filter"), st.integers(0, 3), st.none()),
    st.tuples(st.just("twice"), st.integers(0, 40), st.none()),
    st.tuples(st.just("respell"), st.integers(0, 40), st.none()),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PERSON, max_size=12), st.lists(EDIT, max_size=25))
def test_risks_kept_edit_by_edit_equal_risks_worked_out_over_everyone(
    people: list[Person], edits: list[tuple[str, int, object]]
) -> None:
    everyone = {p.email: p for p in people}  # one person per email, as in a roster
    shown = list(everyone.values())
    index = SkillIndex()
    for kind, n, value in [("start", 0, None), *edits]:
        person = shown[n % len(shown)] if shown else None
        changed = None
        if person is not None and kind == "teach":
            changed = replace(person, teaches=(*person.teaches, value))
        elif person is not None and kind == "want":
            changed = replace(person, wants=(*person.wants, value))
        elif person is not None and kind == "drop skills":
            changed = replace(person, teaches=(), wants=())
        elif person is not None and kind == "active":
            changed = replace(person, active=bool(value))
        elif person is not None and kind == "respell":  # another spelling of the same skill
            changed = replace(
                person,
                teaches=tuple(
                    t._replace(skill=SPELLINGS[t.skill][-1]) if t.skill in SPELLINGS else t
                    for t in person.teaches
                ),
            )
        if changed is not None:
            shown = [changed if p is person else p for p in shown]
        elif kind == "arrive" and isinstance(value, Person) and value.email not in {p.email for p in shown}:
            shown = [*shown, value]
        elif kind == "leave" and person is not None:
            shown = [p for p in shown if p is not person]
        elif kind == "filter":
            shown = [p for p in shown if int(p.email[1:].split("@")[0]) % 4 != n] or list(everyone.values())
        elif kind == "twice" and person is not None:
            shown = [*shown, person]
        index.update(shown)
        assert index.knowledge_at_risk() == knowledge_at_risk(shown), (kind, n)
        kept = index.holders()
        assert kept is None or list(kept.items()) == list(holders(shown).items()), (kind, n)


def test_one_spelling_everywhere_answers_from_the_index_not_the_list() -> None:
    """With each skill spelled one way the answers come from the sums (the list is not read)."""
    people = [
        Person(name="Ana", email="ana@x.org", teaches=(TeachSkill("Python", 4),)),
        Person(name="Ben", email="ben@x.org", wants=(LearnGoal("Python", 3), LearnGoal("SQL"))),
        Person(name="Cleo", email="cleo@x.org", wants=(LearnGoal("SQL"),)),
    ]
    index = SkillIndex()
    index.update(people)
    index._order = ()  # the whole-list functions would now find nothing
    risks = index.knowledge_at_risk()
    assert [(r.skill, r.kind, [p.name for p in r.wanted_by]) for r in risks] == [
        ("Python", "single-holder", ["Ben"]),
        ("SQL", "wanted-untaught", ["Ben", "Cleo"]),
    ]
    assert index.holders() == {"Python": {"ana@x.org"}}
