"""The skills matrix and knowledge at risk: core, files (read back by other readers) and commands."""

from __future__ import annotations

import csv
import json
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.cli.main import main
from peerdesk.domain import LearnGoal, Person, Skill, TeachSkill
from peerdesk.roster.matrix import build_matrix, knowledge_at_risk
from peerdesk.roster.matrix_export import write_matrix_csv, write_matrix_xlsx
from peerdesk.roster.service import Roster
from peerdesk.storage import open_workspace

PEOPLE = [
    Person(
        "Ana",
        "ana@x.org",
        team="Eng",
        role="Dev",
        teaches=(TeachSkill("SQL", 4), TeachSkill("Go", 2)),
        wants=(LearnGoal("Figma", 2),),
    ),
    Person(
        "Ben", "ben@x.org", team="Eng", role="QA", teaches=(TeachSkill("sql", 3),), wants=(LearnGoal("Rust"),)
    ),
    Person(
        "Cy",
        "cy@x.org",
        team="Ops",
        role="Dev",
        teaches=(TeachSkill("Kubernetes", 4),),
        wants=(LearnGoal("Rust", 3),),
    ),
    Person("Dee", "dee@x.org", team="Ops", role="Dev", teaches=(TeachSkill("Kubernetes", 4),), active=False),
    Person("Eve", "eve@x.org", team="", role="QA", wants=(LearnGoal("Kubernetes", 2), LearnGoal("Go", 3))),
    Person("Fay", "fay@x.org", team="Eng", role="Dev", wants=(LearnGoal("Elixir"),)),
]


def test_matrix_rows_columns_cells_and_groups() -> None:
    skills = [Skill("SQL", "Data"), Skill("Kubernetes", "Platform"), Skill("Figma", "")]
    matrix = build_matrix(PEOPLE, skills, group_by="team", skill_order="category")
    # categorised skills first (by category), then the rest by name; the skill list's spelling wins
    assert matrix.skills == ("SQL", "Kubernetes", "Elixir", "Figma", "Go", "Rust")
    assert matrix.categories[:2] == ("Data", "Platform")
    assert [p.name for p in matrix.people] == ["Eve", "Ana", "Ben", "Fay", "Cy", "Dee"]
    assert [(g.label, g.first, g.count) for g in matrix.groups] == [
        ("(none)", 0, 1),
        ("Eng", 1, 3),
        ("Ops", 4, 2),
    ]
    ana = matrix.people.index(PEOPLE[0])
    assert matrix.cell(ana, matrix.column_of("sql")).level == 4
    assert matrix.cell(ana, matrix.column_of("Figma")).text() == "want:2"
    eve = 0
    # Eve wants Go (target 3) and does not teach it
    assert matrix.cell(eve, matrix.column_of("Go")).text() == "want:3"
    ben = matrix.people.index(PEOPLE[1])
    assert matrix.cell(ben, matrix.column_of("Rust")).text() == "want"
    assert matrix.cell(ben, matrix.column_of("Elixir")).text() == ""
    by_role = build_matrix(PEOPLE, group_by="role", include_inactive=False)
    assert [g.label for g in by_role.groups] == ["Dev", "QA"]
    assert "Dee" not in [p.name for p in by_role.people]
    with pytest.raises(ValueError, match="group by"):
        build_matrix(PEOPLE, group_by="colour")


def test_teaching_and_wanting_the_same_skill_shows_the_level_with_the_wish() -> None:
    person = Person("Gil", "g@x.org", teaches=(TeachSkill("Go", 1),), wants=(LearnGoal("go", 3),))
    matrix = build_matrix([person])
    cell = matrix.cell(0, 0)
    assert (cell.level, cell.wants, cell.target, cell.text()) == (1, True, 3, "1")


