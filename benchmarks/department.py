"""Benchmark: every edit on a department-sized workspace, and start-up, against their targets.

Workspaces generated here, in one run:
- "department": 5,000 people; 40 programs of 25 members, 8 weeks each, half of
  them under way with three weeks of attendance recorded;
- "one program": the same people, one program holding all 5,000;
- "team": 500 people, 4 programs of 25 (the one-frame target).

For each, on each tab (Roster with its people table or its skills matrix,
Schedule, Feedback with its Record page, its Dashboard or its Recognition page
in front) it times, from triggering an
action until the window is up to date (events processed, the visible tab
repainted): deactivate one person (Ctrl+D), undo it (Ctrl+Z), redo it
(Ctrl+Shift+Z), move one session, record one attendance rating. Each figure is
the median of 5, with the worst of the 5, against the target (50 ms for 5,000
people, 16 ms for 500). Start-up is process start to a shown, populated window
on the department file, against a bare PySide6 window started the same way
(target 2x).

Run: .venv/bin/python benchmarks/department.py [--quick] [--json]
(--quick: 1,000 people instead of 5,000; --json: the rows for run_all.py as a last line)
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rows import Row, Target, emit, quick_wanted
from startup_and_filter import BARE, make_people, time_process

from peerdesk.domain import AttendanceRecord, Program, Session
from peerdesk.impact.feedback import Feedback, SessionRecord
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.service import Schedule
from peerdesk.storage import open_workspace
from peerdesk.ui.feedback.model import RATING

RUNS = 5
ROWS: list[Row] = []


def build(path: Path, people: int, programs: int, members: int) -> None:
    """A workspace with `people` people and `programs` 8-week programs of `members` each;
    half the programs started three weeks ago, with attendance recorded for those weeks."""
    rng = random.Random(5)
    with open_workspace(path, create=True) as ws:
        Roster(ws).apply(import_change(make_people(people), []))
        everyone = [p.email for p in Roster(ws).people()]
        schedule, feedback = Schedule(ws), Feedback(ws)
        today = date.today()
        for n in range(programs):
            under_way = n % 2 == 0
            start = today - timedelta(days=today.weekday() + 21) if under_way else today + timedelta(days=7)
            chosen = everyone if members >= len(everyone) else rng.sample(everyone, members)
            _program, sessions = schedule.create_program(
                Program(
                    name=f"Program {n + 1}",
                    start=start,
                    weeks=8,
                    weekday=n % 5,
                    time=clock(9 + n % 7, 0),
                    timezone="Europe/Berlin",
                    members=tuple(chosen),
                    organizer_email=chosen[0],
                )
            )
            if not under_way:
                continue
            for session in sessions[:3]:
                record = feedback.record(session.id or 0)
                rows = tuple(
                    AttendanceRecord(r.email, True, rng.randint(3, 5)) if rng.random() < 0.8 else r
                    for r in record.attendance
                )
                feedback.apply(feedback.plan(SessionRecord(replace(session, status="held"), rows)))


def settle(app: object, window: object) -> None:
    """Process pending events and paint the window, as the event loop does before the next frame."""
    app.processEvents()  # type: ignore[attr-defined]
    window.repaint()  # type: ignore[attr-defined]


def timed(app: object, window: object, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    settle(app, window)
    return time.perf_counter() - start


def measure(path: Path, label: str, target_ms: float, size: int = 0) -> list[tuple[str, float, float]]:
    """Time every edit on every tab of the window over `path`; returns (what, median, worst)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from peerdesk.ui.app import application, open_window

    app = application()
    window = open_window(path)
    window.resize(1280, 800)
    settle(app, window)
    for index in (2, 1, 0):  # every tab filled once, as after a lead looked around
        window.tabs.setCurrentIndex(index)
        settle(app, window)
    results = []
    page = window.feedback_tab.record
    for tab_index, page_index, tab_name in (
        (0, 0, "Roster"),
        (0, 1, "Roster, skills matrix"),  # the matrix, its risks and truck factor laid out again
        (1, 0, "Schedule"),
        (2, 0, "Feedback"),  # the Record page in front
        (2, 1, "Feedback, Dashboard"),  # the KPIs and charts worked out again after each edit
        (2, 3, "Feedback, Recognition"),
    ):
        window.feedback_tab.setCurrentIndex(0)
        window.roster_tab.show_matrix(False)
        window.tabs.setCurrentIndex(0)
        settle(app, window)
        table = window.roster_tab.table
        table.clearSelection()  # (selectRow on a row already selected can leave nothing selected)
        table.selectRow(3)
        assert window.roster_tab.selected_ids(), "no one to deactivate"
        window.tabs.setCurrentIndex(tab_index)
        settle(app, window)
        session = next(s for s in window.schedule.list_sessions() if s.status == "planned")
        held = next((s for s in window.schedule.list_sessions() if s.status == "held"), None)
        if held is not None:  # the Record page on a held session, the cursor in the first row
            page.session.setCurrentIndex(page.session.findData(held.id))
            settle(app, window)
            page.table.setCurrentIndex(page.table.model().index(0, 0))
        if tab_index == 2:
            window.feedback_tab.setCurrentIndex(page_index)
        elif tab_index == 0:
            window.roster_tab.show_matrix(page_index == 1)
        settle(app, window)

        def deactivate() -> None:
            steps = window.undo_stack.index()
            window.actions["deactivate"].trigger()
            assert window.undo_stack.index() == steps + 1, "Ctrl+D deactivated no one: nothing to time"

        def undo() -> None:
            QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

        def redo() -> None:
            QTest.keyClick(
                window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            )

        def move(n: list[int] = [0], session: Session = session) -> None:  # noqa: B006 - a counter
            n[0] += 1
            window.schedule_ctl.move_session(session.id, session.start + timedelta(hours=n[0] % 3 + 1))

        def rate(n: list[int] = [0]) -> None:  # noqa: B006 - a counter across calls
            """Type a rating into the Record page's table, as a lead does (from another tab, the
            same edit arrives through the page's signal, as an import would). The rating always
            differs from the row's, and the edit must reach the undo stack: an edit that changed
            nothing would time nothing."""
            n[0] += 1
            row = n[0] % 50
            rating = 1 + ((page.model.rows()[row].rating or 0) % 5)
            steps = window.undo_stack.count()
            if page.isVisible():
                page.table.setCurrentIndex(page.table.model().index(row, RATING))
                QTest.keyClick(page.table, str(rating))
            else:
                rows = page.model.rows()
                rows[row] = replace(rows[row], present=True, rating=rating)
                page.record_changed.emit(SessionRecord(page.record.session, tuple(rows)))
            app.processEvents()  # the page saves on the next turn of the event loop
            assert window.undo_stack.count() == steps + 1 or window.undo_stack.index() == steps + 1

        def series(before: list[Callable[[], None]], action: Callable[[], None], after: list) -> list[float]:
            times = []
            for _ in range(RUNS):
                for step in before:
                    step()
                    settle(app, window)
                times.append(timed(app, window, action))
                for step in after:
                    step()
                    settle(app, window)
            return times

        for what, times in (
            ("deactivate (Ctrl+D)", series([], deactivate, [undo])),
            ("undo (Ctrl+Z)", series([deactivate], undo, [])),
            ("redo (Ctrl+Shift+Z)", series([deactivate, undo], redo, [undo])),
        ):
            results.append((f"{tab_name}: {what}", statistics.median(times), max(times)))
        move_times = [timed(app, window, move) for _ in range(RUNS)]
        results.append((f"{tab_name}: move one session", statistics.median(move_times), max(move_times)))
        if held is not None:
            rate_times = [timed(app, window, rate) for _ in range(RUNS)]
            results.append((f"{tab_name}: record one rating", statistics.median(rate_times), max(rate_times)))
    window.close()
    print(f"\n{label} (target {target_ms:.0f} ms per edit, median of {RUNS}; worst in brackets)")
    name = label.split(":")[0].replace(" holding all 5,000 people", " of everyone")
    for what, median, worst in results:
        mark = "ok " if median * 1000 <= target_ms else "MISS"
        ratio = median * 1000 / target_ms
        print(f"  {mark} {what:<38} {median * 1000:7.1f} ms  ({worst * 1000:6.1f})  ratio {ratio:.2f}")
        ROWS.append(
            Row(
                f"{name}, {size:,} people: {what}",
                median * 1000,
                "ms",
                target=Target(target_ms),
                note=f"worst {worst * 1000:.1f} ms",
            )
        )
    return results


