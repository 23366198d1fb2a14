"""The permission matrix: one test per cell, pure and enforced through the services."""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import dutylog.services
from dutylog.domain.accounts.permissions import (
    SYSTEM_ACTOR,
    VIEWER_ACTOR,
    Actor,
    Permission,
    allowed,
    require,
)
from dutylog.domain.enums import DutyRole, EntryKind, Shift, UserRole
from dutylog.domain.errors import PermissionDenied
from dutylog.domain.log.records import NewLogEntry
from dutylog.domain.roster.calendar import DayKind
from dutylog.office import Office
from tests.helpers.ledger_files import ROWS, write_csv

from .conftest import PASSWORD, ROLE_NAMES, People

P = Permission
OFFICER = Actor("o", role=UserRole.OFFICER, user_id=1, staff_id=10)
SUPERVISOR = Actor("s", role=UserRole.SUPERVISOR, user_id=2, staff_id=20)
ADMIN = Actor("a", role=UserRole.ADMIN, user_id=3)

# Expected matrix written out by hand: (officer on shift, supervisor, admin, system).
# Officers' permissions are checked on shift here; off-shift and ownership have their own tests.
EXPECTED: dict[Permission, tuple[bool, bool, bool, bool]] = {
    P.LOG_WRITE: (True, False, False, True),
    P.LOG_EDIT_OWN: (True, False, False, True),
    # 补录 of any date: supervisors and administrators; officers only for their own shift (LOG_WRITE).
    P.LOG_LATE_ENTRY: (False, True, True, True),
    P.MATTER_WRITE: (True, False, False, True),
    P.MATTER_EDIT_OWN: (True, False, False, True),
    P.BRIEFING_WRITE: (True, False, False, True),
    P.BRIEFING_REVIEW: (False, True, False, True),
    P.BRIEFING_RETURN: (False, True, False, True),
    P.BRIEFING_SIGN: (False, True, False, True),
    # The monthly bulletin is office work: officers (on shift or not) and leaders write it.
    P.BULLETIN_WRITE: (True, True, False, True),
    P.INSTRUCTION_WRITE: (False, True, False, True),
    P.RECORD_VOID: (False, True, True, True),
    P.AUDIT_VIEW: (False, True, True, True),
    P.STAFF_MANAGE: (False, False, True, True),
    P.LEDGER_IMPORT: (False, False, True, True),
    P.ROSTER_MANAGE: (False, False, True, True),
    P.ROSTER_SWAP_REQUEST: (True, True, True, True),
    P.ROSTER_SWAP_APPROVE: (False, True, True, True),
    P.USER_MANAGE: (False, False, True, True),
    P.SETTINGS_MANAGE: (False, False, True, True),
    P.BACKUP_RESTORE: (False, False, True, True),
    P.DELETE_SIGNED_BRIEFING: (False, False, False, False),
    P.DELETE_ARCHIVED_MATTER: (False, False, False, False),
    P.DELETE_AUDIT_RECORD: (False, False, False, False),
}
ACTORS = (("officer", OFFICER), ("supervisor", SUPERVISOR), ("admin", ADMIN), ("system", SYSTEM_ACTOR))
CELLS = [
    pytest.param(permission, actor, EXPECTED[permission][column], id=f"{permission.value}-{name}")
    for permission in Permission
    for column, (name, actor) in enumerate(ACTORS)
]


def test_every_permission_has_an_expected_row() -> None:
    assert set(EXPECTED) == set(Permission)


@pytest.mark.parametrize(("permission", "actor", "expected"), CELLS)
def test_matrix_cell(permission: Permission, actor: Actor, expected: bool) -> None:
    assert allowed(actor, permission, on_shift=True, owner_staff_id=actor.staff_id) is expected
    if expected:
        require(actor, permission, on_shift=True, owner_staff_id=actor.staff_id)
    else:
        with pytest.raises(PermissionDenied) as caught:
            require(actor, permission, on_shift=True, owner_staff_id=actor.staff_id)
        assert caught.value.message  # a sentence a person can read


