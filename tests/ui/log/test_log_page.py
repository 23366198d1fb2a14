from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt
from pytestqt.qtbot import QtBot

from dutylog.domain.accounts.permissions import SYSTEM_ACTOR
from dutylog.domain.enums import DutyRole, EntryKind, Shift, UserRole
from dutylog.office import Office
from dutylog.ui.log.log_page import LogEntryEditor, LogPage


def test_editor_draft_survives_a_reopen_and_is_cleared_on_save(staffed_office: Office, qtbot: QtBot) -> None:
    editor = LogEntryEditor(staffed_office)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.PATROL.value))
    editor.sources.setText("微博、抖音")
    editor.text.setPlainText("午间巡查，未发现负面舆情")
    editor.save_draft()  # what the timer does every few seconds
    reopened = LogEntryEditor(staffed_office)
    qtbot.addWidget(reopened)
    assert reopened.text.toPlainText() == "午间巡查，未发现负面舆情"
    assert reopened.current_kind() is EntryKind.PATROL and "草稿" in reopened.status.text()
    assert reopened.submit()
    again = LogEntryEditor(staffed_office)
    qtbot.addWidget(again)
    assert again.text.toPlainText() == ""


def test_the_incoming_officer_is_not_offered_the_outgoing_officers_draft(
    staffed_office: Office, qtbot: QtBot
) -> None:
    office = staffed_office
    office.act_as(SYSTEM_ACTOR)
    for name in ("zhang", "li"):
        office.accounts.add_user(name, UserRole.OFFICER, "password 1")
    office.login("zhang", "password 1")
    editor = LogEntryEditor(office)
    qtbot.addWidget(editor)
    editor.text.setPlainText("交班前发现一条帖子，尚未核实")
    editor.save_draft()
    office.login("li", "password 1")  # the handover: the next officer logs in
    incoming = LogEntryEditor(office)
    qtbot.addWidget(incoming)
    assert incoming.text.toPlainText() == "" and "草稿" not in incoming.status.text()
    office.login("zhang", "password 1")
    back = LogEntryEditor(office)
    qtbot.addWidget(back)
    assert back.text.toPlainText() == "交班前发现一条帖子，尚未核实"


