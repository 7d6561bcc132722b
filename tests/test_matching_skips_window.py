"""Match Peers: the lead ticks who skips this round; the run leaves them out and says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from peerdesk.ui.main_window import MainWindow


def _texts(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        out.append(top.text(0))
        out += [top.child(j).text(0) for j in range(top.childCount())]
    return out


def test_skips_this_round_leaves_them_out_and_lists_them(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.actions["match_peers"].trigger()
    QApplication.processEvents()
    dialog = demo_window.dialog
    dialog.mode.setCurrentIndex(dialog.mode.findData("pairs"))
    dialog.odd.setCurrentIndex(dialog.odd.findData("sit-out"))
    members = sorted(dialog.current_program().members)
    dialog.run()
    everyone = {e for g in dialog.result.groups for e in g.members} | {
        u.email for u in dialog.result.unmatched
    }
    assert {members[0], members[1]} <= everyone
    # skip three: an odd number of the others is left when the program has an even count, and vice versa
    skips = members[:3] if len(members) % 2 == 0 else members[:2]
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    picker = dialog.skip_dialog
    assert picker is not None and picker.list.count() == len(members)
    for email in skips:
        picker.check(email)
    picker.accept()
    assert dialog.skipping == set(skips)
    assert f"({len(skips)})" in dialog.skip_button.text()
    dialog.run()
    grouped = {e for g in dialog.result.groups for e in g.members}
    assert not grouped & set(skips)
    names = sorted(dialog._name(e) for e in skips)
    texts = _texts(dialog)
    skipped_line = next(t for t in texts if t.startswith("Skipped: "))
    assert all(n in skipped_line for n in names)
    # the one left over by the odd count is unpaired, with the reason in brackets
    unpaired = [u for u in dialog.result.unmatched if u.email not in skips]
    assert len(unpaired) == 1
    assert f"{dialog._name(unpaired[0].email)} ({unpaired[0].reason})" in texts
    assert any(t.startswith("Unpaired (1)") for t in texts)
    # the stored run remembers who skipped
    assert dialog._last_request.skipping == set(skips)
    dialog.close()


def test_unpaired_for_want_of_time_shows_the_smallest_widening(demo_window: MainWindow) -> None:
    from dataclasses import replace
    from datetime import time

    from peerdesk.domain import Availability
    from peerdesk.roster.service import Roster

    demo_window.actions["match_peers"].trigger()
    QApplication.processEvents()
    dialog = demo_window.dialog
    roster = Roster(demo_window.workspace)
    people = {p.email: p for p in roster.people()}
    met = dialog._matcher.request(dialog.current_program(), "pairs").met
    a, b = next(
        (people[x], people[y])
        for x in sorted(dialog.current_program().members)
        for y in sorted(dialog.current_program().members)
        if x < y and frozenset((x, y)) not in met
    )
    for person, hour in (
        (a, 9),
        (b, 10),
    ):  # Thursday 9-10 and 10-11 UTC: no shared time; a pair for time alone
        free = (Availability(3, time(hour), time(hour + 1)),)
        roster.apply(
            roster.plan_update(replace(person, timezone="UTC", availability=free, teaches=(), wants=()))
        )
    dialog.mode.setCurrentIndex(dialog.mode.findData("pairs"))
    dialog.odd.setCurrentIndex(dialog.odd.findData("sit-out"))
    dialog.set_skipping(set(dialog.current_program().members) - {a.email, b.email})
    dialog.run()
    texts = _texts(dialog)
    assert any(t.startswith(f"{a.name} (") for t in texts)
    lines = []
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        for j in range(top.childCount()):
            child = top.child(j)
            lines += [child.child(k).text(0) for k in range(child.childCount())]
    assert any(
        line.startswith(f"\u2192 {a.name}: +") and "Thu 10:00" in line and b.name in line for line in lines
    ), lines
    # one click adds the time: the run pairs them, and Edit > Undo gives a back their old week
    assert dialog.repair_button.isVisible() and not dialog.repair_button.isEnabled()
    dialog.select_repair(a.email)
    assert dialog.repair_button.isEnabled()
    dialog.repair_button.click()
    QApplication.processEvents()
    assert {a.email, b.email} in [set(g.members) for g in dialog.result.groups]
    widened = {p.email: p for p in roster.people()}[a.email]
    (window,) = widened.availability  # one window, widened
    assert str(window).startswith("Thu 09:00-") and window.end > time(10)
    assert not dialog.repairs and not dialog.repair_button.isVisible()
    demo_window.actions["undo"].trigger()
    QApplication.processEvents()
    assert [str(w) for w in {p.email: p for p in roster.people()}[a.email].availability] == [
        "Thu 09:00-10:00"
    ]
    dialog.close()


def test_allow_repeat_pairs_two_whom_only_the_no_repeat_rule_keeps_apart(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    demo_window.actions["match_peers"].trigger()
    QApplication.processEvents()
    dialog = demo_window.dialog
    dialog.mode.setCurrentIndex(dialog.mode.findData("pairs"))
    dialog.odd.setCurrentIndex(dialog.odd.findData("sit-out"))
    dialog.history.setCurrentIndex(1)  # forbid repeats
    dialog.run()
    rule = next(c for c in dialog.certificate.rule_costs if c.rule == "no-repeat rule")
    a, b = rule.freed[0]  # two who met and would pair again without the rule
    dialog.set_skipping(set(dialog.current_program().members) - {a, b})
    dialog.run()
    assert dialog.result.groups == ()
    texts = _texts(dialog) + [
        dialog.tree.topLevelItem(i).child(j).child(k).text(0)
        for i in range(dialog.tree.topLevelItemCount())
        for j in range(dialog.tree.topLevelItem(i).childCount())
        for k in range(dialog.tree.topLevelItem(i).child(j).childCount())
    ]
    assert any(t.startswith("\u2192 ") and t.endswith("allow this one repeat to pair them") for t in texts), (
        texts
    )
    assert dialog.repeat_button.isVisible() and not dialog.repeat_button.isEnabled()
    assert not dialog.repair_button.isVisible()  # it is not their free time
    dialog.select_repair(a, kind=4)
    assert dialog.repeat_button.isEnabled()
    dialog.repeat_button.click()
    QApplication.processEvents()
    assert [set(g.members) for g in dialog.result.groups] == [{a, b}]
    names = sorted(dialog._name(e) for e in (a, b))
    assert any(t.startswith("Allowed to meet again: ") and all(n in t for n in names) for t in _texts(dialog))
    assert not dialog.repeat_button.isVisible()
    # the run keeps what it allowed; another program starts without it
    assert dialog._matcher.stored(dialog.run_id).params["repeats"] == [sorted((a, b))]
    if dialog.program.count() > 1:
        dialog.program.setCurrentIndex(1)
        assert dialog.repeats == set()
    dialog.close()
