"""The truck factor of the skills matrix (Avelino's greedy), worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from peerdesk.cli.main import main
from peerdesk.domain import Person, TeachSkill
from peerdesk.roster.truck_factor import truck_factor, what_if_leaves
from peerdesk.ui.commands import ChangeCommand

ANA, BEN, CY, DEE, EVE = (f"{n}@x.org" for n in ("ana", "ben", "cy", "dee", "eve"))


def team() -> list[Person]:
    """At level 3+: SQL {Ana, Ben}, Python {Ana, Cy}, Excel {Ana}, Figma {Ben, Dee}; Eve is inactive."""
    return [
        Person(
            name="Ana",
            email=ANA,
            teaches=(TeachSkill("SQL", 4), TeachSkill("Python", 3), TeachSkill("Excel", 3)),
        ),
        Person(name="Ben", email=BEN, teaches=(TeachSkill("sql", 3), TeachSkill("Figma", 4))),
        Person(name="Cy", email=CY, teaches=(TeachSkill("Python", 4),)),
        Person(name="Dee", email=DEE, teaches=(TeachSkill("Excel", 2), TeachSkill("Figma", 3))),
        Person(
            name="Eve", email=EVE, active=False, teaches=(TeachSkill("SQL", 4), TeachSkill("Coaching", 4))
        ),
    ]


def test_truck_factor_by_hand() -> None:
    # Ranked by skills held: Ana 3, Ben 2, then Cy 1 and Dee 1 by name.
    # Ana leaves: Excel lost (3 of 4 covered); Ben: SQL lost (2); Cy: Python lost (1) - 3 of 4 lost,
    # more than half: truck factor 3. Excel has a single holder: one departure loses a skill.
    tf = truck_factor(team())
    assert tf.skills == ("Excel", "Figma", "Python", "SQL")
    assert (tf.factor, tf.departures, tf.curve) == (3, (ANA, BEN, CY, DEE), (4, 3, 2, 1, 0))
    assert (tf.fewest, tf.weakest) == (1, ("Excel",))
    assert truck_factor(team(), share=0).factor == 1  # "at least one skill"
    assert truck_factor(team(), share=0.75).factor == 4
    # only the skills the lead chose, SQL {Ana, Ben} and Figma {Ben, Dee}: Ben (2) leaves first and
    # nothing is lost yet; then Ana (SQL lost), then Dee (Figma). Losing both takes all three.
    chosen = truck_factor(team(), skills=["sql", "Figma"])
    assert (chosen.factor, chosen.curve, chosen.fewest) == (3, (2, 2, 1, 0), 2)
    assert chosen.departures == (BEN, ANA, DEE)
    # at level 4 only: SQL {Ana}, Figma {Ben}, Python {Cy}
    assert truck_factor(team(), level=4).curve == (3, 2, 1, 0)
    assert truck_factor([], share=0.5).lines()[0].startswith("No skill is held")
    with pytest.raises(ValueError, match="share 1"):
        truck_factor(team(), share=1)


def test_what_if_by_hand() -> None:
    ben = what_if_leaves(team(), "BEN@x.org")
    # nothing lost (Ana holds SQL, Dee Figma), but both are down to one holder; then Ana and Cy
    # leaving (ranked Ana 3, Cy 1, Dee 1) lose SQL, Excel and Python: 2 more departures
    assert (ben.lost, ben.single, ben.before, ben.after) == ((), (("Figma", DEE), ("SQL", ANA)), 3, 2)
    ana = what_if_leaves(team(), ANA)
    assert (ana.lost, ana.single, ana.after) == (("Excel",), (("Python", CY), ("SQL", BEN)), 2)
    assert ana.lines({ANA: "Ana", BEN: "Ben", CY: "Cy"})[:2] == [
        "If Ana leaves: Excel would have nobody left.",
        "Only one holder left: Python (Cy); SQL (Ben)",
    ]
    assert what_if_leaves(team(), EVE).lost == ()  # inactive: holds nothing that counts
    with pytest.raises(ValueError, match="not in the roster"):
        what_if_leaves(team(), "zoe@x.org")


def test_cli_truck_factor(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db), "skills", "truck-factor", "--json", "--what-if", "Hannah Schulz"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["curve"][0] == data["skills"] and data["curve"][-1] == 0
    assert data["curve"] == sorted(data["curve"], reverse=True)
    lost = data["skills"] - data["curve"][data["truck_factor"]]
    assert lost > data["skills"] / 2 >= data["skills"] - data["curve"][data["truck_factor"] - 1]
    assert data["what_if"]["email"] == "hannah.schulz@northwind.example"
    # every skill with one holder has a projection (the demo plans no shadow shift yet)
    assert {p["skill"] for p in data["second_holders"]} >= {"Kubernetes", "Figma"}
    assert all(p["expected"] is None for p in data["second_holders"])
    assert main(["--db", str(demo_db), "skills", "truck-factor"]) == 0
    assert capsys.readouterr().out.startswith("Truck factor ")
    assert main(["--db", str(demo_db), "skills", "truck-factor", "--share", "1.5"]) == 1
    assert "--share 1.5: use a number from 0 up to" in capsys.readouterr().err
    assert main(["--db", str(demo_db), "skills", "truck-factor", "--what-if", "Nobody"]) == 1
    assert "--what-if 'Nobody': nobody by that name" in capsys.readouterr().err


def test_the_matrix_view_shows_the_truck_factor_and_what_if(demo_window) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.roster.truck_factor import truck_factor as compute

    demo_window.actions["show_matrix"].trigger()
    panel = demo_window.roster_tab.matrix.risks
    people = [p for p in demo_window.roster_tab.matrix.people if p.active]
    expected = compute(people)
    assert panel.truck.isVisible()
    assert panel.truck.text().startswith(f"Truck factor {expected.factor}: if ")
    assert " -> ".join(str(c) for c in expected.curve) in panel.truck.text()
    panel.what_if.setCurrentIndex(panel.what_if.findData("hannah.schulz@northwind.example"))
    answer = panel.what_if_answer.text()
    assert answer.startswith("If Hannah Schulz leaves: ")
    assert "Only one holder left: Data visualisation (Ingrid Larsen)" in answer
    panel.what_if.setCurrentIndex(0)
    assert panel.what_if_answer.text() == ""


def test_the_matrix_view_projects_second_holders_as_the_command_line_does(  # type: ignore[no-untyped-def]
    demo_window, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under the what-if: when each skill with one holder gets a second - the same lines as
    `skills truck-factor`, and they follow a shadow shift planned in the window."""
    from datetime import timedelta

    from peerdesk.domain import Attendee, Session

    demo_window.actions["show_matrix"].trigger()
    panel = demo_window.roster_tab.matrix.risks
    assert panel.second.isVisible() and panel.second_list.isVisible()
    shown = [panel.second.text()] + [
        panel.second_list.item(i).text() for i in range(panel.second_list.count())
    ]
    assert shown[0].startswith("When skills held by one person get a second holder")
    assert main(["--db", str(demo_window.workspace.path), "skills", "truck-factor"]) == 0
    printed = capsys.readouterr().out.splitlines()
    start = next(i for i, line in enumerate(printed) if line.startswith("When skills held by one person"))
    # the same lines (the title says the time-to-competency only when a shadow shift uses it)
    assert shown[1:] == [line.strip() for line in printed[start + 1 : start + len(shown)]]
    # plan a shadow shift with the single Kubernetes holder: the line names the shadow and the day
    holder = next(
        p for p in demo_window.roster_tab.matrix.people if "Kubernetes" in {t.skill for t in p.teaches}
    )
    learner = next(p for p in demo_window.roster_tab.matrix.people if p.active and p.email != holder.email)
    schedule = demo_window.ctx.schedule
    program = schedule.list_programs()[0]
    first = schedule.list_sessions(program.id)[-1].start + timedelta(days=1)
    shift = Session(
        program_id=program.id,
        title="Shadow shift: Kubernetes",
        start=first,
        minutes=60,
        timezone=program.timezone,
        format_key="shadow-shift",
        topic="Kubernetes",
        attendees=(Attendee(holder.email, "facilitator"), Attendee(learner.email, "observer")),
    )
    demo_window.ctx.push(ChangeCommand(schedule, schedule.plan_add_one_off(shift), demo_window.ctx.announce))
    QApplication.processEvents()  # the change record alone brings the projection up to date
    line = next(
        text
        for text in (panel.second_list.item(i).text() for i in range(panel.second_list.count()))
        if text.startswith("Kubernetes:")
    )
    assert (
        f"{learner.name} shadows {holder.name} from" in line
        or f"({learner.name}, shadowing {holder.name}" in line
    )


