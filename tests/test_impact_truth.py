"""Every sentence of a report true: one as-of date per report, inclusion rules, status words.

Each test here failed before its fix (issue 23); the pilots are built in real workspaces.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from peerdesk.domain import AttendanceRecord, CheckIn, LearnGoal, Person, Program
from peerdesk.impact.end_of_pilot import end_of_pilot
from peerdesk.impact.feedback import Feedback, SessionRecord
from peerdesk.impact.report import Impact
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace
from peerdesk.storage.impact import ImpactRepository

START = date(2026, 3, 2)  # a Monday; the series meets on Tuesdays from 3 March


def people(ws: Workspace, names: list[str], wants: tuple[LearnGoal, ...] = (LearnGoal("SQL", 3),)) -> None:
    """Add people called `names` (email name@x.org) who want `wants`."""
    roster = Roster(ws)
    for name in names:
        roster.apply(roster.plan_add(Person(name=name, email=f"{name.lower()}@x.org", wants=wants)))


def program(
    ws: Workspace, names: list[str], weeks: int = 6, name: str = "Pilot", **extra: object
) -> tuple[Program, list]:  # type: ignore[type-arg]
    """A weekly pilot of `weeks` weeks for these members (the first organises)."""
    return Schedule(ws).create_program(
        Program(
            name=name,
            start=START,
            weeks=weeks,
            weekday=1,
            time=time(10),
            members=tuple(f"{n.lower()}@x.org" for n in names),
            organizer_email=f"{names[0].lower()}@x.org",
            **extra,  # type: ignore[arg-type]
        )
    )


def hold(ws: Workspace, session_id: int, rows: list[AttendanceRecord], status: str = "held") -> None:
    """Record a session as held (or skipped) with these attendance rows."""
    feedback = Feedback(ws)
    current = feedback.record(session_id)
    feedback.apply(feedback.plan(SessionRecord(replace(current.session, status=status), tuple(rows))))


def reach(ws: Workspace, name: str, day: date, skill: str = "SQL", level: int = 3) -> None:
    """`name` starts at level 1 on the pilot's start and reaches `level` on `day`."""
    email = f"{name.lower()}@x.org"
    ImpactRepository(ws.db).add_check_ins(
        [CheckIn(email, skill, 1, START, "self"), CheckIn(email, skill, level, day, "lead")]
    )


# -- one as-of date per report -------------------------------------------------------------


def test_week_six_and_end_of_pilot_reports_of_a_finished_pilot_agree(empty_ws: Workspace) -> None:
    """Five learners reach SQL 3 during the pilot, a sixth a week after its last Sunday: both
    reports say 5 reached (the end-of-pilot report used to count the late check-in: 6)."""
    names = ["Ana", "Ben", "Cy", "Dee", "Eli", "Fay"]
    people(empty_ws, names)
    prog, _sessions = program(empty_ws, names)
    for i, name in enumerate(names[:5]):
        reach(empty_ws, name, START + timedelta(days=10 + i))
    last_sunday = date(2026, 4, 12)  # week 6 ends on Sunday 12 April
    reach(empty_ws, "Fay", last_sunday + timedelta(days=7))
    impact = Impact(empty_ws, today=date(2026, 5, 1))
    week6 = impact.report(prog, 6)
    summary = end_of_pilot(impact, prog)
    weekly = impact.kpis(prog, through_week=6, as_of=impact.pilot_as_of(prog))
    assert summary.kpis.competency.reached == weekly.competency.reached == 5
    assert summary.kpis.period_end == weekly.period_end == last_sunday
    assert summary.kpis.competency == weekly.competency
    sample = dict(summary.samples)["Learners (time-to-competency)"]
    assert "5 reached, 1 still learning, 0 left" in sample
    assert sample in week6.markdown


