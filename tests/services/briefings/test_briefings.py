"""The briefing's life: drafted from the log, edited, submitted, returned or signed, locked."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dutylog.domain.enums import BriefingStatus, Shift
from dutylog.domain.errors import ConflictError, DutyLogError, ValidationError
from dutylog.office import Office
from dutylog.reports.html_subset import to_plain_text
from tests.conftest import FakeClock
from tests.services.briefings.briefing_data import DAY, People


def text_of(office: Office, briefing_id: int) -> str:
    return to_plain_text(office.briefings.get(briefing_id).body_html)


def test_draft_is_built_from_the_day(office: Office, people: People, busy_day: dict[str, int]) -> None:
    briefing = office.briefings.draft(DAY, author_id=people.officer)
    text = to_plain_text(briefing.body_html)
    assert briefing.status is BriefingStatus.DRAFT and briefing.title.startswith("2026年11月17日")
    assert "值班员：张伟" in text and "带班领导：王建国" in text
    # Three patrols, but the 15:00 one is outside every scheduled window: 17:30 is still to come.
    assert "今日应巡查3次，实际巡查3次，17:30巡查尚未进行，发现舆情3条，其中重大1条、较大1条、一般1条" in text
    assert "删除帖文12条" in text
    assert "重大舆情（重点关注）" in text and "【重大】网传城东新区发生化工厂爆炸" in text
    assert "<b>" in briefing.body_html  # major matters are highlighted
    assert "处置措施：删帖、发布权威信息" in text
    assert "县应急局来电询问化工厂情况" in text and "王建国批示" in text
    assert "继续关注化工厂谣言" in text
    # Drafting again returns the saved briefing rather than a second one.
    assert office.briefings.draft(DAY, author_id=people.officer).id == briefing.id


def test_open_matters_from_earlier_days_are_carried_over(office: Office, people: People) -> None:
    from dutylog.domain.enums import Grade
    from tests.services.briefings.briefing_data import add_matter, at

    add_matter(
        office, "老城区拆迁补偿争议", grade=Grade.SERIOUS, found=at(9, day=date(2026, 11, 10)), source="微博"
    )
    text = to_plain_text(office.briefings.draft(DAY, author_id=people.officer).body_html)
    carried = text.split("、持续关注事项\n")[1]
    assert "老城区拆迁补偿争议" in carried


def test_a_day_without_duty_or_entries_gives_a_printable_none_briefing(office: Office) -> None:
    briefing = office.briefings.draft(date(2026, 11, 1), author_id=None)
    text = to_plain_text(briefing.body_html)
    assert "值班员：无" in text and "今日无值班记录" in text
    assert text.count("无。") >= 4


def test_a_future_date_is_refused_and_nothing_is_saved(office: Office, people: People) -> None:
    with pytest.raises(ValidationError) as caught:
        office.briefings.draft(date(2026, 11, 18), author_id=people.officer)
    assert caught.value.code == "in_future" and "将来" in caught.value.message
    assert office.briefings.between(date(2026, 1, 1), date(2026, 12, 31)) == []


def test_edit_submit_sign_locks_and_hashes(office: Office, people: People, clock: FakeClock) -> None:
    draft = office.briefings.draft(DAY, author_id=people.officer)
    edited = office.briefings.edit(
        draft.id,
        body_html=(
            '<p style="font-size:9pt">今日平稳，<span style=" font-weight:700;">无重大舆情</span>。</p>'
        ),
        author_id=people.officer,
        expected_version=draft.version,
    )
    assert edited.body_html == "<p>今日平稳，<b>无重大舆情</b>。</p>"
    submitted = office.briefings.submit(draft.id, author_id=people.officer)
    assert submitted.status is BriefingStatus.SUBMITTED
    clock.set(datetime(2026, 11, 17, 17, 40))
    signed = office.briefings.sign(draft.id, reviewer_id=people.supervisor, instruction="已阅，请继续关注。")
    assert signed.status is BriefingStatus.SIGNED and signed.locked
    assert signed.signer_name == "李秀英" and signed.signed_at == datetime(2026, 11, 17, 17, 40)
    assert signed.instruction == "已阅，请继续关注。" and len(signed.content_sha256) == 64
    assert office.briefings.verify(draft.id)
    actions = [(v.action, v.status) for v in office.briefings.versions(draft.id)]
    assert actions == [
        ("drafted", BriefingStatus.DRAFT),
        ("edited", BriefingStatus.DRAFT),
        ("submitted", BriefingStatus.SUBMITTED),
        ("signed", BriefingStatus.SIGNED),
    ]
    assert office.briefings.versions(draft.id)[0].body_html == draft.body_html  # old text kept


def test_signed_briefing_refuses_edits_and_second_signature(office: Office, people: People) -> None:
    briefing = office.briefings.draft(DAY, author_id=people.officer)
    office.briefings.submit(briefing.id, author_id=people.officer)
    signed = office.briefings.sign(briefing.id, reviewer_id=people.supervisor)
    for attempt in (
        lambda: office.briefings.edit(briefing.id, body_html="<p>改</p>", author_id=people.officer),
        lambda: office.briefings.redraft(briefing.id, author_id=people.officer),
        lambda: office.briefings.sign(briefing.id, reviewer_id=people.leader),
        lambda: office.briefings.return_(briefing.id, reviewer_id=people.leader, reason="重写"),
        lambda: office.briefings.submit(briefing.id, author_id=people.officer),
    ):
        with pytest.raises(ValidationError):
            attempt()
    assert office.briefings.get(briefing.id) == signed
    assert len(office.briefings.versions(briefing.id)) == 3


def test_second_signature_names_the_first_signer(office: Office, people: People) -> None:
    briefing = office.briefings.draft(DAY, author_id=people.officer)
    office.briefings.submit(briefing.id, author_id=people.officer)
    office.briefings.sign(briefing.id, reviewer_id=people.supervisor)
    with pytest.raises(ValidationError) as caught:
        office.briefings.sign(briefing.id, reviewer_id=people.supervisor)
    assert caught.value.code == "already_signed" and "李秀英" in caught.value.message


def test_a_supervisor_cannot_sign_their_own_briefing(office: Office, people: People) -> None:
    briefing = office.briefings.draft(DAY, author_id=people.supervisor)
    office.briefings.submit(briefing.id, author_id=people.supervisor)
    with pytest.raises(ValidationError) as caught:
        office.briefings.sign(briefing.id, reviewer_id=people.supervisor)
    assert caught.value.code == "own_briefing"
    assert office.briefings.get(briefing.id).status is BriefingStatus.SUBMITTED


def test_only_a_leader_signs_and_only_after_submission(office: Office, people: People) -> None:
    briefing = office.briefings.draft(DAY, author_id=people.officer)
    with pytest.raises(ValidationError) as caught:
        office.briefings.sign(briefing.id, reviewer_id=people.supervisor)
    assert caught.value.code == "not_submitted"
    office.briefings.submit(briefing.id, author_id=people.officer)
    with pytest.raises(ValidationError) as caught:
        office.briefings.sign(briefing.id, reviewer_id=people.officer)
    assert caught.value.code == "not_leader"
    with pytest.raises(ValidationError):
        office.briefings.edit(briefing.id, body_html="<p>改</p>", author_id=people.officer)


def test_returned_briefing_is_edited_and_resubmitted(office: Office, people: People) -> None:
    briefing = office.briefings.draft(DAY, author_id=people.officer)
    office.briefings.submit(briefing.id, author_id=people.officer)
    with pytest.raises(ValidationError):
        office.briefings.return_(briefing.id, reviewer_id=people.supervisor, reason="  ")
    returned = office.briefings.return_(briefing.id, reviewer_id=people.supervisor, reason="请补充巡查来源")
    assert returned.status is BriefingStatus.RETURNED and returned.return_reason == "请补充巡查来源"
    office.briefings.edit(briefing.id, body_html="<p>补充后的汇报</p>", author_id=people.officer)
    again = office.briefings.submit(briefing.id, author_id=people.officer)
    assert again.status is BriefingStatus.SUBMITTED and again.return_reason == ""
    notes = [v.note for v in office.briefings.versions(briefing.id) if v.action == "returned"]
    assert notes == ["请补充巡查来源"]


def test_stale_edit_is_refused(office: Office, people: People) -> None:
    briefing = office.briefings.draft(DAY, author_id=people.officer)
    office.briefings.edit(briefing.id, body_html="<p>一</p>", author_id=people.officer)
    with pytest.raises(ConflictError):
        office.briefings.edit(
            briefing.id, body_html="<p>二</p>", author_id=people.officer, expected_version=briefing.version
        )
    assert text_of(office, briefing.id) == "一"


def test_tampering_with_a_signed_briefing_is_detected(office: Office, people: People) -> None:
    from dutylog.storage.models import Briefing

    briefing = office.briefings.draft(DAY, author_id=people.officer)
    office.briefings.submit(briefing.id, author_id=people.officer)
    office.briefings.sign(briefing.id, reviewer_id=people.supervisor)
    with office.db.transaction() as store:
        row = store.session.get(Briefing, briefing.id)
        assert row is not None
        row.body_html = "<p>篡改</p>"
    assert not office.briefings.verify(briefing.id)


def test_shift_briefings_are_separate(office: Office, people: People, busy_day: dict[str, int]) -> None:
    day = office.briefings.draft(DAY, Shift.DAY, author_id=people.officer)
    whole = office.briefings.draft(DAY, author_id=people.officer)
    assert day.id != whole.id and "白班" in day.title


def test_reminder_before_the_end_of_the_working_day(office: Office, people: People, clock: FakeClock) -> None:
    assert not office.briefings.reminder().due  # 15:30
    clock.set(datetime(2026, 11, 17, 17, 5))
    reminder = office.briefings.reminder()
    assert reminder.due and "17:30" in reminder.message
    briefing = office.briefings.draft(DAY, author_id=people.officer)
    assert office.briefings.reminder().due
    office.briefings.submit(briefing.id, author_id=people.officer)
    assert not office.briefings.reminder().due
    office.briefings.set_reminder("18:00", 30)
    clock.set(datetime(2026, 11, 18, 17, 20))
    assert not office.briefings.reminder().due
    clock.set(datetime(2026, 11, 18, 17, 31))
    assert office.briefings.reminder().due
    with pytest.raises(DutyLogError):
        office.briefings.set_reminder("25:00")


def test_todays_draft_writes_itself_for_the_officer_on_duty(
    office: Office, people: People, busy_day: dict[str, int]
) -> None:
    briefing = office.briefings.ensure_today_draft()
    assert briefing.duty_date == DAY and briefing.author_id == people.officer
    assert "实际巡查3次" in to_plain_text(briefing.body_html)
    assert office.briefings.ensure_today_draft().id == briefing.id


def test_patrols_list_their_sources_and_result(office: Office, people: People) -> None:
    from dutylog.domain.enums import EntryKind
    from dutylog.domain.log.records import NewLogEntry
    from tests.services.briefings.briefing_data import at

    office.log.add_entry(
        NewLogEntry(
            EntryKind.PATROL,
            "早间巡查",
            at(9),
            people.officer,
            details={"sources": ["新浪微博", "抖音"], "result": "none"},
        )
    )
    text = to_plain_text(office.briefings.draft(DAY, author_id=people.officer).body_html)
    assert "09:00 | 新浪微博、抖音；未发现负面舆情 | 张伟" in text
