"""Reminder wording in English: the tray, the status bar and the Briefings banner say the same."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from dutylog.domain.enums import DutyRole, Shift
from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.reminder_text import briefing_reminder_text, reminder_text
from tests.conftest import FakeClock


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("zh_CN")


def test_tray_and_banner_name_what_is_missing(english: None, office: Office, clock: FakeClock) -> None:
    officer = office.staff.add("张伟")
    office.roster.assign(clock().date(), Shift.FULL, DutyRole.OFFICER, officer.id)
    clock.set(datetime(2026, 11, 17, 17, 10))

    def tray() -> str:
        due = [r for r in office.reminders.due() if r.kind == "briefing"]
        return reminder_text(due[0])[1]

    assert tray() == briefing_reminder_text(office.briefings.reminder())
    assert tray() == "Today's briefing is not written yet; please submit it before 17:30."
    office.briefings.draft(clock().date(), author_id=officer.id)
    assert tray() == briefing_reminder_text(office.briefings.reminder())
    assert "not submitted" in tray()
    clock.set(datetime(2026, 11, 17, 18, 0))
    assert tray() == briefing_reminder_text(office.briefings.reminder())
    assert "17:30" in tray() and "before" not in tray()


def test_the_monthly_bulletin_reminder_in_english(english: None, office: Office, clock: FakeClock) -> None:
    from dutylog.domain.accounts.permissions import Actor, UserRole

    officer = office.staff.add("张伟")
    office.act_as(Actor("zhangwei", UserRole.OFFICER, user_id=1, staff_id=officer.id))
    clock.set(datetime(2026, 12, 7, 9, 0))
    due = [r for r in office.reminders.due() if r.kind == "bulletin"]
    assert [reminder_text(r) for r in due] == [
        ("Monthly bulletin", "The 2026-11 monthly bulletin has not been written; it was due on 2026-12-05.")
    ]
