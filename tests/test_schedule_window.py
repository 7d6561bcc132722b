"""The Schedule tab driven with qtbot: a pilot through the dialog, the week view, moving and undoing."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from peerdesk import clock
from peerdesk.schedule.service import Schedule
from peerdesk.storage import open_workspace
from peerdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.dates  # also run at every day of the date sweep


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    """The demo window, on its tab 1."""
    demo_window.tabs.setCurrentIndex(1)
    return demo_window


def stored_sessions(win: MainWindow, program_name: str) -> list:  # type: ignore[type-arg]
    with open_workspace(win.workspace.path, read_only=True) as other:
        schedule = Schedule(other)
        program = schedule.find_program(program_name)
        return schedule.list_sessions(program.id) if program else []


def test_create_pilot_through_dialog_and_see_it_in_week_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.schedule_ctl.new_pilot()
    assert not dialog.create_button.isEnabled()  # no name, no members yet
    assert "needs a name" in dialog.problems_label.text()
    qtbot.keyClicks(dialog.name, "Support de-escalation pods")
    dialog.team.setCurrentIndex(dialog.team.findData("Support"))
    dialog.format.setCurrentIndex(dialog.format.findData("learning-pod"))
    dialog.weekday.setCurrentIndex(2)  # Wednesday
    dialog.timezone.setCurrentText("Europe/Dublin")
    # a winter pilot: the team's free hours (each in their own timezone) line up as asserted below
    # only while Europe and North America are on standard time
    dialog.start.setDate(QDate(2026, 11, 30))
    dialog.weeks.setValue(8)
    assert dialog.sessions.count() == 8
    first_line = dialog.sessions.item(0).text()
    assert first_line.removeprefix("\u26a0 ").startswith("Week 1: Wed")
    # the preview names each week's facilitator and its conflicts before Create Pilot
    assert "led by Ingrid Larsen" in first_line and "Carlos Mendes is not free" in first_line
    assert "would have conflicts" in dialog.conflict_label.text()
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    sessions = stored_sessions(window, "Support de-escalation pods")
    assert len(sessions) == 8 and all(s.start.weekday() == 2 for s in sessions)
    facilitators = [s.facilitators[0] for s in sessions]
    assert all(a != b for a, b in pairwise(facilitators))
    # only Ingrid (Oslo, free Wed 10-12 her time) is free at Wed 10:00 Dublin: she leads every
    # other week, the others in turn between (never twice in a row)
    assert facilitators[0::2] == ["ingrid.larsen@northwind.example"] * 4
    assert len(set(facilitators[1::2])) == 4
    week = window.schedule_tab.week_view
    assert week.week == sessions[0].start.date() - timedelta(days=sessions[0].start.weekday())
    assert any(s.id == sessions[0].id for s in week.sessions)
    window.actions["undo"].trigger()
    assert stored_sessions(window, "Support de-escalation pods") == []
    window.actions["redo"].trigger()
    assert len(stored_sessions(window, "Support de-escalation pods")) == 8


def test_drag_a_block_to_move_it_then_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    schedule = window.schedule
    first = next(s for s in schedule.list_sessions() if s.week and s.status == "planned")
    tab = window.schedule_tab
    tab.format.setCurrentIndex(tab.format.findData("micro-lesson"))  # only the weekly series
    tab.go_to(first.start.date())
    week = window.schedule_tab.week_view
    rect = week.block_rect(first)
    grab = QPoint(int(rect.center().x()), int(rect.top() + 3))
    target_day = week.block_rect(first, first.start + timedelta(days=1, hours=2))
    drop = QPoint(int(target_day.center().x()), int(target_day.top() + 3))
    qtbot.mousePress(week, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(week, pos=drop)
    qtbot.mouseRelease(week, Qt.MouseButton.LeftButton, pos=drop)
    moved = schedule.sessions.get(first.id)
    assert moved.start == first.start + timedelta(days=1, hours=2)
    assert moved.series_start == first.series_start and moved.moved
    assert moved.sequence == first.sequence + 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = schedule.sessions.get(first.id)
    assert restored.start == first.start
    assert restored.sequence > moved.sequence  # calendars must still see the change


def test_conflicts_show_in_both_views_and_editor(window: MainWindow) -> None:
    tab = window.schedule_tab
    assert "with warnings" in tab.warnings.text()
    tab.views.setCurrentIndex(1)
    model = tab.model
    rows = [model.session_at(r) for r in range(model.rowCount())]
    warned = [r for r, s in enumerate(rows) if "is also in" in (model.index(r, 8).data() or "")]
    assert warned, "the demo has one deliberate, labelled clash"
    session = rows[warned[0]]
    assert "is also in" in model.index(warned[0], 8).data()
    dialog = window.schedule_ctl.edit_session(session.id)
    assert "is also in" in dialog.warnings.text()
    # moving the session onto the one-off clinic's slot double-books its facilitator
    clinic = next(s for s in rows if s.format_key == "problem-clinic")
    dialog.start.setDateTime(
        dialog.start.dateTime().fromString(f"{clinic.start:%Y-%m-%d %H:%M}", "yyyy-MM-dd HH:mm")
    )
    assert "is also in 'Problem clinic" in dialog.warnings.text()
    dialog.reject()


def test_skip_cancel_and_restore_from_menu(window: MainWindow) -> None:
    tab = window.schedule_tab
    tab.views.setCurrentIndex(1)
    week3 = next(r for r in range(tab.model.rowCount()) if tab.model.session_at(r).week == 4)
    session = tab.model.session_at(week3)
    tab.select_session(session.id)
    window.actions["skip_week"].trigger()
    assert window.schedule.sessions.get(session.id).status == "skipped"
    window.actions["undo"].trigger()
    assert window.schedule.sessions.get(session.id).status == "planned"
    tab.select_session(session.id)
    window.actions["cancel_rest"].trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox) and "Cancel 2 planned sessions" in box.text()
    next(b for b in box.buttons() if b.text() == "Cancel sessions").click()
    statuses = {s.week: s.status for s in window.schedule.list_sessions() if s.week}
    # weeks 1-3 are held in the demo and week 5 is a skipped holiday: only 4 and 6 were planned
    assert statuses == {1: "held", 2: "held", 3: "held", 4: "cancelled", 5: "skipped", 6: "cancelled"}


def test_export_invites_dialog_writes_files(window: MainWindow, tmp_path: Path) -> None:
    dialog = window.schedule_ctl.export_invites()
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "engineering-onboarding-pilot-series.ics" in names
    assert "engineering-onboarding-pilot-series.eml" in names
    assert "Wrote" in window.statusBar().currentMessage()


def test_add_one_off_session(window: MainWindow) -> None:
    dialog = window.schedule_ctl.add_session()
    dialog.title.setText("Demo-and-discuss: new CI pipeline")
    dialog.format.setCurrentIndex(dialog.format.findData("demo-and-discuss"))
    dialog.add_attendee("jonas.becker@northwind.example", "facilitator")
    dialog.add_attendee("samuel.okafor@northwind.example", "learner")
    dialog.try_accept()
    added = [s for s in window.schedule.list_sessions() if s.title.startswith("Demo-and-discuss: new CI")]
    assert len(added) == 1 and added[0].week is None
    assert added[0].facilitators == ("jonas.becker@northwind.example",)
    assert added[0].uid.endswith("@peerdesk")


def test_week_navigation_actions(window: MainWindow) -> None:
    tab = window.schedule_tab
    start = tab.week_start
    window.actions["next_week"].trigger()
    assert tab.week_start == start + timedelta(days=7)
    window.actions["previous_week"].trigger()
    window.actions["previous_week"].trigger()
    assert tab.week_start == start - timedelta(days=7)
    window.actions["this_week"].trigger()
    assert tab.week_start == clock.today() - timedelta(days=clock.today().weekday())


def test_edit_program_moves_future_sessions_with_undo(window: MainWindow) -> None:
    program = window.schedule.list_programs()[0]
    before = {s.id: s.start for s in window.schedule.list_sessions(program.id)}
    dialog = window.schedule_ctl.edit_program(program.id)
    assert (
        dialog.name.text() == "Engineering onboarding pilot" and dialog.create_button.text() == "Save Changes"
    )
    dialog.time.setTime(dialog.time.time().addSecs(4 * 3600))  # 10:00 -> 14:00
    preview = [dialog.sessions.item(i).text() for i in range(dialog.sessions.count())]
    weekly = [line for line in preview if line.removeprefix("\u26a0 ").startswith("Week")]
    # weeks 1-3 are held (they keep their time) and week 5 is a skipped holiday
    assert len(weekly) == 2 and all("14:00" in line for line in weekly)
    dialog.create_button.click()
    after = {s.id: s for s in window.schedule.list_sessions(program.id)}
    weekly = [s for s in after.values() if s.week is not None and s.status == "planned"]
    assert weekly and all(s.start.hour == 14 for s in weekly)
    assert window.schedule.programs.get(program.id).time.hour == 14
    window.actions["undo"].trigger()
    assert {s.id: s.start for s in window.schedule.list_sessions(program.id)} == before


def test_formats_dialog_adds_edits_and_resets(window: MainWindow) -> None:
    window.actions["formats"].trigger()
    dialog = window.dialog
    assert dialog.list.count() == 8
    dialog.new_format()
    dialog.key.setText("book-club")
    dialog.name.setText("Book club")
    dialog.minutes.setValue(40)
    dialog.agenda.setPlainText("5 Check-in\n30 Discuss the chapter\n5 Next chapter")
    dialog.save_current()
    assert dialog.problems.text() == ""
    assert "book-club" in [f.key for f in window.schedule.formats()]
    row = [dialog.list.item(i).text() for i in range(dialog.list.count())].index("Micro-lesson (20 min)")
    dialog.list.setCurrentRow(row)
    dialog.minutes.setValue(15)
    dialog.save_current()
    assert "adds up to 20 min" in dialog.problems.text()  # the agenda must fit the session
    dialog.agenda.setPlainText("2 Why it matters\n10 Show it\n3 Feedback")
    dialog.save_current()
    micro = next(f for f in window.schedule.formats() if f.key == "micro-lesson")
    assert micro.minutes == 15 and dialog.reset_button.isEnabled()
    dialog.reset_current()
    assert next(f for f in window.schedule.formats() if f.key == "micro-lesson").minutes == 20
    window.actions["undo"].trigger()  # undo the reset
    assert next(f for f in window.schedule.formats() if f.key == "micro-lesson").minutes == 15
    dialog.new_format()
    dialog.key.setText("Bad Key")
    dialog.name.setText("x")
    dialog.agenda.setPlainText("99 too long")
    dialog.save_current()
    assert "lower-case" in dialog.problems.text() and "adds up to 99 min" in dialog.problems.text()


def test_matching_run_lock_rerun_apply(window: MainWindow) -> None:
    dialog = window.schedule_ctl.open_matching()
    assert not dialog.apply_button.isEnabled()
    dialog.mode.setCurrentText("pairs")
    dialog.seed.setValue(5)
    dialog.run()
    first = dialog.result
    assert first is not None and first.groups and "points in all" in dialog.summary.text()
    locked = first.groups[-1].members
    dialog.select_group(locked)
    assert dialog.lock_button.isEnabled()
    dialog.toggle_lock()  # locks and re-runs
    assert dialog.result.groups[0].members == locked and dialog.result.groups[0].locked
    # swap two people from different groups: both new groups are locked
    a, b = dialog.result.groups[1].members[0], dialog.result.groups[2].members[0]
    dialog.select_people([a, b])
    assert dialog.swap_button.isEnabled()
    dialog.swap()
    locked_sets = {frozenset(g.members) for g in dialog.result.groups if g.locked}
    assert any(a in s and b not in s for s in locked_sets) and any(b in s and a not in s for s in locked_sets)
    # the do-not-pair list: two people who were paired are never paired again
    paired = next(g.members for g in dialog.result.groups if len(g.members) == 2)
    dialog.select_people(list(paired))
    assert dialog.never_button.isEnabled()
    dialog.toggle_never()
    assert frozenset(paired) not in {frozenset(g.members) for g in dialog.result.groups}
    assert "Never paired:" in dialog.coverage.text()
    # excluding someone leaves them out with a reason
    dialog.select_people(["samuel.okafor@northwind.example"])
    dialog.exclude()
    assert {"samuel.okafor@northwind.example"} <= {u.email for u in dialog.result.unmatched}
    # weight changes preview without storing
    runs_before = len(dialog._matcher.runs.list_runs())
    dialog.weights["cross_team"].setValue(-20)
    assert "Preview with these points" in dialog.summary.text()
    assert len(dialog._matcher.runs.list_runs()) == runs_before
    sessions_before = len(window.schedule.list_sessions())
    dialog.apply()
    added = [s for s in window.schedule.list_sessions() if s.format_key == "skill-swap"]
    placed = len(window.schedule.list_sessions()) - sessions_before
    assert placed + len(dialog.unplaced) == len(dialog.result.groups)
    assert all(s.notes.startswith("From matching run") for s in added[len(added) - placed :])
    if dialog.unplaced:  # the lead picks a time for what Apply could not place
        assert "No free shared time" in dialog.summary.text() and dialog.place_button.isVisible()
        draft = dialog.unplaced[0]
        dialog.place_button.click()
        editor = window.dialog
        assert editor.isVisible() and editor.title.text() == draft.title
        editor.reject()
    assert window.schedule_tab.model.rowCount() == len(window.schedule.list_sessions())
    window.actions["undo"].trigger()
    assert len(window.schedule.list_sessions()) == sessions_before


def test_print_dialog_previews_and_exports(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.ui import prompts

    session = next(s for s in window.schedule.list_sessions() if s.week == 2)
    editor = window.schedule_ctl.edit_session(session.id)
    print_button = next(b for b in editor.buttons.buttons() if b.text() == "&Print...")
    print_button.click()
    dialog = window.dialog
    assert dialog.session.currentData() == session.id
    assert "Micro-lesson, week 2" in dialog.view.toPlainText()
    dialog.kind.setCurrentIndex(dialog.kind.findData("guide"))
    dialog.format.setCurrentIndex(dialog.format.findData("skill-swap"))
    assert "Skill-swap" in dialog.view.toPlainText()
    pdf = dialog.export_pdf(tmp_path / "guide.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: tmp_path / "kickoff.html")
    dialog.kind.setCurrentIndex(dialog.kind.findData("kickoff"))
    dialog.html_button.click()
    assert "What we will measure" in (tmp_path / "kickoff.html").read_text()
    preview = dialog.preview()
    assert preview is not None
    preview.close()
    dialog.kind.setCurrentIndex(dialog.kind.findData("follow-up"))
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text().startswith("**Thank you for coming to")
    editor.reject()


def test_broken_user_template_shows_a_message_in_the_window(window: MainWindow) -> None:
    from peerdesk.printing.templates import user_templates_dir

    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "agenda.html").write_text("<p>{{ session.title }</p>")
    dialog = window.print_ctl.open_print("agenda")
    assert "agenda.html, line 1" in dialog.problem.text()
    assert not dialog.pdf_button.isEnabled()
    window.print_ctl.reset_templates()
    next(b for b in window.dialog.buttons() if b.text() == "Reset").click()
    dialog.refresh()
    assert dialog.problem.text() == "" and dialog.pdf_button.isEnabled()
