"""Printouts and reports in the lead's language: nothing fixed is left in English.

The sweep renders every printout kind and every report shape on the demo workspace in the
pseudo-locale, where every message that went through gettext comes out accented and
bracketed ("[Ŝéşşíóñş ·····]", no ASCII letter left). What is left after removing those
segments and the workspace's own data (names, emails, skills, titles, formats, typed text)
must hold no English word: a word there is a sentence nobody marked for translation.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.dates import get_day_names, get_month_names
from babel.lists import format_list

from peerdesk import i18n
from peerdesk.impact.compare import compare_programs
from peerdesk.impact.end_of_pilot import end_of_pilot
from peerdesk.impact.report import Impact
from peerdesk.impact.transfer import follow_ups, slips_html
from peerdesk.printing.matrix import render_matrix
from peerdesk.printing.printouts import ALL_KINDS, PERSON_KINDS, PROGRAM_KINDS, SESSION_KINDS, Printouts
from peerdesk.printing.templates import Rendered, TemplateLibrary, builtin_templates_dir
from peerdesk.printing.wording import zone_city
from peerdesk.roster.matrix import build_matrix
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace

# Pseudo-translated text: '[' ... one or more '·' ... ']' (a message may span lines and hold others)
PSEUDO_SEGMENT = re.compile(r"\[[^\[\]]*?·+\]", re.S)
ENGLISH_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’-]*[A-Za-z]\b")
# columns that hold keys (statuses, roles, kinds), not text a person typed: stripping their values
# ('held', 'learner') would hide the same English words left unmarked in a sentence
KEY_COLUMNS = {"status", "role", "kind", "competency_from", "language", "format_key", "key"}
# names that are not English text: the product, the evaluation model, units nobody translates
NOT_ENGLISH = {"PEERDESK", "PeerDesk", "LTEM", "UTC", "GMT", "min"}
WORKSPACE_NAME = "Northwind demo"
SLACK_EMOJI = re.compile(r":[a-z_]+:")


def _strings(value: object) -> Iterator[str]:
    """Every string inside a stored value (JSON lists and objects included)."""
    if isinstance(value, str):
        yield value
        if value[:1] in "[{":
            with contextlib.suppress(ValueError):
                yield from _strings(json.loads(value))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def workspace_texts(db_path: Path, ws: Workspace) -> list[str]:
    """The workspace's own text (every TEXT column but the keys), longest first, with its lines.

    The format library counts as the workspace's: its built-in names, descriptions and outlines
    live in peerdesk/schedule/formats.py, outside the printouts, and print as the lead sees them.
    """
    found: set[str] = {WORKSPACE_NAME, WORKSPACE_NAME.upper()}  # the matrix kicker prints it in capitals
    schedule = Schedule(ws)
    for fmt in schedule.formats():
        found |= {fmt.name, fmt.description, *(step.text for step in fmt.agenda)}
    found |= {person.role for person in schedule.people.list_people() if len(person.role) >= 3}
    with sqlite3.connect(db_path) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [r[1] for r in con.execute(f"PRAGMA table_info('{table}')")]
            for column in columns:
                if column in KEY_COLUMNS:
                    continue
                for (value,) in con.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
                    for text in _strings(value):
                        for piece in (text, *text.splitlines()):
                            piece = piece.strip()
                            if len(piece) >= 3:
                                found.add(piece)
                                if "/" in piece and not piece.startswith("http"):
                                    found.add(zone_city(piece))
    return sorted(found, key=len, reverse=True)


def locale_words() -> set[str]:
    """Month and weekday names and timezone abbreviations: formatted by Babel, not fixed text."""
    words: set[str] = set()
    for width in ("wide", "abbreviated"):
        words |= set(get_month_names(width, locale="en_GB").values())
        words |= set(get_month_names(width, context="stand-alone", locale="en_GB").values())
        words |= set(get_day_names(width, locale="en_GB").values())
        words |= set(get_day_names(width, context="stand-alone", locale="en_GB").values())
    # the word a list ends with ('Ana, Ben and Chen'): Babel's list pattern, as dates are
    words |= set(re.findall(r"[A-Za-z]+", format_list(["0", "1", "2"], locale="en_GB")))
    return {w.rstrip(".") for w in words}


def leftovers(text: str, data: list[str], *, markdown: bool = False) -> list[str]:
    """English words in `text` that are neither pseudo-translated nor the workspace's own data."""
    text = re.sub(r"<style.*?</style>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<[^<>]*>", " ", text)
    text = html.unescape(text)
    if markdown:
        text = re.sub(r"\\(.)", r"\1", text)
    text = text.replace("\u2068", "").replace("\u2069", "")  # bidi isolation around typed text
    text = SLACK_EMOJI.sub(" ", text)
    for value in data:
        text = text.replace(value, " ")
    while True:
        stripped = PSEUDO_SEGMENT.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    allowed = NOT_ENGLISH | locale_words() | _zone_abbreviations(data)
    return [w for w in ENGLISH_WORD.findall(text) if w not in allowed and len(w) >= 3]


