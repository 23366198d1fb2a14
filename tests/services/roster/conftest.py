from __future__ import annotations

from dataclasses import dataclass

import pytest

from dutylog.domain.enums import DutyRole
from dutylog.domain.roster.staff import StaffRecord
from dutylog.office import Office


@dataclass
class Team:
    leaders: list[StaffRecord]
    officers: list[StaffRecord]

    def officer(self, name: str) -> StaffRecord:
        return next(p for p in self.officers if p.name == name)


@pytest.fixture
def team(office: Office) -> Team:
    leaders = [
        office.staff.add(name, phone=f"1390000000{i}", roles=[DutyRole.LEADER], title="主任")
        for i, name in enumerate(["王建国", "李秀英", "陈志强"])
    ]
    officers = [
        office.staff.add(name, phone=f"1380000000{i}", unit="网评科")
        for i, name in enumerate(["张伟", "刘洋", "赵敏", "孙丽", "周杰", "吴婷", "郑浩"])
    ]
    return Team(leaders, officers)
