"""When last month's bulletin is reminded of: the first half of the month, until it is signed."""

from __future__ import annotations

from datetime import date

import pytest

from dutylog.domain.briefings.monthly import bulletin_reminder, last_month
from dutylog.domain.enums import BriefingStatus


@pytest.mark.parametrize(
    ("today", "status", "missing", "late"),
    [
        (date(2026, 12, 1), None, "unwritten", False),
        (date(2026, 12, 5), BriefingStatus.DRAFT, "unsubmitted", False),
        (date(2026, 12, 6), BriefingStatus.DRAFT, "unsubmitted", True),
        (date(2026, 12, 8), BriefingStatus.RETURNED, "returned", True),
        (date(2026, 12, 3), BriefingStatus.SUBMITTED, "unsigned", False),
        (date(2026, 12, 15), None, "unwritten", True),
    ],
)
def test_a_bulletin_not_yet_signed_is_reminded_of(
    today: date, status: BriefingStatus | None, missing: str, late: bool
) -> None:
    reminder = bulletin_reminder(today, status)
    assert reminder is not None
    assert (reminder.year, reminder.month) == (2026, 11)
    assert (reminder.missing, reminder.late, reminder.due) == (missing, late, date(2026, 12, 5))
    assert reminder.for_signer is (missing == "unsigned")


def test_no_reminder_once_signed_or_after_the_fifteenth() -> None:
    assert bulletin_reminder(date(2026, 12, 2), BriefingStatus.SIGNED) is None
    assert bulletin_reminder(date(2026, 12, 16), None) is None


def test_in_january_the_bulletin_is_decembers() -> None:
    assert last_month(date(2027, 1, 3)) == (2026, 12)
    reminder = bulletin_reminder(date(2027, 1, 3), None)
    assert reminder is not None and (reminder.year, reminder.month) == (2026, 12)