def _zone_abbreviations(data: list[str]) -> set[str]:
    names = set()
    for value in data:
        try:
            zone = ZoneInfo(value)
        except (ValueError, KeyError, OSError):
            continue
        for month in (1, 7):
            names.add(datetime(2026, month, 1, 12, tzinfo=zone).tzname() or "")
    return names


def every_document(ws: Workspace, printouts: Printouts) -> Iterator[tuple[str, str, bool]]:
    """(what, text, is Markdown) for every printout kind and report shape of the demo workspace."""
    schedule = Schedule(ws)
    programs = schedule.list_programs()
    sessions = schedule.list_sessions()
    held = next(s for s in sessions if s.status == "held" and s.attendees)
    marked = [s for s in sessions if s.status in ("skipped", "cancelled")]
    planned = next(s for s in sessions if s.status == "planned" and s.attendees)
    for kind in SESSION_KINDS:
        for session in (held, planned, *marked[:1]):
            if kind == "follow-up" and session.status != "held":
                continue
            yield from _rendered(f"{kind} {session.id}", printouts.render(kind, session_id=session.id))
    yield f"follow-up text {held.id}", printouts.follow_up_text(held.id or 0), False
    for fmt in schedule.formats():
        yield from _rendered(f"guide {fmt.key}", printouts.render("guide", format_key=fmt.key))
    for program in programs:
        for kind in PROGRAM_KINDS:
            yield from _rendered(f"{kind} {program.name}", printouts.render(kind, program=program.name))
    leader = next(e for s in sessions if s.status == "held" for e in s.facilitators)
    for kind in PERSON_KINDS:
        yield from _rendered(f"{kind} {leader}", printouts.render(kind, person=leader))
    people = schedule.people.list_people()
    for group_by in ("", "team"):
        matrix = build_matrix(people, group_by=group_by)
        yield from _rendered(
            f"matrix {group_by}", render_matrix(matrix, workspace=WORKSPACE_NAME, grouped_by=group_by)
        )
    impact = Impact(ws, today=printouts.today)
    later = Impact(ws, today=max(p.start for p in programs) + timedelta(days=400))
    for program in programs:
        for week in range(1, impact.current_week(program) + 1):
            report = impact.report(program, week)
            yield from _rendered(f"report {program.name} week {week}", report.html)
            yield f"report.md {program.name} week {week}", report.markdown, True
            yield f"report slack {program.name} week {week}", report.slack, False
        summary = end_of_pilot(later, program)
        yield from _rendered(f"end of pilot {program.name}", summary.html)
        yield f"end of pilot md {program.name}", summary.markdown, True
        comparison = compare_programs(impact, program, None)
        yield from _rendered(f"compare {program.name}", comparison.rendered())
        yield f"compare md {program.name}", comparison.markdown(), True
    for program in programs:
        asked = follow_ups(program, people)
        if asked:
            yield f"transfer slips {program.name}", slips_html(program, asked), False
    if len(programs) > 1:
        both = compare_programs(impact, programs[0], programs[1])
        yield from _rendered("compare two", both.rendered())
        yield "compare two md", both.markdown(), True


def _rendered(what: str, rendered: Rendered) -> Iterator[tuple[str, str, bool]]:
    yield what, rendered.text, not rendered.is_html
    yield f"{what} (title)", rendered.title, False
    if rendered.print_extra:
        yield f"{what} (extra)", rendered.print_extra, False


def _untranslated(ws: Workspace, db_path: Path, printouts: Printouts) -> dict[str, list[str]]:
    data = workspace_texts(db_path, ws)
    found: dict[str, list[str]] = {}
    with i18n.language(i18n.PSEUDO):
        for what, text, markdown in every_document(ws, printouts):
            words = leftovers(text, data, markdown=markdown)
            if words:
                found[what] = sorted(set(words))
    return found