@pytest.mark.parametrize("permission", sorted(Permission))
def test_read_only_viewer_only_reads(permission: Permission) -> None:
    assert allowed(VIEWER_ACTOR, permission, on_shift=True) is (permission is P.AUDIT_VIEW)


@pytest.mark.parametrize(
    "permission",
    [P.LOG_WRITE, P.LOG_EDIT_OWN, P.MATTER_WRITE, P.MATTER_EDIT_OWN, P.BRIEFING_WRITE],
)
def test_officer_writes_only_on_shift(permission: Permission) -> None:
    assert not allowed(OFFICER, permission, on_shift=False, owner_staff_id=OFFICER.staff_id)
    with pytest.raises(PermissionDenied, match="不在值班时段"):
        require(OFFICER, permission, on_shift=False, owner_staff_id=OFFICER.staff_id)


@pytest.mark.parametrize("permission", [P.LOG_EDIT_OWN, P.MATTER_EDIT_OWN])
def test_officer_edits_only_own_records(permission: Permission) -> None:
    assert not allowed(OFFICER, permission, on_shift=True, owner_staff_id=99)
    assert not allowed(OFFICER, permission, on_shift=True, owner_staff_id=None)
    with pytest.raises(PermissionDenied, match="本人"):
        require(OFFICER, permission, on_shift=True, owner_staff_id=99)


def test_deleting_evidence_is_refused_with_advice_to_void() -> None:
    with pytest.raises(PermissionDenied, match="作废"):
        require(SYSTEM_ACTOR, P.DELETE_AUDIT_RECORD)


# --- enforced by the services on a real database ------------------------------------------


def _submitted(office: Office, ctx: dict[str, Any]) -> int:
    briefing_id: int = ctx["briefing"]
    return briefing_id


def _prepare_briefing(office: Office, people: People, ctx: dict[str, Any]) -> None:
    """A submitted briefing for today, made by the system before the tested actor acts."""
    office.act_as(SYSTEM_ACTOR)
    draft = office.briefings.draft(ctx["today"], author_id=people.officer.staff_id)
    ctx["briefing"] = office.briefings.submit(draft.id, author_id=people.officer.staff_id).id


def _prepare_swap(office: Office, ctx: dict[str, Any], *, ask: bool) -> None:
    """Two people who are none of the actors, the first on duty on ctx's day; with ``ask``,
    the system's request that the second take that duty."""
    office.act_as(SYSTEM_ACTOR)
    names = {p.name: p.id for p in office.staff.all()}
    ids = [names.get(name) or office.staff.add(name).id for name in ("赵六", "钱七")]
    office.roster.assign(ctx["day"], Shift.FULL, DutyRole.OFFICER, ids[0])
    ctx["swap"] = ids
    if ask:
        ctx["request"] = office.roster.swaps.request(ctx["day"], ids[1], "家中有事", for_staff_id=ids[0]).id


def _entry(office: Office, people: People) -> int:
    office.act_as(people.officer)
    return office.log.add_entry(
        NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text="巡查微博")
    ).id


