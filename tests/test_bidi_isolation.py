"""Names in sentences keep their place: a right-to-left name does not drag the words after it along.

A name such as "أحمد" followed by " (3)" or " is away 10-21 Mar" would, by the Unicode
bidirectional algorithm, pull the number and brackets into its own direction ("(3) أحمد" in
reading order gone wrong). PeerDesk fences such names off with isolates (FSI ... PDI). Checked with an
independent implementation of the algorithm (python-bidi), which gives the order a reader sees.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bidi import get_display
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain import Absence
from peerdesk.i18n import isolate
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace

RTL_NAMES = ["أحمد علي", "דנה כהן", "محمد 2", "Lena (ليلى)"]


def seen(text: str) -> str:
    """What a left-to-right screen shows, in visual order, isolates removed."""
    return get_display(text, base_dir="L").replace("\u2068", "").replace("\u2069", "")


def test_without_isolation_the_words_after_a_right_to_left_name_move() -> None:
    """The fault this guards against is real: the check below would see it."""
    assert not seen("أحمد علي (3), Lena").endswith(" (3), Lena")


@given(st.sampled_from(RTL_NAMES) | st.text(min_size=1, max_size=30))
def test_whatever_the_name_the_rest_of_the_sentence_keeps_its_order(name: str) -> None:
    assert seen(f"{isolate(name)} (3), Lena").endswith(" (3), Lena")
    assert seen(f"Skipped: {isolate(name)}").startswith("Skipped: ")


@given(st.text(alphabet=st.characters(codec="latin-1"), max_size=40))
def test_text_without_right_to_left_letters_is_left_as_it_is(name: str) -> None:
    assert isolate(name) == name


def test_isolating_twice_fences_once() -> None:
    assert isolate(isolate("דנה כהן")) == isolate("דנה כהן") == "\u2068דנה כהן\u2069"


def test_a_conflict_names_a_right_to_left_name_and_keeps_the_dates_in_order(demo_ws: Workspace) -> None:
    from peerdesk.schedule.conflicts import find_conflicts

    roster, schedule = Roster(demo_ws), Schedule(demo_ws)
    program = schedule.list_programs()[0]
    session = next(x for x in schedule.list_sessions(program.id) if x.attendees and x.status == "planned")
    person = next(p for p in roster.people() if p.email == session.attendees[0].email)
    roster.apply(roster.plan_update(replace(person, name="أحمد علي")))
    person = next(p for p in roster.people() if p.email == person.email)
    day = session.start.date()
    away = Absence(day - timedelta(days=2), day + timedelta(days=9))
    roster.apply(roster.plan_absences(person, (away,)))
    messages = [
        c.message for c in find_conflicts(schedule.list_sessions(), roster.people(), schedule.list_programs())
    ]
    sentence = next(m for m in messages if " is away " in m)
    assert sentence == f"{isolate('أحمد علي')} is away {away.span()}"
    assert seen(sentence).endswith(f" is away {away.span()}")


def test_the_gap_panel_keeps_a_teachers_level_beside_the_teacher(qapp) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.ui.roster.gap_panel import name_list

    text = name_list([f"{isolate('دنى')} (3 advanced)", "Lena Wolf (2 practitioner)"])
    assert seen(text) == "ىند (3 advanced), Lena Wolf (2 practitioner)"
    many = name_list([isolate(f"דנה {i}") for i in range(9)], 9)
    assert seen(many).endswith(" and 3 more")
