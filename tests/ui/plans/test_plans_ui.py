"""The 预案 page, the matter's checklist tab and the proposal after saving a major matter."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTabWidget
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import Grade
from dutylog.domain.plans.records import StepStatus
from dutylog.office import Office
from dutylog.ui.matters.matter_dialog import MatterDialog
from dutylog.ui.plans.matter_tab import PlanTab
from dutylog.ui.plans.plans_page import PlansPage
from dutylog.ui.plans.proposal import ProposalDialog
from dutylog.ui.qt_dates import qdatetime
from dutylog.ui.theme import overdue_background

STEPS = ["报告带班领导@officer+30", "报送专报@officer+240"]


def _officer(office: Office) -> None:
    officer = next(person for person in office.staff.all() if person.name == "张伟")
    from dutylog.domain.enums import UserRole

    office.accounts.add_user("张伟", UserRole.OFFICER, "password 1", staff_id=officer.id)
    office.login("张伟", "password 1")


def test_saving_a_major_matter_proposes_the_plan_and_the_tab_ticks_steps(
    staffed_office: Office, qtbot: QtBot
) -> None:
    staffed_office.plans.add("网络舆情应急处置预案", STEPS, min_grade=Grade.MAJOR)
    _officer(staffed_office)
    dialog = MatterDialog(staffed_office)
    qtbot.addWidget(dialog)
    dialog.title.setText("化工园区爆炸传言")
    dialog.grade.setCurrentIndex(dialog.grade.findData(Grade.MAJOR.value))
    dialog.discovered.setDateTime(qdatetime(datetime(2026, 11, 17, 15, 0)))
    dialog.save()
    assert dialog.matter is not None
    proposal = dialog.proposal
    assert isinstance(proposal, ProposalDialog)
    assert proposal.chosen() == ["网络舆情应急处置预案"]
    assert staffed_office.checklists.for_matter(dialog.matter.id) == []  # nothing before the confirmation
    proposal.confirm()
    assert proposal.result() == proposal.DialogCode.Accepted
    [started] = staffed_office.checklists.for_matter(dialog.matter.id)
    assert [step.due_at for step in started.steps] == [
        datetime(2026, 11, 17, 15, 30),
        datetime(2026, 11, 17, 19, 0),
    ]

    reopened = MatterDialog(staffed_office, dialog.matter.id)
    qtbot.addWidget(reopened)
    tabs = reopened.findChild(QTabWidget)
    assert tabs is not None and "应急预案" in [tabs.tabText(i) for i in range(tabs.count())]
    tab = reopened.plan_tab
    top = tab.tree.topLevelItem(0)
    assert top is not None and top.childCount() == 2
    tab.tree.setCurrentItem(top.child(0))
    assert tab.done_button.isEnabled()
    tab.mark_done()
    [after] = staffed_office.checklists.for_matter(dialog.matter.id)
    assert (after.steps[0].stored_status, after.steps[0].done_by_name) == (StepStatus.DONE, "张伟")
    assert "第1步“报告带班领导”已完成" in reopened.timeline.item(reopened.timeline.count() - 1).text()
    top = tab.tree.topLevelItem(0)
    assert top is not None
    tab.tree.setCurrentItem(top.child(1))
    tab.skip("")
    assert "跳过原因" in tab.message.text()
    tab.skip("已电话报告")
    tab.stop("事态平息")
    [stopped] = staffed_office.checklists.for_matter(dialog.matter.id)
    assert stopped.stop_reason == "事态平息" and stopped.steps[1].skip_reason == "已电话报告"


def test_an_ordinary_matter_proposes_nothing_and_overdue_steps_are_marked(
    staffed_office: Office, qtbot: QtBot, tmp_path: Path
) -> None:
    staffed_office.plans.add("网络舆情应急处置预案", STEPS, min_grade=Grade.MAJOR)
    dialog = MatterDialog(staffed_office)
    qtbot.addWidget(dialog)
    dialog.title.setText("一般事项")
    dialog.save()
    assert dialog.matter is not None and dialog.proposal is None
    major = staffed_office.matters.add(
        "重大事项", grade=Grade.MAJOR, discovered_at=datetime(2026, 11, 17, 9, 0)
    )
    staffed_office.checklists.start_triggered(major.id)
    tab = PlanTab(staffed_office, major.id)
    qtbot.addWidget(tab)
    top = tab.tree.topLevelItem(0)
    assert top is not None
    first = top.child(0)
    assert first.text(3) == "逾期" and first.background(0).color() == overdue_background()
    tab.grab().save(str(tmp_path / "plan_tab.png"))


def test_the_plans_page_edits_plans_keywords_and_drills(
    staffed_office: Office, qtbot: QtBot, tmp_path: Path
) -> None:
    page = PlansPage(staffed_office)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    assert page.plan_list.count() == 0
    dialog = page.new_plan()
    qtbot.addWidget(dialog)
    dialog.name.setText("网络舆情应急处置预案")
    dialog.grade.setCurrentIndex(dialog.grade.findData(Grade.MAJOR.value))
    table = dialog.table
    table.item(0, 0).setText("报告带班领导")  # type: ignore[union-attr]
    row = dialog.add_step()
    table.item(row, 0).setText("报送专报")  # type: ignore[union-attr]
    table.item(row, 2).setText("soon")  # type: ignore[union-attr]
    dialog.save()
    assert "时限“soon”无法识别" in dialog.error.text()
    table.item(row, 2).setText("4h")  # type: ignore[union-attr]
    who = table.cellWidget(row, 1)
    assert isinstance(who, QComboBox)
    who.setCurrentText("leader")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [plan] = staffed_office.plans.plans()
    assert [step.spec.spec for step in plan.steps] == ["报告带班领导@officer+30", "报送专报@leader+4h"]
    assert page.plan_list.count() == 1 and "报送专报" in page.detail.toPlainText()

    exported = tmp_path / "plans.xlsx"
    page.export_file(exported)
    assert exported.exists() and "已导出" in page.message.text()

    page.keywords.words.setText("化工园区、城南中学")
    page.keywords.category.setText("项目")
    page.keywords.add()
    assert page.keywords.table.rowCount() == 2
    page.keywords.table.selectRow(0)
    page.keywords.retire()
    assert any(not k.active for k in staffed_office.keywords.keywords())

    drill = page.drills.add()
    qtbot.addWidget(drill)
    drill.people.item(0).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    drill.scenario.setPlainText("化工园区爆炸谣言")
    drill.save()
    assert drill.result() == drill.DialogCode.Accepted
    assert page.drills.table.rowCount() == 1 and "组织演练1次" in page.drills.figures.text()
    page.drills.filter.setText("没有这个人")
    assert page.drills.table.rowCount() == 0
    page.drills.filter.setText("张伟")
    assert page.drills.table.rowCount() == 1
    page.tabs.setCurrentIndex(0)
    page.grab().save(str(tmp_path / "plans_page.png"))


def test_an_overdue_step_reminds_in_either_language(staffed_office: Office) -> None:
    from dutylog.ui import i18n
    from dutylog.ui.reminder_text import reminder_text

    staffed_office.plans.add("网络舆情应急处置预案", STEPS, min_grade=Grade.MAJOR)
    matter = staffed_office.matters.add(
        "重大事项", grade=Grade.MAJOR, discovered_at=datetime(2026, 11, 17, 9, 0)
    )
    staffed_office.checklists.start_triggered(matter.id)
    [first, second] = [r for r in staffed_office.reminders.due() if r.kind == "plan_step_overdue"]
    assert first.urgent and reminder_text(first) == (first.title, first.message)
    i18n.install("en")
    try:
        title, message = reminder_text(second)
    finally:
        i18n.install("zh_CN")
    assert title and matter.number in message and "第2步" in second.message
