"""Plans, started checklists, keywords and drills as the services hand them out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from dutylog.domain.enums import Grade, LabelledEnum, _label
from dutylog.domain.plans.steps import Produces, StepLimit, StepSpec, StepWho, parse_limit, parse_who

PLAN_NAME_MAX = 100
KEYWORD_MAX = 100
CATEGORY_MAX = 50
REASON_MAX = 500


class StepStatus(LabelledEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"
    # Never stored: an open step past its due time.
    OVERDUE = "overdue"


_label(
    StepStatus,
    {
        "open": ("待办", "Open"),
        "done": ("已完成", "Done"),
        "skipped": ("已跳过", "Skipped"),
        "overdue": ("逾期", "Overdue"),
    },
)


class StartHow(LabelledEnum):
    TRIGGER = "trigger"
    HAND = "hand"


_label(StartHow, {"trigger": ("自动触发", "Triggered"), "hand": ("手动启动", "Started by hand")})


class DrillKind(LabelledEnum):
    DRILL = "drill"
    TRAINING = "training"


_label(DrillKind, {"drill": ("演练", "Drill"), "training": ("培训", "Training")})


@dataclass(frozen=True)
class PlanTrigger:
    """When a plan starts with a matter: grade at or above, a tag, a keyword (any of them)."""

    min_grade: Grade | None = None
    tags: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @property
    def by_hand_only(self) -> bool:
        return self.min_grade is None and not self.tags and not self.keywords

    def matches(self, grade: Grade, tags: Iterable[str], keywords: Iterable[str]) -> bool:
        if self.min_grade is not None and grade.rank >= self.min_grade.rank:
            return True
        if set(self.tags) & set(tags):
            return True
        return bool(set(self.keywords) & set(keywords))

    @property
    def zh(self) -> str:
        parts = []
        if self.min_grade is not None:
            parts.append(f"{self.min_grade.zh}及以上")
        if self.tags:
            parts.append("标签：" + "、".join(self.tags))
        if self.keywords:
            parts.append("关键词：" + "、".join(self.keywords))
        return "；".join(parts) or "手动启动"

    def label(self, lang: str = "zh") -> str:
        if not lang.startswith("en"):
            return self.zh
        parts = []
        if self.min_grade is not None:
            parts.append(f"{self.min_grade.en} or above")
        if self.tags:
            parts.append("tags: " + ", ".join(self.tags))
        if self.keywords:
            parts.append("keywords: " + ", ".join(self.keywords))
        return "; ".join(parts) or "by hand"


@dataclass(frozen=True)
class PlanStepRecord:
    position: int
    text: str
    who: StepWho
    limit: StepLimit
    produces: Produces = Produces.NOTHING

    @property
    def spec(self) -> StepSpec:
        return StepSpec(self.text, self.who, self.limit, self.produces)


@dataclass(frozen=True)
class PlanRecord:
    id: int
    name: str
    trigger: PlanTrigger
    steps: tuple[PlanStepRecord, ...]
    document_name: str = ""
    document_sha256: str = ""
    note: str = ""
    active: bool = True
    version: int = 1


@dataclass(frozen=True)
class ChecklistStep:
    """A step of a plan started on a matter."""

    id: int
    position: int
    text: str
    who: StepWho
    limit: StepLimit
    produces: Produces
    due_at: datetime
    stored_status: StepStatus
    done_at: datetime | None = None
    done_by_name: str = ""
    skip_reason: str = ""
    version: int = 1

    def status(self, now: datetime) -> StepStatus:
        if self.stored_status is StepStatus.OPEN and now > self.due_at:
            return StepStatus.OVERDUE
        return self.stored_status


@dataclass(frozen=True)
class MatterPlanRecord:
    id: int
    matter_id: int
    matter_number: str
    plan_id: int
    plan_name: str
    how: StartHow
    counted_from: datetime
    started_at: datetime
    started_by_name: str
    steps: tuple[ChecklistStep, ...]
    stopped_at: datetime | None = None
    stopped_by_name: str = ""
    stop_reason: str = ""
    version: int = 1

    @property
    def running(self) -> bool:
        return self.stopped_at is None

    def overdue(self, now: datetime) -> list[ChecklistStep]:
        if not self.running:
            return []
        return [step for step in self.steps if step.status(now) is StepStatus.OVERDUE]

    def step(self, position: int) -> ChecklistStep | None:
        return next((step for step in self.steps if step.position == position), None)


def _ranges(positions: list[int]) -> str:
    """1,2,3,5 -> 1-3、5"""
    runs: list[list[int]] = []
    for number in sorted(positions):
        if runs and runs[-1][1] == number - 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return "、".join(f"{a}" if a == b else f"{a}-{b}" for a, b in runs)


def progress_sentence(plan: MatterPlanRecord, now: datetime) -> str:
    """ "已启动《……预案》，第1-3步已完成，第4步逾期" for briefings and special reports."""
    head = f"已启动《{plan.plan_name}》"
    if not plan.running:
        head += f"（已于{plan.stopped_at:%m月%d日%H:%M}终止：{plan.stop_reason}）"
    groups: dict[StepStatus, list[int]] = {}
    for step in plan.steps:
        groups.setdefault(step.status(now), []).append(step.position)
    parts = [head]
    for status, label in (
        (StepStatus.DONE, "已完成"),
        (StepStatus.SKIPPED, "已跳过"),
        (StepStatus.OVERDUE, "逾期"),
        (StepStatus.OPEN, "正在办理"),
    ):
        if status in groups and (plan.running or status is not StepStatus.OPEN):
            parts.append(f"第{_ranges(groups[status])}步{label}")
    return "，".join(parts)


@dataclass(frozen=True)
class KeywordRecord:
    id: int
    word: str
    category: str = ""
    plan_name: str = ""
    active: bool = True
    matter_count: int = 0
    retired_at: datetime | None = None


@dataclass(frozen=True)
class DrillRecord:
    id: int
    kind: DrillKind
    held_on: date
    plan_name: str
    scenario: str
    findings: str
    improvements: str
    people: tuple[str, ...]


@dataclass(frozen=True)
class DrillFigures:
    """The year's drills and training: "组织演练2次、培训3次、参训45人次"."""

    drills: int
    trainings: int
    attendances: int

    @property
    def sentence(self) -> str:
        return f"组织演练{self.drills}次、培训{self.trainings}次、参训{self.attendances}人次"


def step_from_row(position: int, text: str, who: str, limit: str, produces: str) -> PlanStepRecord:
    """A stored step back as values (the row keeps the canonical spellings)."""
    return PlanStepRecord(position, text, parse_who(who), parse_limit(limit), Produces(produces))
