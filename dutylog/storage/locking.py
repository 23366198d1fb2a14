"""Locking for writes from several workstations.

Optimistic locking: save only if nobody saved a newer version in the meantime.

Every editable table has an integer ``version`` column. A record read at
version 3 is saved with ``UPDATE ... SET ..., version = 4 WHERE id = ? AND
version = 3``; if another workstation saved first, no row matches and the
caller gets a ConflictError instead of silently overwriting the other change.

    new_version = update_versioned(session, Staff, staff_id, expected_version=3,
                                   values={"phone": "123"}, label="人员")
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import CursorResult, select, text, update
from sqlalchemy.orm import Session

from dutylog.domain.errors import ConflictError, NotFoundError


def update_versioned(
    session: Session,
    model: type[Any],
    row_id: int,
    *,
    expected_version: int,
    values: Mapping[str, Any],
    label: str,
) -> int:
    """Apply ``values`` to row ``row_id`` if it is still at ``expected_version``; return the new version."""
    new_version = expected_version + 1
    statement = (
        update(model)
        .where(model.id == row_id, model.version == expected_version)
        .values(**values, version=new_version)
        .execution_options(synchronize_session=False)
    )
    result = session.execute(statement)
    assert isinstance(result, CursorResult)
    if result.rowcount == 1:
        # Objects already loaded in this session must not show the old values.
        session.expire_all()
        return new_version
    current = session.scalar(select(model.version).where(model.id == row_id))
    if current is None:
        raise NotFoundError(f"找不到编号为 {row_id} 的{label}，可能已被他人删除。", code="not_found")
    raise ConflictError(
        f"保存失败：这条{label}记录已被他人修改（您编辑的是第 {expected_version} 版，"
        f"当前已是第 {current} 版）。请重新载入最新内容后再修改，您的修改不会覆盖他人的保存。",
        code="conflict",
    )


# -- serialising read-then-write steps ---------------------------------------------
# Transaction-scoped locks for read-then-write steps (numbering: max + 1).
#
# Two workstations on PostgreSQL (READ COMMITTED) could both read the same maximum and
# draw the same number; the advisory lock makes the second wait for the first to commit.
# On SQLite the write transaction (BEGIN IMMEDIATE) already serialises writers; a write
# that changes nothing takes the file's write lock if a deferred transaction calls this.


def serialize(session: Session, key: str) -> None:
    """Call FIRST in the transaction, before reading what the write depends on."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": key})
    else:
        session.execute(text("UPDATE change_counter SET serial = serial WHERE 1 = 0"))