ACTIONS: dict[str, Callable[[Office, People, dict[str, Any]], object]] = {
    "staff.add": lambda office, people, ctx: office.staff.add("赵磊"),
    "staff.update": lambda office, people, ctx: office.staff.update(
        ctx["staff"].id, expected_version=ctx["staff"].version, phone="123456"
    ),
    "roster.assign": lambda office, people, ctx: office.roster.assign(
        ctx["day"], Shift.NIGHT, DutyRole.OFFICER, ctx["staff"].id
    ),
    "roster.set_rules": lambda office, people, ctx: office.roster.set_rules(office.roster.rules()),
    "roster.add_leave": lambda office, people, ctx: office.roster.add_leave(
        ctx["staff"].id, ctx["day"], ctx["day"], "病假"
    ),
    "roster.add_special_period": lambda office, people, ctx: office.roster.add_special_period(
        "重要会议", ctx["day"], ctx["day"]
    ),
    "roster.changes.assign": lambda office, people, ctx: office.roster.changes.assign(
        # A day later: the staff member is on today's day shift and needs the minimum rest.
        ctx["day"] + timedelta(days=1),
        Shift.DAY,
        DutyRole.OFFICER,
        ctx["staff"].id,
        "临时加班",
    ),
    # On behalf of someone who is none of the actors: an administrator's act.
    "roster.swaps.request(for)": lambda office, people, ctx: office.roster.swaps.request(
        ctx["day"], ctx["swap"][1], "家中有事", for_staff_id=ctx["swap"][0]
    ),
    "roster.swaps.refuse": lambda office, people, ctx: office.roster.swaps.refuse(ctx["request"], "人手紧张"),
    "holidays.set_day": lambda office, people, ctx: office.holidays.set_day(
        ctx["day"], DayKind.HOLIDAY, "元旦"
    ),
    "briefings.draft": lambda office, people, ctx: office.briefings.draft(
        ctx["today"], author_id=people.officer.staff_id
    ),
    "briefings.draft_monthly": lambda office, people, ctx: office.briefings.draft_monthly(
        ctx["today"].year, ctx["today"].month
    ),
    "briefings.return_": lambda office, people, ctx: office.briefings.return_(
        _submitted(office, ctx), reviewer_id=people.supervisor.staff_id, reason="请补充处置结果"
    ),
    "briefings.sign": lambda office, people, ctx: office.briefings.sign(
        _submitted(office, ctx), reviewer_id=people.supervisor.staff_id, instruction="同意"
    ),
    "submissions.add": lambda office, people, ctx: office.submissions.add(
        sent_on=ctx["today"], title="关于某小区停水的舆情信息", recipient="市委网信办"
    ),
    "matters.evidence.attach_bytes": lambda office, people, ctx: office.matters.evidence.attach_bytes(
        ctx["matter"], b"<html>page</html>", filename="page.html"
    ),
    "log.add_entry": lambda office, people, ctx: office.log.add_entry(
        NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text="巡查论坛")
    ),
    "log.update_entry(own)": lambda office, people, ctx: office.log.update_entry(
        ctx["entry"], text="更正：巡查微博、论坛", expected_version=1
    ),
    "matters.add": lambda office, people, ctx: office.matters.add("某小区停水引发关注"),
    "settings.set_unit_name": lambda office, people, ctx: office.settings.set_unit_name("某某网信办"),
    "settings.set_working_hours": lambda office, people, ctx: office.settings.set_working_hours(
        "09:00", "18:00"
    ),
    "accounts.add_user": lambda office, people, ctx: office.accounts.add_user(
        "newbie", UserRole.OFFICER, PASSWORD
    ),
    "accounts.reset_password": lambda office, people, ctx: office.accounts.reset_password(
        "lina", "another pass 2"
    ),
    "accounts.users": lambda office, people, ctx: office.accounts.users(),
    "audit.void(log_entry)": lambda office, people, ctx: office.audit.void(
        "log_entry", ctx["entry"], "重复记录"
    ),
    "audit.find": lambda office, people, ctx: office.audit.find(),
    "audit.delete": lambda office, people, ctx: office.audit.delete(1),
    "backups.backup": lambda office, people, ctx: office.backups.backup(),
    "ledger_import.import_file": lambda office, people, ctx: office.ledger_import.import_file(ctx["ledger"]),
    # The officer on duty works a plan's checklist, and so may the leader (a step is often theirs).
    "checklists.start": lambda office, people, ctx: office.checklists.start(ctx["matter"], ctx["plan"]),
}

# Actions that only read: they leave no audit record.
READS = {"accounts.users", "audit.find"}