def test_knowledge_at_risk_single_holders_and_wanted_untaught() -> None:
    risks = knowledge_at_risk(PEOPLE)
    found = [(r.skill, r.kind, [p.name for p in r.holders], [p.name for p in r.wanted_by]) for r in risks]
    assert found == [
        # Dee also knows Kubernetes but is inactive: Cy is the only active holder, Eve wants it
        ("Kubernetes", "single-holder", ["Cy"], ["Eve"]),
        ("Rust", "wanted-untaught", [], ["Ben", "Cy"]),
    ]
    # SQL has two holders at 3+; Go is held at level 2 only; Elixir is wanted by one person only
    without_ben = knowledge_at_risk([p for p in PEOPLE if p.name != "Ben"])
    assert [(r.skill, r.kind) for r in without_ben] == [
        ("Kubernetes", "single-holder"),
        ("SQL", "single-holder"),
    ]
    assert knowledge_at_risk([]) == []


@st.composite
def hostile_people(draw: st.DrawFn) -> list[Person]:
    text = st.one_of(
        st.sampled_from(
            [
                "=1+1",
                "+SUM(A1)",
                "-2",
                "@cmd",
                "\tTab",
                "\rCR",
                "<b>x</b>",
                "a,b;c",
                "q\"uo'te",
                "é🙂",
                "שלום",
                "x" * 220,
            ]
        ),
        st.text(min_size=1, max_size=30).filter(lambda s: s.strip() and ";" not in s and ":" not in s),
    )
    count = draw(st.integers(min_value=0, max_value=4))
    people = []
    for i in range(count):
        skill = draw(text).strip() or "s"
        people.append(
            Person(
                draw(text),
                f"p{i}@x.org",
                team=draw(text),
                teaches=(TeachSkill(skill, draw(st.integers(0, 4))),),
                wants=(LearnGoal(f"{skill}-{i}", draw(st.one_of(st.none(), st.integers(0, 4)))),),
            )
        )
    return people


