"""PeerDesk's colours in a light, a dark and a high-contrast theme, measured (issue 22).

Each test sets the application palette to one of the three, as a system theme would, then
measures WCAG 2.2 contrast ratios: of every colour role PeerDesk has against the window and
view backgrounds, of what the week view, the skills matrix, the KPI cards and the charts
actually paint, and of text as it comes out in the rendered window (QWidget.grab): the text's
most distinct pixel against the label's background. Text must reach 4.5:1, graphics and focus
frames 3:1 (7:1 and 4.5:1 in the high-contrast theme for PeerDesk's own colours).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from peerdesk import clock
from peerdesk.roster.matrix import LEVEL_COLOURS
from peerdesk.ui import theme
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.theme import contrast

TEXT, GRAPHIC = 4.5, 3.0
Role = QPalette.ColorRole


THEMES = ("light", "dark", "high contrast")


@pytest.fixture(params=THEMES)
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application in one theme (its own palette back afterwards)."""
    before = QGuiApplication.palette()
    chosen = {
        "light": qapp.style().standardPalette(),
        "dark": theme.sample_palette("dark"),
        "high contrast": theme.sample_palette("high contrast"),
    }[request.param]
    QApplication.setPalette(chosen)
    yield QGuiApplication.palette()
    QApplication.setPalette(before)


def at_least(kind: float, palette: QPalette) -> float:
    """The ratio PeerDesk's own colours of a kind must reach in this theme."""
    return theme.ratio_for(theme.TEXT if kind == TEXT else theme.GRAPHIC, palette)


def test_each_theme_is_recognised(themed: QPalette) -> None:
    dark, high = theme.is_dark(), theme.is_high_contrast()
    base = themed.color(Role.Base)
    assert dark == (theme.luminance(base) < 0.2)
    assert high == (base == QColor("black"))


def test_every_colour_role_stands_out_from_windows_and_views(themed: QPalette) -> None:
    found = []
    for role, (_, kind) in theme.ROLES.items():
        need = theme.ratio_for(kind, themed)
        for background in theme.backgrounds(themed):
            ratio = contrast(theme.colour(role, themed), background)
            if ratio < need:
                found.append(f"{role} on {background.name()}: {ratio:.2f} < {need}")
    focus = min(contrast(theme.focus_colour(themed), b) for b in theme.backgrounds(themed))
    assert focus >= at_least(GRAPHIC, themed)
    assert found == []


def rendered_contrast(widget: QWidget) -> float:
    """The contrast of `widget`'s text as drawn: its commonest pixel (the background) against the
    pixel most distinct from it (the core of a letter)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 1) for y in range(0, image.height(), 1)
    )
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(p), background) for p in pixels)


@pytest.fixture
def window(demo_window: MainWindow, themed: QPalette) -> MainWindow:
    """The demo window, shown in the theme."""
    demo_window.refresh()
    return demo_window


def visible_labels(window: QWidget) -> list[QLabel]:
    """The window's labels a person can see now that have words in them."""
    return [
        label
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.isEnabled() and label.text().strip() and label.width() > 8
    ]


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_every_label_on_the_main_tabs_reads_at_4_5_to_1_as_rendered(
    qtbot, window: MainWindow, tab: int
) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(tab)
    qtbot.wait(20)
    found = []
    labels = visible_labels(window)
    assert len(labels) >= 3
    for label in labels:
        ratio = rendered_contrast(label)
        if ratio < TEXT:
            found.append(f"{label.objectName() or label.text()[:40]!r}: {ratio:.2f}")
    assert found == []


