"""What the logged-in account may do, for enabling buttons before a form is filled.

The services still check every write (``office.require``); these helpers only decide
which buttons to offer and say, in a tooltip, why one is not offered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from dutylog.domain.accounts.permissions import SHIFT_BOUND, Actor, Permission, allowed
from dutylog.ui.i18n import label

if TYPE_CHECKING:
    from dutylog.office import Office

CONTEXT = "Rights"


def may(office: Office, permission: Permission) -> bool:
    """May the acting account use ``permission`` now (its shift counted for duty-bound rights)?"""
    actor = office.actor
    on_shift = False
    if permission in SHIFT_BOUND and not actor.system and actor.staff_id is not None:
        try:
            on_shift = office.on_shift(actor)
        except Exception:
            on_shift = False
    try:
        return allowed(actor, permission, on_shift=on_shift)
    except KeyError:  # a role without a row in the matrix (e.g. a viewer account) may nothing
        return False


def who(actor: Actor) -> str:
    """赵敏（值班员）: the account as people read it."""
    if actor.system:
        return QCoreApplication.translate("Rights", "系统")
    if actor.read_only and actor.user_id is None:
        return QCoreApplication.translate("Rights", "只读查看")
    name = actor.username
    return (
        QCoreApplication.translate("Rights", "{name}（{role}）").format(name=name, role=label(actor.role))
        if actor.role
        else name
    )


def refusal(office: Office, permission: Permission) -> str:
    """Why the acting account may not use ``permission``, for a disabled button's tooltip."""
    reasons = {
        Permission.BRIEFING_SIGN: QCoreApplication.translate("Rights", "只有审核人（领导）可以审签"),
        Permission.BRIEFING_RETURN: QCoreApplication.translate("Rights", "只有审核人（领导）可以退回"),
        Permission.BRIEFING_WRITE: QCoreApplication.translate("Rights", "只有当班的值班员可以撰写和提交汇报"),
        Permission.BULLETIN_WRITE: QCoreApplication.translate("Rights", "只有值班员和领导可以撰写舆情月报"),
        Permission.LOG_WRITE: QCoreApplication.translate("Rights", "只有当班的值班员可以接班确认和补正"),
        Permission.ROSTER_MANAGE: QCoreApplication.translate("Rights", "只有管理员可以修改值班表"),
        Permission.STAFF_MANAGE: QCoreApplication.translate("Rights", "只有管理员可以管理人员"),
        Permission.LEDGER_IMPORT: QCoreApplication.translate("Rights", "只有管理员可以导入往年台账"),
        Permission.USER_MANAGE: QCoreApplication.translate("Rights", "只有管理员可以管理账号"),
        Permission.SETTINGS_MANAGE: QCoreApplication.translate("Rights", "只有管理员可以修改单位设置"),
        Permission.BACKUP_RESTORE: QCoreApplication.translate("Rights", "只有管理员可以设置备份"),
    }
    reason = reasons.get(permission, QCoreApplication.translate("Rights", "当前账号无此权限"))
    return QCoreApplication.translate("Rights", "{reason}；当前账号：{who}").format(
        reason=reason, who=who(office.actor)
    )


def offer(widget: QWidget | QAction, office: Office, permission: Permission, tip: str = "") -> bool:
    """Enable ``widget`` if the account may use ``permission``; else disable it and say why."""
    ok = may(office, permission)
    widget.setEnabled(ok)
    widget.setToolTip(tip if ok else refusal(office, permission))
    return ok