def _xlsx_cells(path: Path) -> tuple[list[str], bool]:
    """Every text of the sheet as Excel reads it (shared or inline strings), and whether any formula exists."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as archive:
        sheet = ElementTree.fromstring(archive.read("xl/worksheets/sheet1.xml"))
        shared = []
        if "xl/sharedStrings.xml" in archive.namelist():
            table = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")) for si in table]
    texts = []
    for cell in sheet.iter(f"{{{ns['m']}}}c"):
        value = cell.find("m:v", ns)
        if cell.get("t") == "s" and value is not None:
            texts.append(shared[int(value.text or 0)])
        elif cell.get("t") == "inlineStr":
            texts.append("".join(t.text or "" for t in cell.iter(f"{{{ns['m']}}}t")))
    return texts, any(True for _ in sheet.iter(f"{{{ns['m']}}}f"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=hostile_people())
def test_hostile_text_never_becomes_a_formula(people: list[Person], tmp_path: Path) -> None:
    matrix = build_matrix(people)
    out = tmp_path / "m.csv"
    write_matrix_csv(matrix, out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == len(people) + 1
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert [r[0].lstrip("'") for r in rows[1:]] == [p.name.lstrip("'") for p in matrix.people]
    book = tmp_path / "m.xlsx"
    write_matrix_xlsx(matrix, book)
    texts, has_formula = _xlsx_cells(book)
    assert not has_formula
    for person in people:
        # XML readers turn a raw CR into a line feed, but openpyxl may write it as &#13;, which
        # stays a CR; control characters XML cannot hold are dropped
        expected = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", person.name)
        assert expected in texts or expected.replace("\r\n", "\n").replace("\r", "\n") in texts


def test_xlsx_opens_in_openpyxl_with_levels_as_numbers_frozen_panes_and_a_legend(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    matrix = build_matrix(PEOPLE, [Skill("SQL", "Data")])
    out = tmp_path / "m.xlsx"
    write_matrix_xlsx(matrix, out)
    book = load_workbook(out)
    sheet = book["Skills matrix"]
    assert sheet.freeze_panes == "B2"
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Name", "Email", "Team", "Role"]
    ana_row = [c.value for c in sheet[2]]
    assert ana_row[0] == "Ana"
    assert ana_row[header.index("SQL")] == 4  # a number Excel can sum and filter
    assert ana_row[header.index("Figma")] == "want:2"
    assert sheet.cell(row=2, column=header.index("SQL") + 1).fill.start_color.rgb.endswith("0B4F8C")
    assert [r[1] for r in book["Legend"].iter_rows(min_row=2, max_row=6, values_only=True)] == [
        "aware",
        "beginner",
        "practitioner",
        "advanced",
        "expert",
    ]


def _workspace(tmp_path: Path, people: list[Person]) -> Path:
    db = tmp_path / "team.sqlite"
    with open_workspace(db, create=True) as ws:
        roster = Roster(ws)
        for person in people:
            roster.apply(roster.plan_add(person))
    return db


def test_commands_write_the_matrix_and_list_risks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _workspace(tmp_path, PEOPLE)
    assert main(["--db", str(db), "skills", "at-risk", "--json"]) == 0
    risks = json.loads(capsys.readouterr().out)
    assert risks == [
        {"skill": "Kubernetes", "kind": "single-holder", "holders": ["cy@x.org"], "wanted_by": ["eve@x.org"]},
        {"skill": "Rust", "kind": "wanted-untaught", "holders": [], "wanted_by": ["ben@x.org", "cy@x.org"]},
    ]
    assert main(["--db", str(db), "skills", "at-risk"]) == 0
    assert "Kubernetes: only Cy holds it at level 3 or more; wanted by 1 person" in capsys.readouterr().out
    out = tmp_path / "m.csv"
    assert main(["--db", str(db), "skills", "matrix", "--out", str(out)]) == 0
    assert "6 people" in capsys.readouterr().out
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    eve = next(r for r in rows if r["Name"] == "Eve")
    assert (eve["Kubernetes"], eve["Go"], eve["SQL"]) == ("want:2", "want:3", "")
    assert next(r for r in rows if r["Name"] == "Ana")["SQL"] == "4"
    assert main(["--db", str(db), "skills", "matrix", "--out", str(tmp_path / "m.xlsx")]) == 0
    assert zipfile.is_zipfile(tmp_path / "m.xlsx")
    assert main(["--db", str(db), "skills", "matrix", "--out", str(tmp_path / "m.ods")]) == 1
    assert "must end in .csv, .xlsx or .pdf" in capsys.readouterr().err
    assert not (tmp_path / "m.ods").exists()
    assert main(["--db", str(tmp_path / "missing.sqlite"), "skills", "at-risk"]) == 1
    assert not (tmp_path / "missing.sqlite").exists()


def test_printed_matrix_is_landscape_repeats_names_and_header_and_has_a_legend(tmp_path: Path) -> None:
    from pypdf import PdfReader

    skills = [TeachSkill(f"Skill {i:02d}", i % 5) for i in range(30)]
    people = [
        Person(f"Person {i:03d}", f"p{i}@x.org", team=f"Team {i % 3}", teaches=tuple(skills[i % 7 :: 7]))
        for i in range(60)
    ]
    db = _workspace(tmp_path, people)
    out = tmp_path / "m.pdf"
    assert main(["--db", str(db), "skills", "matrix", "--group-by", "team", "--out", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) > 3
    for page in reader.pages:
        box = page.mediabox
        assert box.width > box.height  # landscape
        text = " ".join(page.extract_text().split())
        assert "Name" in text  # header row repeated on every page
        assert re.search(r"Person \d{3}", text)  # the name column is on every page
    first = " ".join(reader.pages[0].extract_text().split())
    assert "expert" in first and "wants to learn it" in first  # the legend
    # every skill is printed somewhere, in column chunks
    all_text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert all(f"Skill {i:02d}" in all_text for i in range(30))


def test_people_can_be_ordered_by_their_level_in_one_skill() -> None:
    matrix = build_matrix(PEOPLE, sort_skill="sql", group_by="team")
    # within Eng: Ana (SQL 4), Ben (SQL 3), then Fay (no SQL); groups keep their order
    assert [p.name for p in matrix.people] == ["Eve", "Ana", "Ben", "Fay", "Cy", "Dee"]
    by_rust = build_matrix(PEOPLE, sort_skill="Rust")
    assert [p.name for p in by_rust.people][:2] == ["Ben", "Cy"]  # those who want it before the rest
