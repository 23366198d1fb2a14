"""Typed errors raised by the core. Each carries an English code and a message for people.

The UI shows ``message`` (Chinese by default); the CLI prints ``code: message``.
"""

from __future__ import annotations


class DutyLogError(Exception):
    """Base class for every error the core raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(DutyLogError):
    """Input that breaks a rule; nothing was written."""

    code = "invalid"


class NotFoundError(DutyLogError):
    code = "not_found"


class ConflictError(DutyLogError):
    """Someone else saved a newer version of the record."""

    code = "conflict"


class PermissionDenied(DutyLogError):
    code = "forbidden"


class DatabaseError(DutyLogError):
    """The database cannot be opened, is damaged or has an unknown schema."""

    code = "database"


class ConnectionLostError(DatabaseError):
    """The database server cannot be reached (network down, server restarting); retry later."""

    code = "connection_lost"


class SchemaTooNewError(DatabaseError):
    code = "schema_too_new"


class Cancelled(DutyLogError):
    """The person pressed Cancel: long work stops at its next progress report.

    Work that reports progress is all-or-nothing, so a cancelled operation left nothing behind.
    """

    code = "cancelled"