FIRST_SCREEN = """
import sys
from pathlib import Path
from peerdesk.ui.app import application, open_window
app = application()
w = open_window(Path(sys.argv[1])); w.repaint()
assert w.roster_tab.model.rowCount() > 0
print("shown", flush=True)
"""

COMMAND = """
import sys
from pathlib import Path
from peerdesk.cli import main
main.build_parser().parse_args(["--db", sys.argv[1]])  # what the `peerdesk` command does first
from peerdesk.ui.app import application, open_window
app = application()
w = open_window(Path(sys.argv[1])); w.repaint()
assert w.roster_tab.model.rowCount() > 0
print("shown", flush=True)
"""

EVERYONE = """
import sys
from pathlib import Path
from peerdesk.ui.app import application, open_window
app = application()
w = open_window(Path(sys.argv[1]))
while w.roster_tab.model.rowCount() < int(sys.argv[2]):
    app.processEvents()
w.repaint()
print("shown", flush=True)
"""


def startup(path: Path, people: int) -> None:
    """Process start to a shown window: its first screen populated, and with everyone read."""
    bare = [time_process(BARE) for _ in range(RUNS)]
    first = [time_process(FIRST_SCREEN, str(path)) for _ in range(RUNS)]
    command = [time_process(COMMAND, str(path)) for _ in range(RUNS)]
    everyone = [time_process(EVERYONE, str(path), str(people)) for _ in range(RUNS)]
    b, f, e = statistics.median(bare), statistics.median(first), statistics.median(everyone)
    print(
        f"\nstart-up on the department file: first screen populated {f * 1000:.0f} ms, ratio {f / b:.2f}x "
        f"against a bare PySide6 window ({b * 1000:.0f} ms; target <= 2x); "
        f"all {people} people in the table {e * 1000:.0f} ms ({e / b:.2f}x)"
    )
    bare = "bare PySide6 window"
    ROWS.append(
        Row(f"start-up, {people:,} people: first screen", f * 1000, "ms", b * 1000, bare, Target(2, "ratio"))
    )
    c = statistics.median(command)
    print(f"  through the peerdesk command (its parser first): {c * 1000:.0f} ms ({c / b:.2f}x)")
    ROWS.append(
        Row(
            f"start-up, {people:,} people: through the peerdesk command",
            c * 1000,
            "ms",
            b * 1000,
            bare,
            Target(2, "ratio"),
        )
    )
    ROWS.append(Row(f"start-up, {people:,} people: all in the table", e * 1000, "ms", b * 1000, bare))


def main() -> None:
    quick = quick_wanted()
    people = 1000 if quick else 5000
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        department = base / "department.sqlite"
        build(department, 1000 if quick else 5000, 40, 25)
        one = base / "one-program.sqlite"
        build(one, 1000 if quick else 5000, 1, 5000)
        team = base / "team.sqlite"
        build(team, 500, 4, 25)
        measure(department, "department: 5,000 people, 40 programs of 25", 50, people)
        measure(one, "one program holding all 5,000 people", 50, people)
        measure(team, "team: 500 people, 4 programs of 25", 16, 500)
        startup(department, people)
    emit(ROWS, {"people": people, "runs": RUNS, "quick": quick})


if __name__ == "__main__":
    started = datetime.now()
    main()
    print(f"\n(benchmark took {(datetime.now() - started).total_seconds():.0f} s)")
