"""The facts of a monthly bulletin (信息简报/舆情月报), drafted from the month's records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dutylog.domain.briefings.reporting import PeriodStatistics
from dutylog.domain.briefings.submissions import SubmissionRecord
from dutylog.domain.enums import BriefingStatus
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


# Last month's bulletin is reminded of in the first days of a month and due by the 5th:
# offices send it to their leaders in the first week.
BULLETIN_DUE_DAY = 5
BULLETIN_REMINDED_UNTIL_DAY = 15


def last_month(today: date) -> tuple[int, int]:
    """(year, month) of the month before ``today``'s."""
    previous = today.replace(day=1) - timedelta(days=1)
    return previous.year, previous.month


@dataclass(frozen=True)
class BulletinReminder:
    """Whether last month's bulletin needs someone, and who: its writers or its signer."""

    year: int
    month: int
    missing: str  # "unwritten", "unsubmitted", "returned" (the writers); "unsigned" (a leader)
    late: bool  # past BULLETIN_DUE_DAY
    due: date

    @property
    def for_signer(self) -> bool:
        return self.missing == "unsigned"


def bulletin_reminder(today: date, status: BriefingStatus | None) -> BulletinReminder | None:
    """The reminder for last month's bulletin on ``today``, or None (signed, or too late to nag).

    From the 1st to the 15th of a month: a bulletin not yet written, submitted or signed.
    """
    if today.day > BULLETIN_REMINDED_UNTIL_DAY or status is BriefingStatus.SIGNED:
        return None
    missing = {
        None: "unwritten",
        BriefingStatus.DRAFT: "unsubmitted",
        BriefingStatus.RETURNED: "returned",
        BriefingStatus.SUBMITTED: "unsigned",
    }[status]
    year, month = last_month(today)
    due = today.replace(day=BULLETIN_DUE_DAY)
    return BulletinReminder(year, month, missing, today > due, due)
