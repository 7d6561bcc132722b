"""The impact charts (Qt Charts): participation per week against the target, ratings,
group sessions and peer meetings per calendar month, and time-to-competency as two
curves (the share of learners at their target by day, during the pilot and before).

Every chart has axis titles, whole-number ticks and a legend where it has more
than one series; weeks are labelled W1, W2... (their dates in the tooltip), value
labels sit above their bars with room left for them; a chart with nothing to show
is one plain sentence instead of empty axes. The dashboard shows them live, dressed in
the theme's colours (`dress`: dark and high-contrast themes included) and with their
numbers as the view's accessible description; the report gets them as 300-dpi PNG
pictures, always light.
"""

from __future__ import annotations

import base64
import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QLocale,
    QMargins,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsScene,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from peerdesk.impact.kpis import ProgramKpis, weekly_rows
from peerdesk.printing.paint.pdf import ensure_gui
from peerdesk.ui import theme

# the hues in a light theme (and in the report); `dress` adapts them to the screen's theme
BLUE, GREY, GREEN, ORANGE, TEAL = (
    QColor(theme.ROLES[f"chart:{name}"][0]) for name in ("blue", "grey", "green", "orange", "teal")
)
HUE = "peerdesk_hue"
REPORT_DPI = 300
REPORT_SIZE = (460, 280)  # logical pixels; drawn at 300 dpi for print
CHART_KINDS = ("participation", "ratings", "sessions", "competency")


class Empty:
    """A chart with nothing to show yet: its title (for the accessible name) and one plain sentence
    that says what is missing and what to do, shown instead of the chart."""

    def __init__(self, title: str, message: str) -> None:
        self.title = title
        self.message = message


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setPointSizeF(10)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().setVisible(False)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def nice_step(maximum: float, ticks: int = 5) -> int:
    """A whole-number tick step (1, 2, 5, 10, 20...) giving about `ticks` intervals."""
    raw = max(maximum, 1) / ticks
    base = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if raw <= factor * base:
            return max(1, int(factor * base))
    return max(1, int(10 * base))


HEADROOM = 0.3  # room above the tallest bar for its value label (less than a step: no tick label there)


