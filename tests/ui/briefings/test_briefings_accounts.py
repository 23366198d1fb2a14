"""The Briefings and Roster pages act as the logged-in account and offer only what it may do."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from dutylog.domain.accounts.permissions import Actor
from dutylog.domain.enums import BriefingStatus, DutyRole, UserRole
from dutylog.office import Office
from dutylog.services.accounts import accounts
from dutylog.ui.briefings.briefings_page import BriefingsPage
from dutylog.ui.roster.roster_page import RosterPage

PASSWORD = "password 1"


def staff_id(office: Office, name: str) -> int:
    return next(person.id for person in office.staff.all() if person.name == name)


def officer(office: Office) -> Actor:
    return office.login("赵敏", PASSWORD)


def supervisor(office: Office) -> Actor:
    return office.login("wangjg", PASSWORD)


@pytest.fixture(autouse=True)
def accounts_for_the_team(staffed_office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    add = staffed_office.accounts.add_user
    add("赵敏", UserRole.OFFICER, PASSWORD, staff_id=staff_id(staffed_office, "张伟"))
    add("wangjg", UserRole.SUPERVISOR, PASSWORD, staff_id=staff_id(staffed_office, "王建国"))
    add("boss", UserRole.SUPERVISOR, PASSWORD)
    add("admin", UserRole.ADMIN, PASSWORD)


@pytest.fixture
def page(qtbot: QtBot, staffed_office: Office) -> BriefingsPage:
    staffed_office.staff.add("李秀英", roles=[DutyRole.LEADER])
    widget = BriefingsPage(staffed_office)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def submitted(page: BriefingsPage) -> None:
    """Today's briefing, written and submitted by the officer on duty."""
    officer(page.office)
    page.refresh()
    page.new_button.click()
    page.submit_button.click()
    assert page.current is not None and page.current.status is BriefingStatus.SUBMITTED


def test_the_acting_person_box_is_gone(page: BriefingsPage) -> None:
    assert page.findChild(QComboBox, "briefings_actor") is None
    assert "操作人" not in [label.text() for label in page.findChildren(QLabel)]


def test_the_officer_writes_as_themself_and_may_not_sign(page: BriefingsPage, tmp_path: Path) -> None:
    submitted(page)
    assert page.current is not None and page.current.author_name == "张伟"
    for button in (page.sign_button, page.return_button):
        assert not button.isEnabled()
    assert page.sign_button.toolTip() == "只有审核人（领导）可以审签；当前账号：赵敏（值班员）"
    assert "当日值班领导：王建国" in page.info.text()
    page.grab().save(str(tmp_path / "officer.png"))


def test_the_supervisor_signs_as_themself(page: BriefingsPage) -> None:
    submitted(page)
    office = page.office
    supervisor(office)
    page.refresh()
    assert page.sign_button.isEnabled() and page.return_button.isEnabled()
    assert not page.new_button.isEnabled() and "撰写" in page.new_button.toolTip()
    assert [person.name for person in page._reviewers()] == ["王建国"]  # only themself
    page.review(office.actor.staff_id, "已阅。", signing=True)
    assert page.current is not None and page.current.status is BriefingStatus.SIGNED
    assert page.current.signer_name == "王建国"


def test_a_supervisor_without_a_person_is_told_why(page: BriefingsPage) -> None:
    submitted(page)
    page.office.login("boss", PASSWORD)
    page.refresh()
    assert not page.sign_button.isEnabled() and "关联" in page.sign_button.toolTip()


def test_roster_changes_are_offered_only_to_administrators(qtbot: QtBot, staffed_office: Office) -> None:
    officer(staffed_office)
    roster = RosterPage(staffed_office)
    qtbot.addWidget(roster)
    swap = roster.manage_actions["swap"]
    assert not swap.isEnabled() and swap.toolTip() == "只有管理员可以修改值班表；当前账号：赵敏（值班员）"
    assert not roster.import_action.isEnabled()
    staffed_office.login("admin", PASSWORD)
    roster.refresh()
    assert all(action.isEnabled() for action in roster.manage_actions.values())
