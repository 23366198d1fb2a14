"""The people of the office: units and staff."""

from __future__ import annotations

from dataclasses import dataclass

from dutylog.domain.enums import DutyRole


@dataclass(frozen=True)
class UnitRecord:
    id: int
    name: str


@dataclass(frozen=True)
class StaffRecord:
    id: int
    name: str
    phone: str
    unit_id: int | None
    unit_name: str
    title: str
    roles: frozenset[DutyRole]
    active: bool
    version: int = 1
