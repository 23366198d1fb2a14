"""Accounts for the trust tests: an officer on shift, one off shift, a supervisor, an administrator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from dutylog.domain.accounts.permissions import SYSTEM_ACTOR, VIEWER_ACTOR, Actor
from dutylog.domain.enums import DutyRole, Shift, UserRole
from dutylog.office import Office

PASSWORD = "correct horse 1"


@dataclass(frozen=True)
class People:
    officer: Actor  # on the roster for the current shift
    off_duty: Actor  # an officer not on shift now
    supervisor: Actor
    admin: Actor
    auditor: Actor  # an account with the viewer role (an auditor, a leader's secretary)
    viewer: Actor = VIEWER_ACTOR
    system: Actor = SYSTEM_ACTOR

    def by_name(self, name: str) -> Actor:
        actor: Actor = getattr(self, name)
        return actor


ROLE_NAMES = ("officer", "off_duty", "supervisor", "admin", "auditor", "viewer", "system")


@pytest.fixture
def people(office: Office, clock: Any) -> People:
    on = office.staff.add("张伟", roles=(DutyRole.OFFICER,))
    off = office.staff.add("李娜", roles=(DutyRole.OFFICER,))
    boss = office.staff.add("王芳", roles=(DutyRole.LEADER,))
    office.roster.assign(clock.now.date(), Shift.DAY, DutyRole.OFFICER, on.id)
    accounts = office.accounts
    actors = {}
    for username, role, staff_id in (
        ("zhangwei", UserRole.OFFICER, on.id),
        ("lina", UserRole.OFFICER, off.id),
        ("wangfang", UserRole.SUPERVISOR, boss.id),
        ("admin", UserRole.ADMIN, None),
        ("auditor", UserRole.VIEWER, None),
    ):
        accounts.add_user(username, role, PASSWORD, staff_id=staff_id)
    for username in ("zhangwei", "lina", "wangfang", "admin", "auditor"):
        # The actor a login gives: exactly what the app and the command line act as.
        actors[username] = office.login(username, PASSWORD)
    office.act_as(SYSTEM_ACTOR)
    return People(
        officer=actors["zhangwei"],
        off_duty=actors["lina"],
        supervisor=actors["wangfang"],
        admin=actors["admin"],
        auditor=actors["auditor"],
    )
