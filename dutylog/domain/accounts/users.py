"""Login accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dutylog.domain.enums import UserRole


@dataclass(frozen=True)
class UserRecord:
    """A login account. The password hash never leaves storage."""

    id: int
    username: str
    role: UserRole
    staff_id: int | None
    staff_name: str
    active: bool
    failed_attempts: int
    locked_until: datetime | None
    created_at: datetime
    version: int = 1
