"""A real keyring backend that keeps its passwords in memory (for the saved-connection tests)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]  # a class property in keyring; any value >= 1 is "usable"

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class BrokenKeyring(MemoryKeyring):
    """Looks usable, then fails at every call (a locked collection, D-Bus gone)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("collection is locked")

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("collection is locked")
