"""Accounts for tests that run write commands: the CLI logs in like the GUI."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from dutylog.domain.enums import DutyRole, Shift, UserRole
from dutylog.office import Office

PASSWORD = "cli test pass 1"


def login_env(username: str, password: str = PASSWORD) -> dict[str, str]:
    """The environment a script sets to log in."""
    return {"DUTYLOG_USER": username, "DUTYLOG_PASSWORD": password}


def add_account(db: str | Path, username: str, role: UserRole, *, staff: str | None = None) -> dict[str, str]:
    """An account (linked to the person named ``staff``); returns its login environment."""
    office = Office.open(db)
    try:
        staff_id = None
        if staff is not None:
            staff_id = next(p.id for p in office.staff.all() if p.name == staff)
        office.accounts.add_user(username, role, PASSWORD, staff_id=staff_id)
    finally:
        office.close()
    return login_env(username)


def officer_on_duty(db: str | Path, now: datetime, name: str = "值班员甲") -> dict[str, str]:
    """A new officer on a 24-hour duty covering ``now`` (set $DUTYLOG_NOW to it), with an account."""
    office = Office.open(db, clock=lambda: now)
    try:
        person = office.staff.add(name, roles=(DutyRole.OFFICER,))
        duty_date, _shift = office.shift_times().locate(now)
        office.roster.assign(duty_date, Shift.FULL, DutyRole.OFFICER, person.id)
        office.accounts.add_user(name, UserRole.OFFICER, PASSWORD, staff_id=person.id)
    finally:
        office.close()
    return {**login_env(name), "DUTYLOG_NOW": now.isoformat(timespec="minutes")}


def admin_login(db: str | Path, username: str = "boss") -> dict[str, str]:
    """The login of an administrator of ``db``, created on first use."""
    office = Office.open(db)
    try:
        exists = any(user.username == username for user in office.accounts.users())
        if not exists:
            office.accounts.add_user(username, UserRole.ADMIN, PASSWORD)
    finally:
        office.close()
    return login_env(username)
