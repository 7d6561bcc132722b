"""The workspace file at the edges: odd files, odd paths, crashes, races and locks.

Every refusal leaves the file byte for byte as it was and says what to do.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from peerdesk.domain import Person
from peerdesk.roster.service import Roster
from peerdesk.storage import WorkspaceError, WorkspaceInUse, open_workspace
from peerdesk.storage.lock import lock_path_for
from peerdesk.storage.schema import SCHEMA_GENERATION, migrations

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes, FIFOs and links")


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# -- recognising a workspace positively ------------------------------------------


def test_empty_sqlite_database_is_not_turned_into_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("VACUUM")  # an SQLite file with a header and no tables
    conn.close()
    before = files_in(tmp_path)
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    with pytest.raises(WorkspaceError, match="empty SQLite database, not a PeerDesk workspace"):
        open_workspace(path)
    assert files_in(tmp_path) == before


def test_foreign_database_with_a_high_version_is_not_blamed_on_a_newer_peerdesk(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("PRAGMA user_version = 42")
    conn.commit()
    conn.close()
    before = files_in(tmp_path)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path)
    assert "not a PeerDesk workspace" in str(info.value)
    assert "newer" not in str(info.value)
    assert files_in(tmp_path) == before


def test_wal_mode_foreign_file_gets_no_wal_or_shm_files(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = files_in(tmp_path)
    for read_only in (False, True):
        with pytest.raises(WorkspaceError, match="not a PeerDesk workspace"):
            open_workspace(path, read_only=read_only)
    assert files_in(tmp_path) == before  # no wal.db-wal, wal.db-shm, lock or journal


def test_truncated_workspace_is_refused_as_damaged_and_unchanged(demo_db: Path) -> None:
    demo_db.write_bytes(demo_db.read_bytes()[:3000])
    before = files_in(demo_db.parent)
    for read_only in (False, True):
        with pytest.raises(WorkspaceError, match="damaged"):
            open_workspace(demo_db, read_only=read_only)
    assert files_in(demo_db.parent) == before


# -- odd paths ------------------------------------------------------------------


@posix_only
def test_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            open_workspace(fifo)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():  # unblock the reader so the test process can end
        with open(fifo, "wb"):
            pass
        pytest.fail("opening a FIFO hung")
    assert isinstance(outcome[0], WorkspaceError) and "not a regular file" in str(outcome[0])


@posix_only
def test_dangling_symlink_does_not_create_a_workspace(tmp_path: Path) -> None:
    link = tmp_path / "team.sqlite"
    link.symlink_to(tmp_path / "gone" / "team.sqlite")
    with pytest.raises(WorkspaceError, match="does not exist"):
        open_workspace(link, create=True)
    assert not (tmp_path / "gone").exists()


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_file_and_folder_give_a_message(demo_db: Path) -> None:
    os.chmod(demo_db, 0o444)
    try:
        with pytest.raises(WorkspaceError, match="read-only"):
            open_workspace(demo_db)
        with open_workspace(demo_db, read_only=True) as ws:  # reading still works
            assert Roster(ws).people()
    finally:
        os.chmod(demo_db, 0o644)
    os.chmod(demo_db.parent, 0o555)
    try:
        with pytest.raises(WorkspaceError, match="read-only"):
            open_workspace(demo_db)
    finally:
        os.chmod(demo_db.parent, 0o755)


# -- creating and crashing ------------------------------------------------------------


def test_crash_while_creating_leaves_no_workspace_and_no_debris(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    script = textwrap.dedent(f"""
        import os
        from peerdesk.storage import schema, open_workspace
        original = schema.migrations.apply
        def dying(db, **kw):
            db.execute("CREATE TABLE half (x)")
            os._exit(9)
        schema.migrations.apply = dying
        open_workspace({str(path)!r}, create=True)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 9, result.stderr
    assert not path.exists()  # never a half-made workspace under the final name
    with open_workspace(path, create=True) as ws:
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_GENERATION
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["new.sqlite"]


