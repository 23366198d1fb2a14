"""The contact book (通讯录): units, their kind and state, their liaisons and leaders."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import NotFoundError, ValidationError
from dutylog.domain.supervision.units import (
    CONTACT_NAME_MAX,
    POST_MAX,
    SHORT_NAME_MAX,
    UNIT_NAME_MAX,
    ContactInput,
    ContactRecord,
    UnitInfo,
    UnitKind,
    parse_import,
)
from dutylog.domain.text import name_key
from dutylog.domain.validation import clean_name, clean_phone, clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.storage.database import Store

MAX_IMPORT_ROWS = 5000
IMPORT_LABEL = "通讯录"


@dataclass(frozen=True)
class UnitImportResult:
    units_added: tuple[str, ...]
    contacts_added: tuple[str, ...]
    skipped: tuple[str, ...]  # contacts already in the book (same unit, same name)


def clean_contact(contact: ContactInput) -> ContactInput:
    return ContactInput(
        name=clean_name(contact.name, field="name", label="联系人姓名", max_length=CONTACT_NAME_MAX),
        role=contact.role,
        post=clean_text(
            contact.post, field="post", label="职务", max_length=POST_MAX, required=False, multiline=False
        ),
        office_phone=clean_phone(contact.office_phone),
        mobile=clean_phone(contact.mobile),
        active=contact.active,
        note=clean_text(contact.note, field="note", label="备注", max_length=500, required=False),
    )


def unit_by_name(store: Store, name: str) -> UnitInfo:
    """The unit ``name`` means (a fullwidth or spaced look-alike is the same unit)."""
    text = name.strip()
    found = store.staff.unit_named(text) if text else None
    if found is None:
        raise NotFoundError(
            f"找不到单位“{text[:50]}”，请先在通讯录中添加。", code="unknown_unit", field="unit"
        )
    return store.unit_book.get(found.id)


class UnitBookService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    # --- read ----------------------------------------------------------------------
    def units(self, *, include_retired: bool = True) -> list[UnitInfo]:
        with self.office.db.transaction() as store:
            return store.unit_book.units(include_retired=include_retired)

    def unit(self, name: str) -> UnitInfo:
        with self.office.db.transaction() as store:
            return unit_by_name(store, name)

    def search_contacts(self, term: str, *, include_retired: bool = False) -> list[ContactRecord]:
        """Contacts whose name, unit, post or phone numbers contain ``term`` (folded as names are)."""
        wanted = name_key(term)
        with self.office.db.transaction() as store:
            contacts = store.unit_book.all_contacts()
            retired = {unit.id for unit in store.unit_book.units() if not unit.active}
        found = []
        for contact in contacts:
            if not include_retired and (not contact.active or contact.unit_id in retired):
                continue
            fields = (contact.name, contact.unit_name, contact.post, contact.office_phone, contact.mobile)
            if not wanted or any(wanted in name_key(value) for value in fields):
                found.append(contact)
        return sorted(found, key=lambda c: (c.unit_name, c.role.position, c.name))

    # --- write ---------------------------------------------------------------------
    @writes
    def add(
        self,
        name: str,
        *,
        short_name: str = "",
        kind: UnitKind = UnitKind.DEPARTMENT,
        contact: ContactInput | None = None,
    ) -> UnitInfo:
        """A new unit; naming a unit already in the book adds only the contact given."""
        clean = clean_name(name, field="name", label="单位名称", max_length=UNIT_NAME_MAX)
        short = clean_name(
            short_name, field="short_name", label="简称", max_length=SHORT_NAME_MAX, required=False
        )
        person = clean_contact(contact) if contact is not None else None
        self.office.require(Permission.STAFF_MANAGE)
        with self.office.db.transaction() as store:
            existing = store.staff.unit_named(clean)
            if existing is None:
                unit = store.unit_book.add(clean, short_name=short, kind=kind.value)
                self.office.audit.record(store, AuditAction.CREATE, "unit", unit.id, after=unit)
            elif person is None:
                raise ValidationError(f"单位“{existing.name}”已在通讯录中。", code="duplicate", field="name")
            else:
                unit = store.unit_book.get(existing.id)
            if person is not None:
                self._add_contact(store, unit.id, person)
            return store.unit_book.get(unit.id)

    @writes
    def update(
        self,
        unit_id: int,
        *,
        expected_version: int,
        short_name: str,
        kind: UnitKind,
        active: bool,
    ) -> UnitInfo:
        """Change a unit's short name, kind, or retire it (a retired unit keeps its history)."""
        short = clean_name(
            short_name, field="short_name", label="简称", max_length=SHORT_NAME_MAX, required=False
        )
        self.office.require(Permission.STAFF_MANAGE)
        with self.office.db.transaction() as store:
            before = store.unit_book.get(unit_id)
            after = store.unit_book.update(
                unit_id,
                expected_version=expected_version,
                values={"short_name": short, "kind": kind.value, "active": active},
            )
            self.office.audit.record(store, AuditAction.UPDATE, "unit", unit_id, before=before, after=after)
            return after

    @writes
    def add_contact(self, unit_id: int, contact: ContactInput) -> ContactRecord:
        person = clean_contact(contact)
        self.office.require(Permission.STAFF_MANAGE)
        with self.office.db.transaction() as store:
            store.unit_book.get(unit_id)
            return self._add_contact(store, unit_id, person)

    def _add_contact(self, store: Store, unit_id: int, person: ContactInput) -> ContactRecord:
        record = store.unit_book.add_contact(unit_id, person)
        self.office.audit.record(store, AuditAction.CREATE, "unit_contact", record.id, after=record)
        return record

    @writes
    def update_contact(
        self, contact_id: int, contact: ContactInput, *, expected_version: int
    ) -> ContactRecord:
        person = clean_contact(contact)
        self.office.require(Permission.STAFF_MANAGE)
        with self.office.db.transaction() as store:
            before = store.unit_book.contact(contact_id)
            after = store.unit_book.update_contact(
                contact_id,
                expected_version=expected_version,
                values={
                    "name": person.name,
                    "role": person.role.value,
                    "post": person.post,
                    "office_phone": person.office_phone,
                    "mobile": person.mobile,
                    "active": person.active,
                    "note": person.note,
                },
            )
            self.office.audit.record(
                store, AuditAction.UPDATE, "unit_contact", contact_id, before=before, after=after
            )
            return after

    @writes
    def import_sheet(self, path: Path) -> UnitImportResult:
        """Units and contacts from an .xlsx (or .csv) contact sheet: every row or none.

        A unit already in the book is kept as it is; a contact already listed under its
        unit (same name) is skipped, so importing the same sheet twice adds nothing.
        """
        from dutylog.services.roster.staff_import import read_table

        rows = read_table(Path(path), label=IMPORT_LABEL)
        if len(rows) > MAX_IMPORT_ROWS:
            raise ValidationError(f"一次最多导入 {MAX_IMPORT_ROWS} 行。", code="too_many_rows")
        parsed, errors = parse_import(rows)
        if errors:
            shown = "；".join(errors[:5]) + ("……" if len(errors) > 5 else "")
            raise ValidationError(f"有 {len(errors)} 行无法导入，未做任何更改：{shown}", code="bad_rows")
        if not parsed:
            raise ValidationError("表中没有单位。", code="empty_file")
        self.office.require(Permission.STAFF_MANAGE)
        units: list[str] = []
        added: list[str] = []
        skipped: list[str] = []
        with self.office.db.transaction() as store:
            for row in parsed:
                existing = store.staff.unit_named(row.unit)
                if existing is None:
                    unit = store.unit_book.add(row.unit, short_name=row.short_name, kind=row.kind.value)
                    self.office.audit.record(store, AuditAction.CREATE, "unit", unit.id, after=unit)
                    units.append(unit.name)
                else:
                    unit = store.unit_book.get(existing.id)
                if row.contact is None:
                    continue
                label = f"{unit.name} {row.contact.name}"
                if any(name_key(c.name) == name_key(row.contact.name) for c in unit.contacts):
                    skipped.append(label)
                    continue
                self._add_contact(store, unit.id, row.contact)
                added.append(label)
            if not units and not added:
                # Nothing new: a second import of the same sheet is a no-op, not an error.
                return UnitImportResult((), (), tuple(skipped))
        return UnitImportResult(tuple(units), tuple(added), tuple(skipped))
