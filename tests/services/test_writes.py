"""Every write goes through the one declared path (services/writes.py), found by reflection.

- Each declared write is refused, before anything is read or written, for a read-only
  viewer and for a session without a login.
- No public service method writes without being declared (an AST scan of the services).
- A declared write that changed records without an audit record is rolled back.
The permission of each write and its one audit record naming the account are proved
cell by cell in tests/services/accounts/test_permissions.py.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dutylog.domain.accounts.permissions import SYSTEM_ACTOR, VIEWER_ACTOR, Actor
from dutylog.domain.enums import UserRole
from dutylog.domain.errors import PermissionDenied
from dutylog.office import Office
from dutylog.services.writes import UnauditedWrite, is_declared_write, writes

SERVICES = Path(__file__).resolve().parents[2] / "dutylog" / "services"
# Writes that happen before anyone can be logged in: logging in itself (the failed-attempt
# counter and the login record) and creating the first administrator of an empty database.
BEFORE_LOGIN = {"AccountService.login", "AccountService.first_run"}
# Calls that show a method writes.
WRITING_CALLS = ("audit.record", "_store", "_change", "void_mark")


def services_of(office: Office) -> Iterator[tuple[str, object]]:
    """Every service object the office composes, nested ones included (roster.changes)."""
    seen: set[int] = set()
    queue = [
        (name, getattr(office, name))
        for name, value in vars(type(office)).items()
        if isinstance(value, property | type(Office.staff))
    ]
    while queue:
        name, service = queue.pop(0)
        if id(service) in seen or not hasattr(service, "office"):
            continue
        seen.add(id(service))
        yield name, service
        for attr, value in vars(type(service)).items():
            if isinstance(value, property | type(Office.staff)) and not attr.startswith("_"):
                try:
                    nested = getattr(service, attr)
                except Exception:  # a property that needs the database in a given state
                    continue
                if hasattr(nested, "office") and nested is not office:
                    queue.append((f"{name}.{attr}", nested))


def declared_writes(office: Office) -> list[tuple[str, Any]]:
    found = []
    for path, service in services_of(office):
        for attr, function in inspect.getmembers(type(service), inspect.isfunction):
            if is_declared_write(function):
                found.append((f"{path}.{attr}", getattr(service, attr)))
    return sorted(found, key=lambda item: item[0])


def audit_count(office: Office) -> int:
    actor = office.actor
    office.act_as(SYSTEM_ACTOR)
    try:
        return office.audit.count()
    finally:
        office.act_as(actor)


def test_every_declared_write_is_refused_without_a_login_and_for_a_viewer(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    writes_found = declared_writes(office)
    names = [name for name, _method in writes_found]
    # Guard against the reflection finding nothing: the office has writes in every area.
    for expected in ("log.add_entry", "matters.add", "briefings.sign", "roster.changes.swap", "staff.add"):
        assert expected in names
    before = audit_count(office)
    with office.db.transaction() as store:
        serials = store.changes.serials()
    refused = 0
    for name, method in writes_found:
        for actor, code in ((VIEWER_ACTOR, "read_only"), (Actor(username="somebody"), "login_required")):
            office.act_as(actor)
            # No arguments at all: the identity is refused before the call is even looked at.
            with pytest.raises(PermissionDenied) as caught:
                method()
            assert caught.value.code == code, name
            refused += 1
    office.act_as(SYSTEM_ACTOR)
    assert audit_count(office) == before
    with office.db.transaction() as store:
        assert store.changes.serials() == serials
    with capsys.disabled():
        print(f"\n{len(writes_found)} declared write methods, each refused twice ({refused} calls)")
    assert len(writes_found) >= 50


def _writing_methods() -> Iterator[tuple[str, ast.FunctionDef, bool]]:
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
            for function in (node for node in cls.body if isinstance(node, ast.FunctionDef)):
                if function.name.startswith("_"):
                    continue
                body = ast.unparse(function)
                declared = any(ast.unparse(d) in ("writes", "writes_files") for d in function.decorator_list)
                if any(f".{call}(" in body or f"self.{call}(" in body for call in WRITING_CALLS):
                    yield f"{cls.name}.{function.name}", function, declared


def test_no_service_method_writes_without_being_declared() -> None:
    undeclared = [
        name for name, _fn, declared in _writing_methods() if not declared and name not in BEFORE_LOGIN
    ]
    assert undeclared == []
    assert len(list(_writing_methods())) >= 40  # the scan sees the services' writes at all


def test_the_scan_would_catch_an_undeclared_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sneaky.py").write_text(
        "class SneakyService:\n"
        "    def change(self, store):\n"
        "        self.office.audit.record(store, 'update', 'setting', 'x')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(f"{__name__}.SERVICES", tmp_path)
    assert [(name, declared) for name, _fn, declared in _writing_methods()] == [
        ("SneakyService.change", False)
    ]


class _CarelessService:
    """A write that forgets its audit record: the declared path must undo it."""

    def __init__(self, office: Office) -> None:
        self.office = office

    @writes
    def rename_unit(self, name: str) -> None:
        with self.office.db.transaction() as store:
            store.settings.set("unit_name", name)

    @writes
    def nothing_to_do(self) -> str:
        return "unchanged"


def test_a_write_without_an_audit_record_is_rolled_back(office: Office) -> None:
    before = office.unit_name()
    careless = _CarelessService(office)
    with pytest.raises(UnauditedWrite):
        careless.rename_unit("未经审计的单位名称")
    assert office.unit_name() == before
    assert careless.nothing_to_do() == "unchanged"  # a call that changed nothing needs no record


def test_a_logged_in_account_passes_the_declared_path(office: Office) -> None:
    office.accounts.add_user("boss", UserRole.ADMIN, "password 1")
    office.login("boss", "password 1")
    before = audit_count(office)
    office.settings.set_unit_name("某县网信办")
    office.act_as(SYSTEM_ACTOR)
    last = office.audit.find()[0]
    assert audit_count(office) == before + 1 and last.username == "boss"


def test_a_logged_in_person_acts_only_as_themself(office: Office) -> None:
    from dutylog.domain.enums import DutyRole, EntryKind, Shift
    from dutylog.domain.log.records import NewLogEntry

    me = office.staff.add("张伟", roles=(DutyRole.OFFICER,))
    colleague = office.staff.add("李娜", roles=(DutyRole.OFFICER,))
    office.roster.assign(office.clock().date(), Shift.FULL, DutyRole.OFFICER, me.id)
    office.accounts.add_user("zhangwei", UserRole.OFFICER, "password 1", staff_id=me.id)
    office.login("zhangwei", "password 1")
    entry = office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="设备正常"))
    assert entry.author_id == me.id  # the author comes from the session
    with pytest.raises(PermissionDenied) as caught:
        office.log.add_entry(NewLogEntry(kind=EntryKind.OTHER, text="代写", author_id=colleague.id))
    assert caught.value.code == "not_yourself"
    with pytest.raises(PermissionDenied):
        office.briefings.draft(office.clock().date(), author_id=colleague.id)
    mine = office.briefings.draft(office.clock().date(), author_id=None)
    assert mine.author_id == me.id


def test_copying_the_whole_office_elsewhere_is_audited(office: Office, tmp_path: Path) -> None:
    office.staff.add("张伟")
    result = office.connection.migrate_to(str(tmp_path / "copy.sqlite3"))
    assert result.ok
    last = office.audit.find()[0]
    assert (last.action, last.entity) == ("backup", "database") and "migrate-to" in last.after_json
