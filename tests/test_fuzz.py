"""A fuzzing harness: hostile generated input against every way data gets in.

Random Unicode (control and combining characters, RTL, emoji), quotes,
delimiters, line breaks, markup and template braces, huge and empty fields,
wrong encodings - fed to the roster and feedback importers, the person and
session editors' validation and the template renderer. Whatever comes in:
no exception other than PeerDesk's own error types, every problem names its
row/column or field, and a refused input leaves the workspace byte for byte
as it was.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.cli.main import main
from peerdesk.domain import FieldError, LearnGoal, Person, TeachSkill, validate_person
from peerdesk.impact.feedback import Feedback
from peerdesk.impact.feedback_csv import FEEDBACK_COLUMNS, plan_feedback_import
from peerdesk.printing.printouts import PrintoutError, Printouts
from peerdesk.printing.templates import TemplateLibrary, TemplateProblem
from peerdesk.roster.csv_io import ALL_COLUMNS, CsvFileError, plan_import, read_table, suggest_mapping
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import open_workspace

SPECIALS = [
    "<b>",
    "</title><script>alert(1)</script>",
    "# * `code`",
    "{{ 7*7 }}",
    "{% if %}",
    '"',
    "'",
    '""',
    ",",
    ";",
    "\n",
    "\r\n",
    "\r",
    "\x00",
    "\t",
    "\u2028",
    "e\u0301",
    "\u202eevil",
    "שלום",
    "🎉",
    "=cmd|' /C calc'!A0",
    "x" * 250,
    "",
    " ",
    "ana@example.com",
    "Europe",
    "America/",
    "Europe/Berlin",
    "SQL:9",
    "Tue 10:00-09:00",
    "yes",
    "5",
    "²",
]


hostile_text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.sampled_from(SPECIALS),
    st.lists(st.sampled_from(SPECIALS), max_size=4).map("".join),
)
hostile_cell = st.one_of(hostile_text, hostile_text, st.just("y" * 140_000))
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _csv_text(header: list[str], rows: list[list[str]], delimiter: str, naive: bool) -> str:
    if naive:  # written by hand: quotes and delimiters inside cells are not escaped
        return "\n".join(delimiter.join(r) for r in [header, *rows]) + "\n"
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([header, *rows])
    return out.getvalue()


@st.composite
def csv_files(draw: st.DrawFn, columns: tuple[str, ...]) -> bytes:
    header = draw(
        st.one_of(
            st.just(list(columns)),
            st.lists(st.sampled_from([*columns, "email", "Name", "", "extra"]), min_size=1, max_size=8),
            st.lists(hostile_text, min_size=1, max_size=4),
        )
    )
    rows = draw(st.lists(st.lists(hostile_cell, max_size=len(header) + 1), max_size=6))
    text = _csv_text(header, rows, draw(st.sampled_from([",", ";"])), draw(st.booleans()))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 9)) == 0:
        data = data[: draw(st.integers(0, len(data)))]  # cut off anywhere, even mid-character
    return data


@pytest.fixture(scope="module")
def fuzz_folder(
    tmp_path_factory: pytest.TempPathFactory, demo_builds: Callable[[date], Path], default_day: date
) -> Path:
    folder = tmp_path_factory.mktemp("fuzz")
    shutil.copyfile(demo_builds(default_day), folder / "pristine.sqlite")
    return folder


def _fresh_workspace(folder: Path) -> Path:
    work = Path(tempfile.mkdtemp(dir=folder))
    db = work / "team.sqlite"
    shutil.copyfile(folder / "pristine.sqlite", db)
    return db


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _assert_located(problems: list[object]) -> None:
    for problem in problems:
        text = str(problem)
        assert problem.column, text  # type: ignore[attr-defined]
        assert problem.row > 0 or problem.column in (*ALL_COLUMNS, *FEEDBACK_COLUMNS), text  # type: ignore[attr-defined]


@FUZZ
@given(data=csv_files(ALL_COLUMNS))
def test_roster_import_of_hostile_files(fuzz_folder: Path, data: bytes) -> None:
    db = _fresh_workspace(fuzz_folder)
    source = db.with_name("in.csv")
    source.write_bytes(data)
    try:
        table = read_table(source)
    except CsvFileError as exc:
        assert str(source) in str(exc)
    else:
        with open_workspace(db, read_only=True) as ws:
            plan = plan_import(table, suggest_mapping(table.headers), Roster(ws).people())
        _assert_located(plan.problems)
    before = _snapshot(db.parent)
    code = main(["--db", str(db), "roster", "import", str(source)])
    if code != 0:
        assert _snapshot(db.parent) == before
    else:
        with open_workspace(db, read_only=True) as ws:
            assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for person in Roster(ws).people():
                assert validate_person(person) == [], person
    shutil.rmtree(db.parent)


@FUZZ
@given(data=csv_files(FEEDBACK_COLUMNS))
def test_feedback_import_of_hostile_files(fuzz_folder: Path, data: bytes) -> None:
    db = _fresh_workspace(fuzz_folder)
    source = db.with_name("feedback.csv")
    source.write_bytes(data)
    with open_workspace(db, read_only=True) as ws:
        program = Schedule(ws).list_programs()[0]
        try:
            plan = plan_feedback_import(Feedback(ws), program, source)
        except CsvFileError as exc:
            assert str(source) in str(exc)
        else:
            _assert_located(plan.problems)
    before = _snapshot(db.parent)
    code = main(["--db", str(db), "feedback", "import", str(source), "--program", program.name])
    if code != 0:
        assert _snapshot(db.parent) == before
    shutil.rmtree(db.parent)


PERSON_FIELDS = {f.name for f in fields(Person)}


@FUZZ
@given(
    name=hostile_text,
    email=hostile_text,
    role=hostile_text,
    manager=hostile_text,
    timezone=hostile_text,
    notes=hostile_cell,
    skill=hostile_text,
    level=st.integers(-3, 9),
)
def test_person_validation_of_hostile_values(
    empty_ws,  # type: ignore[no-untyped-def]
    name: str,
    email: str,
    role: str,
    manager: str,
    timezone: str,
    notes: str,
    skill: str,
    level: int,
) -> None:
    person = Person(
        name=name,
        email=email,
        role=role,
        team=role,
        manager_email=manager or None,
        timezone=timezone,
        notes=notes,
        teaches=(TeachSkill(skill, level),),
        wants=(LearnGoal(skill + "x"),),
    )
    roster = Roster(empty_ws)
    errors = roster.validate(person)
    assert all(isinstance(e, FieldError) and e.field in PERSON_FIELDS and e.message for e in errors)
    before = empty_ws.path.read_bytes()
    if errors:
        assert empty_ws.path.read_bytes() == before
        return
    saved = roster.apply(roster.plan_add(person))
    (back,) = roster.repo.list_people([saved.after[0].id])
    assert back.name == person.name.strip() and back.notes == person.notes
    roster.revert(saved)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(title=hostile_text, location=hostile_text, video=hostile_text, notes=hostile_text, topic=hostile_text)
def test_session_editor_and_printouts_with_hostile_values(
    demo_window, title: str, location: str, video: str, notes: str, topic: str
) -> None:  # type: ignore[no-untyped-def]
    win = demo_window
    session = win.schedule.list_sessions()[0]
    dialog = win.schedule_ctl.edit_session(session.id)
    dialog.title.setText(title)
    dialog.location.setText(location)
    dialog.video.setText(video)
    dialog.notes.setPlainText(notes)
    dialog.topic.setCurrentText(topic)
    dialog.try_accept()
    dialog.close()
    saved = win.schedule.sessions.get(session.id)
    if not title.strip():
        assert dialog.error.text()  # refused with a message beside the field
    try:
        rendered = Printouts(win.workspace).render("agenda", session_id=session.id)
    except (TemplateProblem, PrintoutError) as exc:
        assert str(exc)
    else:
        assert "<script>" not in rendered.text  # typed markup is shown, never run
        assert saved is not None


TEMPLATE_PIECES = [
    "{{ ",
    " }}",
    "{% ",
    " %}",
    "session.title",
    "program",
    "|e",
    "|upper",
    ".__class__.__mro__",
    "range(3)",
    "for x in ",
    "endfor",
    "if ",
    "endif",
    "{# ",
    " #}",
    "<h1>",
    "</h1>",
    "missing_value",
    "'",
    '"',
]


@FUZZ
@given(pieces=st.lists(st.one_of(st.sampled_from(TEMPLATE_PIECES), hostile_text), max_size=12))
def test_hostile_user_templates_give_template_problems(tmp_path_factory, pieces: list[str]) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("templates")
    (folder / "agenda.html").write_text("".join(pieces), encoding="utf-8", errors="surrogatepass")
    library = TemplateLibrary(folder)
    try:
        library.render("agenda.html", {"session": {"title": "<b>x</b>"}, "program": "P"})
    except TemplateProblem as exc:
        assert "agenda.html" in str(exc) or "line" in str(exc)
