"""Deleting a program or a session: the confirmation's numbers, exact undo, cancellations for invites
already sent, through storage, the command line and the real window (undo and redo)."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QApplication, QMessageBox

from peerdesk.cli.main import main
from peerdesk.schedule.deletion import Deletions, cancellation_files
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, open_workspace
from peerdesk.storage.removal import RestoreError
from peerdesk.ui.actions import build_context_menu
from peerdesk.ui.main_window import MainWindow


def dump(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (migrations' own record left out), sorted: the whole file's content."""
    conn = workspace.db.conn
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'"
        )
    ]
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def demo_program(workspace: Workspace):  # type: ignore[no-untyped-def]
    return Schedule(workspace).list_programs()[0]


def count_rows(workspace: Workspace, sql: str, *params: object) -> int:
    return workspace.db.conn.execute(sql, params).fetchone()[0]


def test_deleting_a_program_names_what_goes_and_undo_restores_every_row(demo_ws: Workspace) -> None:
    before = dump(demo_ws)
    program = demo_program(demo_ws)
    sessions = count_rows(demo_ws, "SELECT count(*) FROM sessions WHERE program_id = ?", program.id)
    attendance = count_rows(
        demo_ws,
        "SELECT count(*) FROM attendance WHERE session_id IN (SELECT id FROM sessions WHERE program_id = ?)",
        program.id,
    )
    assert sessions > 0 and attendance > 0  # the demo is three weeks into its pilot
    competency = before["competency"]
    deletions = Deletions(demo_ws)
    deletion = deletions.plan_program(program.id)
    assert dump(demo_ws) == before  # planning changes nothing
    words = deletion.what_goes()
    assert f"{sessions} sessions" in words and f"{attendance} attendance records" in words
    deletion = deletions.apply(deletion)
    after = dump(demo_ws)
    assert Schedule(demo_ws).find_program(str(program.id)) is None
    assert count_rows(demo_ws, "SELECT count(*) FROM sessions WHERE program_id = ?", program.id) == 0
    for table in ("attendance", "session_attendees", "replies"):
        orphans = f"SELECT count(*) FROM {table} WHERE session_id NOT IN (SELECT id FROM sessions)"
        assert count_rows(demo_ws, orphans) == 0, table
    for table in ("program_members", "match_runs", "shoutouts", "transfer_checks", "publications"):
        assert count_rows(demo_ws, f"SELECT count(*) FROM {table} WHERE program_id = ?", program.id) == 0
    assert after["competency"] == competency  # check-ins belong to people: they stay
    assert after["people"] == before["people"]
    deletions.revert(deletion)
    assert dump(demo_ws) == before
    deletion = deletions.apply(deletion)  # redo
    assert dump(demo_ws) == after
    deletions.revert(deletion)
    assert dump(demo_ws) == before


def test_deleting_a_held_session_takes_its_attendance_and_undo_brings_it_back(demo_ws: Workspace) -> None:
    before = dump(demo_ws)
    held = next(s for s in Schedule(demo_ws).list_sessions() if s.status == "held")
    attendance = count_rows(demo_ws, "SELECT count(*) FROM attendance WHERE session_id = ?", held.id)
    assert attendance > 0
    deletions = Deletions(demo_ws)
    deletion = deletions.plan_session(held.id)
    assert (
        deletion.what_goes() == f"1 session and {attendance} attendance records"
        or deletion.what_goes().startswith(f"1 session, {attendance} attendance records")
    )
    assert deletion.to_cancel() == []  # a past session needs no cancellation
    deletion = deletions.apply(deletion)
    assert Schedule(demo_ws).sessions.get(held.id) is None
    assert count_rows(demo_ws, "SELECT count(*) FROM attendance WHERE session_id = ?", held.id) == 0
    deletions.revert(deletion)
    assert dump(demo_ws) == before