def test_second_holder_projection_by_hand() -> None:
    from datetime import date, datetime

    from peerdesk.domain import Attendee, Session
    from peerdesk.roster.truck_factor import second_holders

    def shift(day: int, leader: str, learner: str, topic: str = "", title: str = "", status: str = "planned"):  # type: ignore[no-untyped-def]
        return Session(
            program_id=1,
            title=title or "Shadow shift",
            start=datetime(2026, 3, day, 10),
            minutes=60,
            timezone="UTC",
            format_key="shadow-shift",
            topic=topic,
            attendees=(Attendee(leader, "facilitator"), Attendee(learner, "observer")),
            status=status,
        )

    sessions = [
        shift(10, ANA, BEN, topic="Excel"),  # Ben shadows Ana on Excel from 10 March
        shift(3, ANA, CY, title="Excel: shadow Ana"),  # Cy from 3 March (the title names the skill)
        shift(1, ANA, DEE, topic="Excel", status="cancelled"),  # cancelled: does not count
        shift(2, BEN, DEE, topic="Excel"),  # not led by the holder
    ]
    # one holder at level 3+: Excel (Ana); with Ana's SQL lowered, SQL has one holder too (Ben)
    people = team()
    people[0] = Person(
        name="Ana", email=ANA, teaches=(TeachSkill("SQL", 2), TeachSkill("Python", 3), TeachSkill("Excel", 3))
    )
    found = second_holders(people, sessions, 28)
    assert [(p.skill, p.holder, p.learner, p.first_shift, p.expected) for p in found] == [
        ("Excel", ANA, CY, date(2026, 3, 3), date(2026, 3, 31)),  # 3 March + 28 days
        ("sql", BEN, None, None, None),  # the spelling of the one who holds it
    ]
    assert found[0].text({ANA: "Ana", CY: "Cy"}) == (
        "Excel: a second holder expected around 31 Mar 2026 (Cy, shadowing Ana from 03 Mar 2026)"
    )
    assert found[1].text({BEN: "Ben"}) == "sql: only Ben; no shadow shift planned yet"
    unmeasured = second_holders(people, sessions, None)[0]
    assert unmeasured.expected is None and "no time-to-competency measured yet" in unmeasured.text()
