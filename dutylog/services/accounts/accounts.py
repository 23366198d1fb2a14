"""Accounts: first run, login with lock-out, passwords (argon2id), administration.

``office.accounts.login(name, password)`` returns an `Actor` and makes it the
office's acting user (``office.actor``); every later service call is checked
against that actor's role and recorded in the audit trail under its name.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Actor, Permission
from dutylog.domain.accounts.users import UserRecord
from dutylog.domain.enums import DutyRole, UserRole
from dutylog.domain.errors import PermissionDenied, ValidationError
from dutylog.domain.text import name_key
from dutylog.domain.validation import NAME_MAX, clean_name, clean_text
from dutylog.services.accounts.audit import safe_text
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.storage.database import Store

MAX_FAILED_ATTEMPTS = 5
LOCK_DURATION = timedelta(minutes=5)
PASSWORD_MIN = 8
PASSWORD_MAX = 256

# argon2-cffi's PasswordHasher uses argon2id with RFC 9106's low-memory profile.
_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def check_password(password: str) -> str:
    """Return ``password`` if it is acceptable, or raise ValidationError."""
    if len(password) < PASSWORD_MIN:
        raise ValidationError(f"密码至少 {PASSWORD_MIN} 个字符。", code="weak_password", field="password")
    if len(password) > PASSWORD_MAX:
        raise ValidationError(f"密码最多 {PASSWORD_MAX} 个字符。", code="too_long", field="password")
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            "密码含有无法保存的字符，请重新输入。", code="bad_characters", field="password"
        ) from None
    if password != password.strip():
        raise ValidationError("密码首尾不能有空格。", code="bad_password", field="password")
    return password


def clean_username(username: str) -> str:
    """An account name as stored: NFKC (fullwidth punctuation too), no invisible characters.

    Unique by `name_key` (case-insensitive), so ``ADMIN`` and ``ａｄｍｉｎ`` are the
    account ``admin`` and can never be a second one.
    """
    name = clean_name(username, field="username", label="用户名", max_length=NAME_MAX, fold_punctuation=True)
    if any(ch.isspace() for ch in name):
        raise ValidationError("用户名不能含有空格。", code="bad_username", field="username")
    return name


def find_account(store: Store, typed: str) -> UserRecord | None:
    """The account a typed name means: normalised as a new name would be, then compared by key.

    A login with ``ADMIN`` or ``ａｄｍｉｎ`` finds ``admin``. A name that could not be a new
    account (invisible characters) finds nothing. Accounts made before names were compared
    by key may share one (``admin`` and ``ADMIN``): then only the exact name finds its account.
    """
    try:
        name = clean_username(typed)
    except ValidationError:
        return None
    matches = store.users.with_name_key(name_key(name))
    exact = [user for user in matches if user.username == name]
    if exact:
        return exact[0]
    return matches[0] if len(matches) == 1 else None


def _login_error() -> PermissionDenied:
    # One message for an unknown name and a wrong password: do not reveal which names exist.
    return PermissionDenied("用户名或密码错误。", code="bad_login", field="password")


class AccountService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    # -- first run ---------------------------------------------------------------
    def needs_first_run(self) -> bool:
        """True while the database has no account at all."""
        with self.office.db.transaction() as store:
            return store.users.count() == 0

    def first_run(self, *, unit_name: str, username: str, password: str, full_name: str = "") -> Actor:
        """Name the unit and create the first administrator; then act as that administrator."""
        clean_unit = clean_text(
            unit_name, field="unit_name", label="单位名称", max_length=100, multiline=False
        )
        name = clean_username(username)
        person = clean_name(full_name or name, field="full_name", label="姓名", max_length=NAME_MAX)
        secret = check_password(password)
        digest = hash_password(secret)
        now = self.office.clock()
        with self.office.db.transaction() as store:
            if store.users.count():
                raise ValidationError("已经有账号，不能再次初始化。", code="already_set_up")
            store.settings.set("unit_name", clean_unit)
            staff = store.staff.add(name=person, roles=(DutyRole.OFFICER,))
            user = store.users.add(
                username=name, role=UserRole.ADMIN, password_hash=digest, staff_id=staff.id, now=now
            )
            actor = _actor(user)
            self.office.audit.record(
                store, AuditAction.CREATE, "setting", "unit_name", after=clean_unit, actor=actor
            )
            self.office.audit.record(store, AuditAction.CREATE, "staff", staff.id, after=staff, actor=actor)
            self.office.audit.record(store, AuditAction.CREATE, "app_user", user.id, after=user, actor=actor)
        self.office.actor = actor
        return actor

    # -- login -------------------------------------------------------------------
    def login(self, username: str, password: str, *, record_success: bool = True) -> Actor:
        """Check the password; on success the office acts as this user from now on.

        A refusal is always counted and audited. ``record_success=False`` (the command
        line) leaves a successful login unrecorded: a command's writes are audited under
        the account anyway, and one that fails or only reads must leave the records as
        they were (only a counter of earlier refusals is reset).
        """
        now = self.office.clock()
        typed = safe_text(username.strip())  # recorded as typed when the login fails
        failure: PermissionDenied | None = None
        actor: Actor | None = None
        with self.office.db.transaction() as store:
            user = find_account(store, username)
            if user is None or not user.active:
                _verify(_dummy_hash(), password)  # as slow as a real check: timing does not reveal names
                self.office.audit.record(
                    store,
                    AuditAction.LOGIN_FAILED,
                    "app_user",
                    user.id if user else None,
                    after={"username": typed, "reason": "unknown" if user is None else "inactive"},
                    actor=Actor(username=typed),
                )
                failure = _login_error()
            elif user.locked_until is not None and user.locked_until > now:
                self.office.audit.record(
                    store,
                    AuditAction.LOGIN_FAILED,
                    "app_user",
                    user.id,
                    after={"reason": "locked"},
                    actor=_actor(user),
                )
                minutes = max(1, int((user.locked_until - now).total_seconds() + 59) // 60)
                failure = PermissionDenied(
                    f"密码错误次数过多，账号已锁定，请 {minutes} 分钟后再试，或请管理员重置密码。",
                    code="locked",
                    field="password",
                )
            elif not _verify(store.users.password_hash(user.id), password):
                attempts = user.failed_attempts + 1
                if attempts >= MAX_FAILED_ATTEMPTS:
                    store.users.update(
                        user.id,
                        expected_version=user.version,
                        failed_attempts=0,
                        locked_until=now + LOCK_DURATION,
                    )
                    self.office.audit.record(
                        store,
                        AuditAction.LOCKED,
                        "app_user",
                        user.id,
                        after={"locked_until": now + LOCK_DURATION},
                        actor=_actor(user),
                    )
                    failure = PermissionDenied(
                        f"密码连续输错 {MAX_FAILED_ATTEMPTS} 次，账号已锁定 5 分钟。",
                        code="locked",
                        field="password",
                    )
                else:
                    store.users.update(user.id, expected_version=user.version, failed_attempts=attempts)
                    failure = _login_error()
                self.office.audit.record(
                    store,
                    AuditAction.LOGIN_FAILED,
                    "app_user",
                    user.id,
                    after={"reason": "password", "attempt": attempts},
                    actor=_actor(user),
                )
            else:
                if user.failed_attempts or user.locked_until is not None:
                    user = store.users.update(
                        user.id, expected_version=user.version, failed_attempts=0, locked_until=None
                    )
                actor = _actor(user)
                if record_success:
                    self.office.audit.record(store, AuditAction.LOGIN, "app_user", user.id, actor=actor)
        # Failed attempts are committed (counted and audited) before the error is raised.
        if failure is not None or actor is None:
            raise failure or _login_error()
        self.office.actor = actor
        return actor

    # -- passwords ---------------------------------------------------------------
    @writes
    def change_password(self, old_password: str, new_password: str) -> None:
        """The acting user changes their own password."""
        actor = self.office.actor
        if actor.user_id is None:
            raise PermissionDenied("请先登录再修改密码。", code="not_logged_in")
        secret = check_password(new_password)
        digest = hash_password(secret)
        with self.office.db.transaction() as store:
            user = store.users.get(actor.user_id)
            if not _verify(store.users.password_hash(user.id), old_password):
                raise PermissionDenied("原密码不正确。", code="bad_login", field="old_password")
            store.users.update(user.id, expected_version=user.version, password_hash=digest)
            self.office.audit.record(store, AuditAction.PASSWORD, "app_user", user.id, after={"by": "self"})

    @writes
    def reset_password(self, username: str, new_password: str) -> UserRecord:
        """An administrator sets a new password and lifts a lock."""
        self.office.require(Permission.USER_MANAGE)
        secret = check_password(new_password)
        digest = hash_password(secret)
        with self.office.db.transaction() as store:
            user = self._existing(store, username)
            updated = store.users.update(
                user.id,
                expected_version=user.version,
                password_hash=digest,
                failed_attempts=0,
                locked_until=None,
            )
            self.office.audit.record(store, AuditAction.PASSWORD, "app_user", user.id, after={"by": "admin"})
            return updated

    # -- administration ----------------------------------------------------------
    @writes
    def add_user(
        self, username: str, role: UserRole, password: str, *, staff_id: int | None = None
    ) -> UserRecord:
        self.office.require(Permission.USER_MANAGE)
        name = clean_username(username)
        digest = hash_password(check_password(password))
        with self.office.db.transaction() as store:
            # Checked inside the write's transaction, against every account's key: the unique
            # index on the stored name cannot see that ADMIN or ａｄｍｉｎ is admin.
            taken = store.users.with_name_key(name_key(name))
            if taken:
                same = "" if taken[0].username == name else f"（与已有的 {taken[0].username} 视为同名）"
                raise ValidationError(f"用户名 {name} 已存在{same}。", code="duplicate", field="username")
            if staff_id is not None:
                store.staff.get(staff_id)
            user = store.users.add(
                username=name, role=role, password_hash=digest, staff_id=staff_id, now=self.office.clock()
            )
            self.office.audit.record(store, AuditAction.CREATE, "app_user", user.id, after=user)
            return user

    @writes
    def set_role(self, username: str, role: UserRole, *, expected_version: int | None = None) -> UserRecord:
        self.office.require(Permission.USER_MANAGE)
        with self.office.db.transaction() as store:
            user = self._existing(store, username)
            version = user.version if expected_version is None else expected_version
            updated = store.users.update(user.id, expected_version=version, role=role.value)
            self.office.audit.record(
                store, AuditAction.UPDATE, "app_user", user.id, before=user, after=updated
            )
            return updated

    @writes
    def set_active(self, username: str, active: bool) -> UserRecord:
        """Disable or re-enable an account; accounts are never deleted (the trail names them)."""
        self.office.require(Permission.USER_MANAGE)
        with self.office.db.transaction() as store:
            user = self._existing(store, username)
            updated = store.users.update(user.id, expected_version=user.version, active=active)
            self.office.audit.record(
                store, AuditAction.UPDATE, "app_user", user.id, before=user, after=updated
            )
            return updated

    def users(self) -> list[UserRecord]:
        self.office.require(Permission.USER_MANAGE)
        with self.office.db.transaction() as store:
            return store.users.all()

    def _existing(self, store: Store, username: str) -> UserRecord:
        user = find_account(store, username)
        if user is None:
            raise ValidationError(
                f"没有名为 {safe_text(username)} 的账号。", code="not_found", field="username"
            )
        return user


@cache
def _dummy_hash() -> str:
    return _HASHER.hash("dutylog: no such account")


def _verify(digest: str, password: str) -> bool:
    if not digest:
        return False
    try:
        return _HASHER.verify(digest, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    except UnicodeEncodeError:
        return False


def _actor(user: UserRecord) -> Actor:
    # A viewer account acts read-only everywhere, like the app's own read-only viewer.
    return Actor(
        username=user.username,
        role=user.role,
        user_id=user.id,
        staff_id=user.staff_id,
        read_only=user.role is UserRole.VIEWER,
    )
