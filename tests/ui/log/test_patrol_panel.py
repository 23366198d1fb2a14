"""The patrol panel and the itemised handover dialog, on their own (the lead wires them into Today)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dutylog.domain.accounts.permissions import SYSTEM_ACTOR
from dutylog.domain.enums import DutyRole, EntryKind, Shift, UserRole
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.ui.log.handover_dialog import HandoverDialog, open_handover
from dutylog.ui.log.patrol_panel import PatrolPanel
from dutylog.ui.theme import text_colour
from tests.conftest import FakeClock

PASSWORD = "correct horse 1"


def test_the_panel_shows_each_patrol_and_a_missed_one_in_red(
    staffed_office: Office, clock: FakeClock, qtbot: QtBot
) -> None:
    office = staffed_office
    day = clock.now.date()
    officer = next(p for p in office.staff.all() if p.name == "张伟")
    morning = datetime.combine(day, datetime.min.time()).replace(hour=8, minute=45)
    office.log.add_entry(NewLogEntry(EntryKind.PATROL, "早间巡查", morning, officer.id))
    clock.set(clock.now.replace(hour=17, minute=40))
    panel = PatrolPanel(office)
    qtbot.addWidget(panel)
    panel.resize(420, 320)
    panel.load(day)
    lines = [panel.list.item(row).text() for row in range(panel.list.count())]
    assert lines == ["08:30  已巡查（08:45 张伟）", "12:00  未按时完成", "17:30  应巡查（18:30 前完成）"]
    assert panel.list.item(1).foreground().color() == text_colour("error")
    assert panel.title() == "巡查安排（已巡查 1/3，未按时完成 1）"
    assert panel.carried.isHidden()
    panel.show()


def test_the_handover_is_filled_then_confirmed_item_by_item(
    staffed_office: Office, clock: FakeClock, qtbot: QtBot
) -> None:
    office = staffed_office
    day = clock.now.date()
    outgoing = next(p for p in office.staff.all() if p.name == "张伟")
    incoming = office.staff.add("李四")
    office.roster.assign(day, Shift.NIGHT, DutyRole.OFFICER, incoming.id)
    office.accounts.add_user("zhangwei", UserRole.OFFICER, PASSWORD, staff_id=outgoing.id)
    office.accounts.add_user("lisi", UserRole.OFFICER, PASSWORD, staff_id=incoming.id)
    office.login("zhangwei", PASSWORD)
    parent = PatrolPanel(office)
    qtbot.addWidget(parent)
    open_handover(parent, office)
    dialog = parent.findChild(HandoverDialog)
    assert dialog is not None and dialog.table.rowCount() == 5
    dialog.table.item(0, 1).setText("YQ-2026-0007 待回复")
    dialog.table.item(0, 2).setCheckState(Qt.CheckState.Checked)
    dialog.resize(760, 440)
    dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.author_id == outgoing.id
    clock.set(clock.now.replace(hour=17, minute=45))
    office.act_as(SYSTEM_ACTOR)
    office.login("lisi", PASSWORD)
    confirm = HandoverDialog.confirm(office, office.handover.pending())
    qtbot.addWidget(confirm)
    confirm.table.item(0, 2).setCheckState(Qt.CheckState.Checked)
    confirm.confirm_selected.click()
    assert confirm.saved is not None and "confirmed_by" not in confirm.saved.details
    again = HandoverDialog.confirm(office, office.handover.pending())
    qtbot.addWidget(again)
    assert again.table.item(0, 2).text() == "李四已确认"
    again.resize(760, 440)
    again.confirm_all.click()
    assert again.saved is not None and again.saved.details["confirmed_name"] == "李四"
