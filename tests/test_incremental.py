"""Incremental updates are right: after each kind of edit, and its undo and redo, every tab shows
exactly what a full reload from the file shows.

The window refreshes only what an edit touched (row-level model updates, conflicts re-checked
where an edit can affect them, Feedback pages filled only when their program changed). Each test
makes one edit with one tab visible, then reads everything every tab shows (tables, lists,
labels, trees, combo boxes, the status bar) as a person would see it, reloads every tab from the
file, reads everything again and compares.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import time, timedelta

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from peerdesk import clock
from peerdesk.domain import Availability, CheckIn, Person, Shoutout, TeachSkill
from peerdesk.impact.feedback import SessionRecord
from peerdesk.roster.matrix import build_matrix, knowledge_at_risk
from peerdesk.roster.truck_factor import holders, truck_factor
from peerdesk.ui.commands import ChangeCommand, RenameSkillCommand
from peerdesk.ui.feedback.charts import CHART_OF, Empty, chart_rows
from peerdesk.ui.main_window import MainWindow


def _model_rows(view: QAbstractItemView) -> list[tuple[object, ...]]:
    model = view.model()
    if model is None:
        return []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole)
    rows = []

    def walk(parent):  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            cells = []
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in roles:
                    value = model.data(index, role)
                    cells.append(value.color().name() if hasattr(value, "color") else value)
            rows.append(tuple(cells))
            walk(model.index(row, 0, parent))

    walk(view.rootIndex())
    return rows


def snapshot(widget: QWidget) -> list[tuple[str, object]]:
    """Everything a person can read in `widget` and its children, in a comparable form."""
    seen: list[tuple[str, object]] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if "Chart" in type(child).__name__:
            continue  # charts are drawn from the same KPI values the tiles show
        name = f"{type(child).__name__}:{child.objectName()}"
        if isinstance(child, QAbstractItemView):
            seen.append((name, _model_rows(child)))
        elif isinstance(child, QComboBox):
            items = [(child.itemText(i), child.itemData(i)) for i in range(child.count())]
            seen.append((name, (items, child.currentIndex())))
        elif isinstance(child, QLabel | QLineEdit):
            seen.append((name, child.text()))
        elif isinstance(child, QPlainTextEdit | QTextEdit):
            seen.append((name, child.toPlainText()))
        elif isinstance(child, QCheckBox):
            seen.append((name, child.isChecked()))
        elif isinstance(child, QSpinBox):
            seen.append((name, child.value()))
    return seen


def everything_shown(window: MainWindow) -> dict[object, object]:
    """What every tab and every page of the Feedback tab shows, visiting each as a person would (a
    hidden tab or page catches up when shown)."""
    current = window.tabs.currentIndex()
    pages = window.feedback_tab
    page = pages.currentIndex()
    shown: dict[object, object] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        if not window.tabs.widget(index).isAncestorOf(pages):
            shown[index] = snapshot(window.tabs.widget(index))
        else:  # a page behind another catches up when it is shown: each is read in front
            for inner in range(pages.count()):
                pages.setCurrentIndex(inner)
                QApplication.processEvents()
                shown[(index, inner)] = snapshot(pages.widget(inner))
            pages.setCurrentIndex(page)
    window.tabs.setCurrentIndex(current)
    shown["status"] = window.counts_label.text()
    return shown


def reload_everything(window: MainWindow) -> None:
    """Fill every tab from the file, as if the window had just opened on it."""
    for controller in window.controllers:
        controller.reload()
    window._show_counts()
    QApplication.processEvents()


def assert_program_pages_show_their_kpis(window: MainWindow) -> None:
    """The recognition tables show the dashboard's KPIs, and each dashboard chart shows what a chart
    drawn afresh from them shows (a
    chart is drawn again only when its inputs changed; a reload keeps that memory, so it is
    checked against a new drawing, by its numbers as a table and its title)."""
    dashboard, recognition = window.feedback_tab.dashboard, window.feedback_tab.recognition
    kpis = dashboard.kpis
    for table, rows in (
        (recognition.contributors, kpis.contributors if kpis else []),
        (recognition.balance, kpis.balance if kpis else []),
    ):  # (the tables change only rows that differ: checked against the KPIs, not a reload)
        shown = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
        assert shown == [(name, str(first), str(second)) for name, first, second in rows]
    if kpis is None or kpis.sessions_held == 0:
        return
    for kind, slot in dashboard.chart_slots.items():
        fresh = CHART_OF[kind](kpis)
        if isinstance(fresh, Empty):
            assert slot.empty.text() == fresh.message, kind
            continue
        headers, rows = chart_rows(fresh)
        table = slot.table
        shown = [
            [table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())
        ]
        labels = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert (labels, shown) == (headers, rows), kind
        assert slot.view.accessibleName() == fresh.title(), kind


def assert_matrix_shows_its_people(window: MainWindow) -> None:
    """The skills matrix, when shown, holds what a matrix laid out afresh from its people holds, and
    its risks and truck factor are those worked out over them (the view keeps each person's row and
    each skill's sums between edits, and a reload keeps them too)."""
    view = window.roster_tab.matrix
    if not view.isVisible():
        return
    fresh = build_matrix(
        view.people,
        window.roster.skills(),
        group_by=view.group.currentData() or "",
        skill_order=view.order.currentData() or "name",
        sort_skill=view.sort_skill,
    )
    assert view.model.matrix == fresh
    shown = [view.model.headerData(r, Qt.Orientation.Vertical) for r in range(view.model.rowCount())]
    assert shown == view.model.row_names()
    assert view.risks.risks == knowledge_at_risk(view.people)
    active = [p for p in view.people if p.active]
    what_if = view.risks.what_if  # (changed one item at a time when one person comes or goes)
    listed = [(what_if.itemText(i), what_if.itemData(i)) for i in range(1, what_if.count())]
    assert listed == [(p.name, p.email) for p in sorted(active, key=lambda p: p.name.casefold())[:2000]]
    assert view.risks.truck.text() == (
        "\n".join(truck_factor(active).lines({p.email: p.name for p in active})) if holders(active) else ""
    )


def assert_incremental_equals_reload(window: MainWindow) -> None:
    QApplication.processEvents()
    incremental = everything_shown(window)
    assert_program_pages_show_their_kpis(window)
    window.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    assert_matrix_shows_its_people(window)
    reload_everything(window)
    full = everything_shown(window)
    for key in full:
        assert incremental[key] == full[key], f"tab {key} differs from a full reload"


def _select_people(window: MainWindow, count: int) -> list[int]:
    window.tabs.setCurrentIndex(0)
    table = window.roster_tab.table
    table.clearSelection()
    for row in range(2, 2 + count):
        table.selectionModel().select(
            window.roster_tab.model.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    return window.roster_tab.selected_ids()


def _first(window: MainWindow, status: str) -> int:
    return next(s.id for s in window.schedule.list_sessions() if s.status == status)


def deactivate(window: MainWindow) -> None:
    _select_people(window, 2)
    window.actions["deactivate"].trigger()


def edit_person(window: MainWindow) -> None:
    person = window.roster.people()[5]
    edited = replace(
        person,
        name=person.name + " Jr",
        team="Platform",
        availability=(Availability(0, time(8, 0), time(9, 0)),),
    )
    window.ctx.push(ChangeCommand(window.roster, window.roster.plan_update(edited), window.ctx.announce))


def teach_a_new_skill(window: MainWindow) -> None:
    """A skill no one had, sorting before every other: each column of the matrix moves one along."""
    person = window.roster.people()[3]
    edited = replace(person, teaches=(*person.teaches, TeachSkill("A11y reviews", 4)))
    window.ctx.push(ChangeCommand(window.roster, window.roster.plan_update(edited), window.ctx.announce))


def add_person(window: MainWindow) -> None:
    person = Person(name="Zoë Ångström", email="zoe@example.org", team="New team", timezone="Asia/Tokyo")
    window.ctx.push(ChangeCommand(window.roster, window.roster.plan_add(person), window.ctx.announce))


def delete_person(window: MainWindow) -> None:
    facilitator = next(s for s in window.schedule.list_sessions() if s.facilitators).facilitators[0]
    person = next(p for p in window.roster.people() if p.email == facilitator)
    change = window.roster.plan_delete([person.id])
    window.ctx.push(ChangeCommand(window.roster, change, window.ctx.announce))


def rename_skill(window: MainWindow) -> None:
    skill = window.roster.skills()[0].name
    window.ctx.push(RenameSkillCommand(window.roster, skill, skill + " (renamed)", window.ctx.announce))


def move_session(window: MainWindow) -> None:
    session = window.schedule.sessions.get(_first(window, "planned"))
    window.schedule_ctl.move_session(session.id, session.start - timedelta(days=1, hours=1))


def edit_program(window: MainWindow) -> None:
    """Rename the running program, raise its target and move its weekly time: its future sessions
    move too, so the edit touches the program itself and its sessions at once."""
    program = window.schedule.list_programs()[-1]
    edited = replace(
        program,
        name=program.name + " (spring)",
        target_participation=0.9,
        time=time((program.time.hour + 1) % 20, program.time.minute),
    )
    change = window.schedule.plan_program_edit(edited, clock.today())
    assert change.after  # future sessions follow the new time
    window.ctx.push(ChangeCommand(window.schedule, change, window.ctx.announce))


def skip_session(window: MainWindow) -> None:
    window.schedule_ctl.set_status(_first(window, "planned"), "skipped")


def cancel_rest(window: MainWindow) -> None:
    change = window.schedule.plan_cancel_rest(_first(window, "planned"))
    window.ctx.push(ChangeCommand(window.schedule, change, window.ctx.announce))


def add_one_off(window: MainWindow) -> None:
    template = window.schedule.sessions.get(_first(window, "planned"))
    one_off = replace(
        template, id=None, uid="", title="Clinic: <b>&amp;</b>", start=template.start + timedelta(hours=2)
    )
    change = window.schedule.plan_add_one_off(one_off)
    window.ctx.push(ChangeCommand(window.schedule, change, window.ctx.announce))


def record_rating(window: MainWindow) -> None:
    held = _first(window, "held")
    record = window.feedback.record(held)
    rows = list(record.attendance)
    rows[0] = replace(rows[0], present=not rows[0].present, rating=1)
    change = window.feedback.plan(SessionRecord(record.session, tuple(rows)))
    window.ctx.push(ChangeCommand(window.feedback, change, window.ctx.announce))


def type_rating(window: MainWindow) -> None:
    """A rating typed into the Record page's table, as a lead does it (digit keys)."""
    from PySide6.QtTest import QTest

    window.tabs.setCurrentIndex(2)
    view = window.feedback_tab.record.table
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_2)
    QApplication.processEvents()  # the page saves on the next turn of the event loop


def type_first_attendance(window: MainWindow) -> None:
    """Marking someone present in a planned session (it becomes held), from the keyboard."""
    from PySide6.QtTest import QTest

    # a session that took place but was not marked held yet (future sessions are refused)
    held = _first(window, "held")
    window.schedule.apply(window.schedule.plan_status(held, "planned"))
    window.refresh()
    window.tabs.setCurrentIndex(2)
    page = window.feedback_tab.record
    page.session.setCurrentIndex(page.session.findData(held))
    QApplication.processEvents()
    page.table.setFocus()
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Space)
    QApplication.processEvents()


