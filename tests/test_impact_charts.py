"""The impact charts' labels fit: W1..W8 with dates in the tooltip, value labels above the bars with
room left for them, and empty charts as one plain sentence (in the window and in the report's PNG)."""

from __future__ import annotations

from datetime import date, time

import pytest

from peerdesk.domain import Program
from peerdesk.impact.kpis import ProgramKpis
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace


def _kpis(weeks: int, values: list[float | None]) -> ProgramKpis:
    program = Program(name="P", start=date(2026, 3, 2), weeks=weeks, weekday=1, time=time(10))
    k = ProgramKpis(program, date(2026, 5, 1), None)
    k.weekly_participation = list(enumerate(values, 1))
    return k


def test_eight_weeks_are_w1_to_w8_with_their_dates_in_the_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QValueAxis

    from peerdesk.ui.feedback.charts import participation_chart

    chart = participation_chart(_kpis(8, [1.0, None, 0.04, 0.5, 0.6, 0.7, 0.8, 0.9]))
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == [f"W{n}" for n in range(1, 9)]
    tip = chart.toolTip().splitlines()
    assert tip[0] == "W1: Mon 02 Mar - Sun 08 Mar 2026: 100%"
    assert tip[1] == "W2: Mon 09 Mar - Sun 15 Mar 2026: nothing held"
    series = next(s for s in chart.series() if isinstance(s, QBarSeries))
    assert series.labelsPosition() == QBarSeries.LabelsPosition.LabelsOutsideEnd  # a 4% bar's label shows
    y = next(a for a in chart.axes() if isinstance(a, QValueAxis) and a.isVisible())
    assert 100 < y.max() < 120  # room above a full bar for its label, and no '120%' tick


@pytest.mark.parametrize("kind", ["participation", "ratings", "sessions", "competency"])
def test_an_empty_chart_is_one_plain_sentence(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from peerdesk.ui.feedback.charts import ChartSlot, Empty, all_charts, chart_png

    chart = all_charts(_kpis(6, []))[kind]
    assert isinstance(chart, Empty) and chart.message.endswith(".")
    slot = ChartSlot()
    qtbot.addWidget(slot)
    slot.show_chart(chart)
    assert slot.empty.text() == chart.message and "<b>" not in slot.empty.text()
    image = QImage.fromData(chart_png(chart))
    inked = [
        y
        for y in range(20, image.height() - 20)
        if any(image.pixelColor(x, y).value() < 160 for x in range(20, image.width() - 20, 2))
    ]
    # the sentence takes a few lines in the middle (it used to fill the picture, clipped)
    assert inked and (inked[-1] - inked[0]) < image.height() * 0.4


def test_nothing_held_page_is_plain_words(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    ws: Workspace = window.workspace
    first = Schedule(ws).list_programs()[0]
    Schedule(ws).create_program(
        Program(
            name="New pilot",
            start=date(2026, 11, 23),
            weeks=8,
            weekday=3,
            members=first.members,
            organizer_email=first.organizer_email,
        )
    )
    window.tabs.setCurrentIndex(2)
    window.feedback_tab.setCurrentIndex(1)
    dashboard = window.feedback_tab.dashboard
    qtbot.waitUntil(lambda: dashboard.program.findText("New pilot") >= 0)
    dashboard.program.setCurrentIndex(dashboard.program.findText("New pilot"))
    qtbot.waitUntil(lambda: "Nothing held yet" in dashboard.details.text())
    assert "<" not in dashboard.details.text()


def test_tiles_name_their_evaluation_level(demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.tabs.setCurrentIndex(2)
    demo_window.feedback_tab.setCurrentIndex(1)
    tiles = demo_window.feedback_tab.dashboard.tile_labels
    assert "LTEM 1" in tiles["participation"].text() and "LTEM 6" in tiles["faster_onboarding"].text()
    assert tiles["participation"].toolTip().startswith("Evaluation level: LTEM tier 1 (attendance)")
    assert tiles["satisfaction"].toolTip().startswith("Evaluation level: LTEM tier 3 (learner perceptions)")