def test_a_person_deactivated_today_is_still_learning_in_week_two(empty_ws: Workspace, set_clock) -> None:  # type: ignore[no-untyped-def]
    names = ["Ana", "Ben", "Cy"]
    people(empty_ws, names)
    prog, _ = program(empty_ws, names)
    roster = Roster(empty_ws)
    set_clock(date(2026, 11, 25))
    roster.apply(roster.plan_set_active([roster.repo.id_for_email("ben@x.org")], False))
    impact = Impact(empty_ws, today=date(2026, 11, 25))
    week2 = impact.kpis(prog, through_week=2)
    assert (week2.competency.still_learning, week2.competency.left) == (3, 0)
    set_clock(date(2026, 3, 12))  # Cy left in week 2 (his change is dated 12 March)
    roster.apply(roster.plan_set_active([roster.repo.id_for_email("cy@x.org")], False))
    assert (
        impact.kpis(prog, through_week=1).competency.left,
        impact.kpis(prog, through_week=2).competency.left,
    ) == (
        0,
        1,
    )
    # reactivated later: left in week 2 still, active again from 1 April
    set_clock(date(2026, 4, 1))
    roster.apply(roster.plan_set_active([roster.repo.id_for_email("cy@x.org")], True))
    assert impact.kpis(prog, through_week=2).competency.left == 1
    assert impact.kpis(prog, through_week=5).competency.left == 0
    history = roster.repo.activation_changes()
    assert history["cy@x.org"] == [(date(2026, 3, 12), False), (date(2026, 4, 1), True)]


def test_activation_history_goes_and_comes_back_with_the_person(empty_ws: Workspace) -> None:
    people(empty_ws, ["Ana"])
    roster = Roster(empty_ws)
    ana = roster.repo.id_for_email("ana@x.org")
    roster.apply(roster.plan_set_active([ana], False))
    assert roster.repo.activation_changes() == {"ana@x.org": [(date(2026, 11, 25), False)]}
    deleted = roster.apply(roster.plan_delete([ana]))
    assert roster.repo.activation_changes() == {}
    roster.revert(deleted)
    assert roster.repo.activation_changes() == {"ana@x.org": [(date(2026, 11, 25), False)]}
    roster.revert(roster.apply(roster.plan_set_active([ana], True)))  # undoing a reactivation is a change
    assert [a for _d, a in roster.repo.activation_changes()["ana@x.org"]] == [False, True, False]


# -- honest inclusion rules ----------------------------------------------------------------


def test_facilitators_own_rating_and_walk_ins_are_apart(empty_ws: Workspace) -> None:
    """Ana leads week 1 and rates it 5; Ben rates 2; seven walk-ins come to a session of 3 invited:
    participation is 2 of 3 (67%, never 233%), satisfaction 2.0 from Ben alone, Ana's 5 shown apart."""
    names = ["Ana", "Ben", "Cy"]
    walkers = [f"W{i}" for i in range(7)]
    people(empty_ws, names + walkers)
    prog, sessions = program(empty_ws, names)
    assert sessions[0].facilitators == ("ana@x.org",)
    rows = [AttendanceRecord("ana@x.org", True, 5), AttendanceRecord("ben@x.org", True, 2)]
    rows += [AttendanceRecord(f"{w.lower()}@x.org", True, walk_in=True) for w in walkers]
    hold(empty_ws, sessions[0].id, rows)
    impact = Impact(empty_ws, today=date(2026, 3, 9))
    k = impact.kpis(prog, through_week=1)
    assert (k.invitations, k.attendances, k.walk_ins) == (3, 2, 7)
    assert k.participation_rate == pytest.approx(2 / 3) and k.weekly_participation == [
        (1, pytest.approx(2 / 3))
    ]
    assert k.mean_rating == 2 and k.facilitator_ratings == 1
    assert k.response_rate == pytest.approx(1 / 8)  # 1 rating from the 8 present who did not lead
    report = impact.report(prog, 1).markdown
    assert "67% (2 of 3 invited; 7 walk-ins counted apart)" in report
    assert "2.0 (1 rating; 1 facilitators' own rating left out)" in report or "1 facilitator" in report
    assert "233%" not in report and "Participation is" not in report  # 3 invitations: below the sample


