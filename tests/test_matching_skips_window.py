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
