"""The operating system's keyring, used only when it really works; it never crashes the app.

``keyring`` is imported on first use: it probes the platform's backends (D-Bus on Linux),
which a start-up on the default SQLite file should not pay for. A headless Linux box
without Secret Service gets ``keyring.backends.fail.Keyring`` (or a backend with
priority < 1, such as the null one): that counts as "no keyring", and callers store the
password in the connection file instead, with a warning.
"""

from __future__ import annotations

from typing import Any

KEYRING_SERVICE = "DutyLog"


class SecretStoreError(Exception):
    """The keyring refused or failed; ``reason`` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _backend() -> Any:
    """The active keyring backend, or raise SecretStoreError when there is none worth using."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception as exc:  # not installed, or a broken platform module
        raise SecretStoreError(f"无法加载 keyring：{exc}") from exc
    try:
        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception as exc:
        raise SecretStoreError(f"系统密钥环不可用：{exc}") from exc
    if isinstance(backend, fail.Keyring) or priority < 1:
        raise SecretStoreError("本机没有可用的系统密钥环")
    return backend


def keyring_available() -> bool:
    try:
        _backend()
    except SecretStoreError:
        return False
    return True


def store_password(entry: str, password: str) -> None:
    """Put ``password`` in the keyring under ``entry``; SecretStoreError if it could not."""
    backend = _backend()
    try:
        backend.set_password(KEYRING_SERVICE, entry, password)
    except Exception as exc:  # locked collection, D-Bus gone, user dismissed the prompt...
        raise SecretStoreError(f"无法写入系统密钥环：{exc}") from exc


def load_password(entry: str) -> str | None:
    """The password filed under ``entry`` (None when there is none); SecretStoreError on failure."""
    backend = _backend()
    try:
        value = backend.get_password(KEYRING_SERVICE, entry)
    except Exception as exc:
        raise SecretStoreError(f"无法读取系统密钥环：{exc}") from exc
    return value if isinstance(value, str) else None


def delete_password(entry: str) -> None:
    """Remove ``entry`` if the keyring has it; failures are ignored (it is a clean-up)."""
    try:
        _backend().delete_password(KEYRING_SERVICE, entry)
    except Exception:  # nothing more to do about a stale entry; never worth an error
        return
