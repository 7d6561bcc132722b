"""The roster CSV format: strict checks with row/column messages, updates, safety on export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from peerdesk.domain import LearnGoal, Person, TeachSkill
from peerdesk.resources import resource_path
from peerdesk.roster.csv_io import (
    CsvFileError,
    plan_import,
    read_table,
    suggest_mapping,
    write_roster_csv,
)
from peerdesk.roster.service import Roster, import_change

HEADER = "name,email,role,team,manager_email,timezone,teaches,wants,availability"


def write(tmp_path: Path, text: str, name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def plan_for(path: Path, roster: list[Person] | None = None):  # type: ignore[no-untyped-def]
    table = read_table(path)
    return plan_import(table, suggest_mapping(table.headers), roster or [])


def test_valid_file_plans_new_people(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"""{HEADER}
Zoë Ångström,Zoe@Example.com,Analyst,Data,,Europe/Stockholm,SQL:4; Figma:2,Python:3; Public speaking,Tue 10:00-12:00
Kenji 健二,kenji@example.com,Engineer,Data,zoe@example.com,Asia/Tokyo,,SQL,
""",
    )
    plan = plan_for(path)
    assert plan.ok, plan.problems
    zoe, kenji = plan.new
    assert zoe.name == "Zoë Ångström" and zoe.email == "zoe@example.com"
    assert zoe.teaches == (TeachSkill("SQL", 4), TeachSkill("Figma", 2))
    assert zoe.wants == (LearnGoal("Python", 3), LearnGoal("Public speaking"))
    assert kenji.manager_email == "zoe@example.com" and kenji.name == "Kenji 健二"
    assert plan.summary() == "2 new, 0 updated, 0 unchanged"


def test_bom_semicolon_and_spaced_headers(tmp_path: Path) -> None:
    text = (
        "Name ; E-Mail ; Role;Team;Manager Email;TimeZone;Teaches;Wants;Availability\r\n"
        "Ana;ana@example.com;Dev;Eng;;Europe/Lisbon;SQL:4, advanced;;\r\n"
    )
    plan = plan_for(write(tmp_path, "\ufeff" + text))
    assert [str(p) for p in plan.problems] == [
        "row 2, teaches: level '4, advanced' for 'SQL' is not a whole number 0-4"
    ]
    table = read_table(write(tmp_path, "\ufeff" + text))
    assert table.delimiter == ";"
    assert table.headers[0] == "Name"  # no BOM left on the first header
    ok = plan_for(write(tmp_path, "\ufeff" + text.replace("SQL:4, advanced", "SQL:4")))
    assert ok.ok and ok.new[0].email == "ana@example.com"


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        (",ana@example.com,,,,UTC,,,", "name", "a name is required"),
        ("Ana,,,,,UTC,,,", "email", "an email is required"),
        ("Ana,ana-at-example.com,,,,UTC,,,", "email", "not a valid email"),
        ("Ana,ana@example.com,,,,Mars/Olympus,,,", "timezone", "not a timezone PeerDesk knows"),
        ("Ana,ana@example.com,,,,UTC,SQL:7,,", "teaches", "outside 0-4"),
        ("Ana,ana@example.com,,,,UTC,SQL,,", "teaches", "needs a level"),
        ("Ana,ana@example.com,,,,UTC,,Python:x,", "wants", "not a whole number"),
        ("Ana,ana@example.com,,,,UTC,,,Tue 10-12", "availability", "is not like"),
        ("Ana,ana@example.com,,,boss@example.com,UTC,,,", "manager_email", "no one in the file"),
        ("Ana,ana@example.com,,,ana@example.com,UTC,,,", "manager_email", "own manager"),
        ("Ana,ana@example.com,,,,UTC,,,,extra,cells,here,too", "row", "cells but the header"),
    ],
)
def test_each_kind_of_bad_row_is_named(tmp_path: Path, row: str, column: str, reason: str) -> None:
    path = write(tmp_path, f"{HEADER}\nBen,ben@example.com,,,,UTC,,,\n{row}\n")
    plan = plan_for(path)
    assert not plan.ok
    assert len(plan.problems) == 1, plan.problems
    problem = plan.problems[0]
    assert (problem.row, problem.column) == (3, column)
    assert reason in problem.message
    assert str(problem).startswith(f"row 3, {column}: ")


def test_duplicate_email_in_file(tmp_path: Path) -> None:
    plan = plan_for(write(tmp_path, f"{HEADER}\nA,a@example.com,,,,UTC,,,\nB,A@EXAMPLE.COM,,,,UTC,,,\n"))
    assert [str(p) for p in plan.problems] == ["row 3, email: a@example.com is also on row 2"]


def test_missing_required_column_asks_for_mapping(tmp_path: Path) -> None:
    plan = plan_for(write(tmp_path, "Full Name,Work Email Addr\nAna,ana@example.com\n"))
    assert [p.column for p in plan.problems] == ["email"]
    table = read_table(tmp_path / "roster.csv")
    mapping = suggest_mapping(table.headers) | {"email": 1}
    plan = plan_import(table, mapping, [])
    assert plan.ok and plan.new[0].name == "Ana"


def test_hris_aliases_are_recognised(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "Employee Name,Work Email,Job Title,Department,Reports To\n"))
    assert suggest_mapping(table.headers) == {"name": 0, "email": 1, "role": 2, "team": 3, "manager_email": 4}


def test_not_utf8_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(CsvFileError, match="not UTF-8"):
        read_table(write(tmp_path, f"{HEADER}\nJosé,jose@example.com,,,,UTC,,,\n", encoding="latin-1"))
    with pytest.raises(CsvFileError, match="is empty"):
        read_table(write(tmp_path, "\n\n"))


def test_update_by_email_keeps_columns_the_file_lacks(empty_ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    roster = Roster(empty_ws)
    roster.apply(
        roster.plan_add(
            Person(
                name="Ana",
                email="ana@example.com",
                role="Dev",
                teaches=(TeachSkill("SQL", 3),),
                notes="keeps notes",
            )
        )
    )
    plan = plan_for(
        write(tmp_path, "name,email,role\nAna Silva,ANA@example.com,Lead\nBo,bo@example.com,\n"),
        roster.people(),
    )
    assert plan.ok and len(plan.new) == 1 and len(plan.updated) == 1
    roster.apply(import_change(plan.new, plan.updated))
    people = {p.email: p for p in roster.people()}
    assert len(people) == 2
    ana = people["ana@example.com"]
    assert (ana.name, ana.role, ana.teaches, ana.notes) == (
        "Ana Silva",
        "Lead",
        (TeachSkill("SQL", 3),),
        "keeps notes",
    )
    again = plan_for(tmp_path / "roster.csv", roster.people())
    assert again.summary() == "0 new, 0 updated, 2 unchanged"


def test_export_neutralises_formulas_and_round_trips(empty_ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    roster = Roster(empty_ws)
    tricky = Person(
        name='=HYPERLINK("http://x")',
        email="eve@example.com",
        role="+cmd",
        team="-2",
        notes='@SUM(A1)\nsecond line, with comma; and "quotes"',
        teaches=(TeachSkill("C#", 2),),
    )
    roster.apply(roster.plan_add(tricky))
    path = tmp_path / "out.csv"
    write_roster_csv(roster.people(), path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][0] == '\'=HYPERLINK("http://x")'
    assert rows[1][2] == "'+cmd" and rows[1][3] == "'-2" and rows[1][11].startswith("'@SUM")
    plan = plan_for(path, roster.people())
    assert plan.ok and plan.summary() == "0 new, 0 updated, 1 unchanged"


def test_shipped_template_and_demo_are_valid() -> None:
    for path in (resource_path("templates", "roster-template.csv"), resource_path("demo", "roster.csv")):
        plan = plan_for(path)
        assert plan.ok, plan.problems
    assert len(plan_for(resource_path("demo", "roster.csv")).new) == 24


# -- hostile files: nothing is lost silently, every problem has its row and column ---------


def test_unterminated_quote_is_reported_where_it_starts(tmp_path: Path) -> None:
    rows = "\n".join(f"P{i},p{i}@example.com,,,,UTC,,," for i in range(5))
    path = write(
        tmp_path,
        f'{HEADER},notes\nAna,ana@example.com,,,,UTC,,,,"likes tea\n{rows}\n',
    )
    plan = plan_for(path)
    assert not plan.ok
    assert not plan.new  # nobody imported, rather than "1 new" with five people swallowed
    [problem] = plan.problems
    assert problem.row == 2 and problem.column == "notes"
    assert "likely unterminated quote" in problem.message and "line 2" in problem.message


def test_cell_longer_than_csv_limit_is_a_message(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER},notes\nAna,ana@example.com,,,,UTC,,,,{'x' * 200_000}\n")
    plan = plan_for(path)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "notes")]
    assert "200,000 characters" in plan.problems[0].message


def test_duplicate_header_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "name,email,Email\nAna,ana@example.com,bo@example.com\n")
    plan = plan_for(path)
    assert [str(p) for p in plan.problems] == [
        "row 1, email: the header names this column 2 times (columns B, C); keep one and rename or delete the others"
    ]


def test_manager_cycles_are_refused_with_their_rows(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"""{HEADER}
A,a@example.com,,,b@example.com,UTC,,,
B,b@example.com,,,a@example.com,UTC,,,
C,c@example.com,,,d@example.com,UTC,,,
D,d@example.com,,,e@example.com,UTC,,,
E,e@example.com,,,c@example.com,UTC,,,
F,f@example.com,,,a@example.com,UTC,,,
""",
    )
    plan = plan_for(path)
    assert sorted(p.row for p in plan.problems) == [2, 3, 4, 5, 6]
    assert all(p.column == "manager_email" and "cycle" in p.message for p in plan.problems)


def test_cycle_through_someone_already_on_the_roster(tmp_path: Path) -> None:
    boss = Person(name="Boss", email="boss@example.com", manager_email="x@example.com")
    x = Person(name="X", email="x@example.com")
    path = write(tmp_path, f"{HEADER}\nX,x@example.com,,,boss@example.com,UTC,,,\n")
    plan = plan_for(path, [boss, x])
    assert [(p.row, p.column) for p in plan.problems] == [(2, "manager_email")]


@pytest.mark.parametrize(
    ("cell", "message"),
    [('"Ana\nBerg"', "line break"), ("Ana\x00", "NUL"), ("Ana\x07", "control character")],
)
def test_names_with_line_breaks_or_control_characters_are_refused(
    tmp_path: Path, cell: str, message: str
) -> None:
    path = write(tmp_path, f"{HEADER}\n{cell},ana@example.com,,,,UTC,,,\n")
    plan = plan_for(path)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "name")]
    assert message in plan.problems[0].message


@pytest.mark.parametrize("zone", ["Europe", "America", "America/", "Etc"])
def test_timezone_folder_is_a_message_not_a_crash(tmp_path: Path, zone: str) -> None:
    path = write(tmp_path, f"{HEADER}\nAna,ana@example.com,,,,{zone},,,\n")
    plan = plan_for(path)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "timezone")]
    assert "not a timezone" in plan.problems[0].message or "not an IANA" in plan.problems[0].message


def test_fifo_is_not_read_forever(tmp_path: Path) -> None:
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    import threading

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            read_table(fifo)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():
        with open(fifo, "wb"):  # let the reader go, so the test process can end
            pass
        thread.join(5)
        pytest.fail("reading a FIFO hung")
    assert isinstance(outcome[0], CsvFileError) and "not a regular file" in str(outcome[0])


def test_progress_is_reported_and_cancel_imports_nothing(tmp_path: Path, empty_ws) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.domain import OperationCancelled

    rows = "\n".join(f"P{i},p{i}@example.com,,,,UTC,SQL:2,," for i in range(2500))
    table = read_table(write(tmp_path, f"{HEADER}\n{rows}\n"))
    seen: list[tuple[str, int, int]] = []
    plan = plan_import(table, suggest_mapping(table.headers), [], progress=lambda *a: seen.append(a) or True)
    assert plan.ok and len(plan.new) == 2500
    assert seen[0] == ("Checking rows", 1000, 2500) and seen[-1] == ("Checking rows", 2500, 2500)
    roster = Roster(empty_ws)
    with pytest.raises(OperationCancelled):
        roster.apply(import_change(plan.new, []), progress=lambda stage, done, total: done < 2000)
    assert roster.people() == [] and roster.skills() == []


@pytest.mark.parametrize("zone", ["Europe", "America", "Europe/", "Etc", "posixrules", "../zoneinfo/UTC"])
def test_person_dialog_validation_refuses_zone_folders_with_a_message(zone: str) -> None:
    from peerdesk.domain import is_valid_timezone, validate_person

    assert not is_valid_timezone(zone)
    errors = validate_person(Person(name="Ana", email="ana@example.com", timezone=zone))
    assert [e.field for e in errors] == ["timezone"]
    assert zone in errors[0].message


def test_a_multi_line_note_with_an_email_is_not_taken_for_an_open_quote(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f'{HEADER},notes\nAna,ana@example.com,,,,UTC,,,,"Backup: call bob@example.com, mornings\nthen bo@example.com"\n',
    )
    plan = plan_for(path)
    assert plan.ok, plan.problems
    assert plan.new[0].notes == "Backup: call bob@example.com, mornings\nthen bo@example.com"