def test_one_rating_is_never_a_win(empty_ws: Workspace) -> None:
    names = ["Ana", "Ben", "Cy", "Dee", "Eli", "Fay"]
    people(empty_ws, names)
    prog, sessions = program(empty_ws, names)
    hold(empty_ws, sessions[0].id, [AttendanceRecord("ben@x.org", True, 5)])
    impact = Impact(empty_ws, today=date(2026, 3, 9))
    assert "was rated" not in impact.report(prog, 1).markdown  # one rating: no win
    hold(empty_ws, sessions[0].id, [AttendanceRecord(f"{n.lower()}@x.org", True, 5) for n in names[1:]])
    assert "was rated 5.0 of 5 by 5 people" in impact.report(prog, 1).markdown  # five ratings: a win


@pytest.mark.dates
@pytest.mark.parametrize("week", [1, 2, 3])
def test_partial_first_month_with_every_session_held_is_on_track(empty_ws: Workspace, week: int) -> None:
    """Weeks 1-3 with every planned session held: 1-3 sessions in under 30 days is below 4 a month,
    but the plan is kept, so sessions per month is on track and no 'fewer sessions' step appears."""
    names = ["Ana", "Ben"]
    people(empty_ws, names)
    prog, sessions = program(empty_ws, names)
    for s in sessions[:week]:
        hold(empty_ws, s.id, [AttendanceRecord("ben@x.org", True)])
    impact = Impact(empty_ws, today=date(2026, 3, 2) + timedelta(days=7 * week + 1))
    k = impact.kpis(prog, through_week=week)
    assert {t.key: t.status for t in k.targets}["sessions_per_month"] == "on track"
    assert "Fewer sessions" not in impact.report(prog, week).markdown


def test_unrecorded_week_is_asked_for_and_a_skipped_week_is_at_risk(empty_ws: Workspace) -> None:
    names = ["Ana", "Ben"]
    people(empty_ws, names)
    prog, sessions = program(empty_ws, names)
    hold(empty_ws, sessions[0].id, [AttendanceRecord("ben@x.org", True)])
    impact = Impact(empty_ws, today=date(2026, 3, 16))
    report = impact.report(prog, 2).markdown  # week 2's session (10 March) was not recorded
    k = impact.kpis(prog, through_week=2)
    assert k.unrecorded_weeks == [2] and k.skipped_weeks == []
    assert {t.key: t.status for t in k.targets}["sessions_per_month"] == "on track"
    assert (
        "session of week 2: not recorded yet" in report and "The session of week 2 was skipped" not in report
    )
    hold(empty_ws, sessions[1].id, [], status="skipped")
    k = impact.kpis(prog, through_week=2)
    assert k.unrecorded_weeks == [] and k.skipped_weeks == [2]
    assert {t.key: t.status for t in k.targets}["sessions_per_month"] == "at risk"
    assert "The session of week 2 was skipped or cancelled" in impact.report(prog, 2).markdown


def test_end_of_pilot_with_no_session_held_says_so(empty_ws: Workspace) -> None:
    people(empty_ws, ["Ana", "Ben"])
    prog, _ = program(empty_ws, ["Ana", "Ben"], weeks=2)
    summary = end_of_pilot(Impact(empty_ws, today=date(2026, 4, 1)), prog)
    assert "No group session was held." in summary.did_not
    assert "Nothing fell short of its target." not in summary.markdown