def _leave_hot_journal(db: Path) -> None:
    """A process killed in the middle of a big save, with its changes already in the file."""
    script = textwrap.dedent(f"""
        import os
        from peerdesk.storage import open_workspace
        ws = open_workspace({str(db)!r})
        ws.db.execute("PRAGMA cache_size = 1")
        ws.db.execute("BEGIN")
        ws.db.execute("UPDATE people SET notes = hex(randomblob(2000))")
        ws.db.execute("UPDATE people SET name = 'Overwritten'")
        os._exit(9)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 9, result.stderr
    assert db.with_name(db.name + "-journal").stat().st_size > 0


def test_read_only_commands_recover_a_hot_journal(demo_db: Path) -> None:
    with open_workspace(demo_db, read_only=True) as ws:
        names = [p.name for p in Roster(ws).people()]
    _leave_hot_journal(demo_db)
    with open_workspace(demo_db, read_only=True) as ws:
        assert [p.name for p in Roster(ws).people()] == names
    assert not lock_path_for(demo_db).exists()
    listing = subprocess.run(
        [sys.executable, "-m", "peerdesk", "--db", str(demo_db), "roster", "list"],
        capture_output=True,
        text=True,
    )
    assert listing.returncode == 0, listing.stderr


def test_debris_of_killed_backups_and_creations_is_removed_on_open(demo_db: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)
    debris = [
        demo_db.with_name(f".demo.before-upgrade-g5-20260101-000000.sqlite.{pid}-abcd1234.tmp"),
        demo_db.with_name(f".demo.sqlite.{pid}-abcd1234.creating.tmp"),
        demo_db.with_name(f".demo.sqlite.lock.{pid}.0123456789abcdef.tmp"),
        demo_db.with_name(f".demo.before-upgrade-g5-20260101-000000.sqlite.{pid}-abcd1234.tmp-journal"),
    ]
    for path in debris:
        path.write_bytes(b"x" * 1000)
    keep = demo_db.with_name(".notes.txt")
    keep.write_text("mine")
    with open_workspace(demo_db):
        pass
    assert not any(p.exists() for p in debris)
    assert keep.exists()


def test_dry_run_on_an_older_workspace_leaves_every_byte(tmp_path: Path) -> None:
    from peerdesk.cli.main import main

    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrations.apply(db, stop_before="0003_sessions_and_formats")
    db["people"].insert({"name": "Ana", "email": "ana@example.com", "timezone": "UTC"})
    db.close()
    csv_path = tmp_path / "team.csv"
    csv_path.write_text("name,email\nBo,bo@example.com\n", encoding="utf-8")
    before = files_in(tmp_path)
    assert main(["--db", str(path), "roster", "import", str(csv_path), "--dry-run"]) == 0
    assert files_in(tmp_path) == before
    with open_workspace(path, read_only=True) as ws:  # read-only reads an upgraded copy in memory
        assert [p.name for p in Roster(ws).people()] == ["Ana"]
    assert files_in(tmp_path) == before


# -- the lock --------------------------------------------------------------------------


def test_empty_lock_being_written_is_not_stale(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from peerdesk.storage import lock as lock_module

    monkeypatch.setattr(lock_module, "ACQUIRE_WAIT", 0.2)
    lock = lock_path_for(demo_db)
    lock.write_bytes(b"")  # another PeerDesk created it a moment ago and has not written it yet
    with pytest.raises(WorkspaceInUse, match="being opened by another PeerDesk"):
        open_workspace(demo_db)
    assert lock.exists()
    old = lock.stat().st_mtime - 3600  # by the file system's clock, not this process's
    os.utime(lock, (old, old))  # an empty lock left by a crash long ago is stale
    with open_workspace(demo_db):
        assert json.loads(lock.read_text())["pid"] == os.getpid()


def test_a_fresh_empty_lock_is_not_stale_when_this_computers_clock_runs_ahead(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock on a network share is stamped by the server's clock: an hour's disagreement with
    this computer's clock must not make a lock written a moment ago look abandoned."""
    from peerdesk.storage import lock as lock_module

    monkeypatch.setattr(lock_module, "ACQUIRE_WAIT", 0.2)
    lock = lock_path_for(demo_db)
    lock.write_bytes(b"")
    real_time = time.time
    monkeypatch.setattr(lock_module.time, "time", lambda: real_time() + 3600)
    with pytest.raises(WorkspaceInUse, match="being opened by another PeerDesk"):
        open_workspace(demo_db)
    assert lock.read_bytes() == b""


@posix_only
def test_symlink_and_hard_link_reach_the_same_lock(demo_db: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere" / "alias.sqlite"
    link.parent.mkdir()
    link.symlink_to(demo_db)
    hard = demo_db.with_name("hardlink.sqlite")
    os.link(demo_db, hard)
    with open_workspace(demo_db):
        for other in (link, hard):
            with pytest.raises(WorkspaceInUse, match=f"process {os.getpid()}"):
                open_workspace(other)
    with open_workspace(hard):
        with pytest.raises(WorkspaceInUse):
            open_workspace(demo_db)
        with pytest.raises(WorkspaceInUse):
            open_workspace(link)
    with open_workspace(link) as ws:
        assert ws.path == link  # the window still shows the name the lead chose


RACER = textwrap.dedent("""
    import json, os, sys, time
    from peerdesk.storage import open_workspace, WorkspaceInUse
    path, start, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    while time.time() < start:
        time.sleep(0.001)
    try:
        ws = open_workspace(path)
    except WorkspaceInUse:
        sys.exit(0)
    t0 = time.time()
    time.sleep(0.2)
    t1 = time.time()
    ws.close()
    with open(out, "a") as f:
        f.write(json.dumps([t0, t1]) + "\\n")
""")


@pytest.mark.slow
@pytest.mark.parametrize("left_behind", ["no lock", "stale lock", "empty old lock"])
def test_simultaneous_starts_never_both_get_in(demo_db: Path, tmp_path: Path, left_behind: str) -> None:
    lock = lock_path_for(demo_db)
    if left_behind == "stale lock":  # all of them race to take over a crashed PeerDesk's lock
        dead = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
        )
        lock.write_text(
            json.dumps(
                {
                    "pid": int(dead.stdout),
                    "host": socket.gethostname(),
                    "user": "x",
                    "since": "",
                    "process_started": 1.0,
                }
            )
        )
    elif left_behind == "empty old lock":
        lock.write_bytes(b"")
        old = lock.stat().st_mtime - 3600  # by the file system's clock, which judges the age
        os.utime(lock, (old, old))
    out = tmp_path / "held.jsonl"
    start = time.time() + 1.5
    procs = [
        subprocess.Popen([sys.executable, "-c", RACER, str(demo_db), str(start), str(out)]) for _ in range(16)
    ]
    for p in procs:
        assert p.wait(60) == 0
    spans = sorted(json.loads(line) for line in out.read_text().splitlines())
    assert spans
    for (_, end), (begin, _) in itertools.pairwise(spans):
        assert begin >= end, "two PeerDesks held the workspace at once"


def test_sqlite_busy_becomes_the_in_use_message(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from peerdesk.cli.main import main
    from peerdesk.storage import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(demo_db, timeout=0.1)  # another program writing, not a PeerDesk
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(WorkspaceInUse, match="in use"):
            open_workspace(demo_db)
        with pytest.raises(WorkspaceInUse, match="in use"):
            open_workspace(demo_db, read_only=True)
        csv_path = demo_db.with_name("x.csv")
        csv_path.write_text("name,email\nBo,bo@example.com\n", encoding="utf-8")
        assert main(["--db", str(demo_db), "roster", "import", str(csv_path)]) == 1
    finally:
        other.rollback()
        other.close()
    assert not lock_path_for(demo_db).exists()


def test_lock_records_the_file_identity(demo_db: Path) -> None:
    with open_workspace(demo_db):
        data = json.loads(lock_path_for(demo_db).read_text())
    st = demo_db.stat()
    assert (data["device"], data["inode"]) == (st.st_dev, st.st_ino)
    assert data["host"] == socket.gethostname()


def test_a_person_added_is_there_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    with open_workspace(path, create=True) as ws:
        Roster(ws).apply(Roster(ws).plan_add(Person(name="Ana", email="ana@example.com")))
    with open_workspace(path, read_only=True) as ws:
        assert [p.name for p in Roster(ws).people()] == ["Ana"]


@posix_only
@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to act as another user"
)
def test_read_only_file_and_folder_for_another_user(
    demo_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As root the permission bits do not bind, so the commands run as 'nobody'."""
    import pwd

    from peerdesk.cli.main import main

    nobody = pwd.getpwnam("nobody")
    base = Path(tempfile.mkdtemp())
    base.chmod(0o755)
    csv_path = base / "team.csv"
    csv_path.write_text("name,email\nBo,bo@example.com\n", encoding="utf-8")
    csv_path.chmod(0o644)
    try:
        for case in ("file", "folder"):
            folder = base / case
            folder.mkdir(mode=0o755)
            db = folder / "team.sqlite"
            shutil.copyfile(demo_template, db)
            db.chmod(0o644)
            if case == "file":
                os.chown(folder, nobody.pw_uid, nobody.pw_gid)  # folder writable, file not
            else:
                os.chown(db, nobody.pw_uid, nobody.pw_gid)  # file writable, folder not
            before = files_in(folder)
            os.setegid(nobody.pw_gid)
            os.seteuid(nobody.pw_uid)
            try:
                code = main(["--db", str(db), "roster", "import", str(csv_path)])
                listed = main(["--db", str(db), "roster", "list"])
            finally:
                os.seteuid(0)
                os.setegid(0)
            err = capsys.readouterr().err
            assert code == 1 and "read-only" in err, err
            assert listed == 0
            assert files_in(folder) == before
    finally:
        shutil.rmtree(base)


def test_feedback_dry_run_on_an_older_workspace_leaves_every_byte(tmp_path: Path) -> None:
    from peerdesk.cli.main import main

    demo_db = tmp_path / "old.sqlite"
    db = Database(demo_db)
    migrations.apply(db, stop_before="0006_impact")  # one generation older: an upgrade is pending
    db.close()
    csv_path = tmp_path / "feedback.csv"
    csv_path.write_text("date,email,attended,rating,answer\n", encoding="utf-8")
    before = files_in(demo_db.parent)
    main(
        [
            "--db",
            str(demo_db),
            "feedback",
            "import",
            str(csv_path),
            "--program",
            "Engineering onboarding pilot",
            "--dry-run",
        ]
    )
    assert files_in(demo_db.parent) == before


def test_lock_works_where_hard_links_do_not(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    with open_workspace(demo_db):
        assert json.loads(lock_path_for(demo_db).read_text())["pid"] == os.getpid()
        with pytest.raises(WorkspaceInUse):
            open_workspace(demo_db)
    assert not lock_path_for(demo_db).exists()
    assert not [p for p in demo_db.parent.iterdir() if p.name.endswith(".tmp")]


def test_killed_export_debris_is_removed_when_the_export_is_written_again(tmp_path: Path) -> None:
    from peerdesk.atomic import write_bytes_atomically

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    target = tmp_path / "roster.csv"
    debris = tmp_path / f".roster.csv.{int(dead.stdout)}-0badf00d.tmp"
    debris.write_bytes(b"half an export")
    other = tmp_path / f".other.csv.{int(dead.stdout)}-0badf00d.tmp"
    other.write_bytes(b"not this target's")
    write_bytes_atomically(target, b"name,email\n")
    assert target.read_bytes() == b"name,email\n"
    assert not debris.exists() and other.exists()


def test_an_export_never_replaces_a_database_even_unguarded(demo_db: Path) -> None:
    from peerdesk.atomic import RefusedTarget, write_bytes_atomically

    before = demo_db.read_bytes()
    with pytest.raises(RefusedTarget):
        write_bytes_atomically(demo_db, b"oops")
    assert demo_db.read_bytes() == before