def test_a_deleted_program_whose_name_was_taken_again_is_refused_back_with_a_message(
    demo_ws: Workspace,
) -> None:
    program = demo_program(demo_ws)
    deletions = Deletions(demo_ws)
    deletion = deletions.apply(deletions.plan_program(program.id))
    demo_ws.db.execute(
        "INSERT INTO programs (name, timezone, start_date, weeks, weekday, start_time, minutes)"
        " VALUES (?, 'UTC', '2026-01-05', 1, 0, '10:00', 30)",
        [program.name.upper()],
    )
    before = dump(demo_ws)
    try:
        deletions.revert(deletion)
    except RestoreError as exc:
        assert "cannot go back" in str(exc)
    else:
        raise AssertionError("restored over a new program of the same name")
    assert dump(demo_ws) == before  # nothing half-restored


def parse_cancellations(files: dict[str, bytes]) -> tuple[list[Calendar], list[email.message.EmailMessage]]:
    calendars = [Calendar.from_ical(data) for name, data in files.items() if name.endswith(".ics")]
    mails = [
        email.message_from_bytes(data, policy=email.policy.strict)  # type: ignore[arg-type]
        for name, data in files.items()
        if name.endswith(".eml")
    ]
    return calendars, mails  # type: ignore[return-value]


def test_a_deleted_programs_cancellation_removes_the_whole_series(demo_ws: Workspace) -> None:
    program = demo_program(demo_ws)
    deletion = Deletions(demo_ws).plan_program(program.id)
    assert deletion.to_cancel(), "the demo pilot has weeks still to come"
    files = cancellation_files(demo_ws, deletion)
    calendars, mails = parse_cancellations(files)
    assert calendars and mails
    series = [c for c in calendars if any(str(e["UID"]) == program.uid for e in c.walk("VEVENT"))]
    assert len(series) == 1
    assert all(str(c["METHOD"]) == "CANCEL" for c in calendars)
    event = series[0].walk("VEVENT")[0]
    assert str(event["STATUS"]) == "CANCELLED" and "RECURRENCE-ID" not in event
    assert int(event["SEQUENCE"]) > program.sequence
    assert all(m["Subject"].startswith("Cancelled: ") for m in mails)


