"""Demo briefings: the last weeks' end-of-day briefings as an office would have them.

Every past day up to the day before yesterday was drafted from its log by the
officer on duty, submitted before 17:30 and signed that evening by the leader on
duty with an instruction (批示); one was returned once for a correction first.
Yesterday's waits for the leader's signature and today's is a draft the officer on
duty started from today's log, saved but not submitted, so a newcomer logging in as
the leader has one to sign and as the officer one to finish. The rows go through the
repositories with the day's own times, like the rest of the demo, and are signed by
the same repository step as the sign service's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from dutylog.domain.briefings.briefing import BriefingRecord
from dutylog.domain.enums import BriefingKind, BriefingStatus
from dutylog.reports.briefing_draft import briefing_title, draft_briefing_html

if TYPE_CHECKING:
    from dutylog.office import Office
    from dutylog.storage.database import Store

# How many past days get a briefing (a longer demo keeps its older days without one).
DAYS = 21
INSTRUCTIONS = (
    "已阅。请继续加强网络巡查，做好交接。",
    "已阅。涉校舆情请持续跟踪，有新情况及时报告。",
    "同意处置意见。请与属地单位保持沟通，防止反弹。",
    "已阅。重大舆情务必按时限上报，不得迟报漏报。",
    "已阅。夜间值守要保持通讯畅通。",
    "请网评员做好正面引导，相关情况明日再报。",
)
RETURN_REASON = "第三项处置情况写得不够具体，请补充责任单位和办理时限后重新提交。"


@dataclass(frozen=True)
class DutyPair:
    officer_id: int
    leader_id: int


def add_demo_briefings(office: Office, store: Store, on_duty: dict[date, DutyPair], today: date) -> int:
    """Write the briefings for the days before ``today`` and today's draft; returns how many."""
    rng = random.Random(today.toordinal())
    written = 0
    days = sorted(day for day in on_duty if today - timedelta(days=DAYS) <= day < today)
    for day in days:
        pair = on_duty[day]
        record = _draft(office, store, day, pair.officer_id, _at(day, 16, 50))
        record = _submit(store, record, pair.officer_id, _at(day, 17, 5))
        if day == today - timedelta(days=1):
            written += 1
            continue
        if day == today - timedelta(days=5):
            record = _return(store, record, pair.leader_id, _at(day, 17, 40))
            record = _submit(store, record, pair.officer_id, _at(day, 18, 5))
        _sign(store, record, pair.leader_id, rng.choice(INSTRUCTIONS), _at(day, 18, 30))
        written += 1
    if today in on_duty:
        # Drafted just now from the log so far, for the officer on duty to finish and submit.
        _draft(office, store, today, on_duty[today].officer_id, office.clock())
        written += 1
    return written + _last_months_bulletin(office, store, on_duty, today)


NEXT_MONTH_FOCUS = "<p>继续做好节假日期间舆情监测和值班值守，重点关注民生诉求类舆情的跟踪处置。</p>"


def _last_months_bulletin(office: Office, store: Store, on_duty: dict[date, DutyPair], today: date) -> int:
    """The month before ``today``'s, if the demo reaches into it: its bulletin, written and signed."""
    from dutylog.reports.monthly_bulletin import EDITOR_NOTE, bulletin_html, bulletin_title
    from dutylog.reports.text import para

    first = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    days = sorted(day for day in on_duty if first <= day < today.replace(day=1))
    if not days:
        return 0
    pair = on_duty[today.replace(day=1)] if today.replace(day=1) in on_duty else on_duty[days[-1]]
    facts = office.monthly.facts(first.year, first.month)
    body = bulletin_html(facts).replace(para(EDITOR_NOTE), NEXT_MONTH_FOCUS)
    # Written and signed on the 1st; on a demo run early on the 1st, the evening before.
    day = today.replace(day=1) if office.clock() >= _at(today.replace(day=1), 15, 0) else days[-1]
    written_at = _at(day, 10, 0)
    briefing_id = store.briefings.add(
        duty_date=first,
        shift=None,
        author_id=pair.officer_id,
        title=bulletin_title(facts),
        body_html=body,
        now=written_at,
        kind=BriefingKind.MONTHLY,
    )
    record = store.briefings.get(briefing_id)
    store.briefings.add_version(record, action="drafted", actor_id=pair.officer_id, at=written_at)
    record = _submit(store, record, pair.officer_id, _at(day, 11, 0))
    _sign(store, record, pair.leader_id, "同意印发，送各位领导参阅。", _at(day, 15, 0))
    return 1


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _draft(office: Office, store: Store, day: date, officer_id: int, now: datetime) -> BriefingRecord:
    facts = office.reports.day_facts(day)
    briefing_id = store.briefings.add(
        duty_date=day,
        shift=None,
        author_id=officer_id,
        title=briefing_title(facts),
        body_html=draft_briefing_html(facts),
        now=now,
    )
    record = store.briefings.get(briefing_id)
    store.briefings.add_version(record, action="drafted", actor_id=officer_id, at=now)
    return record


def _submit(store: Store, record: BriefingRecord, officer_id: int, at: datetime) -> BriefingRecord:
    store.briefings.update(record.id, now=at, status=BriefingStatus.SUBMITTED, return_reason="")
    submitted = store.briefings.get(record.id)
    store.briefings.add_version(submitted, action="submitted", actor_id=officer_id, at=at)
    return submitted


def _return(store: Store, record: BriefingRecord, leader_id: int, at: datetime) -> BriefingRecord:
    store.briefings.update(record.id, now=at, status=BriefingStatus.RETURNED, return_reason=RETURN_REASON)
    returned = store.briefings.get(record.id)
    store.briefings.add_version(returned, action="returned", actor_id=leader_id, at=at, note=RETURN_REASON)
    return returned


def _sign(store: Store, record: BriefingRecord, leader_id: int, instruction: str, at: datetime) -> None:
    store.briefings.sign(record, signer_id=leader_id, instruction=instruction, at=at)
    signed = store.briefings.get(record.id)
    store.briefings.add_version(signed, action="signed", actor_id=leader_id, at=at, note=instruction)
