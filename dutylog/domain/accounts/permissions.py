"""Who may do what: the permission matrix, the acting user and `require`.

Pure rules, no storage. Services call ``office.require(Permission.X)`` (see
``dutylog.services.trust``), which fills in the facts this module cannot know
(is the officer on shift now? who wrote the record?) and calls `require` here.

The matrix (✓ allowed, S only during one's own shift, O only one's own record
during one's shift, – never):

| permission            | officer | supervisor | admin | system |
|-----------------------|---------|------------|-------|--------|
| log_write             | S       | –          | –     | ✓      |
| log_edit_own          | O       | –          | –     | ✓      |
| matter_write          | S       | –          | –     | ✓      |
| matter_edit_own       | O       | –          | –     | ✓      |
| briefing_write        | S       | –          | –     | ✓      |
| briefing_review       | –       | ✓          | –     | ✓      |
| briefing_return       | –       | ✓          | –     | ✓      |
| briefing_sign         | –       | ✓          | –     | ✓      |
| instruction_write     | –       | ✓          | –     | ✓      |
| record_void           | –       | ✓          | ✓     | ✓      |
| audit_view            | –       | ✓          | ✓     | ✓      |
| staff_manage          | –       | –          | ✓     | ✓      |
| roster_manage         | –       | –          | ✓     | ✓      |
| roster_swap_request   | ✓       | ✓          | ✓     | ✓      |
| roster_swap_approve   | –       | ✓          | ✓     | ✓      |
| user_manage           | –       | –          | ✓     | ✓      |
| settings_manage       | –       | –          | ✓     | ✓      |
| backup_restore        | –       | –          | ✓     | ✓      |
| delete_signed_briefing| –       | –          | –     | –      |
| delete_archived_matter| –       | –          | –     | –      |
| delete_audit_record   | –       | –          | –     | –      |

Nobody deletes a signed briefing, an archived matter or an audit record, not
even the system actor: such records are voided with a reason instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dutylog.domain.enums import UserRole
from dutylog.domain.errors import PermissionDenied


class Permission(StrEnum):
    LOG_WRITE = "log_write"
    LOG_EDIT_OWN = "log_edit_own"
    # 补录: entries of any past date typed in later from paper, marked as late entries.
    LOG_LATE_ENTRY = "log_late_entry"
    MATTER_WRITE = "matter_write"
    MATTER_EDIT_OWN = "matter_edit_own"
    BRIEFING_WRITE = "briefing_write"
    BRIEFING_REVIEW = "briefing_review"
    BRIEFING_RETURN = "briefing_return"
    BRIEFING_SIGN = "briefing_sign"
    # The monthly bulletin is office work, not a shift's: written by officers and leaders alike.
    BULLETIN_WRITE = "bulletin_write"
    INSTRUCTION_WRITE = "instruction_write"
    RECORD_VOID = "record_void"
    AUDIT_VIEW = "audit_view"
    STAFF_MANAGE = "staff_manage"
    # Importing ledgers of past years: an administrative act, not tied to anyone's duty.
    LEDGER_IMPORT = "ledger_import"
    ROSTER_MANAGE = "roster_manage"
    # Ask for a swap of one's own duty, or accept one asked of oneself (not bound to a shift).
    ROSTER_SWAP_REQUEST = "roster_swap_request"
    ROSTER_SWAP_APPROVE = "roster_swap_approve"
    USER_MANAGE = "user_manage"
    SETTINGS_MANAGE = "settings_manage"
    BACKUP_RESTORE = "backup_restore"
    DELETE_SIGNED_BRIEFING = "delete_signed_briefing"
    DELETE_ARCHIVED_MATTER = "delete_archived_matter"
    DELETE_AUDIT_RECORD = "delete_audit_record"


PERMISSION_ZH: dict[Permission, str] = {
    Permission.LOG_WRITE: "填写值班日志",
    Permission.LOG_EDIT_OWN: "修改本人的日志草稿",
    Permission.LOG_LATE_ENTRY: "补录往日值班日志",
    Permission.MATTER_WRITE: "登记舆情事项",
    Permission.MATTER_EDIT_OWN: "修改本人登记的事项",
    Permission.BRIEFING_WRITE: "撰写当日汇报",
    Permission.BRIEFING_REVIEW: "审阅汇报",
    Permission.BRIEFING_RETURN: "退回汇报",
    Permission.BRIEFING_SIGN: "审签汇报",
    Permission.BULLETIN_WRITE: "撰写舆情月报",
    Permission.INSTRUCTION_WRITE: "填写批示",
    Permission.RECORD_VOID: "作废记录",
    Permission.AUDIT_VIEW: "查看审计记录",
    Permission.STAFF_MANAGE: "管理人员",
    Permission.LEDGER_IMPORT: "导入往年台账",
    Permission.ROSTER_MANAGE: "管理值班表",
    Permission.ROSTER_SWAP_REQUEST: "申请或接受调班",
    Permission.ROSTER_SWAP_APPROVE: "审批调班",
    Permission.USER_MANAGE: "管理账号",
    Permission.SETTINGS_MANAGE: "修改系统设置",
    Permission.BACKUP_RESTORE: "备份与恢复数据库",
    Permission.DELETE_SIGNED_BRIEFING: "删除已审签的汇报",
    Permission.DELETE_ARCHIVED_MATTER: "删除已归档的事项",
    Permission.DELETE_AUDIT_RECORD: "删除审计记录",
}

# Granted to no one: evidence is voided with a reason, never deleted.
NEVER: frozenset[Permission] = frozenset(
    {Permission.DELETE_SIGNED_BRIEFING, Permission.DELETE_ARCHIVED_MATTER, Permission.DELETE_AUDIT_RECORD}
)

MATRIX: dict[UserRole, frozenset[Permission]] = {
    UserRole.OFFICER: frozenset(
        {
            Permission.LOG_WRITE,
            Permission.LOG_EDIT_OWN,
            Permission.MATTER_WRITE,
            Permission.MATTER_EDIT_OWN,
            Permission.BRIEFING_WRITE,
            Permission.BULLETIN_WRITE,
            Permission.ROSTER_SWAP_REQUEST,
        }
    ),
    UserRole.SUPERVISOR: frozenset(
        {
            Permission.BULLETIN_WRITE,
            Permission.ROSTER_SWAP_REQUEST,
            Permission.ROSTER_SWAP_APPROVE,
            Permission.BRIEFING_REVIEW,
            Permission.BRIEFING_RETURN,
            Permission.BRIEFING_SIGN,
            Permission.INSTRUCTION_WRITE,
            Permission.RECORD_VOID,
            Permission.AUDIT_VIEW,
            Permission.LOG_LATE_ENTRY,
        }
    ),
    # Reads everything, the audit trail included; writes nothing.
    UserRole.VIEWER: frozenset({Permission.AUDIT_VIEW}),
    UserRole.ADMIN: frozenset(
        {
            Permission.STAFF_MANAGE,
            Permission.LEDGER_IMPORT,
            Permission.ROSTER_MANAGE,
            Permission.ROSTER_SWAP_REQUEST,
            Permission.ROSTER_SWAP_APPROVE,
            Permission.USER_MANAGE,
            Permission.SETTINGS_MANAGE,
            Permission.BACKUP_RESTORE,
            Permission.RECORD_VOID,
            Permission.AUDIT_VIEW,
            Permission.LOG_LATE_ENTRY,
        }
    ),
}

# Officers hold these only while on shift ...
SHIFT_BOUND: frozenset[Permission] = frozenset(
    {
        Permission.LOG_WRITE,
        Permission.LOG_EDIT_OWN,
        Permission.MATTER_WRITE,
        Permission.MATTER_EDIT_OWN,
        Permission.BRIEFING_WRITE,
    }
)
# ... and these only for records they wrote themselves.
OWN_ONLY: frozenset[Permission] = frozenset({Permission.LOG_EDIT_OWN, Permission.MATTER_EDIT_OWN})


@dataclass(frozen=True)
class Actor:
    """Who is acting: a logged-in user, the command-line system actor or a read-only viewer."""

    username: str
    role: UserRole | None = None
    user_id: int | None = None
    staff_id: int | None = None
    system: bool = False
    read_only: bool = False

    @property
    def display(self) -> str:
        if self.system:
            return "系统"
        if self.read_only and self.user_id is None:
            return "只读查看"
        return self.username


# A read-only viewer (e.g. a `--screenshot` run) may read everything, the audit trail included.
READ_ONLY: frozenset[Permission] = frozenset({Permission.AUDIT_VIEW})

SYSTEM_ACTOR = Actor(username="system", system=True)
VIEWER_ACTOR = Actor(username="viewer", read_only=True)


def permissions_of(actor: Actor) -> frozenset[Permission]:
    """What ``actor`` may do in principle (shift and ownership still apply)."""
    if actor.read_only:
        return READ_ONLY
    if actor.system:
        return frozenset(Permission) - NEVER
    if actor.role is None:
        return frozenset()
    return MATRIX[actor.role]


def allowed(
    actor: Actor, permission: Permission, *, on_shift: bool = False, owner_staff_id: int | None = None
) -> bool:
    """True if ``actor`` may use ``permission`` given the facts of the moment."""
    if permission not in permissions_of(actor):
        return False
    if actor.system:
        return True
    if permission in SHIFT_BOUND and not on_shift:
        return False
    return not (permission in OWN_ONLY and (actor.staff_id is None or actor.staff_id != owner_staff_id))


def require(
    actor: Actor, permission: Permission, *, on_shift: bool = False, owner_staff_id: int | None = None
) -> None:
    """Raise PermissionDenied, in words a person understands, unless ``actor`` may act."""
    if allowed(actor, permission, on_shift=on_shift, owner_staff_id=owner_staff_id):
        return
    what = PERMISSION_ZH[permission]
    if permission in NEVER:
        reason = f"任何人都不能{what}：请改为作废并说明理由。"
    elif permission not in permissions_of(actor):
        role = actor.role.zh if actor.role is not None else actor.display
        reason = f"{actor.display}（{role}）无权{what}。"
    elif permission in SHIFT_BOUND and not on_shift:
        reason = f"{actor.display} 当前不在值班时段，不能{what}。"
    else:
        reason = f"只能修改本人填写的记录，{actor.display} 不能{what}。"
    raise PermissionDenied(reason, code="forbidden", field=permission.value)
