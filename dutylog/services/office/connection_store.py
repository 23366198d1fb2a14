"""This workstation's saved database connection: ``connection.json`` in the user config folder.

The file (mode 0600, written atomically) holds the backend, the server's address and the
user name. The password goes to the system keyring; only when the platform has none
usable is it written into the file, and the caller gets a warning to show the user.
No permission checks here: the file belongs to whoever owns the account, and the CLI
uses it before any database is open. ``ConnectionService`` adds the administrator check.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from dutylog.domain.errors import DatabaseError, DutyLogError, ValidationError
from dutylog.domain.office.connection import (
    Backend,
    ConnectionProfile,
    PasswordStorage,
    SavedConnection,
    validate_profile,
)
from dutylog.paths import config_dir
from dutylog.services.office import keyring_store
from dutylog.storage.files import write_atomic

FILE_NAME = "connection.json"
FORMAT = 1


def plain_text_warning(file: Path, reason: str) -> str:
    return f"{reason}，数据库密码以明文保存在 {file}（仅本人可读）。"


class ConnectionStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.file = (folder if folder is not None else config_dir()) / FILE_NAME

    # -- reading -------------------------------------------------------------------
    def load(self, *, with_password: bool = True) -> SavedConnection | None:
        """The saved connection, or None when there is none.

        A damaged file raises DatabaseError (code ``bad_connection_file``): quietly falling
        back to a local file would let a workstation write where nobody else reads.
        A keyring that fails only costs the password, with a warning.
        """
        try:
            raw = self.file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise self._damaged(str(exc)) from exc
        try:
            data = json.loads(raw)
            profile, storage, file_password = _from_json(data)
            profile = validate_profile(profile)
        except (ValueError, TypeError, KeyError, ValidationError) as exc:
            raise self._damaged(getattr(exc, "message", None) or str(exc)) from exc
        if not with_password or storage is PasswordStorage.NONE:
            return SavedConnection(profile, self.file, storage)
        if storage is PasswordStorage.FILE:
            warning = plain_text_warning(self.file, "本机没有可用的系统密钥环")
            return SavedConnection(replace(profile, password=file_password), self.file, storage, warning)
        try:
            password = keyring_store.load_password(profile.keyring_entry())
        except keyring_store.SecretStoreError as exc:
            return SavedConnection(profile, self.file, storage, f"{exc.reason}，无法取得数据库密码。")
        if password is None:
            return SavedConnection(profile, self.file, storage, "系统密钥环中没有保存的数据库密码。")
        return SavedConnection(replace(profile, password=password), self.file, storage)

    def _damaged(self, reason: str) -> DatabaseError:
        return DatabaseError(
            f"本机保存的数据库连接无法读取：{self.file}（{reason}）。"
            "请用 --db 指定数据库，或执行 dutylog connection forget 删除该文件后重新设置。",
            code="bad_connection_file",
        )

    # -- writing -------------------------------------------------------------------
    def save(self, profile: ConnectionProfile, *, keep_password: bool = False) -> SavedConnection:
        """Validate and save ``profile``; nothing is written when it is invalid.

        ``keep_password``: an empty password means "keep the saved one" (the form never shows it).
        """
        profile = validate_profile(profile)
        previous = self._previous()
        if keep_password:
            profile = self.fill_password(profile, previous)
        storage = PasswordStorage.NONE
        warning = None
        if profile.is_server and profile.password:
            try:
                keyring_store.store_password(profile.keyring_entry(), profile.password)
                storage = PasswordStorage.KEYRING
            except keyring_store.SecretStoreError as exc:
                storage = PasswordStorage.FILE
                warning = plain_text_warning(self.file, exc.reason)
        data = _to_json(profile, storage)
        try:
            write_atomic(self.file, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        except OSError as exc:
            raise DutyLogError(
                f"无法保存数据库连接到 {self.file}：{exc.strerror or exc}", code="config_write_failed"
            ) from exc
        # Only now that the new file is in place: a stale entry of the old profile goes.
        if previous is not None and previous.password_storage is PasswordStorage.KEYRING:
            old_entry = previous.profile.keyring_entry()
            if storage is not PasswordStorage.KEYRING or old_entry != profile.keyring_entry():
                keyring_store.delete_password(old_entry)
        return SavedConnection(profile, self.file, storage, warning)

    def fill_password(
        self, profile: ConnectionProfile, previous: SavedConnection | None = None
    ) -> ConnectionProfile:
        """An empty server password stands for the saved one: the form never shows it."""
        if not profile.is_server or profile.password:
            return profile
        previous = previous or self._previous()
        if previous is not None and previous.profile.is_server and previous.profile.password:
            return replace(profile, password=previous.profile.password)
        return profile

    def forget(self) -> bool:
        """Delete the saved connection (and its keyring entry); False when there was none."""
        previous = self._previous(with_password=False)
        try:
            self.file.unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise DutyLogError(
                f"无法删除 {self.file}：{exc.strerror or exc}", code="config_write_failed"
            ) from exc
        if previous is not None and previous.password_storage is PasswordStorage.KEYRING:
            keyring_store.delete_password(previous.profile.keyring_entry())
        return True

    def _previous(self, *, with_password: bool = True) -> SavedConnection | None:
        """What is saved now, if readable; a damaged file is simply overwritten."""
        with contextlib.suppress(DatabaseError):
            return self.load(with_password=with_password)
        return None


def _to_json(profile: ConnectionProfile, storage: PasswordStorage) -> dict[str, Any]:
    data: dict[str, Any] = {"format": FORMAT, "backend": profile.backend.value}
    if profile.backend is Backend.SQLITE_FILE:
        data["sqlite_path"] = profile.sqlite_path
    elif profile.is_server:
        data.update(
            host=profile.host,
            port=profile.port,
            database=profile.database,
            user=profile.user,
            password_storage=storage.value,
        )
        if storage is PasswordStorage.FILE:
            data["password"] = profile.password
    return data


def _from_json(data: Any) -> tuple[ConnectionProfile, PasswordStorage, str]:
    if not isinstance(data, dict):
        raise ValueError("不是 JSON 对象")
    if data.get("format") != FORMAT:
        raise ValueError(f"未知的格式版本 {data.get('format')!r}")
    backend = Backend(data["backend"])
    if backend is not Backend.POSTGRESQL:
        return ConnectionProfile(backend, sqlite_path=_text(data, "sqlite_path")), PasswordStorage.NONE, ""
    port = data["port"]
    if not isinstance(port, int):
        raise TypeError("端口不是整数")
    profile = ConnectionProfile(
        backend,
        host=_text(data, "host"),
        port=port,
        database=_text(data, "database"),
        user=_text(data, "user"),
    )
    storage = PasswordStorage(data.get("password_storage", PasswordStorage.NONE.value))
    return profile, storage, _text(data, "password") if storage is PasswordStorage.FILE else ""


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise TypeError(f"{key} 不是文本")
    return value
