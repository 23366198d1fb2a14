"""Plans started on matters: triggers, due times, ticks, skips, stops, timeline and audit."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest

from dutylog.domain.accounts.permissions import SYSTEM_ACTOR
from dutylog.domain.enums import DutyRole, Grade, Shift, UserRole
from dutylog.domain.errors import NotFoundError, PermissionDenied, ValidationError
from dutylog.domain.matters.records import MatterInput
from dutylog.domain.plans.records import StartHow, StepStatus
from dutylog.domain.supervision.units import ContactInput
from dutylog.office import Office
from tests.conftest import FakeClock

FOUND = datetime(2026, 11, 17, 10, 0)
STEPS = ["报告带班领导@officer+30", "报送专报@officer+240"]


def _plan(office: Office, *steps: str) -> None:
    office.plans.add("网络舆情应急处置预案", list(steps or STEPS), min_grade=Grade.MAJOR)


def _officer(office: Office, name: str = "张伟") -> None:
    person = office.staff.add(name, roles=(DutyRole.OFFICER,))
    office.roster.assign(office.clock().date(), Shift.FULL, DutyRole.OFFICER, person.id)
    office.accounts.add_user(name, UserRole.OFFICER, "password 1", staff_id=person.id)


def test_a_major_matter_starts_the_plan_with_steps_due_from_its_discovery(office: Office) -> None:
    _plan(office)
    _officer(office)
    office.login("张伟", "password 1")
    ordinary = office.matters.add("一般事项", discovered_at=FOUND)
    assert office.checklists.proposals(ordinary.id) == []
    matter = office.matters.add("重大事项", grade=Grade.MAJOR, discovered_at=FOUND)
    assert [plan.name for plan in office.checklists.proposals(matter.id)] == ["网络舆情应急处置预案"]
    [started] = office.checklists.start_triggered(matter.id)
    assert started.how is StartHow.TRIGGER and started.started_by_name == "张伟"
    assert [step.due_at for step in started.steps] == [
        datetime(2026, 11, 17, 10, 30),
        datetime(2026, 11, 17, 14, 0),
    ]
    assert office.checklists.proposals(matter.id) == []  # never twice
    now = office.clock()
    assert [step.status(now) for step in started.steps] == [StepStatus.OVERDUE, StepStatus.OVERDUE]

    ticked = office.checklists.tick(matter.id, 1)
    first = ticked.steps[0]
    assert (first.stored_status, first.done_by_name, first.done_at) == (StepStatus.DONE, "张伟", now)
    with pytest.raises(ValidationError):
        office.checklists.tick(matter.id, 1)  # once
    with pytest.raises(ValidationError):
        office.checklists.tick(matter.id, 2, done=False)  # a skip needs a reason
    skipped = office.checklists.tick(matter.id, 2, done=False, reason="上级已掌握")
    assert skipped.steps[1].skip_reason == "上级已掌握"
    assert office.checklists.sentences(matter.id) == [
        "已启动《网络舆情应急处置预案》，第1步已完成，第2步已跳过"
    ]

    notes = [event.note for event in office.matters.timeline(matter.id)]
    assert any("启动预案《网络舆情应急处置预案》" in note for note in notes)
    assert any("第1步“报告带班领导”已完成（逾期完成）" in note for note in notes)
    office.act_as(SYSTEM_ACTOR)
    audited = {(record.entity, record.username) for record in office.audit.find(limit=1000)}
    assert {("plan", "system"), ("matter_plan", "张伟"), ("matter_plan_step", "张伟")} <= audited


def test_by_hand_the_limits_count_from_the_start_and_stopping_records_why(
    office: Office, clock: FakeClock
) -> None:
    office.units.add("县公安局", contact=ContactInput(name="联络员", mobile="13800000000"))
    office.plans.add("涉警舆情处置预案", ["通报公安@unit:县公安局+2wd", "研判@head+4h"])
    matter = office.matters.add("一般事项", discovered_at=FOUND)
    assert office.checklists.proposals(matter.id) == []  # by hand only
    started = office.checklists.start(matter.id, "涉警舆情处置预案")
    # Tuesday 15:30 + 2 working days = Thursday 15:30; 4 hours on the clock.
    assert [step.due_at for step in started.steps] == [
        datetime(2026, 11, 19, 15, 30),
        datetime(2026, 11, 17, 19, 30),
    ]
    assert started.steps[0].who.unit == "县公安局"
    with pytest.raises(ValidationError):
        office.checklists.start(matter.id, "涉警舆情处置预案")  # already running
    stopped = office.checklists.stop(matter.id, "事态平息")
    assert not stopped.running and stopped.stop_reason == "事态平息"
    clock.set(datetime(2026, 11, 25, 9, 0))
    assert office.checklists.overdue() == []  # a stopped plan alarms no more
    with pytest.raises(ValidationError):
        office.checklists.tick(matter.id, 1)


def test_past_records_never_start_a_plan(office: Office) -> None:
    _plan(office)
    matter = office.matters.add(
        "上周的重大事项", grade=Grade.MAJOR, discovered_at=datetime(2026, 11, 10, 9, 0)
    )
    assert office.checklists.proposals(matter.id) == []
    assert office.checklists.start_triggered(matter.id) == []


def test_a_step_for_an_unknown_unit_or_bad_limit_is_refused(office: Office) -> None:
    with pytest.raises(NotFoundError):
        office.plans.add("预案", ["通报@unit:不存在的单位+30"])
    with pytest.raises(ValidationError):
        office.plans.add("预案", ["通报@officer+soon"])
    with pytest.raises(ValidationError):
        office.plans.add("预案", [])
    _plan(office)
    with pytest.raises(ValidationError):
        _plan(office)  # the name is taken
    assert [plan.name for plan in office.plans.plans()] == ["网络舆情应急处置预案"]


def test_overdue_steps_and_who_may_tick(office: Office, clock: FakeClock) -> None:
    _plan(office)
    _officer(office)
    person = office.staff.add("路人", roles=(DutyRole.OFFICER,))
    office.accounts.add_user("路人", UserRole.OFFICER, "password 1", staff_id=person.id)
    clock.set(datetime(2026, 11, 17, 10, 5))
    matter = office.matters.add("重大事项", grade=Grade.MAJOR, discovered_at=FOUND)
    office.checklists.start_triggered(matter.id)
    assert office.checklists.overdue() == []
    clock.set(datetime(2026, 11, 17, 10, 31))
    [(plan, step)] = office.checklists.overdue()
    assert (plan.matter_number, step.position) == (matter.number, 1)
    office.login("路人", "password 1")  # not on duty
    with pytest.raises(PermissionDenied):
        office.checklists.tick(matter.id, 1)
    assert date(2026, 11, 17) == step.due_at.date()


def test_overdue_steps_remind_and_briefings_and_special_reports_say_where_the_plan_stands(
    office: Office, clock: FakeClock
) -> None:
    from dutylog.reports.briefing_draft import draft_briefing_html
    from dutylog.reports.period_reports import special_html

    _plan(office, "报告带班领导@officer+30", "研判@leader+60", "报送专报@officer+240", "发布通稿@head+300")
    clock.set(datetime(2026, 11, 17, 10, 5))
    matter = office.matters.add("重大事项", grade=Grade.MAJOR, discovered_at=FOUND)
    office.checklists.start_triggered(matter.id)
    for position in (1, 2, 3):
        office.checklists.tick(matter.id, position)
    clock.set(datetime(2026, 11, 17, 15, 30))
    [reminder] = [r for r in office.reminders.due() if r.kind == "plan_step_overdue"]
    assert reminder.urgent and "第4步“发布通稿”（办公室主任）已超过时限" in reminder.message
    sentence = "已启动《网络舆情应急处置预案》，第1-3步已完成，第4步逾期"
    assert sentence in draft_briefing_html(office.reports.day_facts(date(2026, 11, 17)))
    assert sentence in special_html(office.reports.special_report(matter.number))


def test_tags_keywords_and_a_watch_word_with_a_plan_trigger_it(office: Office) -> None:
    office.plans.add("涉校舆情处置预案", ["通报教育局@head+60"], tags=["涉校"])
    office.plans.add("化工安全预案", ["报告@officer+30"], keywords=["爆炸"])
    office.plans.add("城南预案", ["报告@officer+30"])
    office.keywords.add(["城南中学"], plan="城南预案")
    tagged = office.matters.create(MatterInput(title="某校食堂投诉", discovered_at=FOUND, tags=("涉校",)))
    worded = office.matters.add("化工厂疑似爆炸", discovered_at=FOUND)
    watched = office.matters.add("城南中学门口拥堵", discovered_at=FOUND)
    plain = office.matters.add("路灯不亮", discovered_at=FOUND)
    assert [
        [plan.name for plan in office.checklists.proposals(m.id)] for m in (tagged, worded, watched, plain)
    ] == [
        ["涉校舆情处置预案"],
        ["化工安全预案"],
        ["城南预案"],
        [],
    ]


def test_the_plans_own_document_is_kept_with_its_hash(office: Office, tmp_path: Path) -> None:
    _plan(office)
    [plan] = office.plans.plans()
    document = tmp_path / "预案.pdf"
    document.write_bytes(b"%PDF-1.4 plan")
    attached = office.plans.attach_document(plan.id, document)
    assert attached.document_name == "预案.pdf"
    assert attached.document_sha256 == hashlib.sha256(b"%PDF-1.4 plan").hexdigest()
    assert office.plans.document(plan.id) == ("预案.pdf", b"%PDF-1.4 plan")
    with pytest.raises(ValidationError):
        office.plans.attach_document(plan.id, tmp_path / "notes.txt")


def test_recording_a_matter_with_its_plans_is_one_transaction(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    _plan(office)
    data = MatterInput(title="重大事项", grade=Grade.MAJOR, discovered_at=FOUND)
    matter, [started] = office.checklists.record(data)
    assert started.matter_id == matter.id
    office.plans.add("第二预案", ["报告@officer+30"], min_grade=Grade.MAJOR)

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise ValidationError("模拟失败", code="boom")

    monkeypatch.setattr(office.checklists, "start_triggered", refuse)
    with pytest.raises(ValidationError):
        office.checklists.record(MatterInput(title="另一重大事项", grade=Grade.MAJOR, discovered_at=FOUND))
    assert [m.title for m in office.matters.open_matters()] == ["重大事项"]
