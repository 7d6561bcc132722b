"""Locks that cannot trap: whatever sits where the lock belongs, opening ends quickly with a message.

Every case runs the real open (and, where it matters, the real command line)
in a thread with a time limit, so a regression shows as a failure, not as a
hung suite. Also Save a Copy: never over a workspace another PeerDesk has open,
nor over another workspace.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from peerdesk.cli.main import main
from peerdesk.roster.service import Roster
from peerdesk.storage import WorkspaceError, WorkspaceInUse, open_workspace
from peerdesk.storage import lock as lock_module
from peerdesk.storage.lock import UNREADABLE_LOCK_GRACE, lock_path_for

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks, FIFOs and sockets as on POSIX")
# Taking a lock waits at most ACQUIRE_WAIT for one being written, twice that at the very most.
BOUND = 2 * lock_module.ACQUIRE_WAIT + 1.0


def within(seconds: float, work: Callable[[], Any]) -> tuple[Any, BaseException | None, float]:
    """(result, exception, seconds taken) of `work()`; fails the test if it is still running after `seconds`."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["result"] = work()
        except BaseException as exc:
            box["error"] = exc

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still waiting after {seconds} s: a writer is trapped"
    return box.get("result"), box.get("error"), time.monotonic() - started


def open_and_close(path: Path) -> None:
    open_workspace(path).close()


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_socket(path: Path) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    return sock


@posix_only
@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("dangling symlink", "is a symbolic link to"),
        ("symlink to a file", "is a symbolic link to"),
        ("fifo", "is a named pipe (FIFO)"),
        ("folder", "is a folder"),
        ("socket", "is a socket"),
    ],
)
def test_a_lock_path_that_is_not_a_file_is_reported_at_once(
    demo_db: Path, tmp_path: Path, kind: str, words: str
) -> None:
    lock = lock_path_for(demo_db)
    other = tmp_path / "elsewhere.txt"
    other.write_text("someone else's file")
    held: list[socket.socket] = []
    if kind == "dangling symlink":
        lock.symlink_to(tmp_path / "nowhere")
    elif kind == "symlink to a file":
        lock.symlink_to(other)
    elif kind == "fifo":
        make_fifo(lock)
    elif kind == "folder":
        lock.mkdir()
    else:
        held.append(make_socket(lock))
    before = demo_db.read_bytes()
    _, error, took = within(BOUND, lambda: open_and_close(demo_db))
    assert isinstance(error, WorkspaceError) and took < 1.0, (error, took)
    text = str(error)
    assert words in text and str(lock) in text and "Remove it (" in text, text
    assert ("rmdir" if kind == "folder" else "rm ") in text
    assert os.path.lexists(lock)  # not PeerDesk's to remove
    assert other.read_text() == "someone else's file" and demo_db.read_bytes() == before
    if kind == "dangling symlink":
        assert "which does not exist" in text and not (tmp_path / "nowhere").exists()
    for sock in held:
        sock.close()


@posix_only
def test_the_command_line_reports_a_fifo_lock_without_hanging(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_fifo(lock_path_for(demo_db))
    csv_path = tmp_path / "team.csv"
    csv_path.write_text("name,email\nBo,bo@example.com\n", encoding="utf-8")
    code, error, _ = within(BOUND, lambda: main(["--db", str(demo_db), "roster", "import", str(csv_path)]))
    assert error is None and code == 1
    err = capsys.readouterr().err
    assert "named pipe (FIFO)" in err and "Traceback" not in err


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "dangling symlink", "folder"])
def test_a_takeover_marker_that_is_not_a_file_is_reported_too(
    demo_db: Path, tmp_path: Path, kind: str
) -> None:
    lock = lock_path_for(demo_db)
    lock.write_text(json.dumps({"pid": dead_pid(), "host": socket.gethostname(), "process_started": 1.0}))
    marker = lock.with_name(lock.name + ".takeover")
    {"fifo": make_fifo, "dangling symlink": lambda p: p.symlink_to(tmp_path / "gone"), "folder": Path.mkdir}[
        kind
    ](marker)
    _, error, took = within(BOUND, lambda: open_and_close(demo_db))
    assert isinstance(error, WorkspaceError) and took < 1.0
    assert str(marker) in str(error) and "Remove it" in str(error)


def dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


