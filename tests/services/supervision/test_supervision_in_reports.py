"""Supervision in the office's documents: research meetings in the day's briefing, the unit
ranking and the assessment in the weekly report."""

from __future__ import annotations

from datetime import date, datetime

from dutylog.domain.supervision.assessment import PeriodKind
from dutylog.office import Office
from dutylog.reports.briefing_draft import draft_briefing_html
from dutylog.reports.period_reports import weekly_html


def test_the_days_research_meetings_are_in_its_briefing(office: Office) -> None:
    matter = office.matters.add("某小区物业纠纷", discovered_at=datetime(2026, 11, 17, 9, 0))
    office.assignments.add_meeting(
        matter.id,
        at=datetime(2026, 11, 17, 10, 30),
        participants="王建国、张伟",
        units="县住建局",
        conclusion="情况属实。",
        measures="由县住建局约谈物业公司",
    )
    html = draft_briefing_html(office.reports.day_facts(date(2026, 11, 17)))
    assert "研判情况" in html
    assert (
        "10:30　就“某小区物业纠纷”（YQ-2026-0001）组织研判，参会人员：王建国、张伟，县住建局参加。"
        "研判结论：情况属实。处置措施：由县住建局约谈物业公司。"
    ) in html
    assert "研判情况" not in draft_briefing_html(office.reports.day_facts(date(2026, 11, 18)))


def test_the_weekly_report_ranks_units_and_scores_submissions(office: Office) -> None:
    office.units.add("县住建局")
    matter = office.matters.add("道路积水", discovered_at=datetime(2026, 11, 16, 9, 0))
    office.assignments.assign(matter.id, "县住建局", workdays=3, at=datetime(2026, 11, 16, 10, 0))
    office.supervision.set_quota("县住建局", PeriodKind.MONTH, date(2026, 11, 1), 4)
    weekly = office.reports.weekly("2026-W47")
    assert [(f.unit, f.assigned) for f in weekly.unit_figures] == [("县住建局", 1)]
    assert [(row.unit, row.quota) for row in weekly.assessment] == [("县住建局", 4)]
    html = weekly_html(weekly)
    assert "交办件办理情况" in html and "信息报送考核" in html
    assert "<td>县住建局</td><td>1</td>" in html.replace("\n", "")
