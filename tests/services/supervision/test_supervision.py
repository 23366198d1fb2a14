"""The supervision desk: the list by lateness, reminders, cards, unit figures, the assessment."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dutylog.domain.errors import ValidationError
from dutylog.domain.supervision.assessment import PeriodKind, ScoreScheme
from dutylog.domain.supervision.figures import ReminderKind
from dutylog.domain.supervision.units import ContactInput
from dutylog.office import Office
from tests.conftest import FakeClock


def assigned_on_national_day_eve(office: Office) -> int:
    office.units.add("县住建局", contact=ContactInput(name="张三", post="办公室主任", mobile="13800000000"))
    matter = office.matters.add("某小区物业纠纷", discovered_at=datetime(2025, 9, 30, 9, 0))
    record = office.assignments.assign(
        matter.id, "县住建局", workdays=3, at=datetime(2025, 9, 30, 10, 0), instruction="请迅速核实处置"
    )
    return record.id


def test_overdue_by_one_working_day_until_the_reply_then_counted_late(office: Office) -> None:
    assignment_id = assigned_on_national_day_eve(office)
    rows = office.supervision.supervision_list(date(2025, 10, 13))
    assert [(r.assignment.unit_name, r.assignment.due_on, r.late_workdays, r.overdue) for r in rows] == [
        ("县住建局", date(2025, 10, 11), 1, True)
    ]
    office.assignments.reply(assignment_id, "已核实处置", at=datetime(2025, 10, 13, 16, 0))
    assert office.supervision.supervision_list(date(2025, 10, 13)) == []
    [figures] = office.supervision.unit_figures(date(2025, 9, 1), date(2025, 9, 30))
    assert (figures.unit, figures.assigned, figures.on_time, figures.late, figures.overdue) == (
        "县住建局",
        1,
        0,
        1,
        0,
    )
    assert figures.reply_rate == 1.0 and figures.completion_rate == 0.0


def test_reminders_of_today_for_records_typed_in_on_time(office: Office, clock: FakeClock) -> None:
    office.units.add("县住建局")
    matter = office.matters.add("噪音扰民", discovered_at=datetime(2026, 11, 16, 9, 0))
    record = office.assignments.assign(matter.id, "县住建局", due_on=date(2026, 11, 18))
    assert [r.kind for r in office.supervision.reminders()] == [ReminderKind.DUE_TOMORROW]
    clock.set(datetime(2026, 11, 19, 9, 0))
    assert [r.kind for r in office.supervision.reminders()] == [ReminderKind.OVERDUE]
    office.assignments.reply(record.id, "已处理")
    assert [r.kind for r in office.supervision.reminders()] == [ReminderKind.REVIEW_WAITING]


def test_the_card_names_the_unit_contact_deadline_and_instruction(office: Office) -> None:
    assigned_on_national_day_eve(office)
    number = office.matters.search("物业")[0].number
    card = office.supervision.card(number, on=date(2025, 10, 13))
    for text in ("县住建局", "张三", "2025-10-11", "请迅速核实处置", "超过办理时限 1 个工作日"):
        assert text in card.body_html
    office.units.add("城关镇")
    with pytest.raises(ValidationError) as caught:
        office.supervision.card(number, "城关镇")
    assert caught.value.code == "not_assigned"


def test_figures_export_to_a_workbook(office: Office, tmp_path: Path) -> None:
    assigned_on_national_day_eve(office)
    written = office.supervision.export_figures(date(2025, 9, 1), date(2025, 9, 30), tmp_path / "rank.xlsx")
    sheet = load_workbook(written.path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][:5] == ("单位", "交办数", "按时回复", "超时回复", "超期未回复")
    assert rows[2][:5] == ("县住建局", 1, 0, 0, 1)


def test_the_assessment_scores_submissions_against_quotas(office: Office) -> None:
    office.units.add("县住建局")
    office.units.add("城关镇")
    office.supervision.set_quota("县住建局", PeriodKind.MONTH, date(2026, 11, 1), 2)
    office.supervision.set_score_scheme(ScoreScheme(submitted=2, adopted=3, instructed=5))
    first = office.submissions.add(
        sent_on=date(2026, 11, 3), title="住建信息一", recipient="市网信办", adopted=True
    )
    second = office.submissions.add(
        sent_on=date(2026, 11, 5), title="城关信息", recipient="市网信办", instructed=True
    )
    office.submissions.add(sent_on=date(2026, 10, 30), title="上月", recipient="市网信办")
    office.supervision.set_submission_unit(first.id, "县住建局")
    office.supervision.set_submission_unit(second.id, "城关镇")
    rows = office.supervision.assessment(PeriodKind.MONTH, date(2026, 11, 1))
    assert [(r.unit, r.quota, r.submitted, r.score, r.quota_met) for r in rows] == [
        ("城关镇", None, 1, 7.0, None),
        ("县住建局", 2, 1, 5.0, False),
    ]