def add_check_in(window: MainWindow) -> None:
    person = window.roster.people()[3]
    skill = window.roster.skills()[1].name
    window.feedback_tab.competency.check_in_added.emit(CheckIn(person.email, skill, 3, clock.today()))


def add_shoutout(window: MainWindow) -> None:
    program = window.schedule.list_programs()[-1]
    person = window.roster.people()[4]
    window.feedback_tab.recognition.shoutout_added.emit(
        Shoutout(program.id, person.email, clock.today(), "Thanks for the *great* demo")
    )


EDITS: dict[str, Callable[[MainWindow], None]] = {
    "deactivate": deactivate,
    "edit person": edit_person,
    "teach a new skill": teach_a_new_skill,
    "add person": add_person,
    "delete person": delete_person,
    "rename skill": rename_skill,
    "move session": move_session,
    "edit program": edit_program,
    "skip session": skip_session,
    "cancel rest of series": cancel_rest,
    "add one-off": add_one_off,
    "record rating": record_rating,
    "type a rating on the Record page": type_rating,
    "mark someone present in a planned session": type_first_attendance,
    "add check-in": add_check_in,
    "add shout-out": add_shoutout,
}


VISIBLE = {  # the tab in front, and for the Feedback tab the page in front
    "roster visible": (0, 0),
    "schedule visible": (1, 0),
    "feedback visible": (2, 0),
    "feedback dashboard visible": (2, 1),
    "feedback recognition visible": (2, 3),
    "roster skills matrix visible": (0, 1),
}


