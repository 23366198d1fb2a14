"""What a service is given: the office it works for, described as a protocol.

Services never import `dutylog.office.Office` (the front door that composes them): each
receives an object that satisfies `OfficeContext` (the database, the clock, who is
acting, the permission check and the audit writer) and, where it uses other services,
a protocol of its own that extends this one and names them, so a service's
dependencies read from its module. `Office` satisfies every such protocol; a test can
build one service alone with any object that has the same attributes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from dutylog.domain.accounts.audit import AuditAction, AuditEntry
    from dutylog.domain.accounts.permissions import Actor, Permission
    from dutylog.domain.log.shifts import ShiftTimes
    from dutylog.storage.database import Database, Store
    from dutylog.storage.output import OutputFiles

Clock = Callable[[], datetime]


class AuditWriter(Protocol):
    # How many records this writer has appended: a declared write (services/writes.py)
    # compares it before and after to know that it was audited.
    appended: int

    def record(
        self,
        store: Store,
        action: AuditAction | str,
        entity: str,
        entity_id: int | str | None,
        *,
        before: object = None,
        after: object = None,
        actor: Actor | None = None,
    ) -> AuditEntry:
        """Append one audit record inside the caller's transaction."""
        ...


class OfficeContext(Protocol):
    """The office as every service sees it."""

    db: Database
    clock: Clock
    # Who is acting now; the login sets it (see AccountService.login).
    actor: Actor

    @property
    def audit(self) -> AuditWriter: ...

    @property
    def outputs(self) -> OutputFiles:
        """The one way to write a file a user asked for: exports, documents, archives."""
        ...

    def require(
        self, permission: Permission, *, owner_staff_id: int | None = None, at: datetime | None = None
    ) -> None:
        """Raise PermissionDenied unless the acting user may use ``permission``.

        Duty-bound permissions ask whether the person is on duty now, or, with ``at``,
        whether they were on duty at that moment (their own shift, until it locks).
        """
        ...

    def shift_times(self) -> ShiftTimes: ...

    def unit_name(self) -> str: ...

    def is_empty(self) -> bool: ...
