"""The unit ranking and the assessment in Statistics, and their settings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from dutylog.domain.supervision.assessment import PeriodKind
from dutylog.domain.supervision.assignments import MatterKind
from dutylog.office import Office
from dutylog.ui.briefings.stats_page import StatsPage
from dutylog.ui.office.settings_page import SettingsPage
from dutylog.ui.supervision.models import AssessmentModel, FiguresModel
from dutylog.ui.supervision.settings_group import SupervisionSettings
from dutylog.ui.supervision.stats_tab import period_start


def _scored(office: Office) -> None:
    office.supervision.set_quota("县住建局", PeriodKind.MONTH, date(2026, 11, 1), 2)
    sent = office.submissions.add(
        sent_on=date(2026, 11, 10), title="某小区物业纠纷处置情况", recipient="市委网信办"
    )
    office.supervision.set_submission_unit(sent.id, "县住建局")
    office.submissions.set_outcome(sent.id, adopted=True, instructed=False)


def test_the_statistics_page_ranks_units_and_scores_submissions(
    supervised: Office, qtbot: QtBot, tmp_path: Path
) -> None:
    _scored(supervised)
    page = StatsPage(supervised)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    tab = page.supervision
    page.tabs.setCurrentWidget(tab)
    ranking = tab.figures
    units = [ranking.index(row, 1).data() for row in range(ranking.rowCount())]
    assert sorted(units) == ["县住建局", "县市场监管局", "城关镇"]
    row = units.index("县住建局")
    assert [ranking.index(row, column).data() for column in range(2, 8)] == [
        "1",
        "0",
        "0",
        "1",
        "0.0%",
        "0.0%",
    ]
    scores = tab.assessment
    assert [scores.index(0, column).data() for column in range(7)] == [
        "县住建局",
        "2",
        "1",
        "1",
        "0",
        "4",
        "否（50.0%）",
    ]
    target = tmp_path / "排名.xlsx"
    tab.export(str(target))
    assert "已导出" in tab.message.text()
    book = load_workbook(target)
    assert book.sheetnames == ["交办件办理情况", "信息报送考核"]


def test_period_start_of_each_kind() -> None:
    day = date(2026, 11, 17)
    assert period_start(PeriodKind.MONTH, day) == date(2026, 11, 1)
    assert period_start(PeriodKind.QUARTER, day) == date(2026, 10, 1)
    assert period_start(PeriodKind.YEAR, day) == date(2026, 1, 1)


def test_settings_save_presets_scheme_and_a_quota(supervised: Office, qtbot: QtBot) -> None:
    group = SupervisionSettings(supervised)
    qtbot.addWidget(group)
    group.refresh()
    assert group.workdays[MatterKind.COMPLAINT].value() == 7
    assert group.points["adopted"].value() == 3.0
    group.workdays[MatterKind.COMPLAINT].setValue(10)
    group.points["instructed"].setValue(8)
    assert group.save()
    assert supervised.assignments.presets().workdays[MatterKind.COMPLAINT] == 10
    assert supervised.supervision.score_scheme().instructed == 8.0
    group.quota_unit.setCurrentIndex(group.quota_unit.findData("城关镇"))
    group.quota_kind.setCurrentIndex(group.quota_kind.findData("quarter"))
    group.quota.setValue(6)
    assert group.set_quota()
    [row] = supervised.supervision.assessment(PeriodKind.QUARTER, date(2026, 10, 1))
    assert (row.unit, row.quota) == ("城关镇", 6)


def test_the_settings_page_carries_the_group(supervised: Office, qtbot: QtBot) -> None:
    page = SettingsPage(supervised)
    qtbot.addWidget(page)
    assert page.supervision_group.workdays[MatterKind.COMPLEX].value() == 15


def test_models_pass_the_model_tester(supervised: Office, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _scored(supervised)
    figures = FiguresModel()
    figures.set_rows(supervised.supervision.unit_figures(date(2026, 11, 1), date(2026, 11, 30)))
    qtmodeltester.check(figures)
    scores = AssessmentModel()
    scores.set_rows(supervised.supervision.assessment(PeriodKind.MONTH, date(2026, 11, 1)))
    qtmodeltester.check(scores)
