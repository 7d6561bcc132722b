"""The Match Peers window: the certificate under a pairs run, and "Why not these two?"."""

from __future__ import annotations

from peerdesk.ui.main_window import MainWindow

HANNAH, MAJA = "hannah.schulz@northwind.example", "maja.keller@northwind.example"


def _top_item(dialog, title: str):  # type: ignore[no-untyped-def]
    tree = dialog.tree
    return next(
        tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == title
    )


def test_pairs_run_shows_how_the_pairs_were_chosen(demo_window: MainWindow) -> None:
    dialog = demo_window.schedule_ctl.open_matching()
    dialog.program.setCurrentIndex(0)
    dialog.mode.setCurrentText("pairs")
    dialog.run()
    assert dialog.certificate is not None and dialog.certificate.proof.gap == 0
    item = _top_item(dialog, "How these pairs were chosen")
    lines = [item.child(i).text(0) for i in range(item.childCount())]
    assert lines[0].startswith("All ") and "Proven optimal" in lines[0]
    assert any(line.startswith("manager rule: rules out") for line in lines)
    # why not Hannah with Maja (her manager)? the answer comes first in the list
    assert not dialog.why_button.isEnabled()
    dialog.select_people([HANNAH, MAJA])
    assert dialog.why_button.isEnabled()
    dialog.why_button.click()
    first = dialog.tree.topLevelItem(0)
    assert first.text(0) == "Why not Hannah Schulz with Maja Keller?"
    answer = [first.child(i).text(0) for i in range(first.childCount())]
    assert answer[0] == "In the way: a hard rule: manager and direct report"
    assert any(line.startswith("Best total with Hannah Schulz and Maja Keller paired:") for line in answer)
    # asking again replaces the answer; other modes have no certificate
    dialog.select_people([HANNAH, MAJA])
    dialog.why_button.click()
    titles = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert sum(t.startswith("Why not") for t in titles) == 1
    dialog.mode.setCurrentText("pods")
    dialog.run()
    assert dialog.certificate is None and not dialog.why_button.isEnabled()
    item = _top_item(dialog, "How these groups were chosen")
    assert "not proven" in item.child(item.childCount() - 1).text(0)
    dialog.close()


def test_a_mentor_run_shows_its_proof_and_a_rotation_says_what_is_not_proven(demo_window: MainWindow) -> None:
    dialog = demo_window.schedule_ctl.open_matching()
    dialog.program.setCurrentIndex(0)
    dialog.mode.setCurrentText("mentor")
    dialog.topic.setCurrentText("Python")
    dialog.run()
    assert dialog.result is not None and dialog.result.groups, "the demo has Python mentors and learners"
    assert dialog.certificate is not None and dialog.certificate.proof.gap == 0
    item = _top_item(dialog, "How these pairs were chosen")
    lines = [item.child(i).text(0) for i in range(item.childCount())]
    assert "Proven optimal" in lines[0]
    assert [line.split(":")[0] for line in lines[1:4]] == [
        "manager rule",
        "do-not-pair list",
        "no-repeat rule",
    ]
    dialog.mode.setCurrentText("rotation")
    dialog.run()
    assert dialog.certificate is None
    item = _top_item(dialog, "How these groups were chosen")
    lines = [item.child(i).text(0) for i in range(item.childCount())]
    assert lines[0].startswith("Each round is an exact best matching") and "not proven" in lines[-1]
    dialog.close()
