"""Add or edit a unit of the contact book, and its liaisons and leaders.

Each dialog writes through the operations layer itself and closes when the write is
done; a refusal shows under the form and keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from dutylog.domain.supervision.units import (
    CONTACT_NAME_MAX,
    POST_MAX,
    SHORT_NAME_MAX,
    UNIT_NAME_MAX,
    ContactInput,
    ContactRecord,
    ContactRole,
    UnitInfo,
    UnitKind,
)
from dutylog.office import Office
from dutylog.ui.i18n import label
from dutylog.ui.supervision import areas
from dutylog.ui.supervision.write_dialog import WriteDialog


def kind_box() -> QComboBox:
    box = QComboBox()
    for kind in UnitKind:
        box.addItem(label(kind), kind.value)
    return box


class UnitDialog(WriteDialog):
    """A new unit (with, optionally, its liaison), or a unit's short name, kind and state."""

    def __init__(self, office: Office, unit: UnitInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(office, self.tr("新增单位") if unit is None else self.tr("编辑单位"), parent)
        self.unit = unit
        self.name = QLineEdit()
        self.name.setObjectName("unit_name")
        self.name.setMaxLength(UNIT_NAME_MAX)
        self.short_name = QLineEdit()
        self.short_name.setObjectName("unit_short_name")
        self.short_name.setMaxLength(SHORT_NAME_MAX)
        self.kind = kind_box()
        self.kind.setObjectName("unit_kind")
        self.active = QCheckBox(self.tr("在用（取消勾选即撤销，历史记录保留）"))
        self.active.setObjectName("unit_active")
        self.active.setChecked(True)
        self.form.addRow(self.tr("单位名称"), self.name)
        self.form.addRow(self.tr("简称"), self.short_name)
        self.form.addRow(self.tr("类别"), self.kind)
        if unit is None:
            self.liaison = QLineEdit()
            self.liaison.setObjectName("unit_liaison")
            self.liaison.setMaxLength(CONTACT_NAME_MAX)
            self.mobile = QLineEdit()
            self.mobile.setObjectName("unit_mobile")
            self.form.addRow(self.tr("联络员（可选）"), self.liaison)
            self.form.addRow(self.tr("手机"), self.mobile)
        else:
            self.name.setText(unit.name)
            self.name.setReadOnly(True)  # the name is how matters and staff refer to the unit
            self.short_name.setText(unit.short_name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(unit.kind.value)))
            self.active.setChecked(unit.active)
            self.form.addRow("", self.active)

    def save(self) -> None:
        short = self.short_name.text()
        kind = UnitKind(self.kind.currentData())
        if self.unit is None:
            name = self.name.text()
            person = self.liaison.text().strip()
            contact = ContactInput(name=person, mobile=self.mobile.text()) if person else None
            self.write(
                lambda office: office.units.add(name, short_name=short, kind=kind, contact=contact),
                self.tr("新增单位"),
                areas.UNITS,
            )
            return
        unit, active = self.unit, self.active.isChecked()
        self.write(
            lambda office: office.units.update(
                unit.id, expected_version=unit.version, short_name=short, kind=kind, active=active
            ),
            self.tr("编辑单位"),
            areas.UNITS,
        )


class ContactDialog(WriteDialog):
    """A liaison or leader of a unit: name, post, office phone and mobile."""

    def __init__(
        self,
        office: Office,
        unit: UnitInfo,
        contact: ContactRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("新增联系人") if contact is None else self.tr("编辑联系人")
        super().__init__(office, f"{title} — {unit.name}", parent)
        self.unit = unit
        self.contact = contact
        self.name = QLineEdit()
        self.name.setObjectName("contact_name")
        self.name.setMaxLength(CONTACT_NAME_MAX)
        self.role = QComboBox()
        self.role.setObjectName("contact_role")
        for role in ContactRole:
            self.role.addItem(label(role), role.value)
        self.post = QLineEdit()
        self.post.setMaxLength(POST_MAX)
        self.office_phone = QLineEdit()
        self.office_phone.setObjectName("contact_office_phone")
        self.mobile = QLineEdit()
        self.mobile.setObjectName("contact_mobile")
        self.note = QLineEdit()
        self.active = QCheckBox(self.tr("在岗"))
        self.active.setChecked(True)
        for text, widget in (
            (self.tr("姓名"), self.name),
            (self.tr("身份"), self.role),
            (self.tr("职务"), self.post),
            (self.tr("办公电话"), self.office_phone),
            (self.tr("手机"), self.mobile),
            (self.tr("备注"), self.note),
        ):
            self.form.addRow(text, widget)
        self.form.addRow("", self.active)
        if contact is not None:
            self.name.setText(contact.name)
            self.role.setCurrentIndex(max(0, self.role.findData(contact.role.value)))
            self.post.setText(contact.post)
            self.office_phone.setText(contact.office_phone)
            self.mobile.setText(contact.mobile)
            self.note.setText(contact.note)
            self.active.setChecked(contact.active)

    def values(self) -> ContactInput:
        return ContactInput(
            name=self.name.text(),
            role=ContactRole(self.role.currentData()),
            post=self.post.text(),
            office_phone=self.office_phone.text(),
            mobile=self.mobile.text(),
            active=self.active.isChecked(),
            note=self.note.text(),
        )

    def save(self) -> None:
        person = self.values()
        if self.contact is None:
            unit_id = self.unit.id
            self.write(
                lambda office: office.units.add_contact(unit_id, person), self.tr("新增联系人"), areas.UNITS
            )
            return
        contact = self.contact
        self.write(
            lambda office: office.units.update_contact(contact.id, person, expected_version=contact.version),
            self.tr("编辑联系人"),
            areas.UNITS,
        )
