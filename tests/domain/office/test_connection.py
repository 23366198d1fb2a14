"""Profile rules and the URL round trip: any user name or password a server accepts survives."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from dutylog.domain.errors import ValidationError
from dutylog.domain.office.connection import Backend, ConnectionProfile, validate_profile
from dutylog.paths import default_database_path
from dutylog.services.office.connection_store import ConnectionStore
from dutylog.storage.connection import profile_from_url, profile_target, profile_url
from dutylog.storage.engine import resolve_url

# Anything printable, URL-special characters and Chinese included; no control characters.
printable = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs")),
    min_size=1,
    max_size=30,
)
names = printable.map(str.strip).filter(lambda s: 0 < len(s.encode("utf-8")) <= 63)
passwords = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)
hosts = st.sampled_from(["db", "192.168.1.10", "::1", "数据库.example.cn", "pg-01.office.local"])
ports = st.integers(min_value=1, max_value=65535)

servers = st.builds(
    ConnectionProfile,
    backend=st.just(Backend.POSTGRESQL),
    host=hosts,
    port=ports,
    database=names,
    user=names,
    password=passwords,
)


@given(servers)
def test_a_valid_server_profile_survives_the_url_and_back(profile: ConnectionProfile) -> None:
    clean = validate_profile(profile)
    assert clean == profile
    target = profile_target(clean)
    # What Database.open does with the target: the exact same account comes out.
    url = resolve_url(target)
    assert url == profile_url(clean)
    assert profile_from_url(url) == clean
    assert url.password == (clean.password or None)


@given(profile=servers)
@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_saved_server_profile_reads_back_the_same(
    profile: ConnectionProfile, fail_keyring: object, tmp_path: Path
) -> None:
    store = ConnectionStore(tmp_path)
    store.save(profile)
    loaded = store.load()
    assert loaded is not None and loaded.profile == validate_profile(profile)


@given(st.text(max_size=10).filter(lambda s: not s.strip()))
def test_blank_required_fields_are_refused(blank: str) -> None:
    base = ConnectionProfile(Backend.POSTGRESQL, host="db", database="dutylog", user="duty")
    for field in ("host", "database", "user"):
        with pytest.raises(ValidationError) as caught:
            validate_profile(replace(base, **{field: blank}))
        assert caught.value.field == field


@given(st.one_of(st.integers(max_value=0), st.integers(min_value=65536)))
def test_ports_outside_the_range_are_refused(port: int) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_profile(ConnectionProfile(Backend.POSTGRESQL, host="db", port=port, database="d", user="u"))
    assert caught.value.field == "port"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("host", "db server"),
        ("host", "d\nb"),
        ("user", "a" * 64),
        ("database", "名" * 22),  # 66 bytes
        ("user", "du\tty"),
        ("password", "pass\x00word"),
    ],
)
def test_values_a_server_cannot_take_are_refused(field: str, value: str) -> None:
    base = ConnectionProfile(Backend.POSTGRESQL, host="db", database="dutylog", user="duty")
    with pytest.raises(ValidationError) as caught:
        validate_profile(replace(base, **{field: value}))
    assert caught.value.field == field


def test_sqlite_profiles() -> None:
    assert validate_profile(ConnectionProfile(Backend.SQLITE_DEFAULT, host="ignored")) == ConnectionProfile(
        Backend.SQLITE_DEFAULT
    )
    assert profile_target(ConnectionProfile(Backend.SQLITE_DEFAULT)) == str(default_database_path())
    with pytest.raises(ValidationError):
        validate_profile(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path="  "))
    odd = "/srv/值班 #1?.sqlite3"
    profile = validate_profile(ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=f" {odd} "))
    # A path stays a path: as a URL its "?" and "#" would be read as a query.
    assert profile_target(profile) == odd
    assert profile_from_url(resolve_url(odd)) == profile


def test_the_password_is_kept_out_of_repr_and_descriptions() -> None:
    profile = ConnectionProfile(Backend.POSTGRESQL, host="db", database="d", user="u", password="s3cret!")
    assert "s3cret" not in repr(profile) and "s3cret" not in profile.describe()
    assert "s3cret" not in make_url(profile_target(profile)).render_as_string(hide_password=True)
