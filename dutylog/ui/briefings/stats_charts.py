"""Charts of a period's statistics drawn with QPainter: matters per day, by grade, by source.

QtCharts lives in PySide6-Addons (hundreds of MiB for two small charts) and elided the
sources' names; these draw every label in full beside its bar, with integer axis ticks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from dutylog.domain.briefings.reporting import PeriodStatistics
from dutylog.domain.enums import Grade
from dutylog.ui.i18n import label
from dutylog.ui.theme import grade_colour

TOP_SOURCES = 8
MAX_DAY_BARS = 92  # longer periods are shown per week
MAX_TICKS = 6
GAP = 6  # pixels between a label, its bar and its value


def integer_ticks(maximum: int, most: int = MAX_TICKS) -> list[int]:
    """Axis ticks 0, s, 2s, ... reaching ``maximum``, with s in 1, 2, 5 x 10^k: never 0/6/13."""
    maximum = max(1, maximum)
    step = 1
    while True:
        for factor in (1, 2, 5):
            candidate = step * factor
            count = -(-maximum // candidate)  # ceiling division
            if count + 1 <= most:
                return [candidate * n for n in range(count + 1)]
        step *= 10


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


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: QColor | None = None  # None: the palette's highlight colour


class Chart(QWidget):
    """A titled chart area; subclasses draw their bars in ``plot``."""

    def __init__(self, title: str, bars: list[Bar]) -> None:
        super().__init__()
        self.title = title
        self.bars = bars
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_height = QFontMetrics(title_font).height() + GAP
        painter.drawText(
            QRectF(0, GAP, self.width(), title_height), Qt.AlignmentFlag.AlignHCenter, self.title
        )
        painter.setFont(self.font())
        area = QRectF(GAP * 2, title_height + GAP * 2, self.width() - GAP * 4, 0)
        area.setBottom(self.height() - GAP * 2)
        if area.width() > 0 and area.height() > 0:
            self.plot(painter, area)
        painter.end()

    def plot(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def bar_colour(self, bar: Bar) -> QColor:
        return bar.colour or self.palette().color(QPalette.ColorRole.Highlight)

    def muted(self) -> QColor:
        return self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class HorizontalBarChart(Chart):
    """One row per bar: the full label, the bar, then its value beside the bar's end."""

    def label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(bar.label) for bar in self.bars), default=0)

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(self.label_width() + metrics.horizontalAdvance("0000") + 80, 180)

    def plot(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        if not self.bars:
            painter.setPen(self.muted())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "—")
            return
        ticks = integer_ticks(max(bar.value for bar in self.bars))
        value_width = metrics.horizontalAdvance(str(ticks[-1])) + GAP
        left = area.left() + self.label_width() + GAP
        width = max(1.0, area.right() - value_width - left)
        axis_height = metrics.height() + GAP
        row = (area.height() - axis_height) / len(self.bars)
        thickness = min(row * 0.7, metrics.height() * 1.6)
        self._axis(painter, ticks, left, width, area.bottom() - axis_height, area.bottom())
        for index, bar in enumerate(self.bars):
            middle = area.top() + row * index + row / 2
            text_box = QRectF(area.left(), middle - row / 2, left - GAP - area.left(), row)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_box, align, bar.label)
            length = width * bar.value / ticks[-1]
            painter.fillRect(QRectF(left, middle - thickness / 2, length, thickness), self.bar_colour(bar))
            value_box = QRectF(left + length + GAP, middle - row / 2, value_width + GAP, row)
            painter.drawText(
                value_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(bar.value)
            )

    def _axis(
        self, painter: QPainter, ticks: list[int], left: float, width: float, top: float, bottom: float
    ) -> None:
        painter.setPen(self.muted())
        painter.drawLine(int(left), int(top), int(left + width), int(top))
        for tick in ticks:
            x = left + width * tick / ticks[-1]
            painter.drawLine(int(x), int(top), int(x), int(top + 3))
            painter.drawText(QRectF(x - 30, top, 60, bottom - top), Qt.AlignmentFlag.AlignCenter, str(tick))


class ColumnChart(Chart):
    """Upright bars over time with integer ticks on the left and a date under every few bars."""

    def plot(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        ticks = integer_ticks(max((bar.value for bar in self.bars), default=0))
        tick_width = metrics.horizontalAdvance(str(ticks[-1])) + GAP
        left = area.left() + tick_width
        bottom = area.bottom() - metrics.height() - GAP
        height = max(1.0, bottom - area.top())
        painter.setPen(self.muted())
        for tick in ticks:
            y = bottom - height * tick / ticks[-1]
            painter.drawLine(int(left), int(y), int(area.right()), int(y))
            box = QRectF(area.left(), y - metrics.height() / 2, tick_width - GAP, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        if not self.bars:
            return
        slot = (area.right() - left) / len(self.bars)
        label_width = max(metrics.horizontalAdvance(bar.label) for bar in self.bars) + GAP
        every = max(1, int(-(-label_width // max(slot, 1))))  # a date under every few bars
        for index, bar in enumerate(self.bars):
            x = left + slot * index
            length = height * bar.value / ticks[-1]
            painter.fillRect(
                QRectF(x + slot * 0.15, bottom - length, slot * 0.7, length), self.bar_colour(bar)
            )
            if index % every == 0:
                painter.setPen(self.muted())
                centre = max(x + slot / 2, left + label_width / 2 - GAP)  # the first date stays whole
                box = QRectF(centre - label_width / 2, bottom + GAP / 2, label_width, metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, bar.label)


def per_day_chart(stats: PeriodStatistics, title: str) -> ColumnChart:
    bars = [Bar(day.strftime("%m-%d"), count) for day, count in per_day_buckets(stats)]
    return ColumnChart(title, bars)


def grade_chart(stats: PeriodStatistics, title: str) -> HorizontalBarChart:
    bars = [Bar(label(grade), stats.by_grade.get(grade.value, 0), grade_colour(grade)) for grade in Grade]
    return HorizontalBarChart(title, bars)


def source_chart(stats: PeriodStatistics, title: str) -> HorizontalBarChart:
    top = list(stats.by_source.items())[:TOP_SOURCES]  # largest first, at the top
    return HorizontalBarChart(title, [Bar(source, count) for source, count in top])
