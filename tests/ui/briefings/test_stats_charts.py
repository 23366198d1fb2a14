"""The statistics charts drawn with QPainter: integer ticks, full labels, no QtCharts."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from dutylog.domain.briefings.reporting import PeriodStatistics
from dutylog.ui.briefings.stats_charts import (
    HorizontalBarChart,
    grade_chart,
    integer_ticks,
    per_day_chart,
    source_chart,
)

LONG_SOURCE = "某某市人民政府门户网站留言板"


@pytest.mark.parametrize(
    ("maximum", "ticks"),
    [(0, [0, 1]), (1, [0, 1]), (3, [0, 1, 2, 3]), (5, [0, 1, 2, 3, 4, 5]), (6, [0, 2, 4, 6]),
     (17, [0, 5, 10, 15, 20]), (99, [0, 20, 40, 60, 80, 100]), (1234, [0, 500, 1000, 1500])],
)  # fmt: skip
def test_ticks_are_whole_numbers_that_reach_the_largest_value(maximum: int, ticks: list[int]) -> None:
    assert integer_ticks(maximum) == ticks
    assert len(ticks) <= 6 and ticks[-1] >= maximum


def stats() -> PeriodStatistics:
    return PeriodStatistics(
        first=date(2026, 11, 1),
        last=date(2026, 11, 30),
        per_day={"2026-11-03": 2, "2026-11-17": 5},
        by_grade={"ordinary": 17, "major": 2},
        by_source={LONG_SOURCE: 9, "微博": 4, "抖音": 1},
    )


def test_every_source_label_fits_beside_its_bar(qtbot: QtBot) -> None:
    chart = source_chart(stats(), "按来源")
    qtbot.addWidget(chart)
    assert [(bar.label, bar.value) for bar in chart.bars] == [(LONG_SOURCE, 9), ("微博", 4), ("抖音", 1)]
    # The widget asks for room for the longest label in full, so a layout never elides it.
    assert (
        chart.minimumSizeHint().width()
        > chart.label_width()
        >= chart.fontMetrics().horizontalAdvance(LONG_SOURCE)
    )


def test_grades_keep_their_colours_and_counts(qtbot: QtBot) -> None:
    chart = grade_chart(stats(), "按等级")
    qtbot.addWidget(chart)
    assert isinstance(chart, HorizontalBarChart)
    assert [bar.value for bar in chart.bars] == [17, 0, 2, 0]  # every grade, least serious first
    assert all(isinstance(bar.colour, QColor) for bar in chart.bars)


def test_charts_paint_bars(qtbot: QtBot, tmp_path: Path) -> None:
    for chart in (per_day_chart(stats(), "每日舆情数量"), source_chart(stats(), "按来源")):
        qtbot.addWidget(chart)
        chart.resize(420, 240)
        image = chart.grab().toImage()
        if os.environ.get("DUTYLOG_SHOTS"):  # a developer's look at them
            image.save(str(Path(os.environ["DUTYLOG_SHOTS"]) / f"{type(chart).__name__}.png"))
        highlight = chart.bar_colour(chart.bars[0]).rgb()
        assert _count(image, highlight) > 200


def _count(image: QImage, rgb: int) -> int:
    step = 2
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) == rgb
    )


def test_qtcharts_is_not_imported() -> None:
    assert "PySide6.QtCharts" not in sys.modules
