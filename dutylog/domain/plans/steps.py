"""A plan step's time limit and who carries it out, as typed: ``TEXT@WHO+LIMIT``.

Limits are minutes (``30``), hours (``4h``) or working days (``2wd``). Minutes and hours
run on the clock; working days on the office calendar (法定节假日 and 调休), counted from
the day after the start and due at the same time of day, as units' time limits are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dutylog.domain.enums import Grade, LabelledEnum, _label
from dutylog.domain.errors import ValidationError
from dutylog.domain.supervision.workdays import MAX_WORKDAYS

# A week on the clock is the longest limit that is not better given in working days.
MAX_MINUTES = 7 * 24 * 60
STEP_TEXT_MAX = 500
UNIT_NAME_MAX = 100
_LIMIT = re.compile(r"^\s*(\d{1,6})\s*(|m|min|h|wd)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class StepLimit:
    """A limit of ``minutes`` on the clock or ``workdays`` on the office calendar (one of them)."""

    minutes: int | None = None
    workdays: int | None = None

    @property
    def text(self) -> str:
        """The canonical spelling: ``30``, ``4h`` or ``2wd``."""
        if self.workdays is not None:
            return f"{self.workdays}wd"
        minutes = self.minutes or 0
        return f"{minutes // 60}h" if minutes and minutes % 60 == 0 else str(minutes)

    @property
    def zh(self) -> str:
        if self.workdays is not None:
            return f"{self.workdays}个工作日"
        minutes = self.minutes or 0
        if minutes and minutes % 60 == 0:
            return f"{minutes // 60}小时"
        return f"{minutes}分钟"

    def label(self, lang: str = "zh") -> str:
        if not lang.startswith("en"):
            return self.zh
        if self.workdays is not None:
            return f"{self.workdays} working day{'s' if self.workdays > 1 else ''}"
        minutes = self.minutes or 0
        return f"{minutes // 60} h" if minutes and minutes % 60 == 0 else f"{minutes} min"

    def due(self, start: datetime, add_workdays: Callable[[date, int], date]) -> datetime:
        """When a step started at ``start`` is due; ``add_workdays`` counts on the office calendar."""
        if self.workdays is not None:
            return datetime.combine(add_workdays(start.date(), self.workdays), start.time())
        return start + timedelta(minutes=self.minutes or 0)


def parse_limit(text: str) -> StepLimit:
    """``30`` (minutes), ``4h`` (hours) or ``2wd`` (working days); anything else is a ValidationError."""
    match = _LIMIT.match(text or "")
    if match is None:
        raise ValidationError(
            f"时限“{text}”无法识别：请写分钟数（如 30）、小时（如 4h）或工作日（如 2wd）。",
            code="bad_limit",
            field="limit",
        )
    number, unit = int(match.group(1)), match.group(2).lower()
    if unit == "wd":
        if not 1 <= number <= MAX_WORKDAYS:
            raise ValidationError(
                f"工作日时限须在 1 到 {MAX_WORKDAYS} 之间。", code="bad_limit", field="limit"
            )
        return StepLimit(workdays=number)
    minutes = number * 60 if unit == "h" else number
    if not 1 <= minutes <= MAX_MINUTES:
        raise ValidationError(
            f"时限须在 1 分钟到 {MAX_MINUTES // 60} 小时之间；更长的请按工作日写（如 2wd）。",
            code="bad_limit",
            field="limit",
        )
    return StepLimit(minutes=minutes)


def parse_grade(text: str | None) -> Grade | None:
    if not text or not text.strip():
        return None
    try:
        return Grade.parse(text)
    except ValueError:
        raise ValidationError(
            f"等级“{text}”无法识别：一般、较大、重大或特大。", code="bad_grade", field="grade"
        ) from None


class WhoKind(LabelledEnum):
    OFFICER = "officer"
    LEADER = "leader"
    HEAD = "head"
    UNIT = "unit"


_label(
    WhoKind,
    {
        "officer": ("值班员", "Officer on duty"),
        "leader": ("带班领导", "Leader on duty"),
        "head": ("办公室主任", "Office head"),
        "unit": ("单位", "Unit"),
    },
)


@dataclass(frozen=True)
class StepWho:
    kind: WhoKind
    unit: str = ""

    @property
    def text(self) -> str:
        return f"unit:{self.unit}" if self.kind is WhoKind.UNIT else self.kind.value

    @property
    def zh(self) -> str:
        return self.unit if self.kind is WhoKind.UNIT else self.kind.zh

    def label(self, lang: str = "zh") -> str:
        return self.unit if self.kind is WhoKind.UNIT else self.kind.label(lang)


def parse_who(text: str) -> StepWho:
    """officer, leader, head (codes or Chinese labels) or ``unit:NAME``."""
    raw = (text or "").strip()
    if raw.lower().startswith("unit:") or raw.startswith("单位:") or raw.startswith("单位："):
        name = raw.split(":", 1)[-1].split("：", 1)[-1].strip()
        if not name or len(name) > UNIT_NAME_MAX:
            raise ValidationError("请写明单位名称，如 unit:县公安局。", code="bad_who", field="who")
        return StepWho(WhoKind.UNIT, name)
    try:
        kind = WhoKind.parse(raw)
    except ValueError:
        raise ValidationError(
            f"责任人“{text}”无法识别：请写 officer、leader、head 或 unit:单位名称。",
            code="bad_who",
            field="who",
        ) from None
    if kind is WhoKind.UNIT:
        raise ValidationError("请写明单位名称，如 unit:县公安局。", code="bad_who", field="who")
    return StepWho(kind)


class Produces(LabelledEnum):
    NOTHING = ""
    SPECIAL_REPORT = "special_report"
    PRESS_STATEMENT = "press_statement"
    MEETING_RECORD = "meeting_record"


_label(
    Produces,
    {
        "": ("无", "Nothing"),
        "special_report": ("专报", "Special report"),
        "press_statement": ("新闻通稿", "Press statement draft"),
        "meeting_record": ("会议纪要", "Meeting record"),
    },
)


@dataclass(frozen=True)
class StepSpec:
    """A step of a plan as an administrator gives it."""

    text: str
    who: StepWho
    limit: StepLimit
    produces: Produces = Produces.NOTHING

    @property
    def spec(self) -> str:
        """The ``TEXT@WHO+LIMIT`` form the command line takes."""
        return f"{self.text}@{self.who.text}+{self.limit.text}"


def make_step(text: str, who: str, limit: str, produces: str = "") -> StepSpec:
    clean = " ".join((text or "").split())
    if not clean:
        raise ValidationError("步骤内容不能为空。", code="required", field="step")
    if len(clean) > STEP_TEXT_MAX:
        raise ValidationError(f"步骤内容最多 {STEP_TEXT_MAX} 个字。", code="too_long", field="step")
    try:
        made = Produces.parse(produces) if produces.strip() else Produces.NOTHING
    except ValueError:
        raise ValidationError(
            f"产出文书“{produces}”无法识别：专报、新闻通稿或会议纪要。", code="bad_produces", field="produces"
        ) from None
    return StepSpec(clean, parse_who(who), parse_limit(limit), made)


def parse_step(spec: str) -> StepSpec:
    """``TEXT@WHO+LIMIT`` as on the command line, e.g. ``报告带班领导@officer+30``."""
    text, at, rest = (spec or "").rpartition("@")
    who, plus, limit = rest.rpartition("+")
    if not at or not plus:
        raise ValidationError(
            f"步骤“{spec}”格式应为 内容@责任人+时限，如 报告带班领导@officer+30。",
            code="bad_step",
            field="step",
        )
    return make_step(text, who, limit)
