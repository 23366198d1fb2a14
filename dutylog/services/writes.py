"""The one declared path of every write: who, may they, one transaction, the audit record.

    class StaffService:
        @writes
        def add(self, name: str, ...) -> StaffRecord:
            clean = ...                                   # validate
            self.office.require(Permission.STAFF_MANAGE)  # the specific permission
            with self.office.db.transaction() as store:   # joins the declared transaction
                ...
                self.office.audit.record(store, ...)      # names the logged-in account

`@writes` makes the rules structural rather than a convention:

- the author is the session's account: a write is refused, before anything is read,
  when nobody is logged in or the account only reads (a viewer);
- the whole call runs in ONE transaction (the method's own ``db.transaction()`` blocks
  join it as savepoints), so a failure anywhere leaves nothing half-written;
- a call that returns without having written an audit record is a programming error
  and is rolled back, so no write escapes the audit trail.

The method still checks its own permission with ``office.require`` (it knows the facts
a permission depends on: whose record, which shift). tests/services/test_writes.py
finds every declared write by reflection and proves the first two rules for each, and
tests/services/accounts/test_permissions.py proves each permission cell.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from dutylog.domain.errors import PermissionDenied
from dutylog.services.context import OfficeContext

P = ParamSpec("P")
R = TypeVar("R")
WRITE_MARK = "__dutylog_write__"
# Declared writes call one another (matters.add -> create); the outermost one is the unit.
_DEPTH: ContextVar[int] = ContextVar("dutylog_write_depth", default=0)


class _Service(Protocol):
    @property
    def office(self) -> OfficeContext: ...


S = TypeVar("S", bound=_Service)


class UnauditedWrite(RuntimeError):
    """A declared write returned without writing its audit record (a bug, never user input)."""


def refuse_without_login(office: OfficeContext) -> None:
    """The check every write makes first: a logged-in account that may write at all."""
    actor = office.actor
    if actor.read_only:
        raise PermissionDenied(f"{actor.display} 只能查看，不能修改记录。", code="read_only")
    if not actor.system and actor.user_id is None:
        raise PermissionDenied("修改记录须先登录。", code="login_required")


def writes(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Declare ``method`` a write (see the module docstring)."""

    @functools.wraps(method)
    def declared(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        office = self.office
        refuse_without_login(office)
        outermost = _DEPTH.get() == 0
        token = _DEPTH.set(_DEPTH.get() + 1)
        try:
            with office.db.transaction() as store:
                before = office.audit.appended
                result = method(self, *args, **kwargs)
                # A call may find nothing to do (the draft already exists); one that changed
                # records must have said so in the audit trail, or it is undone.
                if outermost and office.audit.appended == before and store.changes.pending():
                    raise UnauditedWrite(f"{type(self).__name__}.{method.__name__} wrote no audit record")
        finally:
            _DEPTH.reset(token)
        return result

    setattr(declared, WRITE_MARK, True)
    return declared


def writes_files(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Declare a write that acts on the database file as a whole (backup, restore, copy).

    Such an act cannot run inside a transaction of the file it copies or replaces (a
    restore closes and reopens the database), so it records its audit entry in a
    transaction of its own; it is refused without a login all the same, and returning
    without that audit record is the same programming error.
    """

    @functools.wraps(method)
    def declared(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        office = self.office
        refuse_without_login(office)
        before = office.audit.appended
        result = method(self, *args, **kwargs)
        if office.audit.appended == before:
            raise UnauditedWrite(f"{type(self).__name__}.{method.__name__} wrote no audit record")
        return result

    setattr(declared, WRITE_MARK, True)
    return declared


def is_declared_write(function: object) -> bool:
    return bool(getattr(function, WRITE_MARK, False))


def acting_person(office: OfficeContext, named: int | None, *, act: str) -> int | None:
    """Whose act this is: the logged-in person's, never someone an argument names.

    Only the system account (the demo, tests, an import of past years' records) may name
    the person a record is by; a logged-in account naming anyone else is refused.
    """
    actor = office.actor
    if actor.system:
        return named
    if named is not None and named != actor.staff_id:
        raise PermissionDenied(f"{actor.display} 只能以本人身份{act}，不能代他人{act}。", code="not_yourself")
    return actor.staff_id
