"""The swap request dialog, the requests list and the calendar's swap marks (issue 20)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import DutyRole, UserRole
from dutylog.domain.roster.records import SwapStatus
from dutylog.office import Office
from dutylog.ui.roster.roster_page import RosterPage
from dutylog.ui.roster.roster_text import SWAP_MARK
from dutylog.ui.roster.swap_dialogs import SwapRequestDialog, SwapRequestsDialog
from dutylog.ui.theme import apply_fonts

PASSWORD = "swap gui pass 1"
DAY = date(2026, 12, 10)


@pytest.fixture
def desk(office: Office, qapp: object) -> Office:
    apply_fonts(qapp)  # type: ignore[arg-type]
    for name in ("王建国", "李秀英", "陈志强"):
        office.staff.add(name, roles=[DutyRole.LEADER])
    for name in ("张伟", "刘洋", "赵敏", "孙丽", "周杰", "吴婷", "郑浩"):
        office.staff.add(name)
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    asker = next(s for s in office.roster.between(DAY, DAY) if s.role is DutyRole.OFFICER)
    office.accounts.add_user("asker", UserRole.OFFICER, PASSWORD, staff_id=asker.staff_id)
    chief = office.staff.add("钱主任", roles=[DutyRole.LEADER])
    office.accounts.add_user("chief", UserRole.SUPERVISOR, PASSWORD, staff_id=chief.id)
    office.accounts.add_user("admin", UserRole.ADMIN, PASSWORD)
    office.login("asker", PASSWORD)
    return office


def test_the_dialog_starts_from_my_duties_and_offers_only_eligible_officers(
    qtbot: QtBot, desk: Office
) -> None:
    me = desk.actor.staff_id
    dialog = SwapRequestDialog(desk)
    qtbot.addWidget(dialog)
    duties = [dialog.duty.itemData(i) for i in range(dialog.duty.count())]
    assert duties and all(d.staff_id == me for d in duties)
    assert not dialog.person.isEnabled()  # an officer asks for their own duties only
    dialog.duty.setCurrentIndex(next(i for i, d in enumerate(duties) if d.duty_date == DAY))
    offered = {dialog.other.itemData(i) for i in range(dialog.other.count())}
    leaders = {p.id for p in desk.staff.all(role=DutyRole.LEADER)}
    assert offered and not offered & leaders and me not in offered
    assert offered == {p.id for p in desk.roster.swaps.candidates(duties[dialog.duty.currentIndex()].id)}
    # The exchange list holds only the chosen person's duties of the same role.
    for i in range(1, dialog.theirs.count()):
        slot_id = dialog.theirs.itemData(i)
        slot = next(
            d
            for d in desk.roster.between(DAY - timedelta(days=40), DAY + timedelta(days=62))
            if d.id == slot_id
        )
        assert slot.role is DutyRole.OFFICER and slot.staff_id == dialog.other.currentData()
    dialog.reason.setText("家中有事")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result_request is not None and dialog.result_request.status is SwapStatus.PENDING
    # Nothing changed yet.
    assert next(s for s in desk.roster.between(DAY, DAY) if s.role is DutyRole.OFFICER).staff_id == me


def test_an_error_stays_in_the_form(qtbot: QtBot, desk: Office) -> None:
    dialog = SwapRequestDialog(desk)
    qtbot.addWidget(dialog)
    dialog.reason.setText("")  # the reason is required
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result_request is None and dialog.message.text()


def test_the_list_offers_each_person_their_step_and_the_calendar_marks_the_swap(
    qtbot: QtBot, desk: Office
) -> None:
    slot = next(s for s in desk.roster.between(DAY, DAY) if s.role is DutyRole.OFFICER)
    other = desk.roster.swaps.candidates(slot.id)[0]
    request = desk.roster.swaps.request(DAY, other.id, "家中有事")
    desk.login("admin", PASSWORD)
    desk.accounts.add_user("taker", UserRole.OFFICER, PASSWORD, staff_id=other.id)

    desk.login("taker", PASSWORD)
    listing = SwapRequestsDialog(desk)
    qtbot.addWidget(listing)
    listing.table.selectRow(0)
    assert listing.accept_button.isEnabled() and not listing.approve_button.isEnabled()
    listing.accept_button.click()
    assert desk.roster.swaps.requests()[0].status is SwapStatus.ACCEPTED

    desk.login("chief", PASSWORD)
    listing = SwapRequestsDialog(desk)
    qtbot.addWidget(listing)
    listing.table.selectRow(0)
    assert listing.approve_button.isEnabled() and not listing.accept_button.isEnabled()
    assert listing.table.item(0, 0).data(Qt.ItemDataRole.UserRole) == request.id
    listing.approve_button.click()
    assert desk.roster.swaps.requests()[0].status is SwapStatus.APPROVED

    page = RosterPage(desk)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show_month(2026, 12)
    cell = page.month_model.index_of(DAY)
    assert f"{other.name}{SWAP_MARK}" in page.month_model.data(cell)
    untouched = page.month_model.index_of(DAY + timedelta(days=1))
    assert SWAP_MARK not in page.month_model.data(untouched)


def test_the_shift_dialog_sets_three_shifts_from_a_date_and_keeps_the_history(
    qtbot: QtBot, office: Office
) -> None:
    from PySide6.QtCore import QDate, QTime

    from dutylog.domain.log.shifts import PatternKind
    from dutylog.ui.roster.shift_dialog import ShiftPatternDialog

    dialog = ShiftPatternDialog(office)
    qtbot.addWidget(dialog)
    assert dialog.history.count() == 1  # "not set yet"
    dialog.kind.setCurrentIndex(dialog.kind.findData(PatternKind.THREE))
    assert [edit.time().toString("HH:mm") for edit in dialog.times] == ["08:00", "16:00", "00:00"]
    dialog.first.setDate(QDate(2026, 12, 1))
    dialog.accept()
    assert dialog.saved is not None and office.roster.shift_eras()[0].kind is PatternKind.THREE
    # A bad set of times stays in the form with the reason.
    again = ShiftPatternDialog(office)
    qtbot.addWidget(again)
    assert again.history.count() == 1 and "三班" in again.history.item(0).text()
    again.kind.setCurrentIndex(again.kind.findData(PatternKind.THREE))
    again.times[1].setTime(QTime(8, 30))
    again.accept()
    assert again.saved is None and again.message.text()
    again.show()