def _bring_forward(window: MainWindow, visible: tuple[int, int]) -> None:
    window.tabs.setCurrentIndex(visible[0])
    if visible[0] == 2:
        window.feedback_tab.setCurrentIndex(visible[1])
    window.roster_tab.show_matrix(visible == (0, 1))
    QApplication.processEvents()


@pytest.mark.parametrize("visible", list(VISIBLE), ids=list(VISIBLE))
@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_every_tab_after_an_edit_its_undo_and_redo_equals_a_full_reload(
    demo_window: MainWindow, edit: str, visible: str
) -> None:
    window = demo_window
    for index in range(3):  # every tab has been filled once, as after a person looked around
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    EDITS[edit](window)
    _bring_forward(window, VISIBLE[visible])
    assert window.undo_stack.count() >= 1
    assert_incremental_equals_reload(window)
    _bring_forward(window, VISIBLE[visible])
    window.undo_stack.undo()
    assert_incremental_equals_reload(window)
    _bring_forward(window, VISIBLE[visible])
    window.undo_stack.redo()
    assert_incremental_equals_reload(window)


def test_a_deactivation_repaints_rows_without_resetting_the_roster(demo_window: MainWindow) -> None:
    window = demo_window
    ids = _select_people(window, 1)
    model = window.roster_tab.model
    resets: list[object] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    window.actions["deactivate"].trigger()
    assert resets == []
    assert changed == [model.row_of(ids[0])]
    assert window.roster_tab.selected_ids() == ids  # the selection stays
    assert "(inactive)" in model.data(model.index(changed[0], 0))


