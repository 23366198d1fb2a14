"""Units (单位) and their contacts (通讯录): liaisons (联络员) and leaders (分管领导)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dutylog.domain.enums import LabelledEnum, _label
from dutylog.domain.errors import ValidationError
from dutylog.domain.roster.staff_import import cell_text
from dutylog.domain.validation import clean_name, clean_phone, clean_text

UNIT_NAME_MAX = 100
SHORT_NAME_MAX = 50
CONTACT_NAME_MAX = 50
POST_MAX = 50


class UnitKind(LabelledEnum):
    DEPARTMENT = "department"
    TOWNSHIP = "township"
    COMPANY = "company"


_label(
    UnitKind,
    {
        "department": ("部门", "Department"),
        "township": ("乡镇（街道）", "Township"),
        "company": ("企业", "Company"),
    },
)


class ContactRole(LabelledEnum):
    LIAISON = "liaison"
    LEADER = "leader"


_label(ContactRole, {"liaison": ("联络员", "Liaison"), "leader": ("分管领导", "Leader")})


@dataclass(frozen=True)
class ContactRecord:
    id: int
    unit_id: int
    unit_name: str
    name: str
    role: ContactRole
    post: str
    office_phone: str
    mobile: str
    active: bool
    note: str
    version: int

    @property
    def phones(self) -> str:
        """Both numbers as a card prints them: "办 0771-1234567　手机 13800000000"."""
        parts = []
        if self.office_phone:
            parts.append(f"办公 {self.office_phone}")
        if self.mobile:
            parts.append(f"手机 {self.mobile}")
        return "　".join(parts)


@dataclass(frozen=True)
class UnitInfo:
    """A unit with its kind, state and contacts (the contact book's row)."""

    id: int
    name: str
    short_name: str
    kind: UnitKind
    active: bool
    sort_order: int
    version: int
    contacts: tuple[ContactRecord, ...] = ()

    @property
    def liaison(self) -> ContactRecord | None:
        """The active liaison a card is addressed to, else any active contact."""
        active = [contact for contact in self.contacts if contact.active]
        for contact in active:
            if contact.role is ContactRole.LIAISON:
                return contact
        return active[0] if active else None


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: ContactRole = ContactRole.LIAISON
    post: str = ""
    office_phone: str = ""
    mobile: str = ""
    active: bool = True
    note: str = ""


@dataclass(frozen=True)
class UnitImportRow:
    """One row of a contact-book sheet: a unit and, if given, one of its contacts."""

    line: int
    unit: str
    short_name: str = ""
    kind: UnitKind = UnitKind.DEPARTMENT
    contact: ContactInput | None = None


# Column headings an office's contact sheet uses, by field. The first row that names a
# unit column is the heading row.
IMPORT_HEADINGS: dict[str, tuple[str, ...]] = {
    "unit": ("单位", "单位名称", "责任单位", "部门"),
    "short_name": ("简称", "单位简称"),
    "kind": ("类别", "单位类别", "类型"),
    "name": ("姓名", "联系人", "联络员"),
    "role": ("角色", "身份"),
    "post": ("职务", "职位"),
    "office_phone": ("办公电话", "座机", "电话"),
    "mobile": ("手机", "手机号码", "移动电话"),
}


def _heading_columns(row: Sequence[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, value in enumerate(row):
        text = "".join(str(value or "").split())
        for field, names in IMPORT_HEADINGS.items():
            if text in names and field not in found:
                found[field] = index
    return found


def _kind(text: str) -> UnitKind:
    if not text:
        return UnitKind.DEPARTMENT
    for kind in UnitKind:
        if text in (kind.value, kind.zh) or text.lower() == kind.en.lower():
            return kind
    if "乡" in text or "镇" in text or "街道" in text:
        return UnitKind.TOWNSHIP
    if "企业" in text or "公司" in text:
        return UnitKind.COMPANY
    if "部门" in text or "单位" in text:
        return UnitKind.DEPARTMENT
    raise ValidationError(
        f"未知的单位类别“{text[:20]}”（部门、乡镇（街道）、企业）。", code="bad_kind", field="kind"
    )


def _role(text: str) -> ContactRole:
    if not text or "联络" in text:
        return ContactRole.LIAISON
    if "领导" in text or text.lower() == "leader":
        return ContactRole.LEADER
    raise ValidationError(f"未知的角色“{text[:20]}”（联络员、分管领导）。", code="bad_role", field="role")


def parse_unit_kind(text: str) -> UnitKind:
    """A unit kind from its code, label or a description such as 镇人民政府."""
    return _kind(text.strip())


def parse_import(rows: Sequence[Sequence[object]]) -> tuple[list[UnitImportRow], list[str]]:
    """A contact sheet's rows as units and contacts, and one message per bad row.

    The heading row is the first (of the first ten) that names a unit column: sheets
    often start with a title line. Row numbers are as the user sees them in Excel.
    """
    start = next((i for i, row in enumerate(rows[:10]) if "unit" in _heading_columns(row)), None)
    if start is None:
        raise ValidationError(
            "找不到“单位”列：请在表头写明单位（或单位名称）。", code="missing_column", field="unit"
        )
    columns = _heading_columns(rows[start])

    def cell(row: Sequence[object], field: str) -> str:
        return cell_text(row, columns.get(field))

    parsed: list[UnitImportRow] = []
    errors: list[str] = []
    for offset, row in enumerate(rows[start + 1 :]):
        number = start + offset + 2
        if not any(str(value or "").strip() for value in row):
            continue
        try:
            unit = clean_name(cell(row, "unit"), field="unit", label="单位", max_length=UNIT_NAME_MAX)
            short = clean_name(
                cell(row, "short_name"),
                field="short_name",
                label="简称",
                max_length=SHORT_NAME_MAX,
                required=False,
            )
            contact = None
            name = cell(row, "name")
            if name:
                contact = ContactInput(
                    name=clean_name(name, field="name", label="姓名", max_length=CONTACT_NAME_MAX),
                    role=_role(cell(row, "role")),
                    post=clean_text(
                        cell(row, "post"),
                        field="post",
                        label="职务",
                        max_length=POST_MAX,
                        required=False,
                        multiline=False,
                    ),
                    office_phone=clean_phone(cell(row, "office_phone")),
                    mobile=clean_phone(cell(row, "mobile")),
                )
            parsed.append(UnitImportRow(number, unit, short, _kind(cell(row, "kind")), contact))
        except ValidationError as exc:
            errors.append(f"第 {number} 行：{exc.message}")
    return parsed, errors
