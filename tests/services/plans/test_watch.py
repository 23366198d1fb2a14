"""Keyword watch lists tag matters; drills and training are counted for the year."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dutylog.domain.enums import DutyRole, EntryKind, Grade
from dutylog.domain.errors import NotFoundError, ValidationError
from dutylog.domain.log.records import NewLogEntry
from dutylog.domain.matters.records import MatterInput
from dutylog.domain.plans.records import DrillKind
from dutylog.office import Office
from dutylog.reports.statistics_report import statistics_html, summary_paragraph

FOUND = datetime(2026, 11, 17, 10, 0)


def test_words_tag_matters_from_title_summary_and_log_and_retired_words_keep_history(office: Office) -> None:
    office.keywords.add(["化工园区", "城南中学"], category="项目")
    first = office.matters.add("化工园区异味投诉", discovered_at=FOUND)
    other = office.matters.add("普通事项", summary="网民反映城南中学食堂", discovered_at=FOUND)
    quiet = office.matters.add("无关事项", discovered_at=FOUND)
    assert office.keywords.words_of([first.id, other.id, quiet.id]) == {
        first.id: ("化工园区",),
        other.id: ("城南中学",),
    }
    office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="跟进：涉及化工园区", matter_id=quiet.id))
    assert office.keywords.words_of([quiet.id]) == {quiet.id: ("化工园区",)}
    # An edit adding a word tags it too.
    record = office.matters.get(other.id)
    data = MatterInput(
        title="化工园区和城南中学", grade=Grade.ORDINARY, discovered_at=FOUND, summary=record.summary
    )
    office.matters.update(other.id, data, expected_version=record.version)
    assert office.keywords.words_of([other.id])[other.id] == ("化工园区", "城南中学")

    retired = office.keywords.retire("化工园区")
    assert not retired.active and retired.matter_count == 3
    late = office.matters.add("化工园区又有投诉", discovered_at=FOUND)
    assert office.keywords.words_of([late.id]) == {}
    stats = office.reports.statistics(date(2026, 11, 1), date(2026, 11, 30))
    assert stats.by_keyword == {"化工园区": 3, "城南中学": 1} and stats.by_keyword_category == {"项目": 4}
    assert "化工园区" in statistics_html(stats)
    assert office.keywords.counts(date(2026, 11, 1), date(2026, 11, 30)) == [
        ("化工园区", "项目", 3),
        ("城南中学", "项目", 1),
    ]
    again = office.keywords.add(["化工园区"])
    assert again[0].active and again[0].category == "项目"
    with pytest.raises(ValidationError):
        office.keywords.add([" "])
    with pytest.raises(NotFoundError):
        office.keywords.retire("没有这个词")


def test_drills_and_training_per_plan_per_person_and_in_the_year(office: Office) -> None:
    for name in ("张伟", "李娜", "王芳"):
        office.staff.add(name, roles=(DutyRole.OFFICER,))
    office.plans.add("网络舆情应急处置预案", ["报告带班领导@officer+30"])
    drill = office.drills.add(
        plan="网络舆情应急处置预案",
        held_on=date(2026, 6, 1),
        people=["张伟", "李娜"],
        scenario="化工园区爆炸谣言",
        findings="通讯录过期",
    )
    assert drill.people == ("张伟", "李娜") and drill.plan_name == "网络舆情应急处置预案"
    office.drills.add(
        kind=DrillKind.TRAINING,
        held_on=date(2026, 9, 1),
        people=["张伟", "李娜", "王芳"],
        scenario="舆情研判",
    )
    assert [d.kind for d in office.drills.drills(person="王芳")] == [DrillKind.TRAINING]
    assert [d.id for d in office.drills.drills(plan="网络舆情应急处置预案")] == [drill.id]
    figures = office.drills.figures(date(2026, 1, 1), date(2026, 12, 31))
    assert figures.sentence == "组织演练1次、培训1次、参训5人次"
    stats = office.reports.statistics(date(2026, 1, 1), date(2026, 12, 31))
    assert (stats.drills, stats.trainings, stats.training_attendances) == (1, 1, 5)
    assert "组织演练1次、培训1次、参训5人次" in summary_paragraph(stats)
    with pytest.raises(ValidationError):
        office.drills.add(held_on=date(2026, 6, 1), people=["张伟"], scenario="无预案的演练")
    with pytest.raises(NotFoundError):
        office.drills.add(
            plan="网络舆情应急处置预案", held_on=date(2026, 6, 1), people=["无名氏"], scenario="x"
        )
