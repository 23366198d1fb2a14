"""A service is built alone from what its module declares: no `Office` needed.

`OfficeContext` (services/context.py) is the database, the clock, who is acting, the
permission check and the audit writer; a service that uses other services declares
them in a protocol beside it. These tests give services a small context of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

import pytest

from dutylog.domain.accounts.audit import AuditAction, AuditEntry
from dutylog.domain.accounts.permissions import SYSTEM_ACTOR, Actor, Permission
from dutylog.domain.errors import PermissionDenied
from dutylog.domain.log.shifts import ShiftTimes
from dutylog.services.context import OfficeContext
from dutylog.services.roster.staff import StaffService
from dutylog.storage.database import Database, Store


@dataclass
class RecordingAudit:
    calls: list[tuple[str, str, object]] = field(default_factory=list)
    appended: int = 0  # what a declared write looks at to know it was audited

    def record(
        self,
        store: Store,
        action: AuditAction | str,
        entity: str,
        entity_id: int | str | None,
        *,
        before: object = None,
        after: object = None,
        actor: Actor | None = None,
    ) -> AuditEntry:
        self.calls.append((str(action), entity, entity_id))
        self.appended += 1
        return None  # type: ignore[return-value]  # the services ignore what record returns


@dataclass
class SmallContext:
    db: Database
    clock: object = lambda: datetime(2026, 11, 17, 15, 30)
    actor: Actor = SYSTEM_ACTOR
    refuse: bool = False
    checked: list[Permission] = field(default_factory=list)
    audit: RecordingAudit = field(default_factory=RecordingAudit)

    def require(self, permission: Permission, *, owner_staff_id: int | None = None) -> None:
        self.checked.append(permission)
        if self.refuse:
            raise PermissionDenied("不允许", code="permission_denied")

    def shift_times(self) -> ShiftTimes:
        return ShiftTimes(time(8, 30), time(17, 30))

    def unit_name(self) -> str:
        return "测试值班室"

    def is_empty(self) -> bool:
        return False


@pytest.fixture
def context(db_target: str | Path) -> Iterator[SmallContext]:
    database = Database.open(db_target)
    yield SmallContext(database)
    database.close()


def test_a_service_runs_on_a_context_of_its_own(context: SmallContext) -> None:
    typed: OfficeContext = context  # type: ignore[assignment]  # structural: the protocol's attributes
    staff = StaffService(typed)
    person = staff.add("张伟", phone="13800000000")
    assert staff.get(person.id).name == "张伟"
    assert context.checked == [Permission.STAFF_MANAGE]
    assert context.audit.calls == [("create", "staff", person.id)]


def test_the_context_decides_permission(context: SmallContext) -> None:
    context.refuse = True
    staff = StaffService(context)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        staff.add("张伟")
    context.refuse = False
    assert [p.name for p in staff.all()] == []
    assert context.audit.calls == []
