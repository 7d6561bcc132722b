"""Every export and printout on a full disk and onto things that are not files.

A full disk is a real one: a small tmpfs mounted for the test (root only, as in
CI; skipped with the reason otherwise). Special files are real FIFOs, sockets,
device nodes and links. Every case runs the real command line in this process,
under an alarm so that a hang fails instead of blocking the suite.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import signal
import socket
import sqlite3
import stat
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlite_utils import Database

from peerdesk.cli.main import main
from peerdesk.storage import open_workspace
from peerdesk.storage.schema import migrations

PROGRAM = "Engineering onboarding pilot"
AFTER_THE_PILOT = date(2027, 1, 20)

# name -> (file suffix, the command's arguments with OUT for the file)
EXPORTS: dict[str, tuple[str, list[str]]] = {
    "roster-csv": (".csv", ["roster", "export", "OUT"]),
    "printout-pdf": (".pdf", ["print", "kickoff", "--program", PROGRAM, "--out", "OUT"]),
    "printout-html": (".html", ["print", "kickoff", "--program", PROGRAM, "--out", "OUT"]),
    "follow-up-md": (".md", ["print", "follow-up", "--session", "SESSION", "--out", "OUT"]),
    "report-md": (".md", ["report", PROGRAM, "--out", "OUT"]),
    "report-pdf": (".pdf", ["report", PROGRAM, "--out", "OUT"]),
    "report-html": (".html", ["report", PROGRAM, "--out", "OUT"]),
    "end-report-md": (".md", ["end-report", PROGRAM, "--out", "OUT"]),
    "end-report-pdf": (".pdf", ["end-report", PROGRAM, "--out", "OUT"]),
    "compare-md": (".md", ["compare", PROGRAM, "--out", "OUT"]),
    "compare-pdf": (".pdf", ["compare", PROGRAM, "--out", "OUT"]),
    "matrix-csv": (".csv", ["skills", "matrix", "--out", "OUT"]),
    "matrix-xlsx": (".xlsx", ["skills", "matrix", "--out", "OUT"]),
    "matrix-pdf": (".pdf", ["skills", "matrix", "--out", "OUT"]),
}


class Hung(Exception):  # not an OSError, so that no `except OSError` swallows it
    """The command under test hung."""


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail (instead of hanging the suite) when the block takes longer than `seconds`.

    The alarm repeats every second after that, in case the code under test catches the first.
    """

    def expired(signum: int, frame: object) -> None:
        raise Hung(f"the command hung for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def first_session(db: Path) -> int:
    with open_workspace(db, read_only=True) as ws:
        return int(ws.db.execute("SELECT min(id) FROM sessions").fetchone()[0])


def export_args(name: str, db: Path, out: Path) -> list[str]:
    _, args = EXPORTS[name]
    filled = [str(out) if a == "OUT" else a for a in args]
    filled = [str(first_session(db)) if a == "SESSION" else a for a in filled]
    return ["--db", str(db), *filled]


def run(args: list[str], capsys: pytest.CaptureFixture[str], seconds: int = 60) -> tuple[int, str, str]:
    with deadline(seconds):
        status = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


@pytest.fixture
def late_clock(set_clock: Callable[[date], None]) -> None:
    """After the demo pilot ended, so that the end-of-pilot report can be made."""
    set_clock(AFTER_THE_PILOT)


@pytest.mark.parametrize("name", EXPORTS)
def test_every_export_works_onto_a_symlink_to_a_regular_file(
    name: str, demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], late_clock: None
) -> None:
    suffix = EXPORTS[name][0]
    real = tmp_path / f"real{suffix}"
    real.write_bytes(b"old")
    link = tmp_path / f"link{suffix}"
    link.symlink_to(real)
    status, _, err = run(export_args(name, demo_db, link), capsys)
    assert status == 0, err
    assert link.is_symlink() and os.readlink(link) == str(real)  # the link stays a link
    assert real.read_bytes() != b"old"
    if suffix == ".pdf":
        assert len(PdfReader(real).pages) >= 1


def _make_fifo(path: Path) -> Callable[[], bool]:
    os.mkfifo(path)
    return lambda: stat.S_ISFIFO(os.lstat(path).st_mode)


def _make_socket(path: Path) -> Callable[[], bool]:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    _SOCKETS.append(server)
    return lambda: stat.S_ISSOCK(os.lstat(path).st_mode)


def _make_device(path: Path) -> Callable[[], bool]:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a second /dev/null
    return lambda: stat.S_ISCHR(os.lstat(path).st_mode)


def _make_folder(path: Path) -> Callable[[], bool]:
    path.mkdir()
    return lambda: path.is_dir() and not any(path.iterdir())


def _make_dangling_link(path: Path) -> Callable[[], bool]:
    path.symlink_to(path.with_name("nowhere"))
    return lambda: path.is_symlink() and not os.path.lexists(path.with_name("nowhere"))


def _make_link_to_fifo(path: Path) -> Callable[[], bool]:
    fifo = path.with_name("the-fifo")
    os.mkfifo(fifo)
    path.symlink_to(fifo)
    return lambda: path.is_symlink() and stat.S_ISFIFO(os.lstat(fifo).st_mode)


_SOCKETS: list[socket.socket] = []
SPECIALS: dict[str, Callable[[Path], Callable[[], bool]]] = {
    "fifo": _make_fifo,
    "socket": _make_socket,
    "device": _make_device,
    "folder": _make_folder,
    "dangling-link": _make_dangling_link,
    "link-to-fifo": _make_link_to_fifo,
}


