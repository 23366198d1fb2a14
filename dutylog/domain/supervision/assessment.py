"""The information-submission assessment (信息报送考核): quotas per unit and period, points.

Offices score each unit's upward information: points for every item submitted, more for
an item a higher body adopted (采用) and more again for one a leader instructed on
(批示); the units' quotas (任务数) for a month, quarter or year say whether they did
their share. The scheme is a setting; these defaults are the common ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dutylog.domain.enums import LabelledEnum, _label
from dutylog.domain.errors import ValidationError

SCHEME_KEY = "submission_score_scheme"
QUOTA_MAX = 10_000


class PeriodKind(LabelledEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_label(PeriodKind, {"month": ("月度", "Month"), "quarter": ("季度", "Quarter"), "year": ("年度", "Year")})


def period_bounds(kind: PeriodKind, starts_on: date) -> tuple[date, date]:
    """First and last day of the period starting ``starts_on`` (which must begin one)."""
    months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[kind]
    starts = starts_on.day == 1 and (
        kind is PeriodKind.MONTH
        or (kind is PeriodKind.QUARTER and starts_on.month in (1, 4, 7, 10))
        or (kind is PeriodKind.YEAR and starts_on.month == 1)
    )
    if not starts:
        raise ValidationError(
            f"{starts_on:%Y-%m-%d} 不是{kind.zh}考核期的第一天。", code="bad_period", field="starts_on"
        )
    month = starts_on.month - 1 + months
    following = date(starts_on.year + month // 12, month % 12 + 1, 1)
    return starts_on, following - timedelta(days=1)


@dataclass(frozen=True)
class ScoreScheme:
    submitted: float = 1.0
    adopted: float = 3.0
    instructed: float = 5.0

    def to_setting(self) -> dict[str, float]:
        return {"submitted": self.submitted, "adopted": self.adopted, "instructed": self.instructed}

    @classmethod
    def from_setting(cls, value: Any) -> ScoreScheme:
        default = cls()
        if not isinstance(value, dict):
            return default

        def points(key: str, fallback: float) -> float:
            given = value.get(key)
            if isinstance(given, int | float) and not isinstance(given, bool) and 0 <= given <= 1000:
                return float(given)
            return fallback

        return cls(
            points("submitted", default.submitted),
            points("adopted", default.adopted),
            points("instructed", default.instructed),
        )

    def check(self) -> ScoreScheme:
        for value in (self.submitted, self.adopted, self.instructed):
            if not 0 <= value <= 1000:
                raise ValidationError("每项分值应在 0 到 1000 之间。", code="bad_points", field="scheme")
        return self


@dataclass(frozen=True)
class SubmissionFact:
    unit_name: str
    adopted: bool
    instructed: bool


@dataclass(frozen=True)
class AssessmentRow:
    unit: str
    quota: int | None
    submitted: int
    adopted: int
    instructed: int
    score: float

    @property
    def quota_met(self) -> bool | None:
        return None if self.quota is None else self.submitted >= self.quota

    @property
    def completion(self) -> float | None:
        """Share of the quota submitted (1.0 = met); None without a quota."""
        if not self.quota:
            return None
        return round(self.submitted / self.quota, 4)


def assess(
    facts: Iterable[SubmissionFact], quotas: dict[str, int], scheme: ScoreScheme, units: Iterable[str]
) -> list[AssessmentRow]:
    """One row per unit that has a quota or submitted anything, best score first."""
    counts: dict[str, list[int]] = {}
    for fact in facts:
        tally = counts.setdefault(fact.unit_name, [0, 0, 0])
        tally[0] += 1
        tally[1] += fact.adopted
        tally[2] += fact.instructed
    names = [name for name in units if name in counts or name in quotas]
    names += sorted(name for name in counts if name not in names)
    rows = []
    for name in names:
        submitted, adopted, instructed = counts.get(name, [0, 0, 0])
        score = submitted * scheme.submitted + adopted * scheme.adopted + instructed * scheme.instructed
        rows.append(AssessmentRow(name, quotas.get(name), submitted, adopted, instructed, round(score, 2)))
    return sorted(rows, key=lambda row: (-row.score, row.unit))