# Who may do each action: a set of role names from conftest.ROLE_NAMES.
MAY: dict[str, set[str]] = {
    "staff.add": {"admin", "system"},
    "staff.update": {"admin", "system"},
    "roster.assign": {"admin", "system"},
    "roster.set_rules": {"admin", "system"},
    "roster.add_leave": {"admin", "system"},
    "roster.add_special_period": {"admin", "system"},
    "roster.changes.assign": {"admin", "system"},
    "roster.swaps.request(for)": {"admin", "system"},
    "roster.swaps.refuse": {"supervisor", "admin", "system"},
    "holidays.set_day": {"admin", "system"},
    "briefings.draft": {"officer", "system"},
    # Office work, not the shift's: an officer off shift writes it too.
    "briefings.draft_monthly": {"officer", "off_duty", "supervisor", "system"},
    "briefings.return_": {"supervisor", "system"},
    "briefings.sign": {"supervisor", "system"},
    "submissions.add": {"officer", "system"},
    "matters.evidence.attach_bytes": {"officer", "system"},
    "log.add_entry": {"officer", "system"},
    "log.update_entry(own)": {"officer", "system"},
    "matters.add": {"officer", "system"},
    "settings.set_unit_name": {"admin", "system"},
    "settings.set_working_hours": {"admin", "system"},
    "accounts.add_user": {"admin", "system"},
    "accounts.reset_password": {"admin", "system"},
    "accounts.users": {"admin", "system"},
    "audit.void(log_entry)": {"supervisor", "admin", "system"},
    "audit.find": {"supervisor", "admin", "system", "viewer", "auditor"},
    "audit.delete": set(),
    "backups.backup": {"admin", "system"},
    "ledger_import.import_file": {"admin", "system"},
    "checklists.start": {"officer", "supervisor", "system"},
}

SERVICE_CELLS = [
    pytest.param(action, role, role in MAY[action], id=f"{action}-{role}")
    for action in ACTIONS
    for role in ROLE_NAMES
]


def _context(
    office: Office, people: People, clock: Any, tmp_path: Path, action: str, spread: int = 0
) -> dict[str, Any]:
    """What ``ACTIONS[action]`` needs, made by the system before the tested actor acts.

    ``spread`` moves the days so that many actions can run one after another in one office.
    """
    ctx: dict[str, Any] = {
        "staff": office.staff.all()[0],
        "day": clock.now.date() + timedelta(days=1 + spread),
        "entry": _entry(office, people),
        "tmp": tmp_path / f"manual{spread}",
        "today": clock.now.date() - timedelta(days=spread),
    }
    if action == "matters.evidence.attach_bytes":
        office.act_as(SYSTEM_ACTOR)
        ctx["matter"] = office.matters.add("某小区停水引发关注").id
    if action in ("briefings.return_", "briefings.sign"):
        _prepare_briefing(office, people, ctx)
    if action.startswith("roster.swaps."):
        _prepare_swap(office, ctx, ask=action == "roster.swaps.refuse")
    if action == "ledger_import.import_file":
        ctx["ledger"] = write_csv(tmp_path / f"ledger{spread}.csv", rows=ROWS[:1])
    if action.startswith("checklists."):
        office.act_as(SYSTEM_ACTOR)
        ctx["plan"] = office.plans.add(f"应急预案{spread}", ["报告带班领导@officer+30"]).name
        ctx["matter"] = office.matters.add("某小区停水引发关注").id
    return ctx


@pytest.mark.parametrize(("action", "role", "expected"), SERVICE_CELLS)
def test_service_enforces(
    office: Office, people: People, tmp_path: Path, clock: Any, action: str, role: str, expected: bool
) -> None:
    if action == "backups.backup" and office.db.backend != "sqlite":
        pytest.skip("backups copy the SQLite file; a server is backed up with its own tools")
    ctx = _context(office, people, clock, tmp_path, action)
    office.act_as(people.by_name(role))
    audit_before = _audit_count(office)
    if expected:
        ACTIONS[action](office, people, ctx)
        actor = office.actor
        office.act_as(SYSTEM_ACTOR)
        added = office.audit.find()[: office.audit.count() - audit_before]
        office.act_as(actor)
        if action not in READS:
            # One act, one audit record, naming the account that did it.
            assert [entry.username for entry in added] == [actor.username], action
        else:
            assert added == [], action
    else:
        with pytest.raises(PermissionDenied):
            ACTIONS[action](office, people, ctx)
        # A refused call writes nothing, not even an audit record.
        assert _audit_count(office) == audit_before


# --- the service table covers every permission the services check --------------------------

SERVICES = Path(dutylog.services.__file__).parent


