from __future__ import annotations

from datetime import date, datetime

import pytest

from dutylog.domain.supervision.units import ContactInput, ContactRole, UnitKind
from dutylog.office import Office
from tests.conftest import FakeClock


@pytest.fixture
def supervised(staffed_office: Office, clock: FakeClock) -> Office:
    """Today is 2026-11-17 (Tuesday): one assignment overdue, one due today, one waiting review."""
    office = staffed_office
    office.units.add(
        "县住建局",
        short_name="住建局",
        contact=ContactInput(
            name="张三", post="办公室主任", office_phone="0771-1234567", mobile="13800000000"
        ),
    )
    office.units.add(
        "城关镇",
        kind=UnitKind.TOWNSHIP,
        contact=ContactInput(name="李四", role=ContactRole.LEADER, post="副镇长", mobile="13900000009"),
    )
    office.units.add("县市场监管局")
    now = clock()
    clock.set(datetime(2026, 11, 9, 10, 0))  # typed in on the day, so its deadline reminds
    late = office.matters.add("某小区物业纠纷", discovered_at=datetime(2026, 11, 9, 9, 0))
    office.assignments.assign(late.id, "县住建局", due_on=date(2026, 11, 13), instruction="请迅速核实处置")
    clock.set(now)
    today = office.matters.add("道路积水", discovered_at=datetime(2026, 11, 16, 9, 0))
    office.assignments.assign(today.id, "城关镇", due_on=date(2026, 11, 17))
    replied = office.matters.add("菜市场短斤少两", discovered_at=datetime(2026, 11, 16, 10, 0))
    record = office.assignments.assign(replied.id, "县市场监管局", workdays=5)
    office.assignments.reply(record.id, "已约谈商户并处罚。")
    return office