def test_the_feedback_keyboard_hint_reads_in_every_theme(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(2)
    hint = window.feedback_tab.record.findChild(QLabel, "keyboard_hint")
    qtbot.waitUntil(hint.isVisible)
    assert rendered_contrast(hint) >= at_least(TEXT, theme.palette())  # was 1.66:1 in a dark theme


def test_the_week_view_paints_readable_blocks_and_a_dark_today_in_a_dark_theme(
    qtbot, window: MainWindow, themed: QPalette
) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(1)
    week = window.schedule_tab.week_view
    qtbot.waitUntil(lambda: week.isVisible() and bool(week.sessions))
    base = themed.color(Role.Base)
    found = []
    for session in week.sessions:
        fill, text, edge = week.block_colours(session)
        if contrast(fill, text) < TEXT:
            found.append(f"{session.title}: text {contrast(fill, text):.2f}")
        if contrast(edge.color(), base) < GRAPHIC:
            found.append(f"{session.title}: edge {contrast(edge.color(), base):.2f}")
    assert found == []
    # today's column as drawn: its tint keeps the theme's lightness and the text on it reads
    today = (clock.today() - week.week).days
    grid = week._grid()
    x = int(grid.left() + (today + 0.5) * week._day_width())
    image = week.grab().toImage()
    ratio = week.devicePixelRatioF()
    drawn = QColor(image.pixel(QPoint(int(x * ratio), int((grid.bottom() - 3) * ratio))))
    assert abs(theme.luminance(drawn) - theme.luminance(base)) < 0.12, drawn.name()
    assert contrast(themed.color(Role.Text), drawn) >= TEXT
    # the keyboard's focus frame stands out from the view
    assert contrast(theme.focus_colour(themed), base) >= GRAPHIC


def test_the_matrix_paints_level_digits_wishes_and_focus_readably(
    qtbot, window: MainWindow, themed: QPalette
) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(0)
    window.roster_tab.view_bar.setCurrentIndex(1)
    table = window.roster_tab.matrix.table
    qtbot.waitUntil(table.isVisible)
    table.viewport().grab()  # paints: the painter takes the theme's colours
    paint = table.cells
    base = themed.color(Role.Base)
    for fill, text in zip(paint.fills, paint.texts, strict=True):
        assert contrast(fill, text) >= TEXT  # the digit on its level colour
    assert [f.name() for f in paint.fills] == list(LEVEL_COLOURS)  # colour repeats the digit only
    assert contrast(paint.want, base) >= at_least(TEXT, themed)  # the ◆ and its target digit
    assert contrast(paint.highlight, base) >= GRAPHIC  # the focus cell's frame
    assert contrast(themed.color(Role.Text), paint.group) >= TEXT  # a group band's name


COLOUR = re.compile(r"color:\s*(#[0-9a-fA-F]{6})")


def test_kpi_cards_status_words_read_on_the_window(qtbot, window: MainWindow, themed: QPalette) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(2)
    dashboard = window.feedback_tab.dashboard
    window.feedback_tab.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.kpis is not None)
    background = themed.color(Role.Window)
    ratios = {
        (key, found): contrast(QColor(found), background)
        for key, label in dashboard.tile_labels.items()
        for found in COLOUR.findall(label.text())
    }
    assert len(ratios) >= 4
    assert {pair: round(r, 2) for pair, r in ratios.items() if r < at_least(TEXT, themed)} == {}


def test_the_charts_follow_the_theme(qtbot, window: MainWindow, themed: QPalette) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(2)
    dashboard = window.feedback_tab.dashboard
    window.feedback_tab.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.kpis is not None)
    base = themed.color(Role.Base)
    drawn = [slot._chart for slot in dashboard.chart_slots.values() if slot._chart is not None]
    assert len(drawn) >= 3
    found = []
    for chart in drawn:
        background = chart.backgroundBrush().color()
        assert background == base, chart.title()  # not a white panel in a dark window
        if contrast(chart.titleBrush().color(), background) < TEXT:
            found.append(f"{chart.title()}: title")
        for axis in chart.axes():
            if axis.isVisible() and contrast(axis.labelsBrush().color(), background) < TEXT:
                found.append(f"{chart.title()}: axis labels")
        for series in chart.series():
            colours = (
                [b.color() for b in series.barSets()]
                if isinstance(series, QBarSeries)
                else [series.pen().color()]
                if isinstance(series, QLineSeries)
                else []
            )
            for colour in colours:
                if contrast(colour, background) < GRAPHIC:
                    found.append(f"{chart.title()}: {series.name()} {contrast(colour, background):.2f}")
        # a chart's numbers are there in words too
        slot = next(s for s in dashboard.chart_slots.values() if s._chart is chart)
        assert slot.view.accessibleDescription()
    assert found == []
    assert Qt  # (kept for the enum import)


def test_a_theme_switch_while_running_recolours_the_labels_and_the_charts(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    demo_window.tabs.setCurrentIndex(2)  # the Feedback tab is built now, in the light theme
    hint = demo_window.feedback_tab.record.findChild(QLabel, "keyboard_hint")
    qtbot.waitUntil(hint.isVisible)
    light = hint.styleSheet()
    before = QGuiApplication.palette()
    QApplication.setPalette(theme.sample_palette("dark"))
    try:
        qtbot.wait(20)
        assert hint.styleSheet() != light and hint.styleSheet() == theme.style("hint")
        assert rendered_contrast(hint) >= TEXT
        demo_window.feedback_tab.setCurrentWidget(demo_window.feedback_tab.dashboard)
        base = theme.palette().color(Role.Base)
        charts = [s._chart for s in demo_window.feedback_tab.dashboard.chart_slots.values() if s._chart]
        assert charts and all(c.backgroundBrush().color() == base for c in charts)
    finally:
        QApplication.setPalette(before)


BORDER = re.compile(r"border:\s*1px solid\s*(#[0-9a-fA-F]{6})")


def test_kpi_cards_keep_their_frame_in_every_theme(qtbot, window: MainWindow, themed: QPalette) -> None:  # type: ignore[no-untyped-def]
    """A style's panel frame can vanish in a high-contrast theme; the cards draw their own border."""
    dashboard = window.feedback_tab.dashboard
    background = themed.color(Role.Window)
    borders = [BORDER.search(label.styleSheet()) for label in dashboard.tile_labels.values()]
    assert all(borders) and len(borders) == 4
    ratios = [contrast(QColor(found.group(1)), background) for found in borders if found]
    assert min(ratios) >= at_least(GRAPHIC, themed)
