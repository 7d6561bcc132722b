"""Plain words where a newcomer met jargon: Match Peers' Shuffle, odd numbers and points explained,
Competency's baseline labelled, Edit Program never speaking of creating, and counts that agree
with their number ('1 person', never '1 people' or 'session(s)')."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from peerdesk.domain import Person
from peerdesk.storage import Workspace
from peerdesk.storage.people import PeopleRepository
from peerdesk.ui.main_window import MainWindow

PACKAGE = Path(__file__).resolve().parent.parent / "peerdesk"


def label_for(layout: QFormLayout, field) -> str:  # type: ignore[no-untyped-def]
    label = layout.labelForField(field)
    return label.text() if isinstance(label, QLabel) else ""


def test_match_peers_speaks_of_shuffle_and_explains_points_and_odd_numbers(demo_window: MainWindow) -> None:
    dialog = demo_window.schedule_ctl.open_matching()
    assert dialog is not None
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    assert "Shuffl&e" in texts and not any("seed" in t.lower() for t in texts)
    assert "equally good" in dialog.seed.toolTip() and "same groups" in dialog.seed.toolTip()
    odd = dialog.odd.toolTip()
    assert "odd" in odd and "three people meet as one group" in odd and "sits out" in odd
    assert dialog.odd.itemText(0) == "one group of three"
    help_text = dialog.points_help.text()
    assert dialog.points_help.isVisibleTo(dialog)
    assert "sum of the points" in help_text and "minus" in help_text and "30 points" in help_text
    assert all(spin.toolTip() for spin in dialog.weights.values())
    assert "minus" in dialog.weights["met_before"].toolTip()
    dialog.run()
    QApplication.processEvents()
    summary = dialog.summary.text()
    assert "points in all" in summary and "shuffle" in summary and "seed" not in summary
    assert not re.search(r"\b1 groups\b", summary)
    dialog.close()


def test_the_competency_baseline_says_what_it_is(demo_window: MainWindow) -> None:
    page = demo_window.feedback_tab.competency
    assert "history" not in page.baseline.specialValueText()
    assert page.baseline.specialValueText() == "work it out from earlier check-ins"
    labels = [w.text() for w in page.findChildren(QLabel)]
    assert "Da&ys to reach a target before the pilot" in labels
    assert "12 months before the pilot" in page.baseline_help.text()
    page.baseline.setValue(0)
    assert page.baseline.text() == "work it out from earlier check-ins"  # what the box reads


def test_edit_program_never_speaks_of_creating(demo_window: MainWindow) -> None:
    dialog = demo_window.schedule_ctl.edit_program()
    assert dialog is not None
    QApplication.processEvents()
    shown = " ".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog))
    assert "create" not in shown.lower()
    if dialog.conflict_label.text():  # the demo's deliberate clash
        assert "Save Changes still keeps every session" in dialog.conflict_label.text()
    dialog.reject()
    new = demo_window.schedule_ctl.new_pilot()
    QApplication.processEvents()
    assert new.create_button.text() == "Create Pilot"
    new.reject()


def test_one_person_is_one_person(qtbot, empty_ws: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    PeopleRepository(empty_ws.db).save(Person("Ana", "ana@example.com"))
    window = MainWindow(empty_ws, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.roster_tab.count.text() != "Loading...")
    assert window.roster_tab.count.text() == "1 person"


def test_no_message_counts_with_a_plural_in_brackets() -> None:
    """'6 weekly session(s)', 'Wrote 1 file(s)': counts use plural forms instead (`i18n.nformat`, or in
    the window Qt's '%n session(s)', whose English singular and plural come from peerdesk_en.ts)."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Module | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and re.search(r"[a-z]\(s\)", node.value)
                and "%n" not in node.value  # a Qt plural message: never shown with its brackets
            ):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {node.value!r}")
    assert offenders == []
