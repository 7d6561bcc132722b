"""Every command's every argument, fed hostile values: a message and exit status 0, 1 or 2, never a traceback.

The commands and their options are read from the argument parser itself, so a
new command or option is fuzzed without anyone adding it here. Each value is
drawn from what broke commands before (issue 30): huge and negative numbers,
years 1 and 9999, text that is not valid UTF-8 (surrogate escapes, as Python
gives undecodable bytes in argv), option-like values, empty strings. Commands
run in-process through `main(argv)` on a copy of the demo workspace.
"""

from __future__ import annotations

import argparse
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.cli.main import build_parser, main

SKIPPED = {("demo",)}  # builds a whole demo folder per run; covered by test_cli's demo tests

HOSTILE = [
    "",
    " ",
    "-:",
    "-1",
    "-5",
    "0",
    "1",
    "2",
    "3",
    "99999999999999999999999999999",
    str(2**63),
    str(-(2**63) - 1),
    "1e309",
    "nan",
    "0001-01-01",
    "9999-12-31",
    "0001-01-01T00:00",
    "9999-12-31T23:59",
    "2026-02-30",
    "25:99",
    "mon",
    "UTC",
    "Europe/Berlin",
    "Mars/Olympus",
    "../../etc",
    "a\udcffb",  # an undecodable byte in argv
    "\udce9t\udce9",
    "\u202eevil",
    "x" * 300,
    "http://[::1",
    "http://host:99999/",
    "https://[fe80::1%eth0]:0/",
    "http://[::1]:1/dav/",
    "all",
    "Engineering onboarding pilot",
    "aisha.bello@northwind.example",
    "micro-lesson",
    "Python",
    "yes",
]

text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every runnable command path: ('roster', 'import'), ('match',), ..."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [path]
    found: list[tuple[str, ...]] = []
    for name, sub in subs[0].choices.items():
        found += leaves(sub, (*path, name))
    return found


def parser_of(path: tuple[str, ...]) -> argparse.ArgumentParser:
    parser = build_parser()
    for name in path:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    return parser


COMMANDS = [p for p in leaves(build_parser()) if p and p not in SKIPPED]


def value_for(action: argparse.Action, folder: Path) -> st.SearchStrategy[str]:
    """Hostile values for one argument (a path stays inside the test's folder)."""
    if action.type is Path:
        names = st.one_of(
            st.sampled_from(
                ["out.pdf", "out.html", "out.md", "out.txt", "out.csv", "out.ics", "in.csv", "none/x"]
            ),
            st.text(
                st.characters(blacklist_characters="\x00/", blacklist_categories=("Cs",)),
                min_size=1,
                max_size=12,
            ),
            st.just("a\udcffb.pdf"),
        ).filter(lambda n: n not in (".", ".."))
        return st.one_of(st.just("-"), names.map(lambda n: str(folder / n)))
    if action.choices:
        return st.one_of(st.sampled_from([str(c) for c in action.choices]), text)
    return text


@st.composite
def argv_for(draw: st.DrawFn, path: tuple[str, ...], folder: Path) -> list[str]:
    """One command line for `path`: its positionals, its required options and some others."""
    argv = list(path)
    for action in parser_of(path)._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:
            argv.append(draw(value_for(action, folder)))
        elif action.required or draw(st.booleans()):
            if action.nargs == 0:
                argv.append(action.option_strings[0])
            else:
                argv += [action.option_strings[-1], draw(value_for(action, folder))]
    if draw(st.integers(0, 5)) == 0:
        argv = ["--today", draw(text), *argv]
    return argv


@pytest.fixture
def fuzz_db(demo_template: Path, tmp_path: Path) -> Path:
    shutil.copyfile(demo_template, tmp_path / "demo.sqlite")
    return tmp_path / "demo.sqlite"


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_argument_of_every_command_gives_a_message_not_a_traceback(
    command: tuple[str, ...],
    fuzz_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PEERDESK_CALDAV_PASSWORD", raising=False)
    folder = tmp_path / "files"
    folder.mkdir()

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(argv=argv_for(command, folder))
    def run(argv: list[str]) -> None:
        try:
            code = main(["--db", str(fuzz_db), *argv])
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code
        except BaseException as exc:  # reported in ASCII (see below)
            raise AssertionError(ascii((argv, repr(exc)))) from None
        out, err = capsys.readouterr()
        # ascii(): a report with a lone surrogate in it cannot even be sent between test workers
        assert code in (0, 1, 2), ascii((argv, code, err[-2000:]))
        assert "Traceback" not in err + out, ascii((argv, err[-2000:]))
        if code:
            assert err.strip(), ascii((argv, "an exit status without a message"))

    run()


def test_the_commands_are_all_there() -> None:
    """The harness finds the commands from the parser (a sanity check on `leaves`)."""
    assert {("roster", "import"), ("match",), ("session", "move"), ("publish",), ("print",)} <= set(COMMANDS)
    assert date(2026, 1, 1)  # the clock is the conftest's, never today's date