def _value_axis(maximum: float, title: str, ticks: int = 5, headroom: float = 0.0) -> QValueAxis:
    """0..maximum rounded up to whole steps (plus `headroom`, unlabelled), whole-number labels, a title."""
    step = nice_step(maximum, ticks)
    top = max(step, math.ceil(max(maximum, 1) / step) * step)
    axis = QValueAxis()
    axis.setRange(0, top + min(headroom * top, 0.95 * step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    axis.setTitleText(title)
    _small(axis)
    return axis


def _small(axis: object) -> None:
    font = QFont(axis.titleFont())  # type: ignore[attr-defined]
    font.setPointSizeF(8)
    font.setBold(False)
    axis.setTitleFont(font)  # type: ignore[attr-defined]


def _bars(
    chart: QChart,
    labels: list[str],
    sets: list[tuple[str, list[float], QColor]],
    maximum: float,
    x_title: str,
    y_title: str,
) -> QBarSeries:
    series = QBarSeries()
    for name, values, colour in sets:
        bars = QBarSet(name)
        bars.append(values)
        bars.setColor(colour)
        bars.setBorderColor(colour)
        bars.setLabelColor(QColor("#1f2933"))  # above the bar: a short bar's label is never cut
        label_font = QFont(bars.labelFont())
        label_font.setPointSizeF(8)
        bars.setLabelFont(label_font)
        series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(0.6 if len(sets) == 1 else 0.8)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(labels)
    x.setTitleText(x_title)
    _small(x)
    y = _value_axis(maximum, y_title, headroom=HEADROOM)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    if len(sets) > 1:
        chart.legend().setVisible(True)
    return series


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def _number(value: float, decimals: int) -> str:
    """A number as the window's language writes it ('4.4', '4,4')."""
    return QLocale().toString(float(value), "f", decimals)


def _plain(value: float) -> str:
    """A whole number without decimals, anything else with one, as the window's language writes it."""
    return _number(value, 0 if float(value).is_integer() else 1)


def participation_chart(kpis: ProgramKpis) -> QChart | Empty:
    """Participation per week (%) with the target as a dashed line, in the legend."""
    title = _tr("Participation per week")
    weeks = kpis.weekly_participation
    if not any(v is not None for _, v in weeks):
        return Empty(title, _tr("No participation to show yet: record a held session on the Record page."))
    chart = _chart(title)
    labels = [_tr("W{0}").format(w) for w, _ in weeks]
    values = [round((v or 0) * 100) for _, v in weeks]
    series = _bars(chart, labels, [(_tr("Present / invited"), values, BLUE)], 100, "", _tr("% of invited"))
    target = QLineSeries()
    goal = kpis.program.target_participation * 100
    target.setName(_tr("Target {0}%").format(_number(goal, 0)))
    target.setPen(QPen(ORANGE, 2, Qt.PenStyle.DashLine))
    target.append(-0.5, goal)
    target.append(len(labels) - 0.5, goal)
    chart.addSeries(target)
    hidden_x = QValueAxis()
    hidden_x.setRange(-0.5, len(labels) - 0.5)
    hidden_x.setVisible(False)
    chart.addAxis(hidden_x, Qt.AlignmentFlag.AlignTop)
    target.attachAxis(hidden_x)
    target.attachAxis(series.attachedAxes()[1])
    chart.legend().setVisible(True)
    chart.setToolTip(week_table(kpis))
    return chart


def week_table(kpis: ProgramKpis) -> str:
    """The participation chart's weeks with their dates and values (its tooltip)."""
    return "\n".join(f"{label}: {dates}: {value}" for label, dates, value in weekly_rows(kpis))


def ratings_chart(kpis: ProgramKpis) -> QChart | Empty:
    """How many gave each rating, 1 to 5."""
    title = _tr("Ratings")
    values = [kpis.rating_distribution.get(n, 0) for n in range(1, 6)]
    if not any(values):
        return Empty(title, _tr("No ratings yet: type them in on the Record page (1-5)."))
    chart = _chart(
        _tr("{0} ({1} given, mean {2})").format(title, sum(values), _number(kpis.mean_rating or 0, 1))
    )
    _bars(
        chart,
        [str(n) for n in range(1, 6)],
        [(_tr("Ratings"), values, GREEN)],
        max(values),
        _tr("Rating"),
        _tr("People"),
    )
    return chart


def sessions_chart(kpis: ProgramKpis) -> QChart | Empty:
    """Group sessions and peer meetings held per calendar month."""
    title = _tr("Held per calendar month")
    months = kpis.monthly_sessions
    peers = dict(kpis.monthly_peer_meetings)
    if not months or not (kpis.sessions_held or kpis.peer_meetings_held):
        return Empty(title, _tr("No session or peer meeting has been held yet."))
    group = [n for _, n in months]
    meetings = [peers.get(m, 0) for m, _ in months]
    sets = [(_tr("Group sessions"), group, BLUE)]
    if any(meetings):
        sets.append((_tr("Peer meetings"), meetings, TEAL))
    chart = _chart(title)
    _bars(chart, [m for m, _ in months], sets, max(group + meetings), "", _tr("Held"))
    chart.legend().setVisible(True)
    return chart


def competency_chart(kpis: ProgramKpis) -> QChart | Empty:
    """Share of learners at their target by day: the pilot's curve and the one before it."""
    title = _tr("Learners at their target level")
    pilot, before = kpis.competency, kpis.baseline
    if pilot.learners == 0 and (before is None or before.entered):
        return Empty(title, _tr("No learner with a target level yet: add learning goals and check-ins."))
    chart = _chart(title)
    longest = max([d for d, _ in pilot.curve] + [d for d, _ in (before.curve if before else ())] + [7])
    if before is not None and before.entered and before.median is not None:
        longest = max(longest, before.median)
    x = _value_axis(longest, _tr("Days since the start"), 6)
    y = _value_axis(100, _tr("% of learners"), 5)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)

    def steps(name: str, curve: tuple[tuple[float, float], ...], colour: QColor, style: Qt.PenStyle) -> None:
        series = QLineSeries()
        series.setName(name)
        series.setPen(QPen(colour, 2.5, style))
        previous = 0.0
        for day, share in curve:
            series.append(day, previous * 100)
            series.append(day, share * 100)
            previous = share
        chart.addSeries(series)
        series.attachAxis(x)
        series.attachAxis(y)

    if pilot.learners:
        steps(
            _tr("Pilot: {0} of {1}").format(pilot.reached, pilot.learners),
            pilot.curve,
            GREEN,
            Qt.PenStyle.SolidLine,
        )
    if before is not None and before.entered and before.median is not None:
        marker = QLineSeries()
        marker.setName(_tr("Before: {0} days (entered)").format(_number(before.median, 0)))
        marker.setPen(QPen(GREY, 2, Qt.PenStyle.DashLine))
        marker.append(before.median, 0)
        marker.append(before.median, 100)
        chart.addSeries(marker)
        marker.attachAxis(x)
        marker.attachAxis(y)
    elif before is not None:
        steps(
            _tr("Before: {0} of {1}").format(before.reached, before.learners),
            before.curve,
            GREY,
            Qt.PenStyle.DashLine,
        )
    half = QLineSeries()
    half.setName(_tr("Median (half)"))
    half.setPen(QPen(ORANGE, 1, Qt.PenStyle.DotLine))
    half.append(0, 50)
    half.append(x.max(), 50)
    chart.addSeries(half)
    half.attachAxis(x)
    half.attachAxis(y)
    chart.legend().setVisible(True)
    return chart


def all_charts(kpis: ProgramKpis) -> dict[str, QChart | Empty]:
    """The four charts by kind."""
    return {kind: draw(kpis) for kind, draw in CHART_OF.items()}


CHART_OF = {
    "participation": participation_chart,
    "ratings": ratings_chart,
    "sessions": sessions_chart,
    "competency": competency_chart,
}


def chart_inputs(kpis: ProgramKpis) -> dict[str, tuple[object, ...]]:
    """What each chart is drawn from, by kind: a chart whose inputs are unchanged after an edit
    need not be drawn again (one rating changes the ratings chart, not the months)."""
    return {
        "participation": (
            tuple(kpis.weekly_participation),
            kpis.program.target_participation,
            tuple(weekly_rows(kpis)),
        ),
        "ratings": (tuple(sorted(kpis.rating_distribution.items())), kpis.mean_rating),
        "sessions": (
            tuple(kpis.monthly_sessions),
            tuple(kpis.monthly_peer_meetings),
            kpis.sessions_held,
            kpis.peer_meetings_held,
        ),
        "competency": (kpis.competency, kpis.baseline),
    }


class ChartSlot(QStackedWidget):
    """One place on the dashboard: a chart view, or a message when there is nothing to draw.

    The slot stays; only its chart is replaced, so changing the period never changes its size.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Chart"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._style_empty()
        # the same numbers as a table, for the keyboard and a screen reader (Dashboard: Charts as tables)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.addWidget(self.view)
        self.addWidget(self.empty)
        self.addWidget(self.table)
        self.as_table = False
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._chart: QChart | None = None

    def show_chart(self, chart: QChart | Empty) -> None:
        """Show a chart (the old one is deleted) or the empty message."""
        old = self._chart
        if isinstance(chart, Empty):
            self.empty.setText(chart.message)
            self.empty.setAccessibleName(chart.title)
            self.view.setChart(QChart())
            self._chart = None
            self.setCurrentWidget(self.empty)
        else:
            dress(chart, self.palette())
            self.view.setChart(chart)
            self.view.setAccessibleName(chart.title() or self.tr("Chart"))
            self.view.setAccessibleDescription(chart_in_words(chart))
            self._chart = chart
            self._fill_table(chart)
            self.setCurrentWidget(self.table if self.as_table else self.view)
        if old is not None:
            old.deleteLater()

    def show_as_table(self, on: bool) -> None:
        """Show the chart's numbers as a table (on) or the chart (off); an empty slot keeps its message."""
        self.as_table = on
        if self._chart is not None:
            self.setCurrentWidget(self.table if on else self.view)

    def _fill_table(self, chart: QChart) -> None:
        headers, rows = chart_rows(chart)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.setAccessibleName(self.tr("{0} (table)").format(chart.title() or self.tr("Chart")))

    def changeEvent(self, event: QEvent) -> None:
        """A change of theme: the chart and the empty message take its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_empty()
            if self._chart is not None:
                dress(self._chart, self.palette())

    def _style_empty(self) -> None:
        palette = self.palette()
        self.empty.setStyleSheet(
            f"color: {theme.hex_of('hint', palette)}; border: 1px solid {theme.faint_line(palette).name()};"
            f" background: {palette.color(QPalette.ColorRole.Base).name()};"
        )


def _hue(item: object, now: QColor) -> QColor:
    """The hue a series was built with (kept on it the first time it is dressed)."""
    kept = item.property(HUE)  # type: ignore[attr-defined]
    if isinstance(kept, QColor) and kept.isValid():
        return kept
    item.setProperty(HUE, QColor(now))  # type: ignore[attr-defined]
    return QColor(now)


def dress(chart: QChart, palette: QPalette) -> None:
    """Colour a chart for the theme of `palette`: its background, words and grid from the palette,
    each series' hue moved just enough to stand out 3:1 from the background (4.5:1 in high contrast)."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    ratio = theme.ratio_for(theme.GRAPHIC, palette)
    chart.setBackgroundBrush(base)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsBrush(text)
        axis.setTitleBrush(text)
        axis.setLinePenColor(theme.readable(theme.faint_line(palette), [base], ratio))
        axis.setGridLineColor(theme.faint_line(palette))
    for series in chart.series():
        if isinstance(series, QBarSeries):
            for bars in series.barSets():
                colour = theme.readable(_hue(bars, bars.color()), [base], ratio)
                bars.setColor(colour)
                bars.setBorderColor(colour)
                bars.setLabelColor(text)
        elif isinstance(series, QLineSeries):
            pen = series.pen()
            pen.setColor(theme.readable(_hue(series, pen.color()), [base], ratio))
            series.setPen(pen)


def chart_in_words(chart: QChart) -> str:
    """A chart's numbers as sentences, for a screen reader: each bar set's values by category, and
    each line's name."""
    parts = []
    for series in chart.series():
        if isinstance(series, QBarSeries):
            axis = next((a for a in series.attachedAxes() if isinstance(a, QBarCategoryAxis)), None)
            labels = axis.categories() if axis is not None else []
            for bars in series.barSets():
                values = [bars.at(i) for i in range(bars.count())]
                pairs = ", ".join(f"{label} {value:g}" for label, value in zip(labels, values, strict=False))
                parts.append(f"{bars.label()}: {pairs}")
        elif series.name():
            parts.append(series.name())
    return ". ".join(parts)


def chart_rows(chart: QChart) -> tuple[list[str], list[list[str]]]:
    """A chart's numbers as a table: bar charts one row a category and one column a bar set; line
    charts one row a point (the line's name, x and y)."""
    bars = [s for s in chart.series() if isinstance(s, QBarSeries)]
    if bars:
        axis = next((a for a in bars[0].attachedAxes() if isinstance(a, QBarCategoryAxis)), None)
        labels = list(axis.categories()) if axis is not None else []
        sets = [b for s in bars for b in s.barSets()]
        headers = [
            axis.titleText() if axis is not None and axis.titleText() else chart.title(),
            *(b.label() for b in sets),
        ]
        rows = [
            [label, *(_plain(b.at(i)) if i < b.count() else "" for b in sets)]
            for i, label in enumerate(labels)
        ]
        return headers, rows
    rows = []
    for series in chart.series():
        points = series.points() if hasattr(series, "points") else []
        rows += [[series.name(), _plain(p.x()), _plain(p.y())] for p in points]
    x_title = next((a.titleText() for a in chart.axes(Qt.Orientation.Horizontal)), "")
    y_title = next((a.titleText() for a in chart.axes(Qt.Orientation.Vertical)), "")
    return [_tr("Line"), x_title or "x", y_title or "y"], rows


def chart_view(chart: QChart) -> QChartView:
    """A view that draws a chart smoothly."""
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def chart_png(chart: QChart | Empty, width: int = REPORT_SIZE[0], height: int = REPORT_SIZE[1]) -> bytes:
    """A chart as PNG bytes at print resolution: drawn at 300/96 x the logical size, tagged 300 dpi."""
    ensure_gui()
    scale = REPORT_DPI / 96
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(REPORT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    if isinstance(chart, Empty):
        body = QFont()
        body.setPixelSize(13)  # logical pixels: a point size would be read at 300 dpi and come out huge
        painter.setFont(body)
        painter.setPen(QColor("#52606d"))
        painter.drawRect(QRectF(1, 1, width - 2, height - 2))
        painter.drawText(
            QRectF(16, 16, width - 32, height - 32),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            chart.message,
        )
    else:
        scene = QGraphicsScene()
        scene.addItem(chart)
        chart.setGeometry(QRectF(0, 0, width, height))  # lays the chart out at this size
        scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
        scene.removeItem(chart)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ensure_widgets() -> None:
    """Qt Charts draws with widgets: make the process's application a QApplication (offscreen
    without a display). Call it before anything creates the QtGui-only application of printing."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        ensure_gui()  # widgets are loaded now, so printing's application is a QApplication
    elif not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("charts need a QApplication, but this process made a QGuiApplication first")


def report_charts(kpis: ProgramKpis) -> dict[str, str]:
    """The four report charts as data: URIs for <img src> (PNG, 300 dpi)."""
    ensure_widgets()
    return {
        name: "data:image/png;base64," + base64.b64encode(chart_png(chart)).decode("ascii")
        for name, chart in all_charts(kpis).items()
    }
