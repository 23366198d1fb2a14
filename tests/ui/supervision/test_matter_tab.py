"""A matter's assignments on its dialog: assign with the computed due date, steps, meetings."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import MatterStatus
from dutylog.office import Office
from dutylog.ui.matters.matter_dialog import MatterDialog
from dutylog.ui.qt_dates import qdate, qdatetime
from dutylog.ui.supervision.assign_dialog import AssignDialog, MeetingDialog
from dutylog.ui.supervision.matter_tab import AssignmentsTab


def test_the_dialog_shows_the_due_date_the_office_calendar_gives(supervised: Office, qtbot: QtBot) -> None:
    matter = supervised.matters.add("国庆前夕的投诉", discovered_at=datetime(2025, 9, 30, 9, 0))
    dialog = AssignDialog(supervised, matter.id)
    qtbot.addWidget(dialog)
    assert [dialog.unit.itemData(i) for i in range(dialog.unit.count())] == [
        "县住建局",
        "城关镇",
        "县市场监管局",
    ]
    dialog.at.known.setChecked(True)
    dialog.at.edit.setDateTime(qdatetime(datetime(2025, 9, 30, 10, 0)))
    dialog.workdays.setValue(3)
    # The National Day holiday and the make-up Saturday, as the roster counts them.
    assert dialog.computed.text().startswith("2025-10-11")
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    assert dialog.workdays.value() == 7  # the complaint preset of Settings
    dialog.workdays.setValue(3)
    dialog.instruction.setPlainText("请迅速核实处置")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [record] = supervised.assignments.for_matter(matter.id)
    assert (record.unit_name, record.due_on, record.lead, record.instruction) == (
        "县住建局",
        date(2025, 10, 11),
        True,
        "请迅速核实处置",
    )


def test_a_date_deadline_before_the_assignment_is_refused_in_the_form(
    supervised: Office, qtbot: QtBot
) -> None:
    matter = supervised.matters.add("噪音扰民", discovered_at=datetime(2026, 11, 17, 9, 0))
    dialog = AssignDialog(supervised, matter.id)
    qtbot.addWidget(dialog)
    dialog.by_date.setChecked(True)
    dialog.due.setDate(qdate(date(2026, 11, 10)))
    assert dialog.computed.text().startswith("2026-11-10")
    dialog.save()
    assert "早于交办时间" in dialog.error.text()
    assert supervised.assignments.for_matter(matter.id) == []


def test_the_matter_dialog_assigns_replies_and_closes_the_matter(supervised: Office, qtbot: QtBot) -> None:
    matter = supervised.matters.add("占道经营", discovered_at=datetime(2026, 11, 17, 9, 0))
    dialog = MatterDialog(supervised, matter.id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    tab = dialog.findChild(AssignmentsTab)
    assert tab is not None and tab.tree.topLevelItemCount() == 0
    assign = tab.assign()
    assert isinstance(assign, AssignDialog)
    assign.unit.setCurrentIndex(assign.unit.findData("城关镇"))
    assign.save()
    assert tab.tree.topLevelItemCount() == 1
    assert tab.tree.topLevelItem(0).text(2) == "已交办"
    assert any("交办城关镇" in dialog.timeline.item(i).text() for i in range(dialog.timeline.count()))

    meeting = tab.add_meeting()
    assert isinstance(meeting, MeetingDialog)
    meeting.participants.setText("王建国、张伟")
    meeting.units.setText("城关镇")
    meeting.conclusion.setPlainText("属实，由城关镇牵头整治")
    meeting.save()
    assert tab.meetings.count() == 1 and "城关镇牵头整治" in tab.meetings.item(0).text()

    reply = tab.steps.reply()
    assert reply is not None
    reply.text.setPlainText("已清理占道摊点。")
    reply.finished_box.setChecked(True)
    reply.save()
    assert tab.tree.topLevelItem(0).text(2) == "已办结"
    assert dialog.matter is not None and dialog.matter.status is MatterStatus.CLOSED
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentWidget(tab)
    # The step buttons the reload replaced are deleted by the event loop.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # The dialog holds the matter as closed, so the next save meets no conflict.
    assert dialog.matter.version == supervised.matters.get(matter.id).version
