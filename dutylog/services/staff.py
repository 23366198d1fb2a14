"""Staff and units."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from dutylog.domain.enums import DutyRole
from dutylog.domain.records import StaffRecord, UnitRecord
from dutylog.domain.validation import NAME_MAX, clean_phone, clean_text

if TYPE_CHECKING:
    from dutylog.services.office import Office


class StaffService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def add(
        self,
        name: str,
        *,
        phone: str = "",
        unit: str = "",
        title: str = "",
        roles: Iterable[DutyRole] = (DutyRole.OFFICER,),
        active: bool = True,
    ) -> StaffRecord:
        clean_name = clean_text(name, field="name", label="姓名", max_length=NAME_MAX, multiline=False)
        clean_unit = clean_text(
            unit, field="unit", label="单位", max_length=100, required=False, multiline=False
        )
        clean_title = clean_text(
            title, field="title", label="职务", max_length=50, required=False, multiline=False
        )
        number = clean_phone(phone)
        with self.office.db.transaction() as store:
            unit_record = store.staff.ensure_unit(clean_unit) if clean_unit else None
            return store.staff.add(
                name=clean_name,
                phone=number,
                unit_id=unit_record.id if unit_record else None,
                title=clean_title,
                roles=roles,
                active=active,
            )

    def all(self, *, active_only: bool = False, role: DutyRole | None = None) -> list[StaffRecord]:
        with self.office.db.transaction() as store:
            return store.staff.all(active_only=active_only, role=role)

    def person(self, staff_id: int) -> StaffRecord:
        """One person; NotFoundError names the unknown id."""
        with self.office.db.transaction() as store:
            return store.staff.get(staff_id)

    def units(self) -> list[UnitRecord]:
        with self.office.db.transaction() as store:
            return store.staff.units()
