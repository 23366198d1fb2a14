"""Reading a staff list typed in a spreadsheet: Chinese headers, loose role words.

Headers recognised (any order, surrounding spaces ignored): 姓名; 部门 or 单位;
电话 or 手机 (联系电话 too); 职务 and/or 角色. A role cell may say 值班员 / 带班领导
/ 备班 (several separated by 、，,/ or spaces); a 职务 cell that names no duty role is
kept as the person's title and the person becomes a duty officer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dutylog.domain.enums import DutyRole
from dutylog.domain.errors import ValidationError
from dutylog.domain.validation import NAME_MAX, clean_name, clean_phone, clean_text

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字"),
    "unit": ("部门", "单位", "部门/单位", "所在单位", "科室"),
    "phone": ("电话", "手机", "联系电话", "电话/手机", "手机号", "手机号码"),
    "title": ("职务", "职务/角色"),
    "role": ("角色", "值班角色", "岗位"),
}
ROLE_WORDS: tuple[tuple[str, DutyRole], ...] = (
    ("带班领导", DutyRole.LEADER),
    ("带班", DutyRole.LEADER),
    ("领导", DutyRole.LEADER),
    ("备班", DutyRole.STANDBY),
    ("值班员", DutyRole.OFFICER),
    ("监测员", DutyRole.OFFICER),
    ("信息员", DutyRole.OFFICER),
    ("值班", DutyRole.OFFICER),
)
_SPLIT = re.compile(r"[、，,/;；\s]+")


@dataclass(frozen=True)
class ImportedStaff:
    row: int  # spreadsheet row number (header is row 1)
    name: str
    unit: str
    phone: str
    title: str
    roles: frozenset[DutyRole]


def map_headers(header: Sequence[object]) -> dict[str, int]:
    """Column index of each known field; raises if 姓名 is missing."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = str(cell or "").strip().replace(" ", "").replace("（", "(").split("(")[0]
        for field, words in HEADER_WORDS.items():
            if text in words and field not in found:
                found[field] = index
    if "name" not in found:
        raise ValidationError("表头中没有“姓名”列。", code="no_name_column", field="header")
    return found


def parse_roles(text: str) -> frozenset[DutyRole]:
    roles: set[DutyRole] = set()
    for part in _SPLIT.split(text.strip()):
        for word, role in ROLE_WORDS:
            if word in part:
                roles.add(role)
                break
    if DutyRole.STANDBY in roles:
        roles.add(DutyRole.OFFICER)  # a standby stands in for the officer
    return frozenset(roles)


def cell_text(row: Sequence[object], index: int | None) -> str:
    """A sheet cell as text: "" when missing; a phone number typed as a number loses its ".0"."""
    if index is None or index >= len(row) or row[index] is None:
        return ""
    value = row[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # phone numbers typed as numbers
    return str(value).strip()


def parse_rows(
    header: Sequence[object], rows: Sequence[Sequence[object]]
) -> tuple[list[ImportedStaff], list[str]]:
    """Rows as people, and one message per bad row (row numbers as the user sees them)."""
    columns = map_headers(header)
    people: list[ImportedStaff] = []
    errors: list[str] = []

    def cell(row: Sequence[object], field: str) -> str:
        return cell_text(row, columns.get(field))

    for offset, row in enumerate(rows):
        number = offset + 2
        if not any(str(value or "").strip() for value in row):
            continue
        try:
            name = clean_name(cell(row, "name"), field="name", label="姓名", max_length=NAME_MAX)
            unit = clean_name(cell(row, "unit"), field="unit", label="单位", max_length=100, required=False)
            phone = clean_phone(cell(row, "phone"))
            title_text = cell(row, "title")
            roles = parse_roles(cell(row, "role")) | parse_roles(title_text)
            title = "" if parse_roles(title_text) else title_text
            title = clean_text(
                title, field="title", label="职务", max_length=50, required=False, multiline=False
            )
        except ValidationError as exc:
            errors.append(f"第 {number} 行：{exc.message}")
            continue
        people.append(ImportedStaff(number, name, unit, phone, title, roles or frozenset({DutyRole.OFFICER})))
    return people, errors