def test_a_deleted_weeks_cancellation_names_that_week_only(demo_ws: Workspace) -> None:
    program = demo_program(demo_ws)
    future = next(s for s in Schedule(demo_ws).list_sessions(program.id) if s.status == "planned" and s.week)
    deletion = Deletions(demo_ws).plan_session(future.id)
    files = cancellation_files(demo_ws, deletion)
    calendars, mails = parse_cancellations(files)
    assert len(calendars) == 1 and len(mails) == 1
    events = calendars[0].walk("VEVENT")
    assert len(events) == 1 and str(events[0]["UID"]) == program.uid
    assert events[0]["RECURRENCE-ID"].dt.replace(tzinfo=None).date() == future.series_start.date()
    emails = {a.email for a in future.attendees} - {program.organizer_email}
    assert {str(a).split(":", 1)[1].lower() for a in events[0]["ATTENDEE"]} == emails


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_the_command_line_asks_for_yes_then_deletes_and_writes_cancellations(
    demo_db: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    with open_workspace(demo_db) as ws:
        program = demo_program(ws)
        before = dump(ws)
    assert run(demo_db, "program", "delete", program.name) == 1
    said = capsys.readouterr()
    assert "sessions" in said.err and "attendance records" in said.err and "--yes" in said.err
    with open_workspace(demo_db) as ws:
        assert dump(ws) == before  # nothing deleted without --yes
    out = tmp_path / "cancellations"
    assert run(demo_db, "program", "delete", program.name, "--yes", "--cancellations", str(out)) == 0
    said = capsys.readouterr()
    assert "Deleted program" in said.out
    calendars, _mails = parse_cancellations({p.name: p.read_bytes() for p in out.iterdir()})
    assert calendars and all(str(c["METHOD"]) == "CANCEL" for c in calendars)
    with open_workspace(demo_db) as ws:
        assert Schedule(ws).find_program(program.name) is None
    assert run(demo_db, "program", "delete", "no such pilot", "--yes") == 1
    assert "there is no program" in capsys.readouterr().err


def test_the_command_line_deletes_one_session(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with open_workspace(demo_db) as ws:
        session = Schedule(ws).list_sessions()[0]
    assert run(demo_db, "session", "delete", str(session.id)) == 1
    assert "1 session" in capsys.readouterr().err
    assert run(demo_db, "session", "delete", str(session.id), "--yes") == 0
    with open_workspace(demo_db) as ws:
        assert Schedule(ws).sessions.get(session.id) is None
    assert run(demo_db, "session", "delete", "999999", "--yes") == 1
    assert "there is no session 999999" in capsys.readouterr().err


# -- the real window ---------------------------------------------------------------------------


def click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()
    QApplication.processEvents()


def shown_ids(window: MainWindow) -> set[int | None]:
    return {s.id for s in window.schedule_tab.model.all_sessions()}


def test_delete_session_from_the_context_menu_asks_then_undo_and_redo(demo_window: MainWindow) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(1)
    tab = window.schedule_tab
    tab.views.setCurrentIndex(1)
    QApplication.processEvents()
    held = next(s for s in window.schedule.list_sessions() if s.status == "held")
    attendance = count_rows(window.workspace, "SELECT count(*) FROM attendance WHERE session_id = ?", held.id)
    before = dump(window.workspace)
    tab.select_session(held.id)
    menu = build_context_menu(window.actions, "session_table", tab.table)
    delete = next(a for a in menu.actions() if a.objectName() == "delete_session")
    assert delete.isEnabled()
    delete.trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert f"{attendance} attendance records" in box.text() and "Undo" in box.text()
    assert box.checkBox() is None  # a held session has no invitation to cancel
    click(box, "Delete Session")
    assert window.schedule.sessions.get(held.id) is None
    assert held.id not in shown_ids(window)
    assert "Deleted" in window.statusBar().currentMessage()
    window.actions["undo"].trigger()
    assert dump(window.workspace) == before
    assert held.id in shown_ids(window)
    window.actions["redo"].trigger()
    assert window.schedule.sessions.get(held.id) is None and held.id not in shown_ids(window)


def test_cancel_in_the_confirmation_deletes_nothing(demo_window: MainWindow) -> None:
    window = demo_window
    before = dump(window.workspace)
    window.schedule_ctl.delete_program(window.schedule.list_programs()[0].id)
    click(window.dialog, "Cancel")
    assert dump(window.workspace) == before


def test_delete_program_from_the_schedule_menu_writes_cancellations_and_undo_restores_all(
    demo_window: MainWindow, user_dirs: Path
) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(2)  # the Feedback tab shows the program too: it must follow
    QApplication.processEvents()
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    program = window.schedule.list_programs()[0]
    tab = window.schedule_tab
    tab.program.setCurrentIndex(tab.program.findData(str(program.id)))
    before = dump(window.workspace)
    assert window.actions["delete_program"] in window.menus["&Schedule"].actions()
    window.actions["delete_program"].trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox) and program.name in box.text()
    assert "attendance records" in box.text()
    check = box.checkBox()
    assert check is not None and check.isChecked() and "still to come" in check.text()
    click(box, "Delete Program")
    assert window.schedule.list_programs() == [] or program.id not in {
        p.id for p in window.schedule.list_programs()
    }
    assert tab.program.findData(str(program.id)) == -1 and not shown_ids(window) & {
        s.id for s in window.schedule.list_sessions(program.id)
    }
    window.tabs.setCurrentIndex(2)
    window.feedback_tab.setCurrentWidget(window.feedback_tab.dashboard)
    QApplication.processEvents()
    assert window.feedback_tab.dashboard.program.findData(program.id) == -1
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    written = [p for p in user_dirs.rglob("*-cancel.ics")]
    assert written, "no cancellation was written"
    assert all(str(Calendar.from_ical(p.read_bytes())["METHOD"]) == "CANCEL" for p in written)
    window.actions["undo"].trigger()
    assert dump(window.workspace) == before
    window.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    assert window.feedback_tab.dashboard.program.findData(program.id) != -1  # back on the Feedback tab too
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert tab.program.findData(str(program.id)) != -1
    assert {s.id for s in window.schedule.list_sessions(program.id)} <= shown_ids(window)
    window.actions["redo"].trigger()
    assert program.id not in {p.id for p in window.schedule.list_programs()}


def test_export_session_invite_writes_that_week_only(demo_window: MainWindow, tmp_path: Path) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(1)
    tab = window.schedule_tab
    tab.views.setCurrentIndex(1)
    QApplication.processEvents()
    program = window.schedule.list_programs()[0]
    week = next(s for s in window.schedule.list_sessions(program.id) if s.status == "planned" and s.week)
    tab.select_session(week.id)
    menu = build_context_menu(window.actions, "session_table", tab.table)
    assert "export_session_invite" in [a.objectName() for a in menu.actions()]
    window.actions["export_session_invite"].trigger()
    dialog = window.dialog
    assert dialog.only_session.isChecked() and week.title in dialog.only_session.text()
    assert not dialog.program.isEnabled()
    dialog.folder.setText(str(tmp_path / "one"))
    dialog.export_button.click()
    names = sorted(p.name for p in (tmp_path / "one").iterdir() if not p.name.startswith("."))
    assert names == [
        f"engineering-onboarding-pilot-week-{week.week}.eml",
        f"engineering-onboarding-pilot-week-{week.week}.ics",
    ]
    cal = Calendar.from_ical((tmp_path / "one" / names[1]).read_bytes())
    events = cal.walk("VEVENT")
    assert str(cal["METHOD"]) == "REQUEST" and len(events) == 1
    assert str(events[0]["UID"]) == program.uid
    assert events[0]["RECURRENCE-ID"].dt.replace(tzinfo=None) == week.series_start
    assert events[0]["DTSTART"].dt.replace(tzinfo=None) == week.start
    mail = email.message_from_bytes((tmp_path / "one" / names[0]).read_bytes(), policy=email.policy.strict)
    assert mail["Subject"].startswith("Invitation: ")
    # untick: the whole program again
    dialog.only_session.setChecked(False)
    assert dialog.program.isEnabled()
    dialog.close()


def test_invites_session_writes_one_sessions_files_from_the_command_line(
    demo_db: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    with open_workspace(demo_db) as ws:
        schedule = Schedule(ws)
        program = demo_program(ws)
        week = next(s for s in schedule.list_sessions(program.id) if s.status == "planned" and s.week)
        schedule.apply(schedule.plan_status(week.id, "cancelled"))
        one_off = next((s for s in schedule.list_sessions(program.id) if s.week is None), None)
    out = tmp_path / "cli-one"
    assert run(demo_db, "invites", program.name, "--session", str(week.id), "--out", str(out), "--eml") == 0
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == [f"engineering-onboarding-pilot-week-{week.week}-cancel.{x}" for x in ("eml", "ics")]
    cal = Calendar.from_ical((out / names[1]).read_bytes())
    assert str(cal["METHOD"]) == "CANCEL" and len(cal.walk("VEVENT")) == 1
    if one_off is not None:
        out2 = tmp_path / "cli-two"
        assert run(demo_db, "invites", program.name, "--session", str(one_off.id), "--out", str(out2)) == 0
        files = [p for p in out2.iterdir() if p.suffix == ".ics"]
        assert len(files) == 1
        assert str(Calendar.from_ical(files[0].read_bytes()).walk("VEVENT")[0]["UID"]) == one_off.uid
    capsys.readouterr()
    assert run(demo_db, "invites", program.name, "--session", "999999", "--out", str(out)) == 1
    assert "no such session" in capsys.readouterr().err
