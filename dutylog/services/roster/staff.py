"""Staff and units.

Names follow `clean_name` (no invisible characters, NFKC). Two people may share a name
(张伟 is common), so a person's name is not unique; a unit's is, by `name_key`:
``ensure_unit`` finds the existing unit that a fullwidth or differently cased spelling means.
"""

from __future__ import annotations

from collections.abc import Iterable

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import DutyRole
from dutylog.domain.roster.staff import StaffRecord, UnitRecord
from dutylog.domain.validation import NAME_MAX, clean_name, clean_phone, clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes

UNIT_MAX = 100


class StaffService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    @writes
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
        person_name = clean_name(name, field="name", label="姓名", max_length=NAME_MAX)
        unit_name = clean_name(unit, field="unit", label="单位", max_length=UNIT_MAX, required=False)
        clean_title = clean_text(
            title, field="title", label="职务", max_length=50, required=False, multiline=False
        )
        number = clean_phone(phone)
        self.office.require(Permission.STAFF_MANAGE)
        with self.office.db.transaction() as store:
            unit_record = store.staff.ensure_unit(unit_name) if unit_name else None
            person = store.staff.add(
                name=person_name,
                phone=number,
                unit_id=unit_record.id if unit_record else None,
                title=clean_title,
                roles=roles,
                active=active,
            )
            self.office.audit.record(store, AuditAction.CREATE, "staff", person.id, after=person)
            return person

    @writes
    def update(
        self,
        staff_id: int,
        *,
        expected_version: int,
        name: str | None = None,
        phone: str | None = None,
        title: str | None = None,
        active: bool | None = None,
    ) -> StaffRecord:
        """Change a person's details; ConflictError if someone saved a newer version first."""
        values: dict[str, object] = {}
        if name is not None:
            values["name"] = clean_name(name, field="name", label="姓名", max_length=NAME_MAX)
        if phone is not None:
            values["phone"] = clean_phone(phone)
        if title is not None:
            values["title"] = clean_text(
                title, field="title", label="职务", max_length=50, required=False, multiline=False
            )
        if active is not None:
            values["active"] = active
        self.office.require(Permission.STAFF_MANAGE)
        with self.office.db.transaction() as store:
            before = store.staff.get(staff_id)
            after = store.staff.update(staff_id, expected_version=expected_version, **values)
            self.office.audit.record(store, AuditAction.UPDATE, "staff", staff_id, before=before, after=after)
            return after

    def get(self, staff_id: int) -> StaffRecord:
        with self.office.db.transaction() as store:
            return store.staff.get(staff_id)

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