def test_moving_a_session_rechecks_only_the_sessions_it_can_clash_with(demo_window: MainWindow) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    index = window.schedule_ctl.index
    assert index is not None
    session = window.schedule.sessions.get(_first(window, "planned"))
    other = len(index.sessions)
    affected = index.update(sessions=[replace(session, start=session.start + timedelta(hours=1))])
    assert session.id in affected
    assert len(affected) < other  # not everything


def test_a_big_roster_shows_its_first_screenful_then_everyone(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from peerdesk.roster.service import Roster, import_change
    from peerdesk.storage import open_workspace
    from peerdesk.ui.roster.controller import FIRST_PAGE

    people = [
        Person(name=f"Person {i:03d}", email=f"p{i}@example.org", team=f"Team {i % 3}", timezone="UTC")
        for i in range(FIRST_PAGE + 50)
    ]
    path = tmp_path / "big.sqlite"
    with open_workspace(path, create=True) as workspace:
        Roster(workspace).apply(import_change(people, []))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_workspace(path), settings=settings)
    qtbot.addWidget(window)
    model = window.roster_tab.model
    assert model.rowCount() == FIRST_PAGE  # shown before the rest is read
    assert model.person_at(0).name == "Person 000"
    qtbot.waitUntil(lambda: model.rowCount() == len(people))
    assert window.roster_tab.count.text() == f"{len(people)} people"
    assert window.roster_tab.team.count() == 4  # "All teams" and the three teams
    window.close()


@pytest.mark.parametrize("named_on_page", [False, True], ids=["someone else", "someone the page names"])
def test_deactivating_someone_moves_at_most_one_walk_in_row(
    demo_window: MainWindow, named_on_page: bool
) -> None:
    """On the Feedback tab, (de)activating a person updates only the walk-in list (one row out, one
    row back in reading order, the lead's pick kept; nothing for someone the shown session names,
    who is never offered as a walk-in), as a reload shows; the attendance table is not filled again."""
    window = demo_window
    window.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    page = window.feedback_tab.record
    assert page.record is not None
    named = {r.email for r in page.record.attendance} | set(page.record.session.facilitators)
    outsider = next(p for p in window.roster.people() if p.active and (p.email in named) == named_on_page)
    rows_before = page.model.rows()
    keep = next(
        page.walk_in.itemData(i)
        for i in range(page.walk_in.count())
        if page.walk_in.itemData(i) != outsider.email
    )
    page.walk_in.setCurrentIndex(page.walk_in.findData(keep))
    shown_records: list[object] = []
    page.model.modelReset.connect(lambda: shown_records.append(True))
    window.ctx.push(
        ChangeCommand(window.roster, window.roster.plan_set_active([outsider.id], False), window.ctx.announce)
    )
    QApplication.processEvents()
    assert shown_records == []  # the attendance table was not filled again
    assert page.model.rows() == rows_before
    assert page.walk_in.findData(outsider.email) == -1 and page.walk_in.currentData() == keep
    assert_incremental_equals_reload_walk_ins(window)
    window.undo_stack.undo()
    QApplication.processEvents()
    assert (page.walk_in.findData(outsider.email) >= 0) != named_on_page
    assert_incremental_equals_reload_walk_ins(window)
    assert_incremental_equals_reload(window)


def assert_incremental_equals_reload_walk_ins(window: MainWindow) -> None:
    page = window.feedback_tab.record
    incremental = [(page.walk_in.itemText(i), page.walk_in.itemData(i)) for i in range(page.walk_in.count())]
    window.feedback_ctl.reload()
    QApplication.processEvents()
    full = [(page.walk_in.itemText(i), page.walk_in.itemData(i)) for i in range(page.walk_in.count())]
    assert incremental == full
