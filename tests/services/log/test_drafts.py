"""Drafts survive a crash, and belong to the person who typed them on the database they used."""

from __future__ import annotations

import json
import shutil
import stat
from datetime import datetime
from pathlib import Path

import pytest

from dutylog.domain.accounts.permissions import SYSTEM_ACTOR, VIEWER_ACTOR, Actor
from dutylog.domain.enums import UserRole
from dutylog.office import Office
from dutylog.services.log.drafts import DraftKey, DraftStore
from tests.conftest import FakeClock

KEY = DraftKey("/srv/office.sqlite3", "zhang#3", "log-entry")


def test_draft_round_trip_and_discard(tmp_path: Path) -> None:
    store = DraftStore.beside(tmp_path / "office.sqlite3")
    assert store.load(KEY) is None
    store.save(KEY, {"text": "巡查中发现……", "kind": "patrol"}, now=datetime(2026, 1, 1, 9, 0))
    draft = store.load(KEY)
    assert draft is not None and draft.fields["text"] == "巡查中发现……"
    assert draft.saved_at == datetime(2026, 1, 1, 9, 0)
    files = list((tmp_path / "drafts").iterdir())
    assert len(files) == 1 and stat.S_IMODE(files[0].stat().st_mode) == 0o600
    store.discard(KEY)
    assert store.load(KEY) is None


def test_a_damaged_draft_is_ignored_and_saving_leaves_no_temp_files(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    for i in range(5):
        store.save(KEY, {"text": str(i)})
    assert [p.name for p in (tmp_path / "drafts").iterdir() if p.name.startswith(".")] == []
    path = next((tmp_path / "drafts").iterdir())
    assert json.loads(path.read_text())["fields"]["text"] == "4"
    path.write_text("{not json")
    assert store.load(KEY) is None


def test_a_draft_file_copied_under_another_name_is_not_offered(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save(KEY, {"text": "张的草稿"})
    other = DraftKey(KEY.database, "li#4", KEY.editor)
    store.save(other, {"text": "x"})
    # Someone copies Zhang's file over Li's: the file still names Zhang, so Li is not offered it.
    shutil.copyfile(store._path(KEY), store._path(other))
    assert store.load(other) is None


def _login_as(office: Office, name: str, role: UserRole) -> Actor:
    office.act_as(SYSTEM_ACTOR)
    office.accounts.add_user(name, role, "password 1")
    return office.login(name, "password 1")


def test_a_draft_is_offered_only_to_the_account_that_typed_it(office: Office) -> None:
    _login_as(office, "zhang", UserRole.OFFICER)
    office.drafts.save("log-entry", {"text": "巡查发现一条帖子"})
    draft = office.drafts.load("log-entry")
    assert draft is not None and draft.fields["text"] == "巡查发现一条帖子"
    _login_as(office, "li", UserRole.OFFICER)
    assert office.drafts.load("log-entry") is None  # the incoming officer does not see it
    office.drafts.save("log-entry", {"text": "李的草稿"})
    office.login("zhang", "password 1")
    again = office.drafts.load("log-entry")
    assert again is not None and again.fields["text"] == "巡查发现一条帖子"


@pytest.mark.sqlite_only("two database files side by side share one drafts folder")
def test_a_draft_is_offered_only_on_the_database_it_was_typed_against(tmp_path: Path) -> None:
    first = Office.open(tmp_path / "first.sqlite3", clock=FakeClock())
    second = Office.open(tmp_path / "second.sqlite3", clock=FakeClock())
    try:
        for office in (first, second):
            _login_as(office, "zhang", UserRole.OFFICER)
        first.drafts.save("log-entry", {"text": "在第一个数据库输入"})
        assert second.drafts.load("log-entry") is None
        assert first.drafts.load("log-entry") is not None
    finally:
        first.close()
        second.close()


def test_a_viewer_keeps_no_draft(office: Office) -> None:
    office.act_as(VIEWER_ACTOR)
    office.drafts.save("log-entry", {"text": "x"})
    assert office.drafts.load("log-entry") is None
