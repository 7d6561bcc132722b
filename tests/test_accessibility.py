"""What assistive technology is told about PeerDesk (issue 22), read back through Qt's accessibility
interfaces (QAccessible.queryAccessibleInterface), as a screen reader's bridge reads them.

The sweep of every control and dialog is in tests/test_window_manners.py (--names); here are the
things a name alone does not cover: what a KPI card or a chart says.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from peerdesk.ui.main_window import MainWindow


def spoken(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
    """What the accessibility interface of `widget` reports for `text`."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface.text(text)


def test_a_kpi_card_reads_its_value_target_and_status(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.tabs.setCurrentIndex(2)
    dashboard = demo_window.feedback_tab.dashboard
    kpis = dashboard.kpis
    assert kpis is not None
    target = next(t for t in kpis.targets if t.key == "participation")
    name = spoken(dashboard.tile_labels["participation"])
    assert name == f"{target.name}: {target.display}, target {target.target_display}, {target.status}"
    assert "<" not in name  # words, not the card's markup


def test_each_chart_is_named_by_its_title(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.tabs.setCurrentIndex(2)
    for slot in demo_window.feedback_tab.dashboard.chart_slots.values():
        shown = slot.currentWidget()
        if shown is slot.view:
            assert spoken(slot.view) == slot.view.chart().title() != ""
        else:
            assert spoken(slot.empty)
