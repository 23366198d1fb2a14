"""The monthly bulletin (舆情月报): drafted from the month, edited, submitted, signed like a briefing."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dutylog.domain.briefings.signature import briefing_name, is_intact
from dutylog.domain.enums import BriefingKind, BriefingStatus
from dutylog.domain.errors import ValidationError
from dutylog.office import Office
from dutylog.reports.html_subset import to_plain_text
from tests.conftest import FakeClock
from tests.services.briefings.briefing_data import DAY, People


def test_a_bulletin_is_drafted_from_the_month_and_kept_apart_from_daily_briefings(
    office: Office, people: People, busy_day: dict[str, int]
) -> None:
    bulletin = office.briefings.draft_monthly(2026, 11)
    text = to_plain_text(bulletin.body_html)
    assert bulletin.kind is BriefingKind.MONTHLY and bulletin.duty_date == date(2026, 11, 1)
    assert bulletin.title.endswith("2026年11月网络舆情月报")
    assert "本月舆情概况" in text and "网传城东新区发生化工厂爆炸" in text and "下月工作重点" in text
    assert briefing_name(bulletin) == "2026-11 舆情月报"
    # Drafting again opens the same bulletin; the day's briefing of the 1st is another record.
    assert office.briefings.draft_monthly(2026, 11).id == bulletin.id
    assert office.briefings.find_monthly(2026, 11) == bulletin
    assert office.briefings.find(date(2026, 11, 1)) is None
    daily = office.briefings.draft(DAY, author_id=people.officer)
    listed = office.briefings.between(date(2026, 11, 1), DAY)
    assert [b.id for b in listed] == [daily.id]  # the daily list by default
    everything = office.briefings.between(date(2026, 11, 1), DAY, kind=None)
    assert {b.id for b in everything} == {daily.id, bulletin.id}


def test_a_submitted_bulletin_does_not_stand_for_the_days_briefing(
    office: Office, people: People, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 12, 1, 17, 10))  # a Tuesday, twenty minutes before the deadline
    bulletin = office.briefings.draft_monthly(2026, 12)  # dated 2026-12-01, like today's briefing
    office.briefings.submit(bulletin.id, author_id=None)
    reminder = office.briefings.reminder()
    assert reminder.due and reminder.missing == "unwritten"


def test_the_editor_fills_in_next_months_focus_then_a_leader_signs(office: Office, people: People) -> None:
    bulletin = office.briefings.draft_monthly(2026, 11)
    body = bulletin.body_html.replace("（请编辑填写下月工作重点。）", "继续做好元旦期间舆情监测。")
    edited = office.briefings.edit(bulletin.id, body_html=body, author_id=None)
    assert "继续做好元旦期间舆情监测" in to_plain_text(edited.body_html)
    office.briefings.submit(bulletin.id, author_id=None)
    returned = office.briefings.return_(bulletin.id, reviewer_id=people.leader, reason="补充报送数据")
    assert returned.status is BriefingStatus.RETURNED
    office.briefings.submit(bulletin.id, author_id=None)
    signed = office.briefings.sign(bulletin.id, reviewer_id=people.leader, instruction="同意印发。")
    assert signed.status is BriefingStatus.SIGNED and office.briefings.verify(bulletin.id)
    assert is_intact(signed)
    with pytest.raises(ValidationError, match="2026年11月舆情月报已审签锁定"):
        office.briefings.edit(bulletin.id, body_html="<p>改</p>", author_id=None)
    actions = [version.action for version in office.briefings.versions(bulletin.id)]
    assert actions == ["drafted", "edited", "submitted", "returned", "submitted", "signed"]


def test_the_kind_is_part_of_what_was_signed(office: Office, people: People) -> None:
    """A signed bulletin relabelled as a daily briefing no longer matches its hash."""
    import dataclasses

    bulletin = office.briefings.draft_monthly(2026, 11)
    office.briefings.submit(bulletin.id, author_id=None)
    signed = office.briefings.sign(bulletin.id, reviewer_id=people.leader)
    assert is_intact(signed)
    assert not is_intact(dataclasses.replace(signed, kind=BriefingKind.DAILY))


def test_redraft_rebuilds_from_the_month_and_a_future_month_is_refused(
    office: Office, people: People, busy_day: dict[str, int]
) -> None:
    bulletin = office.briefings.draft_monthly(2026, 11)
    office.briefings.edit(bulletin.id, body_html="<p>只剩一句</p>", author_id=None)
    redrafted = office.briefings.redraft(bulletin.id, author_id=None)
    assert "本月舆情概况" in to_plain_text(redrafted.body_html)
    with pytest.raises(ValidationError, match="还没有开始"):
        office.briefings.draft_monthly(2026, 12)
    with pytest.raises(ValidationError):
        office.briefings.draft_monthly(2026, 13)
    assert office.briefings.find_monthly(2026, 12) is None
