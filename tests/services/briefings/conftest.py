"""Fixtures: an office with a day of duty entered by hand."""

from __future__ import annotations

import pytest

from dutylog.domain.enums import DutyRole, EntryKind, Grade, Shift
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from tests.services.briefings.briefing_data import DAY, People, add_matter, at


@pytest.fixture
def people(office: Office) -> People:
    officer = office.staff.add("张伟")
    leader = office.staff.add("王建国", roles=[DutyRole.LEADER])
    supervisor = office.staff.add("李秀英", roles=[DutyRole.LEADER])
    office.roster.assign(DAY, Shift.FULL, DutyRole.OFFICER, officer.id)
    office.roster.assign(DAY, Shift.FULL, DutyRole.LEADER, leader.id)
    return People(officer.id, leader.id, supervisor.id)


@pytest.fixture
def busy_day(office: Office, people: People) -> dict[str, int]:
    """Three patrols, three matters (one major), a call, an instruction and a handover on DAY."""
    for hour, label in ((9, "早间"), (12, "午间"), (15, "下午")):
        office.log.add_entry(
            NewLogEntry(
                EntryKind.PATROL,
                f"{label}巡查：新浪微博、抖音，未见异常。",
                at(hour),
                people.officer,
                details={"sources": ["新浪微博", "抖音"]},
            )
        )
    major = add_matter(
        office,
        "网传城东新区发生化工厂爆炸",
        grade=Grade.MAJOR,
        found=at(10, 5),
        source="新浪微博",
        reported=at(10, 40),
        removed=12,
        tags=("谣言",),
        measures=("删帖", "发布权威信息"),
        officer=people.officer,
    )
    serious = add_matter(
        office,
        "网民反映第三中学午餐质量",
        grade=Grade.SERIOUS,
        found=at(11, 0),
        source="抖音",
        reported=at(13, 30),  # 2.5 h: later than the 2 h limit
        tags=("不良言论",),
        measures=("跟帖引导",),
        officer=people.officer,
    )
    ordinary = add_matter(
        office,
        "滨河小区停水说明不及时",
        grade=Grade.ORDINARY,
        found=at(14, 0),
        source="本地论坛",
        closed=at(15, 0),
        officer=people.officer,
    )
    office.log.add_entry(
        NewLogEntry(
            EntryKind.CALL,
            "县应急局来电询问化工厂情况",
            at(10, 50),
            people.officer,
            details={"caller": "县应急局"},
        )
    )
    office.log.add_entry(
        NewLogEntry(
            EntryKind.INSTRUCTION,
            "王建国批示：立即核实并发布权威信息",
            at(10, 45),
            people.officer,
            major,
            details={"leader": "王建国"},
        )
    )
    office.log.add_entry(
        NewLogEntry(EntryKind.HANDOVER, "交接班：继续关注化工厂谣言的传播", at(15, 20), people.officer)
    )
    return {"major": major, "serious": serious, "ordinary": ordinary}
