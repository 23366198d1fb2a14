"""Rules of the end-of-day briefing (当日汇报): its life cycle, its content hash, the reminder.

Pure functions and value types; the service applies them inside a transaction.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import BriefingKind, BriefingStatus, Shift
from dutylog.domain.errors import ValidationError

DEFAULT_BRIEFING_DEADLINE = time(17, 30)
DEFAULT_REMINDER_LEAD = timedelta(minutes=30)

# Statuses in which the author may still change the text.
EDITABLE = frozenset({BriefingStatus.DRAFT, BriefingStatus.RETURNED})


@dataclass(frozen=True)
class BriefingRecord:
    id: int
    duty_date: date
    shift: Shift | None
    status: BriefingStatus
    title: str
    body_html: str
    author_id: int | None
    author_name: str
    instruction: str
    return_reason: str
    signed_by: int | None
    signer_name: str
    signed_at: datetime | None
    content_sha256: str
    created_at: datetime
    updated_at: datetime
    version: int
    kind: BriefingKind = BriefingKind.DAILY

    @property
    def locked(self) -> bool:
        return self.status is BriefingStatus.SIGNED

    @property
    def shift_label(self) -> str:
        return self.shift.zh if self.shift is not None else "全天"

    @property
    def monthly(self) -> bool:
        return self.kind is BriefingKind.MONTHLY

    @property
    def label(self) -> str:
        """How messages name it: "2026年11月20日的汇报" or "2026年11月舆情月报"."""
        if self.monthly:
            return f"{self.duty_date:%Y年%m月}舆情月报"
        return f"{self.duty_date:%Y年%m月%d日}的汇报"


@dataclass(frozen=True)
class BriefingVersionRecord:
    """One saved state of a briefing: every draft, edit, submission, return and signature."""

    id: int
    briefing_id: int
    version: int
    action: str
    status: BriefingStatus
    actor_id: int | None
    actor_name: str
    at: datetime
    title: str
    body_html: str
    note: str
    content_sha256: str


def content_hash(
    *,
    duty_date: date,
    shift: Shift | None,
    title: str,
    body_html: str,
    instruction: str = "",
    signed_by: int | None = None,
    signed_at: datetime | None = None,
    kind: BriefingKind = BriefingKind.DAILY,
) -> str:
    """SHA-256 over a canonical JSON of what the signer approved.

    The kind is hashed only when it is not the daily briefing, so that hashes signed
    before monthly bulletins existed still match.
    """
    approved: dict[str, object] = {
        "duty_date": duty_date.isoformat(),
        "shift": shift.value if shift is not None else None,
        "title": title,
        "body_html": body_html,
        "instruction": instruction,
        "signed_by": signed_by,
        "signed_at": signed_at.isoformat() if signed_at is not None else None,
    }
    if kind is not BriefingKind.DAILY:
        approved["kind"] = kind.value
    canonical = json.dumps(
        approved,
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def write_permission(briefing: BriefingRecord) -> Permission:
    """What writing ``briefing`` needs: the day's briefing is the shift's, the bulletin the office's."""
    return Permission.BULLETIN_WRITE if briefing.monthly else Permission.BRIEFING_WRITE


def check_editable(briefing: BriefingRecord) -> None:
    if briefing.status is BriefingStatus.SIGNED:
        raise ValidationError(f"{briefing.label}已审签锁定，不能修改。", code="locked", field="body_html")
    if briefing.status not in EDITABLE:
        raise ValidationError(
            "汇报已提交，等待审签；如需修改请由审签领导退回。", code="not_editable", field="body_html"
        )


def check_can_submit(briefing: BriefingRecord) -> None:
    if briefing.status is BriefingStatus.SUBMITTED:
        raise ValidationError("该汇报已提交，请勿重复提交。", code="already_submitted")
    check_editable(briefing)


def check_can_review(briefing: BriefingRecord, reviewer_id: int) -> None:
    """Only a submitted briefing can be returned or signed, and never by its author."""
    if briefing.status is BriefingStatus.SIGNED:
        stamp = f"{briefing.signed_at:%Y-%m-%d %H:%M}" if briefing.signed_at else ""
        raise ValidationError(
            f"该汇报已于 {stamp} 由{briefing.signer_name}审签，不能重复审签。", code="already_signed"
        )
    if briefing.status is not BriefingStatus.SUBMITTED:
        raise ValidationError(
            f"汇报当前为“{briefing.status.zh}”状态，提交后才能审签或退回。", code="not_submitted"
        )
    if briefing.author_id is not None and briefing.author_id == reviewer_id:
        raise ValidationError("不能审签或退回自己撰写的汇报。", code="own_briefing", field="signer_id")


@dataclass(frozen=True)
class Reminder:
    due: bool
    deadline: datetime
    message: str = ""
    # What is missing ("unwritten", "unsubmitted", "returned") and whether the deadline passed,
    # for a UI that words the message itself.
    missing: str = ""
    late: bool = False


def briefing_reminder(
    now: datetime,
    *,
    duty_date: date,
    status: BriefingStatus | None,
    workday: bool = True,
    deadline: time = DEFAULT_BRIEFING_DEADLINE,
    lead: timedelta = DEFAULT_REMINDER_LEAD,
) -> Reminder:
    """Is a reminder due for ``duty_date``'s briefing at ``now``?

    Due on a workday from ``lead`` before the deadline until midnight, as long as the
    briefing has not been submitted (or signed). A returned briefing needs work again.
    """
    end = datetime.combine(duty_date, deadline)
    done = status in (BriefingStatus.SUBMITTED, BriefingStatus.SIGNED)
    in_window = end - lead <= now < datetime.combine(duty_date + timedelta(days=1), time(0, 0))
    if done or not workday or not in_window:
        return Reminder(False, end)
    if status is BriefingStatus.RETURNED:
        missing, what = "returned", "今日汇报已被退回，请修改后重新提交"
    elif status is None:
        missing, what = "unwritten", "今日汇报尚未撰写"
    else:
        missing, what = "unsubmitted", "今日汇报尚未提交"
    if now >= end:
        return Reminder(True, end, f"{what}，已过 {deadline:%H:%M} 下班时间。", missing, late=True)
    return Reminder(True, end, f"{what}，请在 {deadline:%H:%M} 前提交。", missing)


def parse_clock(text: str, *, field: str, label: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{label}格式应为 HH:MM：{text}", code="bad_time", field=field) from None
