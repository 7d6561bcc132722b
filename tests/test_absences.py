"""Time away: stored with the person, in the CSV, the person dialog, the command line and undo."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.cli.main import main
from peerdesk.domain import Absence, Person, Program
from peerdesk.roster.csv_io import plan_import, read_table, suggest_mapping, write_roster_csv
from peerdesk.roster.service import Roster
from peerdesk.roster.skill_text import format_absences, parse_absences
from peerdesk.storage import Workspace, open_workspace
from peerdesk.ui.main_window import MainWindow
from tests.test_impact import measured  # noqa: F401 - the by-hand pilot of the KPI tests

HANNAH = "hannah.schulz@northwind.example"
LEAVE = Absence(date(2026, 3, 10), date(2026, 3, 21), "parental leave")


def test_text_form_parses_and_formats() -> None:
    assert parse_absences("2026-03-10..2026-03-21 parental leave; 2026-05-01") == (
        LEAVE,
        Absence(date(2026, 5, 1), date(2026, 5, 1)),
    )
    assert parse_absences("2026-03-10 to 2026-03-21") == (Absence(date(2026, 3, 10), date(2026, 3, 21)),)
    assert format_absences((LEAVE, Absence(date(2026, 5, 1), date(2026, 5, 1), "a; b"))) == (
        "2026-03-10..2026-03-21 parental leave; 2026-05-01 a, b"
    )
    assert LEAVE.span() == "10-21 Mar 2026"
    assert Absence(date(2026, 2, 28), date(2026, 3, 3)).span() == "28 Feb - 3 Mar 2026"
    for bad, message in (
        ("2026-03-21..2026-03-10", "ends before it starts"),
        ("2026-02-30", "is not a date that exists"),
        ("next week", "is not like '2026-03-10..2026-03-21'"),
    ):
        with pytest.raises(ValueError, match=message):
            parse_absences(bad)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.dates(date(2020, 1, 1), date(2030, 12, 31)),
            st.integers(0, 60),
            st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20),
        ),
        max_size=4,
    )
)
def test_text_form_round_trips(items: list[tuple[date, int, str]]) -> None:
    from datetime import timedelta

    absences = tuple(
        sorted(Absence(d, d + timedelta(days=n), " ".join(r.replace(";", ",").split())) for d, n, r in items)
    )
    assert parse_absences(format_absences(absences)) == absences


def test_stored_with_the_person_and_undone(demo_ws: Workspace) -> None:
    roster = Roster(demo_ws)
    hannah = next(p for p in roster.people() if p.email == HANNAH)
    change = roster.apply(roster.plan_absences(hannah, (LEAVE,)))
    assert change.description == "Away: Hannah Schulz 10-21 Mar 2026"
    again = next(p for p in roster.people() if p.email == HANNAH)
    assert again.absences == (LEAVE,) and again.away(date(2026, 3, 21)) == LEAVE
    assert again.away(date(2026, 3, 22)) is None and again.away(date(2026, 3, 1), date(2026, 3, 10)) == LEAVE
    roster.revert(change)
    assert next(p for p in roster.people() if p.email == HANNAH).absences == ()
    # deleting the person takes the absences; undoing the delete brings them back
    change = roster.apply(roster.plan_absences(hannah, (LEAVE,)))
    gone = roster.apply(roster.plan_delete([hannah.id]))  # type: ignore[list-item]
    assert demo_ws.db.execute("SELECT count(*) FROM absences").fetchone()[0] == 0
    roster.revert(gone)
    assert next(p for p in roster.people() if p.email == HANNAH).absences == (LEAVE,)


def test_csv_column_round_trips_and_bad_dates_are_named(empty_ws: Workspace, tmp_path: Path) -> None:
    roster = Roster(empty_ws)
    roster.apply(roster.plan_add(Person(name="Lena Wolf", email="lena@x.org", absences=(LEAVE,))))
    path = tmp_path / "out.csv"
    write_roster_csv(roster.people(), path)
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    assert rows[0][-1] == "absences" and rows[1][-1] == "2026-03-10..2026-03-21 parental leave"
    table = read_table(path)
    plan = plan_import(table, suggest_mapping(table.headers), roster.people())
    assert plan.ok and plan.summary() == "0 new, 0 updated, 1 unchanged"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email,away\nLena Wolf,lena@x.org,2026-03-21..2026-03-10\n", encoding="utf-8")
    table = read_table(bad)
    plan = plan_import(table, suggest_mapping(table.headers), [])
    assert not plan.ok
    assert [(p.row, p.column) for p in plan.problems] == [(2, "absences")]
    assert "ends before it starts" in plan.problems[0].message


def test_cli_roster_away(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_db)]
    assert (
        main([*db, "roster", "away", "Hannah Schulz", "2026-03-10", "2026-03-21", "--reason", "leave"]) == 0
    )
    assert "Hannah Schulz is away 10-21 Mar 2026" in capsys.readouterr().out
    with open_workspace(demo_db, read_only=True) as ws:
        assert next(p for p in Roster(ws).people() if p.email == HANNAH).absences == (
            Absence(date(2026, 3, 10), date(2026, 3, 21), "leave"),
        )
    assert main([*db, "roster", "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"start": "2026-03-10"' in out and "leave" not in out  # the reason stays private
    assert main([*db, "roster", "away", HANNAH, "2026-03-15"]) == 1
    assert "already away 10-21 Mar 2026" in capsys.readouterr().err
    assert main([*db, "roster", "away", HANNAH, "2026-03-31", "2026-03-30"]) == 1
    assert "the last day is before the first day" in capsys.readouterr().err
    assert main([*db, "roster", "away", HANNAH, "31.03.2026"]) == 1
    assert "first day '31.03.2026' is not a date like 2026-03-10" in capsys.readouterr().err
    assert main([*db, "roster", "away", "Nobody", "2026-03-10"]) == 1
    assert main([*db, "roster", "away", HANNAH, "2026-03-12", "--remove"]) == 0
    with open_workspace(demo_db, read_only=True) as ws:
        assert next(p for p in Roster(ws).people() if p.email == HANNAH).absences == ()
    assert main([*db, "roster", "away", HANNAH, "2026-03-12", "--remove"]) == 1


def test_person_dialog_time_away_and_undo(demo_window: MainWindow) -> None:
    win = demo_window
    person_id = win.roster.repo.id_for_email(HANNAH)
    dialog = win.roster_ctl.edit_person(person_id)
    dialog.absences.setText("2026-03-21..2026-03-10")
    dialog.try_accept()
    assert "ends before it starts" in dialog.error_text("absences") and dialog.isVisible()
    dialog.absences.setText("2026-03-10..2026-03-21 parental leave")
    dialog.try_accept()
    assert win.roster.repo.get(person_id).absences == (LEAVE,)
    win.actions["undo"].trigger()
    assert win.roster.repo.get(person_id).absences == ()
    win.actions["redo"].trigger()
    assert win.roster.repo.get(person_id).absences == (LEAVE,)


def test_kpis_count_someone_away_as_excused(measured: tuple[Workspace, Program]) -> None:  # noqa: F811
    from peerdesk.impact.kpis import participation_text
    from peerdesk.impact.report import Impact

    ws, program = measured
    day = date(2026, 3, 23)
    before = Impact(ws, today=day).kpis(program)
    assert (before.invitations, before.attendances, before.excused) == (6, 4, 0)
    # Cy missed week 1 (3 March) and was away 2-6 March: excused, not a no-show; Ben's miss in
    # week 3 stays one
    roster = Roster(ws)
    cy = next(p for p in roster.people() if p.email == "cy@x.org")
    roster.apply(roster.plan_absences(cy, (Absence(date(2026, 3, 2), date(2026, 3, 6), "flu"),)))
    after = Impact(ws, today=day).kpis(program)
    assert (after.invitations, after.attendances, after.excused) == (5, 4, 1)
    assert after.participation_rate == pytest.approx(4 / 5)
    assert after.as_json()["excused"] == 1
    assert participation_text(after) == "80% (4 of 5 invited; 1 walk-in counted apart; 1 excused (away))"
    assert after.weekly_participation[0] == (1, 1.0)
