"""Staff and organisational units."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dutylog.domain.enums import DutyRole
from dutylog.domain.errors import NotFoundError
from dutylog.domain.roster.staff import StaffRecord, UnitRecord
from dutylog.domain.text import name_key
from dutylog.storage.locking import update_versioned
from dutylog.storage.models import Staff, Unit
from dutylog.storage.records import to_record

_ROLE_COLUMNS = {DutyRole.OFFICER: "is_officer", DutyRole.LEADER: "is_leader", DutyRole.STANDBY: "is_standby"}


def staff_record(row: Staff) -> StaffRecord:
    roles = frozenset(role for role, column in _ROLE_COLUMNS.items() if getattr(row, column))
    return to_record(StaffRecord, row, unit_name=row.unit.name if row.unit else "", roles=roles)


class StaffRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def unit_named(self, name: str) -> UnitRecord | None:
        """The unit ``name`` means: the same name, else the first whose `name_key` is the same.

        Keys are compared in Python: an office has tens of units, and no SQL function folds
        width and case as `name_key` does.
        """
        row = self.session.scalars(select(Unit).where(Unit.name == name)).first()
        if row is None:
            key = name_key(name)
            rows = self.session.scalars(select(Unit).order_by(Unit.id))
            row = next((unit for unit in rows if name_key(unit.name) == key), None)
        return UnitRecord(row.id, row.name) if row else None

    def ensure_unit(self, name: str) -> UnitRecord:
        """The unit called ``name`` (or a look-alike of it), created at the end of the list if new."""
        existing = self.unit_named(name)
        if existing is not None:
            return existing
        count = self.session.scalar(select(func.count(Unit.id))) or 0
        row = Unit(name=name, sort_order=count)
        self.session.add(row)
        self.session.flush()
        return UnitRecord(row.id, row.name)

    def units(self) -> list[UnitRecord]:
        rows = self.session.scalars(select(Unit).order_by(Unit.sort_order, Unit.id))
        return [UnitRecord(row.id, row.name) for row in rows]

    def add(
        self,
        *,
        name: str,
        phone: str = "",
        unit_id: int | None = None,
        title: str = "",
        roles: Iterable[DutyRole] = (),
        active: bool = True,
    ) -> StaffRecord:
        wanted = set(roles)
        row = Staff(name=name, phone=phone, unit_id=unit_id, title=title, active=active, note="", version=1)
        for role, column in _ROLE_COLUMNS.items():
            setattr(row, column, role in wanted)
        self.session.add(row)
        self.session.flush()
        return staff_record(row)

    def get(self, staff_id: int) -> StaffRecord:
        row = self.session.get(Staff, staff_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {staff_id} 的人员。")
        return staff_record(row)

    def all(self, *, active_only: bool = False, role: DutyRole | None = None) -> list[StaffRecord]:
        query = select(Staff).order_by(Staff.id)
        if active_only:
            query = query.where(Staff.active.is_(True))
        if role is not None:
            query = query.where(getattr(Staff, _ROLE_COLUMNS[role]).is_(True))
        return [staff_record(row) for row in self.session.scalars(query)]

    def by_name(self, name: str) -> list[StaffRecord]:
        """Everyone whose name has the `name_key` of ``name`` (张伟 and 张 伟; Li Na and ＬＩ ＮＡ)."""
        key = name_key(name)
        rows = self.session.scalars(select(Staff).order_by(Staff.id))
        return [staff_record(row) for row in rows if name_key(row.name) == key]

    def update(self, staff_id: int, *, expected_version: int, **values: Any) -> StaffRecord:
        """Save changed fields if nobody saved a newer version; raises ConflictError otherwise."""
        update_versioned(
            self.session, Staff, staff_id, expected_version=expected_version, values=values, label="人员"
        )
        return self.get(staff_id)
