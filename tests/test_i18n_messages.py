"""Invites, email drafts and command-line messages go through gettext: none is left in English.

In the pseudo-locale every fixed text comes out accented and bracketed ("[Ŝéşşíóñş ·····]"),
so once the workspace's own data (names, emails, skills, titles, links) and the locale's day
and month names are taken out, no English word may remain. A check that could never fail
proves nothing, so the same check is shown to catch a string left unmarked on purpose.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from babel.dates import get_day_names, get_month_names
from icalendar import Calendar

from peerdesk import i18n
from peerdesk.cli.main import main
from peerdesk.schedule import invite_files
from peerdesk.schedule.invite_files import build_program_invites
from peerdesk.schedule.invites import InviteContext
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace
from peerdesk.storage.people import PeopleRepository

PSEUDO_SEGMENT = re.compile(r"\[[^\[\]]*?·+\]", re.S)
WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture(autouse=True)
def own_default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """`main()` sets the process default language and the window's variable: keep both inside each test."""
    monkeypatch.setattr(i18n, "_default", [])
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "")  # recorded, so what main() sets is undone afterwards
    monkeypatch.delenv(i18n.ENV_LANGUAGE)


def workspace_data(workspace: Workspace) -> list[str]:
    """Every text the lead typed or imported, which no catalogue translates."""
    schedule = Schedule(workspace)
    texts: list[str] = ["peerdesk", "PeerDesk"]
    for person in PeopleRepository(workspace.db).list_people():
        texts += [person.name, person.email, person.role, person.team, person.timezone]
        texts += [t.skill for t in person.teaches] + [w.skill for w in person.wants]
    for program in schedule.list_programs():
        texts += [program.name, program.outcome, program.organizer_email or "", program.timezone]
        texts.append(program.organizer_name)
        for session in schedule.list_sessions(program.id):
            texts += [session.title, session.topic, session.location, session.video_link, session.timezone]
    return texts


def locale_words() -> list[str]:
    """Day and month names come from the locale's data (CLDR), not from the catalogues."""
    locale = i18n.locale_name(i18n.PSEUDO)
    names: list[str] = []
    for width in ("wide", "abbreviated"):
        names += get_day_names(width, locale=locale).values()
        names += get_month_names(width, locale=locale).values()
    return names


def english_left(texts: Iterable[str], data: Iterable[str]) -> set[str]:
    """The English words of 3+ letters left once data, pseudo segments and locale names are gone."""
    known = sorted({d for d in data if d}, key=len, reverse=True)
    names = locale_words()
    left: set[str] = set()
    for text in texts:
        for item in known:
            text = text.replace(item, " ")
        text = PSEUDO_SEGMENT.sub(" ", text)
        text = re.sub(r"\S+@\S+|https?://\S+", " ", text)
        for word in WORD.findall(text):
            if word not in names:
                left.add(word)
    return left


def invite_texts(workspace: Workspace) -> list[str]:
    """SUMMARY and DESCRIPTION of every event, Subject and text of every draft, in the pseudo-locale."""
    schedule = Schedule(workspace)
    ctx = InviteContext.build(PeopleRepository(workspace.db).list_people(), schedule.formats())
    texts: list[str] = []
    with i18n.language(i18n.PSEUDO):
        for program in schedule.list_programs():
            files = build_program_invites(ctx, program, schedule.list_sessions(program.id), eml=True).files
            for name, data in files.items():
                if name.endswith(".ics"):
                    texts += ics_texts(data)
                else:
                    texts += eml_texts(data)
    assert any(name for name in texts), "the demo produced no invite text"
    return texts


def ics_texts(data: bytes) -> list[str]:
    """What attendees read in a calendar file."""
    out = []
    for component in Calendar.from_ical(data).walk():
        if component.name in ("VEVENT", "VALARM"):
            out += [str(component.get(key, "")) for key in ("SUMMARY", "DESCRIPTION")]
    return out


def eml_texts(data: bytes) -> list[str]:
    """The subject and the text part of a draft (the calendar part is read as .ics)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    out = [str(message["Subject"])]
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
        elif part.get_content_type() == "text/calendar":
            out += ics_texts(part.get_payload(decode=True))
    return out


def cancel_some(workspace: Workspace) -> None:
    """A cancelled week and a cancelled one-off, so cancellations and their drafts are written too."""
    schedule = Schedule(workspace)
    program = schedule.list_programs()[0]
    sessions = schedule.list_sessions(program.id)
    week = next(s for s in sessions if s.week == 6)
    one_off = next(s for s in sessions if s.week is None)
    for session in (week, one_off):
        schedule.apply(schedule.plan_status(session.id, "cancelled"))  # type: ignore[arg-type]


def test_invites_and_drafts_have_no_english_in_the_pseudo_locale(demo_ws: Workspace) -> None:
    cancel_some(demo_ws)
    texts = invite_texts(demo_ws)
    joined = "\n".join(texts)
    assert "·" in joined  # the pseudo-locale was in force
    assert english_left(texts, workspace_data(demo_ws)) == set()


def test_the_check_finds_a_string_left_unmarked(demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(invite_files, "_", lambda message: message)  # as if nobody had marked them
    left = english_left(invite_texts(demo_ws), workspace_data(demo_ws))
    assert {"Hello", "Please", "accept", "calendar"} <= left


def test_invites_follow_the_program_language(demo_ws: Workspace) -> None:
    schedule = Schedule(demo_ws)
    program = schedule.list_programs()[0]
    from dataclasses import replace

    ctx = InviteContext.build(PeopleRepository(demo_ws.db).list_people(), schedule.formats())
    german = replace(program, language=i18n.PSEUDO)
    with i18n.language("en"):
        files = build_program_invites(ctx, german, schedule.list_sessions(program.id), eml=True).files
    series = next(data for name, data in files.items() if name.endswith("-series.eml"))
    assert "·" in "\n".join(eml_texts(series))


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run `peerdesk ARGS` in this process; its status and what it wrote to stderr."""
    status = main(args)
    return status, capsys.readouterr().err