@pytest.fixture
def pseudo_printouts(demo_ws: Workspace, tmp_path: Path) -> Printouts:
    """Printouts of the demo workspace with PeerDesk's own templates (an empty user folder)."""
    return Printouts(demo_ws, TemplateLibrary(tmp_path / "no-own-templates"))


def test_every_printout_and_report_is_translated_in_the_pseudo_locale(
    demo_ws: Workspace, demo_db: Path, pseudo_printouts: Printouts
) -> None:
    """The sweep: every fixed word of every printout and report went through gettext."""
    found = _untranslated(demo_ws, demo_db, pseudo_printouts)
    assert not found, "English left untranslated:\n" + "\n".join(f"{k}: {v}" for k, v in found.items())
    # and the sweep saw every kind of document (a demo without, say, a held session would skip some)
    seen = {" ".join(what.split()[:2]) for what, _text, _md in every_document(demo_ws, pseudo_printouts)}
    expected = {*ALL_KINDS, "follow-up text", "matrix", "report", "report.md", "report slack", "end of"}
    expected |= {"compare", "compare md", "transfer slips"}
    assert {
        kind for kind in expected if not any(s == kind or s.startswith(kind + " ") for s in seen)
    } == set()


def test_the_sweep_finds_an_unmarked_sentence(
    demo_ws: Workspace, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sweep can fail: one sentence outside gettext in a template (a lead's agenda) and one in
    Python (a report's next step) are both caught, and nothing else is."""
    own = tmp_path / "own-templates"
    own.mkdir()
    source = (builtin_templates_dir() / "agenda.html").read_text(encoding="utf-8")
    (own / "agenda.html").write_text(
        source.replace("{% block body %}", "{% block body %}<p>Deliberately unmarked heading</p>", 1),
        encoding="utf-8",
    )
    from peerdesk.impact import report

    marked = report.next_steps
    monkeypatch.setattr(report, "next_steps", lambda *args: [*marked(*args), "Forgotten python sentence"])
    found = _untranslated(demo_ws, demo_db, Printouts(demo_ws, TemplateLibrary(own)))
    agendas = {what: words for what, words in found.items() if what.startswith("agenda")}
    reports = {what: words for what, words in found.items() if what.startswith("report")}
    assert agendas and all(words == ["Deliberately", "heading", "unmarked"] for words in agendas.values())
    assert reports and all(words == ["Forgotten", "python", "sentence"] for words in reports.values())
    assert set(found) == set(agendas) | set(reports), found


def test_the_data_filter_keeps_fixed_english() -> None:
    """What the sweep strips is the workspace's own text: a fixed word around it still counts."""
    data = ["Ana Lopez", "Pairing basics"]
    assert leftovers("[Ŝéşşíóñ ··] Ana Lopez <b>Pairing basics</b>", data) == []
    assert leftovers("Session with Ana Lopez", data) == ["Session", "with"]
    assert leftovers("Thursday 3 December 2026, 10:00", data) == []


def test_a_french_program_prints_in_french_while_the_lead_works_in_english(
    demo_ws: Workspace, pseudo_printouts: Printouts
) -> None:
    """A program's language rules its printouts and reports; '' keeps the lead's language."""
    schedule = Schedule(demo_ws)
    program = schedule.list_programs()[0]
    schedule.programs.save(replace(program, language="fr"))
    sessions = [s for s in schedule.list_sessions(program.id) if s.attendees]
    with i18n.language("en"):
        handout = Printouts(demo_ws, pseudo_printouts.library).render("handout", program=program.name).text
        agenda = Printouts(demo_ws, pseudo_printouts.library).render("agenda", session_id=sessions[0].id).text
        guide = (
            Printouts(demo_ws, pseudo_printouts.library).render("guide", format_key=program.format_key).text
        )
        report = Impact(demo_ws, today=pseudo_printouts.today).report(schedule.programs.get(program.id or 0))
        assert i18n.current() == "en"
    french_months = set(get_month_names("wide", locale="fr_FR").values())
    french_days = set(get_day_names("wide", locale="fr_FR").values())
    english_months = set(get_month_names("wide", locale="en_GB").values())
    assert french_months & set(re.findall(r"\w+", handout)), handout
    assert french_days & set(re.findall(r"\w+", agenda)), agenda
    assert not english_months & set(re.findall(r"\w+", handout + agenda))
    assert french_months & set(re.findall(r"\w+", report.markdown)), report.markdown
    # a guide belongs to no program: it is in the lead's language
    assert not french_months & set(re.findall(r"\w+", guide))


def test_dates_follow_the_language() -> None:
    """English keeps its forms exactly; other languages use their locale's own patterns."""
    from peerdesk.printing.wording import day_range, long_day_text, short_day_text

    day = date(2026, 12, 3)
    with i18n.language("en"):
        assert long_day_text(day) == "Thursday 3 December 2026"
        assert short_day_text(day) == "Thu 3 Dec 2026"
        assert day_range(date(2026, 11, 5), date(2026, 12, 10)) == "5 November \u2013 10 December 2026"
    with i18n.language("de"):
        assert long_day_text(day) == "Donnerstag, 3. Dezember 2026"
        assert day_range(date(2026, 11, 5), date(2026, 12, 10)) == "5. November \u2013 10. Dezember 2026"
    with i18n.language("fr"):
        assert long_day_text(day) == "jeudi 3 décembre 2026"


GERMAN_PO = r"""
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

msgid "Timed agenda"
msgstr "Zeitplan"

msgid "Who is coming (%(count)s)"
msgstr "Wer kommt (%(count)s)"

msgid "%(num)s minute"
msgid_plural "%(num)s minutes"
msgstr[0] "%(num)s Minute"
msgstr[1] "%(num)s Minuten"

msgid "SKIPPED"
msgstr "AUSGEFALLEN"
"""


def test_a_german_catalogue_reaches_the_printout(
    demo_ws: Workspace, pseudo_printouts: Printouts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a German catalogue, a German program's agenda reads German: template text, counts, dates."""
    (tmp_path / "de.po").write_text(GERMAN_PO, encoding="utf-8")
    monkeypatch.setattr(i18n, "po_path", lambda code: tmp_path / f"{code}.po")
    i18n._catalogue.cache_clear()
    try:
        schedule = Schedule(demo_ws)
        program = schedule.list_programs()[0]
        schedule.programs.save(replace(program, language="de"))
        session = next(s for s in schedule.list_sessions(program.id) if s.attendees)
        with i18n.language("en"):
            agenda = pseudo_printouts.render("agenda", session_id=session.id).text
    finally:
        i18n._catalogue.cache_clear()
    german_days = set(get_day_names("wide", locale="de_DE").values())
    assert "<h2>Zeitplan</h2>" in agenda and f"Wer kommt ({len(session.attendees)})" in agenda
    assert "Minuten" in agenda and german_days & set(re.findall(r"\w+", agenda))


def test_a_leads_own_template_renders_with_or_without_gettext(tmp_path: Path) -> None:
    """A lead's copy made before translation still renders; one using `{% trans %}` gets the same
    escaping as `{{ }}` for the values in its sentence, and its count as the language writes numbers."""
    own = tmp_path / "own"
    own.mkdir()
    (own / "old.html").write_text('<p>{% if role == "Facilitator" %}Lead: {{ name }}{% endif %}</p>')
    (own / "new.html").write_text(
        "<p>{% trans name=name %}Thank you, <b>{{ name }}</b>!{% endtrans %} "
        "{% trans count=n %}{{ count }} session{% pluralize %}{{ count }} sessions{% endtrans %}</p>"
    )
    (own / "new.md").write_text('**{{ _("Thank you, %(name)s!", name=name) }}**')
    library = TemplateLibrary(own)
    values = {"role": "Facilitator", "name": "Ana <i>*x*</i>", "n": 1234}
    with i18n.language("en"):
        assert library.render("old.html", values) == "<p>Lead: Ana &lt;i&gt;*x*&lt;/i&gt;</p>"
        assert library.render("new.html", values) == (
            "<p>Thank you, <b>Ana &lt;i&gt;*x*&lt;/i&gt;</b>! 1,234 sessions</p>"
        )
        assert library.render("new.md", values) == r"**Thank you, Ana \<i\>\*x\*\</i\>!**"
    with i18n.language("de"):
        assert "1.234" in library.render("new.html", values)
    with i18n.language(i18n.PSEUDO):
        pseudo = library.render("new.html", values)
        assert "Ana &lt;i&gt;*x*&lt;/i&gt;" in pseudo and "Thank" not in pseudo