def permissions_checked_by_services(root: Path = SERVICES) -> dict[Permission, list[str]]:
    """Each ``Permission.X`` passed to a ``<anything>.require(Permission.X, ...)`` call under ``root``.

    Maps the permission to where it is checked (``path:line``), for the failure message.
    """
    checked: dict[Permission, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "require"
                and node.args
            ):
                continue
            first = node.args[0]
            if (
                isinstance(first, ast.Attribute)
                and isinstance(first.value, ast.Name)
                and first.value.id == "Permission"
            ):
                where = f"{path.relative_to(root.parent.parent).as_posix()}:{node.lineno}"
                checked.setdefault(Permission[first.attr], []).append(where)
    return checked


def unexercised(
    checked: dict[Permission, list[str]], exercised: dict[str, set[Permission]]
) -> dict[Permission, list[str]]:
    """The permissions the services check that no row of the table makes them check."""
    covered = set().union(*exercised.values())
    return {permission: where for permission, where in checked.items() if permission not in covered}


def record_checks(
    office: Office, people: People, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, set[Permission]]:
    """Run every action of ACTIONS as the system actor; which permissions does each one check?"""
    real_require = office.require
    seen: set[Permission] = set()

    def recording_require(
        permission: Permission, *, owner_staff_id: int | None = None, at: datetime | None = None
    ) -> None:
        seen.add(permission)
        real_require(permission, owner_staff_id=owner_staff_id, at=at)

    monkeypatch.setattr(office, "require", recording_require)
    exercised: dict[str, set[Permission]] = {}
    for spread, action in enumerate(ACTIONS):
        ctx = _context(office, people, clock, tmp_path, action, spread)
        office.act_as(SYSTEM_ACTOR)
        seen.clear()  # only what the action itself checks, not the set-up
        if "system" in MAY[action]:
            ACTIONS[action](office, people, ctx)
        else:
            with pytest.raises(PermissionDenied):
                ACTIONS[action](office, people, ctx)
        exercised[action] = set(seen)
    monkeypatch.undo()
    return exercised


_WHY_SQLITE = "the permissions an action checks do not depend on the backend; backups need the file"


@pytest.mark.sqlite_only(_WHY_SQLITE)
def test_service_table_covers_every_checked_permission(
    office: Office, people: People, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert set(MAY) == set(ACTIONS)  # the shape of the two tables; the check that matters follows
    checked = permissions_checked_by_services()
    assert {P.LOG_WRITE, P.USER_MANAGE, P.AUDIT_VIEW} <= set(checked)  # the scan finds the calls
    exercised = record_checks(office, people, clock, tmp_path, monkeypatch)
    assert {action for action, seen in exercised.items() if not seen} == set()  # each row checks something
    missing = unexercised(checked, exercised)
    assert missing == {}, (
        "permissions checked by a service but by no row of ACTIONS/MAY (add a row): "
        + "; ".join(f"{permission.value} at {', '.join(where)}" for permission, where in missing.items())
    )


@pytest.mark.sqlite_only(_WHY_SQLITE)
def test_the_coverage_check_reports_a_permission_without_a_row(
    office: Office, people: People, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = permissions_checked_by_services()
    exercised = record_checks(office, people, clock, tmp_path, monkeypatch)
    assert exercised["backups.backup"] == {P.BACKUP_RESTORE}
    assert exercised["accounts.users"] == {P.USER_MANAGE}
    without_backup = {action: seen for action, seen in exercised.items() if action != "backups.backup"}
    # backups.backup is the only row that makes a service check BACKUP_RESTORE.
    assert unexercised(checked, without_backup) == {P.BACKUP_RESTORE: checked[P.BACKUP_RESTORE]}
    # USER_MANAGE is also checked by add_user and reset_password: one row less still covers it.
    without_users = {action: seen for action, seen in exercised.items() if action != "accounts.users"}
    assert unexercised(checked, without_users) == {}


def _audit_count(office: Office) -> int:
    actor = office.actor
    office.act_as(SYSTEM_ACTOR)
    try:
        return office.audit.count()
    finally:
        office.act_as(actor)
