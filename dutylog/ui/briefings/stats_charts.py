"""QtCharts views of a period's statistics: matters per day, by grade, by source."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QPointF, Qt, QTime
from PySide6.QtGui import QPainter

from dutylog.domain.briefings.reporting import PeriodStatistics
from dutylog.domain.enums import Grade
from dutylog.ui.i18n import label
from dutylog.ui.theme import grade_colour

TOP_SOURCES = 8
MAX_DAY_BARS = 92  # longer periods are shown per week


def _view(chart: QChart) -> QChartView:
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(180)
    return view


def _value_axis(maximum: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(1, maximum))
    axis.setTickCount(min(6, max(2, maximum + 1)))
    return axis


def per_day_buckets(stats: PeriodStatistics) -> list[tuple[date, int]]:
    """Counts per day, or per week (dated by its Monday) for long periods."""
    days = (stats.last - stats.first).days + 1
    if days <= MAX_DAY_BARS:
        return [
            (d, stats.per_day.get(d.isoformat(), 0))
            for d in (stats.first + timedelta(days=n) for n in range(days))
        ]
    weeks: dict[date, int] = {}
    day = stats.first
    while day <= stats.last:
        monday = day - timedelta(days=day.weekday())
        weeks[monday] = weeks.get(monday, 0) + stats.per_day.get(day.isoformat(), 0)
        day += timedelta(days=1)
    return list(weeks.items())


def per_day_chart(stats: PeriodStatistics, title: str) -> QChartView:
    buckets = per_day_buckets(stats)
    series = QLineSeries()
    series.setPointsVisible(True)
    series.append(
        [
            QPointF(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch(), count)
            for day, count in buckets
        ]
    )
    chart = QChart()
    chart.setTitle(title)
    chart.addSeries(series)
    dates = QDateTimeAxis()
    dates.setFormat("MM-dd")
    dates.setTickCount(min(8, max(2, len(buckets))))
    dates.setRange(
        QDateTime(QDate(stats.first.year, stats.first.month, stats.first.day), QTime(0, 0)),
        QDateTime(QDate(stats.last.year, stats.last.month, stats.last.day), QTime(23, 59)),
    )
    chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(dates)
    values = _value_axis(max((count for _day, count in buckets), default=0))
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    return _view(chart)


def grade_chart(stats: PeriodStatistics, title: str) -> QChartView:
    # One set per grade, stacked: each category shows one full-width bar in its grade's colour.
    series = QStackedBarSeries()
    grades = list(Grade)
    for grade in grades:
        bars = QBarSet(label(grade))
        bars.append([float(stats.by_grade.get(g.value, 0)) if g is grade else 0.0 for g in grades])
        bars.setColor(grade_colour(grade))
        series.append(bars)
    series.setBarWidth(0.6)
    chart = QChart()
    chart.setTitle(title)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([label(grade) for grade in grades])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    values = _value_axis(max(stats.by_grade.values(), default=0))
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    return _view(chart)


def source_chart(stats: PeriodStatistics, title: str) -> QChartView:
    top = list(stats.by_source.items())[:TOP_SOURCES][::-1]  # largest at the top
    bars = QBarSet(title)
    bars.append([float(count) for _source, count in top])
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart = QChart()
    chart.setTitle(title)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([source for source, _count in top] or ["—"])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = _value_axis(max((count for _source, count in top), default=0))
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    return _view(chart)
