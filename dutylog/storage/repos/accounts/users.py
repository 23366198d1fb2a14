"""Login accounts (app_user)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dutylog.domain.accounts.users import UserRecord
from dutylog.domain.enums import UserRole
from dutylog.domain.errors import NotFoundError
from dutylog.domain.text import name_key
from dutylog.storage.locking import update_versioned
from dutylog.storage.models import AppUser, Staff


class UserRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _record(self, row: AppUser) -> UserRecord:
        staff_name = ""
        if row.staff_id is not None:
            staff = self.session.get(Staff, row.staff_id)
            staff_name = staff.name if staff else ""
        return UserRecord(
            id=row.id,
            username=row.username,
            role=UserRole(row.role),
            staff_id=row.staff_id,
            staff_name=staff_name,
            active=row.active,
            failed_attempts=row.failed_attempts,
            locked_until=row.locked_until,
            created_at=row.created_at,
            version=row.version,
        )

    def add(
        self, *, username: str, role: UserRole, password_hash: str, staff_id: int | None, now: datetime
    ) -> UserRecord:
        row = AppUser(
            username=username,
            role=role.value,
            staff_id=staff_id,
            password_hash=password_hash,
            failed_attempts=0,
            locked_until=None,
            active=True,
            created_at=now,
            version=1,
        )
        self.session.add(row)
        self.session.flush()
        return self._record(row)

    def with_name_key(self, key: str) -> list[UserRecord]:
        """Every account whose name has this `name_key`, oldest first.

        Compared here in Python, not in SQL: neither database folds case and width the way
        `name_key` does, and an office has tens of accounts, not millions.
        """
        names = self.session.execute(select(AppUser.id, AppUser.username).order_by(AppUser.id))
        return [self.get(user_id) for user_id, username in names if name_key(username) == key]

    def get(self, user_id: int) -> UserRecord:
        row = self.session.get(AppUser, user_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {user_id} 的账号。")
        return self._record(row)

    def password_hash(self, user_id: int) -> str:
        row = self.session.get(AppUser, user_id)
        return row.password_hash if row else ""

    def all(self) -> list[UserRecord]:
        return [self._record(row) for row in self.session.scalars(select(AppUser).order_by(AppUser.id))]

    def count(self) -> int:
        return len(list(self.session.scalars(select(AppUser.id).limit(1))))

    def update(self, user_id: int, *, expected_version: int, **values: Any) -> UserRecord:
        update_versioned(
            self.session, AppUser, user_id, expected_version=expected_version, values=values, label="账号"
        )
        return self.get(user_id)
