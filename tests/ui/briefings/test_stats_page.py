"""The Statistics page: the period report, charts and upward submissions."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import Grade
from dutylog.office import Office
from dutylog.ui.briefings.stats_charts import per_day_buckets
from dutylog.ui.briefings.stats_page import StatsPage
from dutylog.ui.briefings.submissions_model import ADOPTED, SubmissionsModel


@pytest.fixture
def page(qtbot: QtBot, staffed_office: Office) -> StatsPage:
    office = staffed_office
    office.matters.add(
        "网传城东新区发生化工厂爆炸",
        grade=Grade.MAJOR,
        discovered_at=datetime(2026, 11, 17, 9),
        source="新浪微博",
    )
    office.matters.add("滨河小区停水", discovered_at=datetime(2026, 11, 3, 9), source="本地论坛")
    widget = StatsPage(office)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def test_report_shows_the_period_counts(page: StatsPage) -> None:
    assert page.stats is not None and page.stats.matters_total == 2
    assert "本期共处置舆情事件2起" in page.report.toPlainText()
    assert page.charts_layout.count() == 3
    page.first.setDate(page.first.date().addYears(-1))
    page.last.setDate(page.first.date())
    page.run_button.click()
    assert page.stats.matters_total == 0 and page.charts_layout.count() == 3


def test_bad_period_is_explained(page: StatsPage) -> None:
    page.first.setDate(page.last.date().addDays(1))
    page.run_button.click()
    assert "不能早于" in page.message.text()


def test_add_and_adopt_a_submission(page: StatsPage, qtmodeltester: object) -> None:
    page.sub_title.setText("化工厂爆炸谣言处置情况")
    page.recipient.setText("市委网信办")
    page.matter_no.setText("YQ-2026-0002")
    page.add_button.click()
    assert page.submissions.rowCount() == 1, page.message.text()
    assert page.submissions.submission(0).matter_number == "YQ-2026-0002"
    assert "采用 0 条" in page.submission_summary.text()
    index = page.submissions.index(0, ADOPTED)
    assert page.submissions.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert page.office.reports.statistics(date(2026, 11, 1), date(2026, 11, 17)).adopted == 1
    assert "采用率 100%" in page.submission_summary.text()
    assert isinstance(page.submissions, SubmissionsModel)
    qtmodeltester.check(page.submissions)  # type: ignore[attr-defined]


def test_empty_title_is_refused(page: StatsPage) -> None:
    page.recipient.setText("市委网信办")
    page.add_button.click()
    assert page.submissions.rowCount() == 0 and "标题" in page.message.text()


def test_long_periods_are_charted_per_week(page: StatsPage) -> None:
    page.set_period("year")
    assert page.stats is not None
    buckets = per_day_buckets(page.stats)
    assert len(buckets) <= 53 and sum(count for _day, count in buckets) == 2


def test_a_submission_s_source_unit_counts_in_the_unit_assessment(
    page: StatsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dutylog.domain.supervision.assessment import PeriodKind
    from dutylog.ui.briefings.submissions_model import SOURCE_UNIT

    office = page.office
    office.units.add("县住建局")
    office.units.add("城关镇")
    page.refresh()
    page.source_unit.setCurrentIndex(page.source_unit.findData("县住建局"))
    page.sub_title.setText("某小区停水情况")
    page.recipient.setText("市委网信办")
    page.add_button.click()
    assert page.submissions.submission(0).unit_name == "县住建局", page.message.text()
    assert page.submissions.index(0, SOURCE_UNIT).data() == "县住建局"

    page.submissions_table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("城关镇", True))
    page.set_selected_unit()
    assert page.submissions.submission(0).unit_name == "城关镇"
    rows = office.supervision.assessment(PeriodKind.MONTH, date(2026, 11, 1))
    submitted = {row.unit: row.submitted for row in rows}
    assert submitted.get("城关镇") == 1 and submitted.get("县住建局", 0) == 0
