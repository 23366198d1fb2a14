"""Who may record a step of a matter at a given moment.

The officer on duty records what happens now. Records of past dates (an office types in
last week's paper records) are entered by a supervisor or an administrator (who may enter
late records, 补录), or by the officer whose shift it was.
"""

from __future__ import annotations

from datetime import datetime

from dutylog.domain.accounts.permissions import Permission, allowed
from dutylog.domain.errors import PermissionDenied
from dutylog.domain.validation import check_date_range, check_not_future
from dutylog.services.context import OfficeContext


def record_time(
    office: OfficeContext, at: datetime | None, *, field: str = "at", label: str = "时间"
) -> datetime:
    """The moment a step happened (default now), validated as the GUI does: a real date, not ahead."""
    now = office.clock()
    if at is None:
        return now.replace(microsecond=0)
    check_date_range(at, field=field, label=label)
    check_not_future(at, now=now, field=field, label=label)
    return at.replace(microsecond=0)


def require_record_at(office: OfficeContext, when: datetime | None) -> None:
    """Refuse unless the acting account may record a matter's step of moment ``when``."""
    now = office.clock()
    if when is not None and when.date() < now.date():
        # Another day's record: not whoever happens to be on duty now.
        if allowed(office.actor, Permission.LOG_LATE_ENTRY):
            return
        office.require(Permission.MATTER_WRITE, at=when)
        return
    try:
        office.require(Permission.MATTER_WRITE)
    except PermissionDenied:
        if when is None:
            raise
        office.require(Permission.MATTER_WRITE, at=when)  # earlier today, on a shift now ended
