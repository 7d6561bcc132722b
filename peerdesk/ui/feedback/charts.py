"""The impact charts (Qt Charts): participation per week against the target, ratings,
sessions per month, and time-to-competency before vs after. The dashboard shows
them live; the report gets them as PNG pictures."""

from __future__ import annotations

import base64

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from peerdesk.impact.kpis import ProgramKpis
from peerdesk.ui.printing.pdf import ensure_gui

BLUE, GREY, GREEN, ORANGE = QColor("#1f5f8b"), QColor("#9aa5b1"), QColor("#2e7d32"), QColor("#e07b00")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setPointSizeF(10)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _bars(
    chart: QChart,
    labels: list[str],
    values: list[float],
    colour: QColor,
    maximum: float,
    label_format: str = "@value",
) -> QBarSeries:
    series = QBarSeries()
    bars = QBarSet("")
    bars.append(values)
    bars.setColor(colour)
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat(label_format)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
    bars.setLabelColor(QColor("white"))
    _attach(chart, series, labels, maximum)
    return series


def _attach(chart: QChart, series: QBarSeries, labels: list[str], maximum: float) -> None:
    """Add a bar series with its category axis below and a 0..maximum value axis on the left."""
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(labels)
    y = QValueAxis()
    y.setRange(0, maximum)
    y.applyNiceNumbers()
    y.setLabelFormat("%.0f")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


def participation_chart(kpis: ProgramKpis) -> QChart:
    """Participation per week (%) with the target as a line."""
    chart = _chart("Participation per week (%)")
    weeks = kpis.weekly_participation or [(1, None)]
    labels = [f"W{w}" for w, _ in weeks]
    values = [round((v or 0) * 100) for _, v in weeks]
    series = _bars(chart, labels, values, BLUE, 100)
    target = QLineSeries()
    pen = QPen(ORANGE, 2, Qt.PenStyle.DashLine)
    target.setPen(pen)
    goal = kpis.program.target_participation * 100
    target.append(-0.5, goal)
    target.append(len(labels) - 0.5, goal)
    chart.addSeries(target)
    hidden_x = QValueAxis()
    hidden_x.setRange(-0.5, len(labels) - 0.5)
    hidden_x.setVisible(False)
    chart.addAxis(hidden_x, Qt.AlignmentFlag.AlignTop)
    target.attachAxis(hidden_x)
    target.attachAxis(series.attachedAxes()[1])
    return chart


def ratings_chart(kpis: ProgramKpis) -> QChart:
    """How many gave each rating, 1 to 5."""
    chart = _chart("Ratings (1-5)")
    values = [kpis.rating_distribution.get(n, 0) for n in range(1, 6)]
    _bars(chart, [str(n) for n in range(1, 6)], values, GREEN, max([*values, 1]) * 1.25)
    return chart


def sessions_chart(kpis: ProgramKpis) -> QChart:
    """Sessions held per calendar month."""
    chart = _chart("Sessions held per month")
    months = kpis.monthly_sessions or [("-", 0)]
    values = [n for _, n in months]
    _bars(chart, [m for m, _ in months], values, BLUE, max([*values, 1]) * 1.25)
    return chart


def competency_chart(kpis: ProgramKpis) -> QChart:
    """Average days to reach the target level, before the pilot and during it."""
    chart = _chart("Days to competency: before vs pilot")
    values = [round(kpis.baseline_days or 0), round(kpis.time_to_competency_days or 0)]
    before = QBarSet("Before")
    pilot = QBarSet("Pilot")
    before.append([values[0], 0])
    pilot.append([0, values[1]])
    before.setColor(GREY)
    pilot.setColor(GREEN)
    series = QBarSeries()
    series.append(before)
    series.append(pilot)
    series.setBarWidth(0.9)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
    _attach(chart, series, ["Before the pilot", "During the pilot"], max([*values, 1]) * 1.25)
    return chart


def chart_view(chart: QChart) -> QChartView:
    """A view that draws a chart smoothly."""
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def chart_png(chart: QChart, width: int = 460, height: int = 280) -> bytes:
    """A chart as PNG bytes (offscreen)."""
    ensure_gui()
    view = chart_view(chart)
    view.resize(width, height)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    view.grab().save(buffer, "PNG")
    view.close()
    return bytes(data)


def report_charts(kpis: ProgramKpis) -> dict[str, str]:
    """The four report charts as data: URIs for <img src>."""
    ensure_gui()
    charts = {
        "participation": participation_chart(kpis),
        "ratings": ratings_chart(kpis),
        "sessions": sessions_chart(kpis),
        "competency": competency_chart(kpis),
    }
    return {
        name: "data:image/png;base64," + base64.b64encode(chart_png(chart)).decode("ascii")
        for name, chart in charts.items()
    }