def test_the_reason_competency_cannot_be_compared_is_the_real_one(empty_ws: Workspace) -> None:
    """No baseline; then check-ins but nobody at target; then 6 at target with overlapping intervals."""
    names = [f"L{i}" for i in range(8)]
    people(empty_ws, names)
    prog, _ = program(empty_ws, names, weeks=8)
    impact = Impact(empty_ws, today=date(2026, 4, 20))
    assert "there is no comparable baseline" in impact.report(prog, 6).markdown
    assert "Record competency check-ins" not in impact.report(prog, 6).markdown
    with_baseline, _ = program(empty_ws, names, weeks=8, name="Second", baseline_days=40.0)
    for n in names:
        ImpactRepository(empty_ws.db).add_check_ins([CheckIn(f"{n.lower()}@x.org", "SQL", 1, START, "self")])
    assert "no learner has reached their target yet (8 learning)" in impact.report(with_baseline, 6).markdown
    entered = impact.kpis(with_baseline, through_week=6)
    assert entered.baseline is not None and entered.baseline.entered


# -- commitments reported back -------------------------------------------------------------


def test_commitments_reported_back_by_hand(empty_ws: Workspace) -> None:
    """Week 1: Ben and Cy commit, Dee commits too. Week 2: Ben reports back, Cy is present but does
    not, Dee is absent. Week 3: Dee is back and reports back, and Ben commits again.
    By hand, through week 2: 3 made, 2 due (Ben, Cy), 1 reported -> 50%, Dee's awaiting.
    Through week 3: 4 made, 3 due (Dee's now too), 2 reported -> 67%, Ben's second awaiting."""
    names = ["Ana", "Ben", "Cy", "Dee"]
    people(empty_ws, names)
    prog, sessions = program(empty_ws, names)
    w1, w2, w3 = sessions[:3]
    hold(
        empty_ws,
        w1.id,
        [
            AttendanceRecord("ben@x.org", True, commitment="write one JOIN"),
            AttendanceRecord("cy@x.org", True, commitment="a chart a day"),
            AttendanceRecord("dee@x.org", True, commitment="pair on a query"),
        ],
    )
    hold(
        empty_ws,
        w2.id,
        [
            AttendanceRecord("ben@x.org", True, reported_back=True),
            AttendanceRecord("cy@x.org", True, reported_back=False),
            AttendanceRecord("dee@x.org", False),
        ],
    )
    hold(
        empty_ws,
        w3.id,
        [
            AttendanceRecord("dee@x.org", True, reported_back=True),
            AttendanceRecord("ben@x.org", True, commitment="index a table"),
        ],
    )
    impact = Impact(empty_ws, today=date(2026, 3, 30))
    k2 = impact.kpis(prog, through_week=2)
    assert (k2.commitments_made, k2.commitments_due, k2.commitments_reported) == (3, 2, 1)
    k3 = impact.kpis(prog, through_week=3)
    assert (k3.commitments_made, k3.commitments_due, k3.commitments_reported) == (4, 3, 2)
    assert "67% (2 of 3 due; 1 awaiting the next session)" in impact.report(prog, 3).markdown
    assert k3.as_json()["commitments"] == {"made": 4, "due": 3, "reported_back": 2}
    stored = {r.email: r for r in Feedback(empty_ws).record(w2.id).attendance}
    assert (stored["ben@x.org"].reported_back, stored["cy@x.org"].reported_back) == (True, False)
    assert stored["dee@x.org"].reported_back is None


