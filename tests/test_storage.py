"""The workspace file: refusing what is not ours, migrating safely, locking, copying, crashing."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlite_utils import Database

from peerdesk.domain import Person, TeachSkill
from peerdesk.roster.service import Roster
from peerdesk.storage import WorkspaceError, WorkspaceInUse, open_workspace
from peerdesk.storage.lock import lock_path_for
from peerdesk.storage.schema import SCHEMA_GENERATION, migrations


def test_new_workspace_is_created_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with pytest.raises(WorkspaceError, match="there is no workspace"):
        open_workspace(path)
    assert not path.exists()
    with open_workspace(path, create=True) as ws:
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_GENERATION
        assert ws.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert not lock_path_for(path).exists()


def test_every_change_is_saved_as_it_is_made(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    ws = open_workspace(path, create=True)
    Roster(ws).apply(Roster(ws).plan_add(Person(name="Ana", email="ana@example.com")))
    # read through an independent connection while the workspace is still open
    other = sqlite3.connect(path)
    assert other.execute("SELECT name FROM people").fetchall() == [("Ana",)]
    other.close()
    ws.close()


@pytest.mark.parametrize("content", [b"name,email\nAna,ana@example.com\n", b"", b"\x00" * 100])
def test_non_sqlite_file_is_refused_and_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "roster.sqlite"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match="not a PeerDesk workspace"):
        open_workspace(path)
    assert path.read_bytes() == content
    assert not lock_path_for(path).exists()


def test_damaged_file_is_refused_and_byte_for_byte_unchanged(demo_db: Path) -> None:
    data = bytearray(demo_db.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # scribble over the second page (a b-tree page) but keep the header valid
    data[page_size : page_size + 200] = b"\xff" * 200
    demo_db.write_bytes(bytes(data))
    before = demo_db.read_bytes()
    with pytest.raises(WorkspaceError, match="damaged"):
        open_workspace(demo_db)
    assert demo_db.read_bytes() == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="not a PeerDesk workspace"):
        open_workspace(path)
    assert path.read_bytes() == before


def test_newer_generation_is_refused(demo_db: Path) -> None:
    conn = sqlite3.connect(demo_db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_GENERATION + 1}")
    conn.commit()
    conn.close()
    before = demo_db.read_bytes()
    with pytest.raises(WorkspaceError, match="newer PeerDesk"):
        open_workspace(demo_db)
    assert demo_db.read_bytes() == before


def test_unknown_migration_is_refused(demo_db: Path) -> None:
    db = Database(demo_db)
    db["_sqlite_migrations"].insert(
        {"migration_set": "peerdesk", "name": "9999_future", "applied_at": "2030-01-01"}
    )
    db.close()
    with pytest.raises(WorkspaceError, match="newer PeerDesk"):
        open_workspace(demo_db)


def test_migration_from_older_schema_keeps_data_and_leaves_checked_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrations.apply(db, stop_before="0002_programs")  # a generation-1 workspace
    db["people"].insert({"name": "Ana", "email": "ana@example.com", "timezone": "UTC"})
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()

    with open_workspace(path) as ws:
        assert ws.backup_path is not None
        assert [p.name for p in Roster(ws).people()] == ["Ana"]
        assert "programs" in ws.db.table_names()
        backup = ws.backup_path
    check = sqlite3.connect(backup)
    assert check.execute("SELECT name, email FROM people").fetchall() == [("Ana", "ana@example.com")]
    assert "programs" not in {r[0] for r in check.execute("SELECT name FROM sqlite_master")}
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    check.close()


def test_second_opener_is_told_who_holds_the_file(demo_db: Path) -> None:
    with open_workspace(demo_db):
        with pytest.raises(WorkspaceInUse) as info:
            open_workspace(demo_db)
        message = str(info.value)
        assert f"process {os.getpid()}" in message
        assert socket.gethostname() in message
    # released on close: a new opener succeeds
    open_workspace(demo_db).close()


def test_lock_of_dead_process_is_stale(demo_db: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    lock = lock_path_for(demo_db)
    lock.write_text(
        json.dumps(
            {
                "pid": int(dead.stdout),
                "host": socket.gethostname(),
                "user": "someone",
                "since": "2026-01-01T00:00:00+00:00",
                "process_started": 1.0,
            }
        )
    )
    with open_workspace(demo_db) as ws:
        assert Roster(ws).people()
        assert json.loads(lock.read_text())["pid"] == os.getpid()


def test_lock_from_another_host_is_respected(demo_db: Path) -> None:
    lock_path_for(demo_db).write_text(
        json.dumps(
            {
                "pid": 1,
                "host": "someone-elses-laptop",
                "user": "kim",
                "since": "2026-11-01T09:00:00+00:00",
                "process_started": 1.0,
            }
        )
    )
    with pytest.raises(WorkspaceInUse, match="someone-elses-laptop"):
        open_workspace(demo_db)


def test_save_a_copy_opens_as_identical_workspace(demo_ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copies" / "backup.sqlite"
    demo_ws.save_copy(copy)
    with open_workspace(copy, read_only=True) as other:
        assert Roster(other).people() == Roster(demo_ws).people()
        assert Roster(other).skills() == Roster(demo_ws).skills()
    with pytest.raises(WorkspaceError, match="cannot replace the open workspace"):
        demo_ws.save_copy(demo_ws.path)
    assert not [p for p in copy.parent.iterdir() if p.suffix == ".tmp"]


def test_killed_import_leaves_no_partial_roster(demo_db: Path) -> None:
    """A process killed in the middle of an import: the file reopens as before it began."""
    script = textwrap.dedent(f"""
        import os
        from peerdesk.domain import Person
        from peerdesk.roster.service import Roster, import_change
        from peerdesk.storage import open_workspace
        from peerdesk.storage import people as storage_people

        original = storage_people.PeopleRepository._save
        count = 0
        def dying_save(self, person, **kw):
            global count
            count += 1
            if count == 30:
                os._exit(9)  # like a kill -9 in the middle of the transaction
            return original(self, person, **kw)
        storage_people.PeopleRepository._save = dying_save
        ws = open_workspace({str(demo_db)!r})
        new = [Person(name=f"New {{i}}", email=f"new{{i}}@example.com") for i in range(50)]
        Roster(ws).apply(import_change(new, []))
    """)
    with open_workspace(demo_db) as ws:
        before = Roster(ws).people()
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 9, result.stderr
    assert lock_path_for(demo_db).exists()  # the dead process left its lock behind
    with open_workspace(demo_db) as ws:  # stale lock recognised, hot journal rolled back
        assert Roster(ws).people() == before
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_read_only_open_does_not_lock_or_write(demo_db: Path) -> None:
    before = demo_db.read_bytes()
    with open_workspace(demo_db) as writer, open_workspace(demo_db, read_only=True) as reader:
        assert len(Roster(reader).people()) == len(Roster(writer).people())
    assert demo_db.read_bytes() == before


def test_rename_skill_into_existing_merges_keeping_higher_level(empty_ws) -> None:  # type: ignore[no-untyped-def]
    roster = Roster(empty_ws)
    roster.apply(
        roster.plan_add(
            Person(name="A", email="a@example.com", teaches=(TeachSkill("Postgres", 4), TeachSkill("SQL", 2)))
        )
    )
    roster.apply(
        roster.plan_add(Person(name="B", email="b@example.com", teaches=(TeachSkill("postgres", 1),)))
    )
    roster.set_skill_category("SQL", "Technical")
    done = roster.rename_skill("Postgres", "sql")
    assert done.merged
    people = {p.name: p for p in roster.people()}
    assert people["A"].teaches == (TeachSkill("SQL", 4),)
    assert people["B"].teaches == (TeachSkill("SQL", 1),)
    assert [s.name for s in roster.skills()] == ["SQL"]
    roster.undo_rename(done)
    people = {p.name: p for p in roster.people()}
    assert people["A"].teaches == (TeachSkill("Postgres", 4), TeachSkill("SQL", 2))
    assert people["B"].teaches == (TeachSkill("Postgres", 1),)
    assert {s.name: s.category for s in roster.skills()} == {"Postgres": "", "SQL": "Technical"}


def test_merging_a_skill_with_check_ins_and_undoing_it(empty_ws) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from peerdesk.domain import CheckIn
    from peerdesk.storage.impact import ImpactRepository

    roster = Roster(empty_ws)
    roster.apply(
        roster.plan_add(Person(name="A", email="a@example.com", teaches=(TeachSkill("Postgres", 3),)))
    )
    roster.apply(roster.plan_add(Person(name="B", email="b@example.com", teaches=(TeachSkill("SQL", 2),))))
    roster.set_skill_category("SQL", "Data")
    roster.set_skill_category("Postgres", "Databases")
    impact = ImpactRepository(empty_ws.db)
    impact.add_check_ins([CheckIn("a@example.com", "Postgres", 2, date(2026, 1, 5), "lead")])
    done = roster.rename_skill("Postgres", "SQL")  # raised FOREIGN KEY constraint failed before
    assert [c.skill for c in impact.check_ins()] == ["SQL"]
    roster.undo_rename(done)
    assert [c.skill for c in impact.check_ins()] == ["Postgres"]
    assert {s.name: s.category for s in roster.skills()} == {"Postgres": "Databases", "SQL": "Data"}


def test_merge_into_uncategorised_skill_undo_restores_its_empty_category(empty_ws) -> None:  # type: ignore[no-untyped-def]
    roster = Roster(empty_ws)
    roster.apply(
        roster.plan_add(
            Person(name="A", email="a@example.com", teaches=(TeachSkill("Postgres", 3), TeachSkill("SQL", 1)))
        )
    )
    roster.set_skill_category("Postgres", "Databases")
    done = roster.rename_skill("Postgres", "SQL")
    assert {s.name: s.category for s in roster.skills()} == {"SQL": "Databases"}
    roster.undo_rename(done)
    assert {s.name: s.category for s in roster.skills()} == {"Postgres": "Databases", "SQL": ""}


def test_undone_addition_leaves_no_unused_skills(empty_ws) -> None:  # type: ignore[no-untyped-def]
    roster = Roster(empty_ws)
    roster.set_skill_category("Kept", "Mine")  # a skill the lead made on purpose stays
    change = roster.apply(
        roster.plan_add(
            Person(name="A", email="a@example.com", teaches=(TeachSkill("Rust", 3), TeachSkill("Kept", 1)))
        )
    )
    assert {s.name for s in roster.skills()} == {"Rust", "Kept"}
    roster.revert(change)
    assert roster.people() == []
    assert [s.name for s in roster.skills()] == ["Kept"]


def test_save_a_copy_never_replaces_the_lock_or_journal_but_may_replace_an_old_copy(
    demo_ws, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    lock = lock_path_for(demo_ws.path)
    held = lock.read_bytes()
    for target in (lock, demo_ws.path.with_name(demo_ws.path.name + "-journal")):
        with pytest.raises(WorkspaceError, match="never replaces it"):
            demo_ws.save_copy(target)
    assert lock.read_bytes() == held
    copy = tmp_path / "demo-copy.sqlite"  # the name Save a Copy suggests
    demo_ws.save_copy(copy)
    demo_ws.save_copy(copy)  # a newer copy over an older one is fine
    with open_workspace(copy, read_only=True) as other:
        assert Roster(other).people() == Roster(demo_ws).people()


def test_editing_a_manager_into_a_cycle_is_refused(empty_ws) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    roster = Roster(empty_ws)
    roster.apply(roster.plan_add(Person(name="A", email="a@example.com")))
    roster.apply(roster.plan_add(Person(name="B", email="b@example.com", manager_email="a@example.com")))
    roster.apply(roster.plan_add(Person(name="C", email="c@example.com", manager_email="b@example.com")))
    a = next(p for p in roster.people() if p.name == "A")
    errors = roster.validate(replace(a, manager_email="c@example.com"))
    assert [e.field for e in errors] == ["manager_email"]
    assert errors[0].message.startswith(
        "a@example.com manages b@example.com manages c@example.com manages a@example.com"
    )
    assert roster.validate(replace(a, manager_email=None)) == []
