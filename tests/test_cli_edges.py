"""Command-line values checked at the edge (issue 30, item 6): each case below was a traceback,
a hang or a false message before. Real demo workspaces, commands run through `main(argv)`."""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

import pytest

from peerdesk.cli import main as cli_main
from peerdesk.cli.main import main


def run(db: Path, *argv: str) -> int:
    try:
        return main(["--db", str(db), *argv])
    except SystemExit as exc:  # argparse's refusals
        return int(exc.code or 0)


def programs(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [name for (name,) in conn.execute("SELECT name FROM programs ORDER BY id")]


def session_rows(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute("SELECT * FROM sessions ORDER BY id"))


CREATE = [
    "--weekday",
    "tue",
    "--time",
    "10:00",
    "--tz",
    "UTC",
    "--organizer",
    "aisha.bello@northwind.example",
]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["session", "skip", "99999999999999999999999999999"],
            "argument id: 99999999999999999999999999999 is out",
        ),
        (["session", "move", str(2**63), "--to", "2026-12-01T10:00"], "is out of range: use an id"),
        (["match", "1", "--seed", "99999999999999999999999"], "argument --seed"),
        (["match", "1", "--mode", "mentor", "--capacity", "-5"], "argument --capacity: -5 is out of range"),
        (["print", "agenda", "--session", "1e9", "--out", "-"], "'1e9' is not an id"),
        (["kpis", "1", "--week", str(10**30)], "argument --week"),
        (["program", "create", "Caf\udce9", "--start", "2027-01-05", *CREATE], "is not valid UTF-8 text"),
        (["roster", "list", "--json"], None),
    ],
)
def test_numbers_and_text_out_of_range_are_refused_with_status_2(
    demo_db: Path, argv: list[str], message: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    before = session_rows(demo_db)
    code = run(demo_db, *argv)
    err = capsys.readouterr().err
    if message is None:
        assert code == 0
        return
    assert code == 2 and message in err and "Traceback" not in err
    assert session_rows(demo_db) == before


@pytest.mark.parametrize("start", ["0001-01-01", "9999-12-27", "1969-12-30", "2201-01-06"])
def test_a_program_in_year_1_or_9999_is_refused(
    demo_db: Path, start: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = programs(demo_db)
    assert run(demo_db, "program", "create", "Far pilot", "--start", start, *CREATE) == 1
    assert "is outside the years 1970-2200" in capsys.readouterr().err
    assert programs(demo_db) == before


@pytest.mark.parametrize("to", ["0001-01-01T10:00", "9999-12-31T23:59"])
def test_a_session_is_not_moved_to_year_1_or_9999(
    demo_db: Path, to: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = session_rows(demo_db)
    assert run(demo_db, "session", "move", "1", "--to", to, "--anyway") == 1
    assert "is outside the years" in capsys.readouterr().err
    assert session_rows(demo_db) == before


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://[::1", "Invalid IPv6 URL"),
        ("http://[zz]/dav/", "does not appear to be an IPv4 or IPv6 address"),
        ("https://cal.example.com:99999/", "Port out of range"),
        ("https://cal.example.com:0/", "port 0"),
    ],
)
def test_a_bad_url_is_a_message(
    demo_db: Path, url: str, message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PEERDESK_CALDAV_PASSWORD", "secret")  # so nothing stops before the address
    assert run(demo_db, "publish", "1", "--url", url, "--user", "lead") == 1
    err = capsys.readouterr().err
    assert f"--url {url}: " in err and message in err and "Traceback" not in err


def test_a_file_name_that_is_not_utf8_is_printed_escaped(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r\udcffster.csv"  # a byte 0xFF in the name, as the terminal gave it
    assert run(demo_db, "roster", "export", str(out)) == 0
    assert "r\\udcffster.csv" in capsys.readouterr().out
    assert any(bytes(p).endswith(b"/r\xffster.csv") for p in tmp_path.iterdir())  # the name as given


def test_ctrl_c_exits_quietly_with_130_and_imports_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "people.csv"
    rows = "\n".join(f"Person {i},p{i}@example.com,Engineer,Core" for i in range(400))
    source.write_text("name,email,role,team\n" + rows + "\n", encoding="utf-8")

    def interrupted(stage: str, done: int, total: int) -> bool:
        if stage == "Saving people" and done > 0:  # Ctrl-C half-way through writing the people
            raise KeyboardInterrupt
        return True

    monkeypatch.setattr(cli_main, "_terminal_progress", lambda: interrupted)
    with sqlite3.connect(demo_db) as conn:
        before = conn.execute("SELECT count(*) FROM people").fetchone()
    assert run(demo_db, "roster", "import", str(source)) == 130
    err = capsys.readouterr().err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    with sqlite3.connect(demo_db) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone() == before
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_a_broken_stdout_after_a_saved_change_says_it_was_saved(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert run(demo_db, "program", "create", "Piped pilot", "--start", "2027-01-05", *CREATE) == 0
    assert (
        f"the change was saved in {demo_db}, but its report could not be printed" in capsys.readouterr().err
    )
    assert "Piped pilot" in programs(demo_db)


def test_a_full_stdout_after_a_saved_change_is_not_called_nothing_written(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    assert run(demo_db, "program", "create", "Full pilot", "--start", "2027-01-05", *CREATE) == 1
    err = capsys.readouterr().err
    assert "standard output could not be written" in err and "the change was saved" in err
    assert "nothing was written" not in err and "Full pilot" in programs(demo_db)


def test_a_broken_stdout_for_a_listing_is_quiet(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert run(demo_db, "roster", "list") == 0  # `peerdesk roster list | head`
    assert capsys.readouterr().err == ""


@pytest.mark.slow
def test_a_real_ctrl_c_during_an_import_exits_130_without_a_traceback(demo_db: Path, tmp_path: Path) -> None:
    """SIGINT, as the terminal sends it, half-way through a big import: status 130, no traceback,
    and the workspace has everything from before the import or everything from after it."""
    import os
    import signal
    import subprocess
    import time

    source = tmp_path / "many.csv"
    rows = "".join(f"Person {i},p{i}@example.com,Engineer,Core\n" for i in range(60_000))
    source.write_text("name,email,role,team\n" + rows, encoding="utf-8")
    with sqlite3.connect(demo_db) as conn:
        (before,) = conn.execute("SELECT count(*) FROM people").fetchone()
    command = [sys.executable, "-m", "peerdesk", "--db", str(demo_db), "roster", "import", str(source)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(2.5)  # well into checking or saving 60,000 rows
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130, (child.returncode, err[-500:])
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    with sqlite3.connect(demo_db) as conn:
        (after,) = conn.execute("SELECT count(*) FROM people").fetchone()
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert after == before