@pytest.mark.parametrize("special", SPECIALS)
@pytest.mark.parametrize("name", EXPORTS)
def test_no_export_replaces_or_hangs_on_a_special_file(
    name: str,
    special: str,
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    late_clock: None,
) -> None:
    target = tmp_path / f"target{EXPORTS[name][0]}"
    still_there = SPECIALS[special](target)
    try:
        status, out, err = run(export_args(name, demo_db, target), capsys, seconds=30)
    finally:
        while _SOCKETS:
            _SOCKETS.pop().close()
    assert status == 1, out
    assert "nothing was written" in err, err
    assert "Wrote" not in out
    assert still_there(), f"the {special} was replaced"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_invites_refuse_a_fifo_in_their_folder(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "invites"
    args = ["--db", str(demo_db), "invites", PROGRAM, "--out", str(folder)]
    assert run(args, capsys)[0] == 0
    one = sorted(folder.glob("*.ics"))[0]
    one.unlink()
    os.mkfifo(one)
    status, _, err = run(args, capsys, seconds=30)
    assert status == 1
    assert "named pipe" in err
    assert stat.S_ISFIFO(os.lstat(one).st_mode)


# --- a full disk ------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs of our own (root only): a disk that really fills up."""
    if os.geteuid() != 0:
        pytest.skip("a full disk is made with a small tmpfs mount, which needs root (CI runs as root)")
    mount = tmp_path / "small-disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int = 0) -> None:
    """Use up the disk until only `leave` bytes are free."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with open(disk / "filler", "ab") as handle:
        os.posix_fallocate(handle.fileno(), 0, max(free - leave, 1))


@pytest.mark.parametrize("name", EXPORTS)
def test_no_export_says_written_on_a_full_disk_and_the_old_file_stays(
    name: str,
    demo_db: Path,
    small_disk: Path,
    capsys: pytest.CaptureFixture[str],
    late_clock: None,
) -> None:
    target = small_disk / f"out{EXPORTS[name][0]}"
    target.write_bytes(b"the good old file")
    fill(small_disk)
    status, out, err = run(export_args(name, demo_db, target), capsys)
    assert status == 1, out
    assert "the disk is full" in err, err
    assert "damage" not in err
    assert "Wrote" not in out
    assert target.read_bytes() == b"the good old file"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", target.name]


def test_invites_on_a_full_disk(demo_db: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(small_disk)
    status, out, err = run(["--db", str(demo_db), "invites", PROGRAM, "--out", str(small_disk / "i")], capsys)
    assert status == 1, out
    assert "the disk is full" in err
    assert not [p for p in (small_disk / "i").rglob("*.tmp")]


def big_roster(path: Path, people: int = 3000) -> Path:
    lines = ["name,email,timezone,notes"] + [f"P{i},p{i}@x.example,UTC,{'x' * 500}" for i in range(people)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_into_a_workspace_on_a_full_disk_changes_nothing_and_says_so(
    demo_db: Path, small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = small_disk / "ws.sqlite"
    db.write_bytes(demo_db.read_bytes())
    fill(small_disk, leave=200_000)
    status, out, err = run(
        ["--db", str(db), "roster", "import", str(big_roster(tmp_path / "big.csv"))], capsys
    )
    assert status == 1, out
    assert "the disk is full" in err and "nothing was changed" in err
    assert "damage" not in err
    (small_disk / "filler").unlink()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 24
    conn.close()


def test_import_into_a_new_workspace_on_a_full_disk_leaves_no_file(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(small_disk, leave=300_000)
    db = small_disk / "new.sqlite"
    status, _, err = run(["--db", str(db), "roster", "import", str(big_roster(tmp_path / "big.csv"))], capsys)
    assert status == 1
    assert "the disk is full" in err
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_upgrade_on_a_full_disk_is_refused_in_words_and_changes_nothing(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = small_disk / "old.sqlite"
    old = Database(db)
    migrations.apply(old, stop_before="0002_programs")  # a generation-1 workspace
    old["people"].insert_all(
        {"name": f"P{i}", "email": f"p{i}@x.example", "timezone": "UTC", "notes": "x" * 500}
        for i in range(400)
    )
    old.close()
    before = db.read_bytes()
    fill(small_disk, leave=150_000)  # room for the lock, not for the backup
    status, out, err = run(
        ["--db", str(db), "roster", "import", str(big_roster(tmp_path / "b.csv", 1))], capsys
    )
    assert status == 1, out
    assert "the disk is full" in err and "nothing was changed" in err, err
    assert db.read_bytes() == before
    assert not [p for p in small_disk.iterdir() if p.name not in ("filler", "old.sqlite")]


def test_pdf_check_refuses_a_cut_off_or_empty_pdf(tmp_path: Path) -> None:
    from peerdesk.printing.pdf_check import pdf_problem

    whole = b"%PDF-1.4\n1 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 >>\nendobj\nstartxref\n9\n%%EOF\n"
    assert pdf_problem(whole, 1) is None
    assert pdf_problem(b"", 1) == "the PDF came out empty"
    assert "cut off" in (pdf_problem(whole[:40], 1) or "")
    assert "2 pages instead of 1" not in (pdf_problem(whole, 1) or "")
    assert "holds 1 pages instead of 2" in (pdf_problem(whole, 2) or "")


def test_out_dash_writes_to_standard_output(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["--db", str(demo_db), "roster", "export", "-"], capsys)
    assert status == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:2] == ["name", "email"] and len(rows) == 25
    assert not Path("-").exists()  # not a file called '-'
    status, out, err = run(["--db", str(demo_db), "report", PROGRAM, "--out", "-"], capsys)
    assert status == 0 and out.startswith("## Engineering onboarding pilot"), err
