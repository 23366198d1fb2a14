"""The contact book: units with their kind and state, and their liaisons and leaders."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dutylog.domain.errors import NotFoundError
from dutylog.domain.supervision.units import ContactInput, ContactRecord, UnitInfo
from dutylog.storage.locking import update_versioned
from dutylog.storage.models import Unit, UnitContact
from dutylog.storage.records import to_record


class UnitBookRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _contacts(self, unit_ids: list[int] | None = None) -> dict[int, list[ContactRecord]]:
        query = select(UnitContact, Unit.name).join(Unit, Unit.id == UnitContact.unit_id)
        if unit_ids is not None:
            query = query.where(UnitContact.unit_id.in_(unit_ids))
        found: dict[int, list[ContactRecord]] = {}
        for row, unit_name in self.session.execute(query.order_by(UnitContact.unit_id, UnitContact.id)):
            found.setdefault(row.unit_id, []).append(to_record(ContactRecord, row, unit_name=unit_name))
        return found

    def _info(self, row: Unit, contacts: Mapping[int, list[ContactRecord]]) -> UnitInfo:
        return to_record(UnitInfo, row, contacts=tuple(contacts.get(row.id, ())))

    def units(self, *, include_retired: bool = True) -> list[UnitInfo]:
        query = select(Unit).order_by(Unit.sort_order, Unit.id)
        if not include_retired:
            query = query.where(Unit.active.is_(True))
        rows = list(self.session.scalars(query))
        contacts = self._contacts()
        return [self._info(row, contacts) for row in rows]

    def get(self, unit_id: int) -> UnitInfo:
        row = self.session.get(Unit, unit_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {unit_id} 的单位。", code="unknown_unit", field="unit")
        return self._info(row, self._contacts([unit_id]))

    def add(self, name: str, *, short_name: str, kind: str) -> UnitInfo:
        count = self.session.scalar(select(func.count(Unit.id))) or 0
        row = Unit(name=name, short_name=short_name, kind=kind, active=True, sort_order=count, version=1)
        self.session.add(row)
        self.session.flush()
        return self.get(row.id)

    def update(self, unit_id: int, *, expected_version: int, values: Mapping[str, Any]) -> UnitInfo:
        update_versioned(
            self.session, Unit, unit_id, expected_version=expected_version, values=values, label="单位"
        )
        return self.get(unit_id)

    def add_contact(self, unit_id: int, contact: ContactInput) -> ContactRecord:
        row = UnitContact(
            unit_id=unit_id,
            name=contact.name,
            role=contact.role.value,
            post=contact.post,
            office_phone=contact.office_phone,
            mobile=contact.mobile,
            active=contact.active,
            note=contact.note,
            version=1,
        )
        self.session.add(row)
        self.session.flush()
        return self.contact(row.id)

    def contact(self, contact_id: int) -> ContactRecord:
        found = self.session.execute(
            select(UnitContact, Unit.name)
            .join(Unit, Unit.id == UnitContact.unit_id)
            .where(UnitContact.id == contact_id)
        ).first()
        if found is None:
            raise NotFoundError(f"找不到编号为 {contact_id} 的联系人。", code="not_found", field="contact")
        row, unit_name = found
        return to_record(ContactRecord, row, unit_name=unit_name)

    def update_contact(
        self, contact_id: int, *, expected_version: int, values: Mapping[str, Any]
    ) -> ContactRecord:
        update_versioned(
            self.session,
            UnitContact,
            contact_id,
            expected_version=expected_version,
            values=values,
            label="联系人",
        )
        return self.contact(contact_id)

    def all_contacts(self) -> list[ContactRecord]:
        return [contact for group in self._contacts().values() for contact in group]