def test_log_page_adds_closes_and_amends(staffed_office: Office, qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = LogPage(staffed_office)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.editor.kind.setCurrentIndex(page.editor.kind.findData(EntryKind.CALL.value))
    page.editor.text.setPlainText("询问停水情况")
    page.submit()
    assert "请填写" in page.editor.error.text() and page.model.rowCount() == 0
    page.editor.person.setText("县委办")
    page.submit()
    assert page.model.rowCount() == 1
    page.close_shift()
    assert not page.close_button.isEnabled() and "已关闭" in page.closed_label.text()
    page.table.selectRow(0)
    monkeypatch.setattr(
        "dutylog.ui.log.log_page.QInputDialog.getMultiLineText",
        lambda *a, **k: ("更正：来电单位为县政府办", True),
    )
    page.amend_selected()
    assert page.model.rowCount() == 2


def test_handover_confirmation_from_the_log_page(staffed_office: Office, qtbot: QtBot) -> None:
    from dutylog.domain.log.records import NewLogEntry

    office = staffed_office
    author = office.staff.all()[0]
    incoming = office.staff.add("李娜")
    office.roster.assign(office.clock().date(), Shift.FULL, DutyRole.OFFICER, incoming.id)
    office.accounts.add_user("lina", UserRole.OFFICER, "password 1", staff_id=incoming.id)
    office.log.add_entry(
        NewLogEntry(
            kind=EntryKind.HANDOVER, text="设备正常", author_id=author.id, details={"open_matters": "YQ-1"}
        )
    )
    office.login("lina", "password 1")  # the incoming officer confirms as themself: no name to pick
    page = LogPage(office)
    qtbot.addWidget(page)
    page.refresh()
    page.table.selectRow(0)
    page.confirm_selected()
    text = page.model.index(0, 2).data()
    assert "已确认" in text and "YQ-1" in text
    assert office.log.entries_for(office.clock().date())[0].details["confirmed_name"] == "李娜"


def test_a_late_entry_keeps_the_time_it_happened(staffed_office: Office, qtbot: QtBot) -> None:
    from datetime import datetime

    page = LogPage(staffed_office)
    qtbot.addWidget(page)
    page.editor.kind.setCurrentIndex(page.editor.kind.findData(EntryKind.OTHER.value))
    page.editor.when.setDateTime(QDateTime(datetime(2026, 11, 17, 9, 5)))
    page.editor.when.editingFinished.emit()  # the user changed the time
    page.editor.text.setPlainText("补记：上午设备巡检正常")
    page.submit()
    entries = staffed_office.log.entries_for(datetime(2026, 11, 17).date())
    assert [e.occurred_at for e in entries] == [datetime(2026, 11, 17, 9, 5)]
    # After saving, the editor shows "now" again for the next entry.
    assert page.editor.when.dateTime().toPython() == staffed_office.clock()


def test_a_late_entry_is_marked_in_the_log_with_both_times(staffed_office: Office, qtbot: QtBot) -> None:
    from datetime import datetime

    from dutylog.domain.log.records import NewLogEntry
    from dutylog.ui.log.log_entries_model import KIND

    office = staffed_office
    late = office.log.add_entry(  # the system account types in a page of last week's paper log
        NewLogEntry(kind=EntryKind.OTHER, text="补录纸质记录", occurred_at=datetime(2026, 11, 10, 9, 0))
    )
    assert late.late
    page = LogPage(office)
    qtbot.addWidget(page)
    page.day.setDate(QDate(2026, 11, 10))
    page.refresh()
    row = page.model.row_of(late.id)
    assert "（补录）" in page.model.index(row, KIND).data()
    tip = page.model.index(row, KIND).data(Qt.ItemDataRole.ToolTipRole)
    assert "2026-11-10 09:00" in tip and "2026-11-17 15:30" in tip


def test_confirm_and_amend_are_offered_to_the_officer_on_duty_only(
    staffed_office: Office, qtbot: QtBot
) -> None:
    office = staffed_office
    officer, leader = office.staff.all()[0], office.staff.all()[1]
    office.accounts.add_user("zhang", UserRole.OFFICER, "password 1", staff_id=officer.id)
    office.accounts.add_user("wang", UserRole.SUPERVISOR, "password 1", staff_id=leader.id)
    office.login("wang", "password 1")
    page = LogPage(office)
    qtbot.addWidget(page)
    page.refresh()
    for button in (page.confirm_button, page.amend_button):
        assert not button.isEnabled() and "当班的值班员" in button.toolTip()
    office.login("zhang", "password 1")
    page.refresh()
    assert page.confirm_button.isEnabled() and page.amend_button.isEnabled()


def test_the_day_s_patrols_show_above_its_entries(staffed_office: Office, qtbot: QtBot) -> None:
    from datetime import datetime, time, timedelta

    from dutylog.domain.log.records import NewLogEntry

    office = staffed_office
    officer = next(p for p in office.staff.all() if p.name == "张伟")
    yesterday = office.clock().date() - timedelta(days=1)
    for hour in (8, 12):  # no evening patrol
        at = datetime.combine(yesterday, time(hour, 45))
        office.log.add_entry(NewLogEntry(EntryKind.PATROL, "巡查", at, officer.id))
    page = LogPage(office)
    qtbot.addWidget(page)
    page.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    page.shift.setCurrentIndex(0)  # every shift
    text = page.patrols.text()
    assert "08:30  已巡查（08:45 张伟）" in text and "17:30  未按时完成" in text
    assert "color" in page.patrols.styleSheet()
