"""The headless command line: demo, roster import/export/list, and its error lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.cli.main import main
from peerdesk.demo import DEMO_FILENAME

HEADER = "name,email,role,team,manager_email,timezone,teaches,wants,availability"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m peerdesk` as a user would, in a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_demo_writes_a_workspace_and_list_json_reads_it(tmp_path: Path) -> None:
    result = run("demo", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    db = tmp_path / "out" / DEMO_FILENAME
    listing = run("--db", str(db), "roster", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    people = json.loads(listing.stdout)
    assert len(people) == 24
    assert {p["team"] for p in people} == {"Engineering", "Sales", "Support"}
    tomas = next(p for p in people if p["email"] == "tomas.ferreira@northwind.example")
    assert tomas["name"] == "Tomás Ferreira" and tomas["teaches"].startswith("SQL:4")
    assert tomas["manager_email"] == "maja.keller@northwind.example"


def test_import_into_missing_path_creates_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "team.csv"
    csv_path.write_text(f"{HEADER}\nAna,ana@example.com,Dev,Eng,,UTC,SQL:3,,\n", encoding="utf-8")
    db = tmp_path / "new" / "team.sqlite"
    assert main(["--db", str(db), "roster", "import", str(csv_path), "--dry-run"]) == 0
    assert "Would import team.csv" in capsys.readouterr().out
    assert not db.exists()  # a dry run creates nothing
    assert main(["--db", str(db), "roster", "import", str(csv_path)]) == 0
    assert "1 new, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert main(["--db", str(db), "roster", "list"]) == 0
    assert "Ana <ana@example.com>" in capsys.readouterr().out


def test_bad_import_prints_each_problem_and_changes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "bad.csv"
    csv_path.write_text(
        f"{HEADER}\nNew Person,new@example.com,,,,UTC,,,\n"
        "Bad,bad@,,,,UTC,,,\nWorse,worse@example.com,,,,Nowhere/City,SQL:9,,\n",
        encoding="utf-8",
    )
    before = demo_db.read_bytes()
    assert main(["--db", str(demo_db), "roster", "import", str(csv_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"peerdesk: {csv_path}: row 3, email: 'bad@' is not a valid email address",
        f"peerdesk: {csv_path}: row 4, timezone: 'Nowhere/City' is not a timezone PeerDesk knows: write the region and city, e.g. Europe/Berlin",
        f"peerdesk: {csv_path}: row 4, teaches: level 9 for 'SQL' is outside 0-4",
        "peerdesk: nothing was imported (3 problems)",
    ]
    assert demo_db.read_bytes() == before


def test_map_option_reads_other_column_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "hris.csv"
    csv_path.write_text("Person,Contact\nAna,ana@example.com\n", encoding="utf-8")
    db = tmp_path / "w.sqlite"
    assert main(["--db", str(db), "roster", "import", str(csv_path)]) == 1
    assert "email: no column holds this field" in capsys.readouterr().err
    assert main(["--db", str(db), "roster", "import", str(csv_path), "--map", "Contact=email"]) == 0
    assert main(["--db", str(db), "roster", "import", str(csv_path), "--map", "Nope=email"]) == 1
    assert "has no column 'Nope'" in capsys.readouterr().err


def test_export_then_reimport_is_unchanged(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "roster.csv"
    assert main(["--db", str(demo_db), "roster", "export", str(out)]) == 0
    assert "Wrote 24 people" in capsys.readouterr().out
    assert main(["--db", str(demo_db), "roster", "import", str(out), "--dry-run"]) == 0
    assert "0 new, 0 updated, 24 unchanged" in capsys.readouterr().out


def test_missing_workspace_and_bad_files_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite"
    assert main(["--db", str(missing), "roster", "list"]) == 1
    assert capsys.readouterr().err.strip() == f"peerdesk: there is no workspace at {missing}"
    assert not missing.exists()
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("hello")
    assert main(["--db", str(text_file), "roster", "list"]) == 1
    assert "not a PeerDesk workspace" in capsys.readouterr().err
    assert main(["--db", str(text_file), "roster", "import", str(tmp_path / "nope.csv")]) == 1
    assert "cannot be read" in capsys.readouterr().err
    assert text_file.read_text() == "hello"


def test_no_display_gives_one_clear_sentence(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run("--demo", env=env)
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux can lack a display")
    assert result.returncode == 1
    assert result.stderr.startswith("peerdesk: there is no display to open the window on.")
    assert (
        "roster, skills, program, sessions, invites, match, print, feedback, competency, kpis, report, "
        "end-report, compare and demo" in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_window_on_missing_db_is_refused_before_qt(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "nothing.sqlite"))
    assert result.returncode == 1
    assert "there is no workspace at" in result.stderr
    assert not (tmp_path / "nothing.sqlite").exists()


def test_missing_x11_libraries_are_named_before_qt_aborts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import ctypes

    from peerdesk.cli import main as cli

    if not sys.platform.startswith("linux"):
        pytest.skip("X11 libraries are a Linux matter")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)

    def no_cursor_library(name: str, *args: object, **kwargs: object) -> object:
        if "xcb-cursor" in name:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    monkeypatch.setattr(ctypes, "CDLL", no_cursor_library)
    assert cli.missing_x11_packages() == ["libxcb-cursor0"]
    assert main(["--demo"]) == 1
    assert capsys.readouterr().err.strip() == (
        "peerdesk: the window needs system libraries this computer lacks; "
        "install them with: sudo apt-get install libxcb-cursor0"
    )


# -- no output replaces the workspace; a refused import leaves nothing behind -------------


@pytest.mark.skipif(os.name != "posix", reason="symlinks and hard links as a user makes them here")
@pytest.mark.parametrize("target", ["{db}", "{db}.lock", "{db}-journal", "{link}", "{hard}", "{backup}"])
def test_no_export_replaces_the_workspace_or_its_companions(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    link = tmp_path / "link.sqlite"
    link.symlink_to(demo_db)
    hard = tmp_path / "hard.sqlite"
    os.link(demo_db, hard)
    backup = demo_db.with_name("demo.before-upgrade-g5-20260101-000000.sqlite")
    backup.write_bytes(demo_db.read_bytes())
    path = target.format(db=demo_db, link=link, hard=hard, backup=backup)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file() and not p.is_symlink()}
    assert main(["--db", str(demo_db), "roster", "export", path]) == 1
    err = capsys.readouterr().err
    assert "an export never replaces it" in err and "Traceback" not in err
    for args in (
        ["print", "guide", "--format", "skill-swap", "--out", path],
        ["report", "Engineering onboarding pilot", "--out", path],
    ):
        assert main(["--db", str(demo_db), *args]) == 1
        captured = capsys.readouterr()
        assert "Wrote" not in captured.out
        assert "an export never replaces it" in captured.err, captured.err
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file() and not p.is_symlink()}
    assert after == before


def test_export_onto_workspace_itself_says_so(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo_db.read_bytes()
    assert main(["--db", str(demo_db), "roster", "export", str(demo_db)]) == 1
    assert "is the open workspace; an export never replaces it" in capsys.readouterr().err
    assert demo_db.read_bytes() == before


def test_failed_import_into_new_path_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "bad.csv"
    csv_path.write_text(f"{HEADER}\nAna,ana@,,,,UTC,,,\n", encoding="utf-8")
    db = tmp_path / "new.sqlite"
    assert main(["--db", str(db), "roster", "import", str(csv_path)]) == 1
    assert "row 2, email" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "home"]


def test_program_create_with_a_zone_folder_is_a_message(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_db.read_bytes()
    code = main(
        [
            "--db",
            str(demo_db),
            "program",
            "create",
            "P",
            "--start",
            "2026-03-02",
            "--weekday",
            "tue",
            "--time",
            "10:00",
            "--tz",
            "Europe",
            "--organizer",
            "maja.keller@northwind.example",
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "Europe" in err and "Traceback" not in err and "IsADirectoryError" not in err
    assert demo_db.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal is POSIX")
def test_progress_on_a_terminal_only(tmp_path: Path) -> None:
    rows = "\n".join(f"P{i},p{i}@example.com" for i in range(3000))
    csv_path = tmp_path / "big.csv"
    csv_path.write_text(f"name,email\n{rows}\n", encoding="utf-8")
    piped = run("--db", str(tmp_path / "a.sqlite"), "roster", "import", str(csv_path))
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == ""  # scripts and logs get no progress lines
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "peerdesk",
            "--db",
            str(tmp_path / "b.sqlite"),
            "roster",
            "import",
            str(csv_path),
        ],
        stdout=subprocess.PIPE,
        stderr=follower,
    )
    out, _ = proc.communicate(timeout=120)
    os.close(follower)
    chunks = b""
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks += data
    os.close(leader)
    assert proc.returncode == 0
    assert b"Checking rows: 3,000 of 3,000" in chunks
    assert b"3000 new" in out
