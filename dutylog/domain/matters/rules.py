"""Rules for matters: URLs, the order of times, the status workflow and what each step needs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import ValidationError
from dutylog.domain.validation import check_order, clean_text

# Handling measures (处置措施) offered by default; the list is editable in settings.
DEFAULT_MEASURES = (
    "跟帖引导",
    "发布权威信息",
    "冷处理",
    "删帖",
    "举报",
    "情况说明",
    "转交办",
    "新闻发布",
)
DELETE_MEASURE = "删帖"
DEFAULT_TAGS = ("失实报道", "不良言论", "错误信息", "违法图片", "谣言", "人身攻击")
SENTIMENTS = {"negative": "负面", "neutral": "中性", "positive": "正面"}


def check_url(url: str) -> str:
    """An empty URL is allowed; otherwise it must be an absolute http(s) address with a host."""
    text = url.strip()
    if not text:
        return ""
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not host or " " in text:
        raise ValidationError(
            f"网址格式不正确（应以 http:// 或 https:// 开头）：{text[:80]}", code="bad_url", field="url"
        )
    return text


def check_times(published_at: datetime | None, discovered_at: datetime, reported_at: datetime | None) -> None:
    """publish ≤ discovery ≤ reported."""
    check_order(
        published_at, discovered_at, field="published_at", earlier_label="发布时间", later_label="发现时间"
    )
    check_order(
        discovered_at, reported_at, field="reported_at", earlier_label="发现时间", later_label="上报时间"
    )


def next_statuses(current: MatterStatus) -> tuple[MatterStatus, ...]:
    """Steps a matter may take from ``current``: the next one, and 处置 → 办结 without follow-up."""
    if current is MatterStatus.CLOSED:
        return ()
    steps = list(MatterStatus)
    following: tuple[MatterStatus, ...] = (steps[current.step + 1],)
    if current is MatterStatus.HANDLING:
        following += (MatterStatus.CLOSED,)
    return following


@dataclass(frozen=True)
class MatterFacts:
    """The fields the workflow rules look at."""

    grade: Grade
    summary: str = ""
    reported_at: datetime | None = None
    unit_id: int | None = None
    measures: Iterable[str] = field(default_factory=tuple)
    outcome: str = ""
    follow_up_until: date | None = None


def check_required(status: MatterStatus, facts: MatterFacts) -> None:
    """Fields a matter must have to stand at ``status`` (each step keeps the earlier ones' needs)."""
    step = status.step
    if step >= MatterStatus.VERIFIED.step and not facts.summary.strip():
        raise ValidationError("核实后须填写摘要（事件概要）。", code="required", field="summary")
    if step >= MatterStatus.REPORTED.step and facts.reported_at is None:
        raise ValidationError("报送时须填写上报时间。", code="required", field="reported_at")
    if step >= MatterStatus.HANDLING.step and not list(facts.measures):
        raise ValidationError("处置时须至少选择一项处置措施。", code="required", field="measures")
    if status is MatterStatus.FOLLOW_UP and facts.follow_up_until is None:
        raise ValidationError("跟踪时须填写跟踪截止日期。", code="required", field="follow_up_until")
    if status is MatterStatus.CLOSED and not facts.outcome.strip():
        raise ValidationError("办结时须填写处置结果。", code="required", field="outcome")


def check_transition(current: MatterStatus, target: MatterStatus) -> None:
    if target not in next_statuses(current):
        allowed = "、".join(s.zh for s in next_statuses(current)) or "无（已办结）"
        raise ValidationError(
            f"不能从“{current.zh}”直接转到“{target.zh}”，可转到：{allowed}。",
            code="bad_transition",
            field="status",
        )


def clean_tags(
    values: Iterable[str], *, field_name: str = "tags", label: str = "分类标签"
) -> tuple[str, ...]:
    """Trimmed, de-duplicated, order kept; each at most 50 characters."""
    seen: list[str] = []
    for value in values:
        text = value.strip()
        if not text:
            continue
        if len(text) > 50:
            raise ValidationError(f"{label}过长：{text[:20]}…", code="too_long", field=field_name)
        # A label like any other single line: no bidi controls, zero-width characters removed.
        text = clean_text(text, field=field_name, label=label, max_length=50, required=False, multiline=False)
        if text and text not in seen:
            seen.append(text)
    return tuple(seen)