def test_reported_back_is_a_tick_in_the_attendance_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from peerdesk.ui.feedback.model import HEADERS, REPORTED, AttendanceModel

    changes: list[list[AttendanceRecord]] = []
    model = AttendanceModel(changes.append)
    model.set_rows([AttendanceRecord("ben@x.org", True)], {"ben@x.org": "Ben"})
    assert HEADERS[REPORTED] == "Reported back" and model.data(model.index(0, REPORTED)) == ""
    assert model.setData(
        model.index(0, REPORTED), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert changes[-1][0].reported_back is True and model.data(model.index(0, REPORTED)) == "yes"


# -- a comparable baseline -----------------------------------------------------------------


def test_baseline_compares_like_with_like(empty_ws: Workspace) -> None:
    """The pilot teaches SQL. Before it: Excel learned in 2025 (another skill), SQL learned 14 months
    ago (outside the 12-month window) and SQL learned by people in an earlier pilot are all left out;
    only Old1 and Old2, who learned SQL as usual in the window, make the baseline."""
    learners = ["Ana", "Ben"]
    people(empty_ws, learners)
    people(empty_ws, ["Old1", "Old2", "Gone", "Excel", "Earlier"], wants=())
    prog, _ = program(empty_ws, learners, baseline_days=None)
    Schedule(empty_ws).create_program(
        Program(
            name="Earlier pilot",
            start=START - timedelta(days=120),
            weeks=6,
            weekday=1,
            members=("earlier@x.org",),
            organizer_email="earlier@x.org",
        )
    )

    def series(name: str, first_days_before: int, days: int, skill: str = "SQL") -> list[CheckIn]:
        first = START - timedelta(days=first_days_before)
        email = f"{name.lower()}@x.org"
        return [CheckIn(email, skill, 1, first), CheckIn(email, skill, 3, first + timedelta(days=days))]

    ImpactRepository(empty_ws.db).add_check_ins(
        series("Old1", 200, 40)
        + series("Old2", 100, 60)
        + series("Gone", 430, 10)  # 14 months before: outside the window
        + series("Excel", 200, 5, "Excel")  # another skill
        + series("Earlier", 110, 7)  # during the earlier pilot
    )
    impact = Impact(empty_ws, today=date(2026, 5, 1))
    k = impact.kpis(prog)
    assert k.baseline is not None and k.baseline.learners == 2 and k.baseline.median == 50
    assert k.baseline_group is not None and k.baseline_group.skills == ("SQL",)
    assert k.baseline_group.in_other_pilots == 1
    assert (k.baseline_group.start, k.baseline_group.end) == (date(2025, 3, 2), date(2026, 3, 1))
    text = impact.report(prog, 6).markdown
    assert (
        "pilot: 2 learners of SQL; before: 2 learners of the same skills, 02 Mar 2025 - 01 Mar 2026" in text
    )
    assert "1 left out (in another pilot then)" in text


def test_no_comparable_baseline_is_said_in_words(empty_ws: Workspace) -> None:
    """A new pilot whose skill nobody learned before: 'no comparable baseline', never another
    pilot's or another skill's figures."""
    people(empty_ws, ["Ana", "Ben"])
    people(empty_ws, ["Old"], wants=())
    prog, _ = program(empty_ws, ["Ana", "Ben"])
    ImpactRepository(empty_ws.db).add_check_ins(
        [
            CheckIn("old@x.org", "Excel", 1, START - timedelta(days=90)),
            CheckIn("old@x.org", "Excel", 3, START),
        ]
    )
    impact = Impact(empty_ws, today=date(2026, 5, 1))
    k = impact.kpis(prog)
    assert k.baseline is None
    text = impact.report(prog, 6).markdown
    assert (
        "no comparable baseline; pilot: 2 learners of SQL; before: nobody learning these skills 02 Mar 2025 - 01 Mar 2026"
        in text
    )
    body = text.split("### How")[0]
    assert "Learners reach their target level" not in body and "too early:" not in body


# -- the whole report, checked by hand -----------------------------------------------------


def test_a_report_with_every_hard_case_reads_true(empty_ws: Workspace, set_clock) -> None:  # type: ignore[no-untyped-def]
    """Six SQL learners, no comparable baseline (history only in Excel), a tie at the median,
    Fay deactivated on 14 March, Ana rating the session she led, two walk-ins. By hand:

    participation: 6 + 5 + 4 + 5 = 20 of 24 invited (83%), Walt and Wren apart;
    satisfaction: Ana's 5 left out; Ben-Fay 4 x 5 and walk-in Walt 3 -> 23 / 6 = 3.8;
    response: 6 ratings / 18 present who did not lead (7 + 4 + 3 + 4) = 33%;
    time-to-competency: day 7 Ana (5/6), day 10 Ben and Cy (5/6 x 3/5 = exactly 1/2), Fay seen until
    day 12 and left, day 21 Dee: the curve sits at one half from 10 to 21 -> median 15.5.
    """
    names = ["Ana", "Ben", "Cy", "Dee", "Eli", "Fay"]
    set_clock(date(2026, 3, 1))
    people(empty_ws, names)
    people(empty_ws, ["Walt", "Wren", "Old"], wants=())
    prog, sessions = program(empty_ws, names, weeks=4, name="SQL pilot")
    set_clock(date(2026, 3, 25))
    first = [
        AttendanceRecord(
            f"{n.lower()}@x.org", True, 5 if n == "Ana" else 4, commitment="a JOIN" if n == "Ben" else ""
        )
        for n in names
    ]
    first += [
        AttendanceRecord("walt@x.org", True, 3, walk_in=True),
        AttendanceRecord("wren@x.org", True, walk_in=True),
    ]
    hold(empty_ws, sessions[0].id, first)
    absent = ({"Fay"}, {"Fay", "Eli"}, {"Fay"})
    for session, away in zip(sessions[1:], absent, strict=True):
        rows = [
            AttendanceRecord(f"{n.lower()}@x.org", n not in away, reported_back=True if n == "Ben" else None)
            for n in names
        ]
        hold(empty_ws, session.id, rows)
    check_ins = [CheckIn(f"{n.lower()}@x.org", "SQL", 1, START, "self") for n in names]
    check_ins += [
        CheckIn(f"{n}@x.org", "SQL", 3, START + timedelta(days=d))
        for n, d in (("ana", 7), ("ben", 10), ("cy", 10), ("dee", 21))
    ]
    check_ins += [
        CheckIn("fay@x.org", "SQL", 2, START + timedelta(days=12), "peer"),
        CheckIn("old@x.org", "Excel", 1, START - timedelta(days=100)),
        CheckIn("old@x.org", "Excel", 3, START - timedelta(days=50)),
    ]
    ImpactRepository(empty_ws.db).add_check_ins(check_ins)
    set_clock(date(2026, 3, 14))
    roster = Roster(empty_ws)
    roster.apply(roster.plan_set_active([roster.repo.id_for_email("fay@x.org")], False))
    set_clock(date(2026, 4, 10))
    impact = Impact(empty_ws)
    text = impact.report(prog, 4).markdown
    for sentence in (
        "| Participation rate (LTEM 1) | 83% (20 of 24 invited; 2 walk-ins counted apart) | 83% (5 of 6 invited) |",
        "| Satisfaction (mean rating) (LTEM 3) | 3.8 (6 ratings; 1 facilitator's own rating left out) |",
        "| Response rate (LTEM 3) | 33% | 0% |",
        "median 15.5 days (95% CI 7-not yet known); 4 reached, 1 still learning, 1 left",
        "no comparable baseline; pilot: 6 learners of SQL; before: nobody learning these skills "
        "02 Mar 2025 - 01 Mar 2026",
        "| Faster time-to-competency | \\- | 20% faster | no comparable baseline |",
        "| Commitments reported back (LTEM 3) | 100% (1 of 1 due; 0 awaiting the next session) |",
        "Participation is 83% (20 of 24 invited), at or above the 60% target.",
        "Ana has led 1 session, teaching 7 colleagues.",
        "Time-to-competency cannot be compared yet because there is no comparable baseline",
        "The pilot has ended",
        "| W1 | Mon 02 Mar - Sun 08 Mar 2026 | 100% |",  # 6 of 6 invited (walk-ins apart)
        "| W3 | Mon 16 Mar - Sun 22 Mar 2026 | 67% |",
    ):
        assert sentence in text, sentence
    assert "faster than before" not in text and "rated 5.0" not in text
    tables: list[list[str]] = []
    for line, before in zip(text.splitlines(), ["", *text.splitlines()], strict=False):
        if line.startswith("|"):
            if before.startswith("|"):
                tables[-1].append(line)
            else:
                tables.append([line])
    assert len(tables) >= 3
    for table in tables:  # GitHub-flavoured Markdown: a separator after the header and nowhere else
        separators = [i for i, line in enumerate(table) if set(line) <= set("|- ")]
        assert separators == [1], table[:3]
    assert "| Time-to-competency (LTEM 6) |" in text and "attendance is tier 1" in text
    summary = end_of_pilot(impact, prog)
    assert (
        summary.kpis.competency
        == impact.kpis(prog, through_week=4, as_of=impact.pilot_as_of(prog)).competency
    )
    assert dict(summary.samples)["Walk-ins (counted apart)"] == "2"
    assert summary.recommendation == "extend"


def test_a_feedback_import_keeps_reported_back(empty_ws: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.impact.feedback_csv import plan_feedback_import

    people(empty_ws, ["Ana", "Ben"])
    prog, sessions = program(empty_ws, ["Ana", "Ben"])
    hold(empty_ws, sessions[1].id, [AttendanceRecord("ben@x.org", True, reported_back=True)])
    rows = tmp_path / "week2.csv"
    rows.write_text("date,email,attended,rating,answer\n2026-03-10,ben@x.org,yes,4,Good\n", encoding="utf-8")
    feedback = Feedback(empty_ws)
    plan = plan_feedback_import(feedback, prog, rows)
    assert not plan.problems and plan.change is not None
    feedback.apply(plan.change)
    ben = next(r for r in feedback.record(sessions[1].id).attendance if r.email == "ben@x.org")
    assert (ben.rating, ben.reported_back) == (4, True)


def test_six_at_target_with_overlapping_intervals_gives_that_reason(empty_ws: Workspace) -> None:
    """Six of eight reached (not 'needs at least 5'): the intervals overlap, and the step says so."""
    names = [f"L{i}" for i in range(8)]
    people(empty_ws, names)
    prog, _ = program(empty_ws, names, weeks=8, baseline_days=None)
    people(empty_ws, [f"Old{i}" for i in range(6)], wants=())
    check_ins = []
    for i, n in enumerate(names[:6]):
        check_ins += [
            CheckIn(f"{n.lower()}@x.org", "SQL", 1, START),
            CheckIn(f"{n.lower()}@x.org", "SQL", 3, START + timedelta(days=10 + 3 * i)),
        ]
    check_ins += [CheckIn(f"{n.lower()}@x.org", "SQL", 1, START) for n in names[6:]]
    for i in range(6):  # before: 14-40 days for the same skill
        first = START - timedelta(days=200)
        check_ins += [
            CheckIn(f"old{i}@x.org", "SQL", 1, first),
            CheckIn(f"old{i}@x.org", "SQL", 3, first + timedelta(days=14 + 5 * i)),
        ]
    ImpactRepository(empty_ws.db).add_check_ins(check_ins)
    impact = Impact(empty_ws, today=date(2026, 4, 30))
    k = impact.kpis(prog, through_week=8)
    assert k.competency.reached == 6 and k.too_early
    text = impact.report(prog, 8).markdown
    assert "intervals of the pilot" in text and "overlap" in text and "at least 5 learners" not in text


def test_migration_dates_existing_deactivations_on_its_day(tmp_path, set_clock) -> None:  # type: ignore[no-untyped-def]
    """A generation-8 workspace with an inactive person: after the migration she left on the day it
    ran (the first day it is known), so reports of earlier weeks count her as still learning."""
    from sqlite_utils import Database

    from peerdesk.storage import open_workspace
    from peerdesk.storage.schema import migrations

    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrations.apply(db, stop_before="0009_impact_evidence")
    db["people"].insert({"name": "Ana", "email": "ana@x.org", "timezone": "UTC", "active": 0})
    db.close()
    set_clock(date(2026, 11, 25))
    with open_workspace(path) as ws:
        assert Roster(ws).repo.activation_changes() == {"ana@x.org": [(date(2026, 11, 25), False)]}
        assert "transfer_checks" in ws.db.table_names()
        assert "reported_back" in ws.db["attendance"].columns_dict