HOSTILE = [
    b'{"pid": 1e400, "host": "HOST"}',
    b'{"pid": -1, "host": "HOST"}',
    b'{"pid": 1099511627776, "host": "HOST", "process_started": 1}',
    b'{"pid": 12, "host": "HOST", "process_started": "soon"}',
    b'{"pid": NaN, "host": "HOST"}',
    b'{"pid": "4", "host": ["HOST"]}',
    b"[" * 200_000 + b"]" * 200_000,
    b"\x00" * 100,
    b"\xff\xfe{",
    b'{"pid": 1, "host": "HOST"' + b" " * 10_000_000 + b"}",
    b"[]",
    b"null",
]


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    content=st.one_of(
        st.sampled_from(HOSTILE),
        st.binary(min_size=1, max_size=200),
        st.dictionaries(
            st.sampled_from(["pid", "host", "user", "process_started", "device", "inode", "token"]),
            st.one_of(st.integers(), st.floats(), st.text(max_size=20), st.none(), st.lists(st.integers())),
        ).map(lambda d: json.dumps(d).encode()),
    ),
    old=st.booleans(),
)
@example(content=HOSTILE[0], old=False)
@example(content=HOSTILE[6], old=True)
def test_any_lock_content_is_a_message_or_a_takeover_never_a_traceback(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory, content: bytes, old: bool
) -> None:
    db = tmp_path_factory.mktemp("hostile") / "team.sqlite"
    db.write_bytes(demo_template.read_bytes())
    lock = lock_path_for(db)
    lock.write_bytes(content.replace(b"HOST", socket.gethostname().encode()))
    if old:
        stamp = time.time() - 10 * UNREADABLE_LOCK_GRACE
        os.utime(lock, (stamp, stamp))
    _, error, took = within(BOUND, lambda: open_and_close(db))
    assert took < BOUND
    if error is None:
        assert not lock.exists()  # taken over and released
    else:
        assert isinstance(error, WorkspaceInUse), repr(error)
        assert str(lock) in str(error) and "Traceback" not in str(error)


def test_recent_garbage_is_named_as_such(demo_db: Path) -> None:
    lock = lock_path_for(demo_db)
    lock.write_bytes(b"\x00garbage\x00")
    _, error, took = within(BOUND, lambda: open_and_close(demo_db))
    assert isinstance(error, WorkspaceInUse) and took < 0.5
    assert "holds something PeerDesk did not write" in str(error) and f"delete {lock}" in str(error)


@posix_only
def test_a_fifo_named_like_another_lock_in_the_folder_is_not_read(demo_db: Path) -> None:
    """Opening looks at the other locks in the folder (hard links); a FIFO among them must not block."""
    make_fifo(demo_db.with_name("someone.sqlite.lock"))
    _, error, took = within(BOUND, lambda: open_and_close(demo_db))
    assert error is None and took < 1.0


# -- Save a Copy -----------------------------------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys, time
    from peerdesk.storage import open_workspace
    ws = open_workspace(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    ws.close()
""")


def test_save_a_copy_refuses_a_workspace_open_in_another_peerdesk(demo_ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "demo-copy.sqlite"
    demo_ws.save_copy(target)  # an earlier copy, now opened by another PeerDesk
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = target.read_bytes()
        with pytest.raises(WorkspaceError, match="is open in another PeerDesk") as caught:
            demo_ws.save_copy(target)
        assert f"process {holder.pid}" in str(caught.value)
        link = tmp_path / "demo-alias.sqlite"
        os.link(target, link)  # the same file under another name in the same folder
        with pytest.raises(WorkspaceError, match="is open in another PeerDesk"):
            demo_ws.save_copy(link)
        assert target.read_bytes() == before
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(20)
        for pipe in (holder.stdin, holder.stdout):  # else the garbage collector warns in a later test
            if pipe is not None:
                pipe.close()
    demo_ws.save_copy(target)  # closed there: an earlier copy may be replaced


def test_save_a_copy_refuses_a_lock_held_in_this_process_too(demo_ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "demo-copy.sqlite"
    demo_ws.save_copy(target)
    with open_workspace(target) as other:
        with pytest.raises(WorkspaceError, match="is open in another PeerDesk"):
            demo_ws.save_copy(target)
        Roster(other).people()  # the other one still works


def test_save_a_copy_never_replaces_a_workspace_of_another_name(demo_ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "team-b.sqlite"
    open_workspace(other, create=True).close()
    before = other.read_bytes()
    with pytest.raises(WorkspaceError, match="is another workspace") as caught:
        demo_ws.save_copy(other)
    assert "demo-copy" in str(caught.value)
    assert other.read_bytes() == before
    assert not lock_path_for(other).exists()
    fresh = tmp_path / "new" / "team-b backup.sqlite"  # a new name anywhere is fine
    demo_ws.save_copy(fresh)
    assert not lock_path_for(fresh).exists()  # the lock held while writing is gone


def test_save_a_copy_in_the_window_over_a_workspace_open_elsewhere(  # type: ignore[no-untyped-def]
    demo_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.ui import prompts

    target = tmp_path / "demo-copy.sqlite"
    demo_window.workspace.save_copy(target)
    shown: list[str] = []
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: target)
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text, details="": shown.append(text))
    with open_workspace(target) as other:
        before = target.read_bytes()
        demo_window.actions["save_copy"].trigger()
        assert shown and "is open in another PeerDesk" in shown[0]
        assert target.read_bytes() == before
        Roster(other).people()


@posix_only
def test_save_a_copy_into_a_read_only_folder_says_so_for_a_copy(demo_ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """As root the permission bits do not bind, so the copy is made as 'nobody' there."""
    base = Path(tempfile.mkdtemp())  # tmp_path's parents are closed to 'nobody'
    base.chmod(0o755)
    folder = base / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    as_root = os.geteuid() == 0
    try:
        if as_root:
            import pwd

            os.seteuid(pwd.getpwnam("nobody").pw_uid)
        try:
            with pytest.raises(WorkspaceError, match="the copy cannot be written in") as caught:
                demo_ws.save_copy(folder / "demo-copy.sqlite")
        finally:
            if as_root:
                os.seteuid(0)
        assert "read-only commands" not in str(caught.value) and "permission" in str(caught.value).lower()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base)
