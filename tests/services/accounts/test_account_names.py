"""Account names that cannot impersonate: look-alikes refused, logins normalised like new names."""

from __future__ import annotations

import pytest

from dutylog.domain.enums import UserRole
from dutylog.domain.errors import PermissionDenied, ValidationError
from dutylog.office import Office

PASSWORD = "correct horse 1"


@pytest.fixture
def admin(office: Office) -> Office:
    office.accounts.add_user("admin", UserRole.ADMIN, PASSWORD)
    return office


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("ad\u200bmin", "bad_characters"),
        ("admin\u202e", "bad_characters"),
        ("ａｄｍｉｎ", "duplicate"),
        ("ADMIN", "duplicate"),
        ("\u2066Admin\u2069", "bad_characters"),
        ("ad\u00admin", "bad_characters"),
    ],
)
def test_look_alikes_of_an_account_are_refused(admin: Office, typed: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        admin.accounts.add_user(typed, UserRole.ADMIN, PASSWORD)
    assert info.value.code == code and info.value.field == "username"
    assert [user.username for user in admin.accounts.users()] == ["admin"]


def test_a_duplicate_names_the_account_it_collides_with(admin: Office) -> None:
    with pytest.raises(ValidationError, match="admin"):
        admin.accounts.add_user("ADMIN", UserRole.OFFICER, PASSWORD)


def test_fullwidth_names_are_stored_folded(office: Office) -> None:
    user = office.accounts.add_user("ｚｈａｎｇｗｅｉ１", UserRole.OFFICER, PASSWORD)
    assert user.username == "zhangwei1"


@pytest.mark.parametrize("typed", ["admin", "ADMIN", "ａｄｍｉｎ", " Admin "])
def test_login_normalises_the_typed_name_like_a_new_name(admin: Office, typed: str) -> None:
    assert admin.login(typed, PASSWORD).username == "admin"


@pytest.mark.parametrize("typed", ["ad\u200bmin", "admin\u202e", "adm1n"])
def test_login_with_a_name_no_account_could_have_fails_like_an_unknown_name(
    admin: Office, typed: str
) -> None:
    with pytest.raises(PermissionDenied) as info:
        admin.login(typed, PASSWORD)
    assert info.value.code == "bad_login"


def test_administration_finds_accounts_by_any_spelling(admin: Office) -> None:
    admin.accounts.add_user("lina", UserRole.OFFICER, PASSWORD)
    admin.act_as(admin.login("admin", PASSWORD))
    admin.accounts.reset_password("ＬＩＮＡ", "new password 2")
    assert admin.login("Lina", "new password 2").username == "lina"
    admin.act_as(admin.login("admin", PASSWORD))
    assert admin.accounts.set_active("LINA", False).active is False


def test_accounts_made_before_the_rules_still_block_look_alikes(office: Office) -> None:
    # Rows written before names were compared by key; neither is migrated.
    with office.db.transaction() as store:
        for name in ("Admin", "ADMIN"):
            store.users.add(
                username=name, role=UserRole.ADMIN, password_hash="", staff_id=None, now=office.clock()
            )
    with pytest.raises(ValidationError) as info:
        office.accounts.add_user("admin", UserRole.OFFICER, PASSWORD)
    assert info.value.code == "duplicate"
    office.accounts.reset_password("ADMIN", "exact name 12")
    # The exact name finds its own account; a third spelling is ambiguous and finds none.
    assert office.login("ADMIN", "exact name 12").username == "ADMIN"
    with pytest.raises(PermissionDenied):
        office.login("admin", "exact name 12")
