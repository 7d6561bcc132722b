"""Names sort as a reader expects in any language: 'Łukasz' between 'Liam' and 'Maja', 'Zoë' after
'Zeynep', accents and case after the letters, emoji before them; in storage, the roster table,
the combos and the printouts' lists alike (one key: peerdesk.collation.sort_key)."""

from __future__ import annotations

import functools
import random
from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from peerdesk.collation import sort_key
from peerdesk.domain import Attendee, Person, Program, TeachSkill
from peerdesk.printing.printouts import Printouts
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace
from peerdesk.storage.people import PeopleRepository
from peerdesk.ui.commands import ChangeCommand
from peerdesk.ui.main_window import MainWindow

# checked by hand against the Unicode Collation Algorithm's default order (and a phone book)
EXPECTED = [
    "\U0001f600 Smiley",  # symbols come before letters
    "ana",
    "Ángel",
    "Anna",
    "bob",  # case decides only between otherwise equal names: lower case first
    "Bob",
    "BOB",
    "Ćosić",
    "émile",
    "Emma",
    "eve",
    "Ève",
    "Liam",
    "Łukasz",
    "Maja",
    "Ólafur",
    "Olga",
    "Ömer",
    "Oscar",
    "Øystein",
    "Šimun",
    "Zach",
    "Zeynep",
    "Zoë",
]


def test_the_hand_checked_list_sorts_as_a_reader_expects() -> None:
    shuffled = EXPECTED[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == EXPECTED
    # what code-point order got wrong
    assert sorted(["Zoë", "Łukasz", "Liam", "Maja"], key=sort_key) == ["Liam", "Łukasz", "Maja", "Zoë"]
    assert sorted(["Zoë", "Łukasz", "Liam", "Maja"]) == ["Liam", "Maja", "Zoë", "Łukasz"]


@given(st.lists(st.text(max_size=12), max_size=30))
def test_any_text_gets_a_key_and_the_order_is_total(names: list[str]) -> None:
    once = sorted(names, key=sort_key)
    assert sorted(reversed(once), key=sort_key) == once  # ties broken by the text: one order only
    assert sorted(once) == sorted(names)


@functools.cache
def full_collator():  # type: ignore[no-untyped-def]
    from pyuca import Collator

    return Collator()


MIXED = "abcLlxyzŁłØøéÉçñšßÆæ·йЙ\u0306\u0308\u0301 😀中ไท"


@given(st.lists(st.text(alphabet=MIXED, max_size=10), min_size=2, max_size=25))
def test_the_fast_key_orders_exactly_as_the_full_algorithm(names: list[str]) -> None:
    """Names keyed character by character (the fast path) sort as pyuca's full algorithm sorts
    them, contractions ('l·', Cyrillic short i) and combining accents included."""
    full = full_collator()
    assert sorted(names, key=sort_key) == sorted(names, key=lambda t: (full.sort_key(t.strip()), t))


def people_named(workspace: Workspace, names: list[str]) -> list[Person]:
    repo = PeopleRepository(workspace.db)
    return [
        repo.save(Person(name, f"p{n}@example.com", teaches=(TeachSkill("SQL", 2),)))
        for n, name in enumerate(names)
    ]


def test_storage_program_members_and_printouts_use_the_reader_order(empty_ws: Workspace) -> None:
    shuffled = EXPECTED[:]
    random.Random(3).shuffle(shuffled)
    people = people_named(empty_ws, shuffled)
    assert [p.name for p in PeopleRepository(empty_ws.db).list_people()] == EXPECTED
    by_name = {p.name: p.email for p in people}
    schedule = Schedule(empty_ws)
    program, sessions = schedule.create_program(
        Program(
            "Order",
            date(2026, 11, 30),
            weeks=1,
            weekday=0,
            time=time(10),
            organizer_email=by_name["Maja"],
            members=tuple(p.email for p in people),
        )
    )
    assert list(program.members) == [by_name[n] for n in EXPECTED]
    printouts = Printouts(empty_ws)
    members = printouts.program_values(program)["members"]
    assert [row.name for row in members] == EXPECTED  # type: ignore[attr-defined]
    session = sessions[0]
    learners = tuple(Attendee(by_name[n], "learner") for n in shuffled)
    rows = printouts.sign_in_order(type(session)(**{**session.__dict__, "attendees": learners}))
    assert [r.name for r in rows] == EXPECTED


def test_the_roster_table_and_the_combos_show_the_reader_order(qtbot, empty_ws: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shuffled = EXPECTED[:]
    random.Random(5).shuffle(shuffled)
    people_named(empty_ws, shuffled)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(empty_ws, settings=settings)
    qtbot.addWidget(window)
    window.show()
    model = window.roster_tab.model
    qtbot.waitUntil(lambda: model.rowCount() == len(EXPECTED))
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown == EXPECTED
    # a new person lands in the reader's place, not at the end (an undoable add, row by row)
    window.ctx.push(
        ChangeCommand(
            window.roster, window.roster.plan_add(Person("Łucja", "lucja@example.com")), window.ctx.announce
        )
    )
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown[shown.index("Liam") + 1 : shown.index("Maja")] == ["Łucja", "Łukasz"]
    # the Schedule's person filter and New Pilot's member list follow the same order
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.schedule_tab.person.count() > 1)
    combo = window.schedule_tab.person
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert names == sorted(names, key=sort_key) and names.index("Łukasz") < names.index("Maja")


def test_the_precomputed_table_is_what_pyuca_gives() -> None:
    """peerdesk/collation_table.py holds every contraction and the keys of the characters names are
    mostly written in, exactly as pyuca computes them (after a pyuca upgrade: run
    packaging/make_collation_table.py)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))
    try:
        from make_collation_table import table
    finally:
        sys.path.pop(0)
    from peerdesk.collation_table import CHARACTERS, FOLLOW

    follow, characters = table()
    assert follow == FOLLOW
    assert characters == CHARACTERS


def test_a_roster_in_the_common_scripts_sorts_without_loading_the_big_table() -> None:
    """Start-up sorts thousands of names; in Latin, Greek, Cyrillic, Hebrew and Arabic script (accents,
    apostrophes and hyphens included) that needs no 0.1 s table load. A name in another script (CJK),
    or with a contraction (Russian 'й' is 'и' and a breve, Catalan 'l·l'), loads it and still sorts right."""
    import subprocess
    import sys

    code = (
        "from peerdesk import collation\n"
        "names = ['Łukasz', 'Zoë', \"O'Brien\", 'Jean-Luc', 'Ángel', 'Σοφία', 'Мария', 'אביגיל', 'فاطمة',"
        " 'Ørsted', '  Émile  ']\n"
        "keys = sorted(names, key=collation.sort_key)\n"
        "print(collation._collator is None)\n"
        "collation.sort_key('王芳'); collation.sort_key('Дмитрий')\n"
        "print(collation._collator is None)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["True", "False"]
