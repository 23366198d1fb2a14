"""The facts of a monthly bulletin (信息简报/舆情月报), drafted from the month's records."""

from __future__ import annotations

from dataclasses import dataclass

from dutylog.domain.briefings.reporting import PeriodStatistics
from dutylog.domain.briefings.submissions import SubmissionRecord
from dutylog.domain.matters.ledger_lines import LedgerLine


@dataclass(frozen=True)
class MonthlyFacts:
    unit_name: str
    year: int
    month: int
    statistics: PeriodStatistics
    previous_total: int  # matters of the month before, for the comparison
    major: tuple[LedgerLine, ...]  # 较大 and above, in the order found
    submissions: tuple[SubmissionRecord, ...]

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月"