def test_bad_csv_import_errors_are_translated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "roster.csv"
    csv.write_text(
        "name,email,teaches,availability,joined\n"
        "Ana Lima,not-an-email,SQL:9,Someday 10:00-12:00,tomorrow\n"
        "Ben Ode,ben@example.com,Python,,\n",
        encoding="utf-8",
    )
    db = tmp_path / "w.peerdesk"
    status, err = run_cli(["--lang", "en_XA", "--db", str(db), "roster", "import", str(csv)], capsys)
    assert status == 1
    data = ["peerdesk", str(csv), str(db), "Ana Lima", "not-an-email", "SQL", "Someday", "tomorrow", "Python"]
    data += ["email", "teaches", "availability", "joined"]  # the CSV's column names are the file's own
    assert err.count("\n") >= 4, err
    assert english_left(err.splitlines(), data) == set(), err


def test_unknown_program_is_translated(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err = run_cli(["--lang", "en_XA", "--db", str(demo_db), "sessions", "no-such-pilot"], capsys)
    assert status == 1
    from peerdesk.storage import open_workspace

    with open_workspace(demo_db, read_only=True) as workspace:
        data = workspace_data(workspace)
    assert "no-such-pilot" in err
    assert english_left(err.splitlines(), [*data, "no-such-pilot", str(demo_db)]) == set(), err


def test_lang_rejects_an_unknown_code(capsys: pytest.CaptureFixture[str]) -> None:
    status, err = run_cli(["--lang", "xx", "roster", "list"], capsys)
    assert status == 2
    assert "'xx' is not a language PeerDesk speaks" in err
    for code in i18n.SELECTABLE:
        assert code in err


def test_lang_may_follow_the_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["roster", "--help", "--lang", "en_XA"])
    out = capsys.readouterr().out
    assert "·" in out  # the help texts were translated: --lang was read before the parser was built


def test_a_german_program_sends_german_invites(demo_ws: Workspace) -> None:
    from dataclasses import replace

    schedule = Schedule(demo_ws)
    program = replace(schedule.list_programs()[0], language="de")
    ctx = InviteContext.build(PeopleRepository(demo_ws.db).list_people(), schedule.formats())
    with i18n.language("en"):
        files = build_program_invites(ctx, program, schedule.list_sessions(program.id), eml=True).files
    draft = "\n".join(eml_texts(next(d for n, d in files.items() if n.endswith("-series.eml"))))
    assert draft.startswith("Einladung: Mikro-Lektion - ")
    assert "Guten Tag," in draft and "Bitte sagen Sie in Ihrem Kalender zu oder ab." in draft
    assert "Hello" not in draft and "Please" not in draft
    calendar = "\n".join(ics_texts(next(d for n, d in files.items() if n.endswith("-series.ics"))))
    assert "Ablauf:" in calendar and "Schritt für Schritt zeigen" in calendar


def test_demo_window_in_german(monkeypatch: pytest.MonkeyPatch) -> None:
    """`peerdesk --demo --lang de`: the window is told the language, the demo's program is German."""
    import os

    import peerdesk.ui.app as app
    from peerdesk.cli import main as cli_main
    from peerdesk.storage import open_workspace

    seen: dict[str, str] = {}

    def fake_window(path: Path, *, create: bool) -> int:
        seen["env"] = os.environ.get(i18n.ENV_LANGUAGE, "")
        with open_workspace(path, read_only=True) as workspace:
            seen["program"] = Schedule(workspace).list_programs()[0].language
        return 0

    monkeypatch.setattr(cli_main, "display_available", lambda: True)
    monkeypatch.setattr(cli_main, "missing_x11_packages", lambda: [])
    monkeypatch.setattr(app, "run_window", fake_window)
    assert main(["--demo", "--lang", "de"]) == 0
    assert seen == {"env": "de", "program": "de"}


def test_demo_outdir_in_german(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`peerdesk demo OUTDIR --lang de`: the invites written are German."""
    assert main(["demo", str(tmp_path / "out"), "--lang", "de"]) == 0
    series = next((tmp_path / "out" / "invites").glob("*-series.eml"))
    assert "Guten Tag," in "\n".join(eml_texts(series.read_bytes()))


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("en", "Micro-lesson, week 1 - "),
        ("de", "Mikro-Lektion, Woche 1 - "),
        ("fr", "Micro-leçon, semaine 1 - "),
    ],
)
def test_a_pilots_session_titles_are_in_the_pilots_language(
    demo_ws: Workspace, code: str, title: str
) -> None:
    """The titles are stored and travel to agendas and invites: the pilot's language, not the window's."""
    from dataclasses import replace

    schedule = Schedule(demo_ws)
    model = schedule.list_programs()[0]
    program = replace(model, id=None, uid="", name="Sprachtest", format_key="micro-lesson", language=code)
    with i18n.language("en" if code != "en" else "de"):
        sessions = schedule.plan_series(program)
    assert sessions and sessions[0].title.startswith(title)
    assert sessions[0].title.endswith(" - Sprachtest")
