"""The roster page, its models and dialogs, and the printed PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import DutyRole, Shift
from dutylog.domain.roster.calendar import DayKind
from dutylog.office import Office
from dutylog.ui.roster.roster_dialogs import ChangeDialog, GenerateDialog, HolidayDialog
from dutylog.ui.roster.roster_models import (
    DAY_ROLE,
    PROBLEM_ROLE,
    SHADES,
    RosterListModel,
    RosterMonthModel,
    RosterStatsModel,
)
from dutylog.ui.roster.roster_page import RosterPage
from dutylog.ui.theme import apply_fonts, background


@pytest.fixture
def office_with_team(office: Office, qapp: object) -> Office:
    apply_fonts(qapp)  # type: ignore[arg-type]
    for i, name in enumerate(["王建国", "李秀英", "陈志强"]):
        office.staff.add(name, phone=f"1390000000{i}", roles=[DutyRole.LEADER])
    for i, name in enumerate(["张伟", "刘洋", "赵敏", "孙丽", "周杰"]):
        office.staff.add(name, phone=f"1380000000{i}")
    return office


@pytest.fixture
def page(qtbot: QtBot, office_with_team: Office) -> RosterPage:
    office_with_team.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    widget = RosterPage(office_with_team)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show_month(2026, 12)
    widget.show()
    return widget


def test_models_pass_the_model_tester(qtmodeltester: object, page: RosterPage) -> None:
    for model in (page.month_model, page.list_model, page.stats_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert isinstance(page.month_model, RosterMonthModel)
    assert isinstance(page.list_model, RosterListModel) and isinstance(page.stats_model, RosterStatsModel)


def test_month_cells_show_leader_and_officer(page: RosterPage) -> None:
    office = page.office
    day = office.roster.days(date(2026, 12, 9), date(2026, 12, 9))[0]
    index = page.month_model.index_of(date(2026, 12, 9))
    text = page.month_model.data(index)
    assert isinstance(text, str)
    assert day.leaders[0].staff_name in text and day.officers[0].staff_name in text
    assert page.month_model.data(index, DAY_ROLE) == date(2026, 12, 9)
    assert page.list_model.rowCount() == 62
    assert page.stats_model.rowCount() == 8
    assert "缺岗 0" in page.summary.text()


def test_holidays_are_shaded_and_named(qtbot: QtBot, office_with_team: Office, clock: object) -> None:
    from datetime import datetime

    clock.set(datetime(2026, 9, 1, 9, 0))  # type: ignore[attr-defined]
    office_with_team.roster.generate(date(2026, 9, 28), date(2026, 10, 31))
    widget = RosterPage(office_with_team)
    qtbot.addWidget(widget)
    widget.show_month(2026, 10)
    model = widget.month_model
    national = model.index_of(date(2026, 10, 1))
    assert "国庆节" in model.data(national)  # type: ignore[operator]
    assert model.data(national, Qt.ItemDataRole.BackgroundRole).color() == background(SHADES[DayKind.HOLIDAY])  # type: ignore[union-attr]
    makeup = model.index_of(date(2026, 10, 10))
    assert model.data(makeup, Qt.ItemDataRole.BackgroundRole).color() == background(SHADES[DayKind.MAKEUP])  # type: ignore[union-attr]
    assert "节假日 14" in widget.summary.text()


def test_problem_days_are_flagged(qtbot: QtBot, office_with_team: Office) -> None:
    leader = office_with_team.staff.all(role=DutyRole.LEADER)[0]
    office_with_team.roster.assign(date(2026, 12, 2), Shift.FULL, DutyRole.LEADER, leader.id)
    widget = RosterPage(office_with_team)
    qtbot.addWidget(widget)
    widget.show_month(2026, 12)
    index = widget.month_model.index_of(date(2026, 12, 2))
    assert widget.month_model.data(index, PROBLEM_ROLE) is True
    assert "⚠" in widget.month_model.data(index)  # type: ignore[operator]
    assert widget.problems.count() > 0


def test_generate_dialog_plans_the_range(qtbot: QtBot, office_with_team: Office) -> None:
    dialog = GenerateDialog(office_with_team, date(2027, 2, 1), date(2027, 2, 28))
    qtbot.addWidget(dialog)
    dialog.officer_block.setChecked(True)
    dialog.start_officer.setCurrentIndex(dialog.start_officer.findText("赵敏"))
    dialog.accept()
    assert dialog.result_summary is not None and dialog.result_summary.created > 0
    assert any("2027年" in w for w in dialog.result_summary.warnings)
    assert office_with_team.roster.rules().officer_covers_rest_days
    first = office_with_team.roster.days(date(2027, 2, 1), date(2027, 2, 1))[0]
    assert first.officers[0].staff_name == "赵敏"


def test_substitute_dialog_records_the_change(
    qtbot: QtBot, page: RosterPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: refused.append(args[2]))
    office = page.office
    duties = office.roster.between(date(2026, 12, 1), date(2026, 12, 31))
    slot = next(d for d in duties if d.duty_date == date(2026, 12, 10) and d.role is DutyRole.OFFICER)
    dialog = ChangeDialog(office, duties, swap=False, selected=slot.id)
    qtbot.addWidget(dialog)
    # Someone on duty that day, or the day before or after, would be refused (double booking,
    # minimum rest); choose an officer free on all three days.
    near = {d.staff_id for d in duties if abs((d.duty_date - slot.duty_date).days) <= 1}
    other = next(p for p in office.staff.all(role=DutyRole.OFFICER) if p.id not in near)
    dialog.other.setCurrentIndex(dialog.other.findData(other.id))
    dialog.reason.setText("外出学习")
    dialog.accept()
    assert refused == []
    assert dialog.result() == ChangeDialog.DialogCode.Accepted
    page.refresh()
    assert page.changes.count() == 1 and "外出学习" in page.changes.item(0).text()


def test_swap_dialog_refusal_shows_the_reason(
    qtbot: QtBot, page: RosterPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    duties = page.office.roster.between(date(2026, 12, 1), date(2026, 12, 31))
    slot = next(d for d in duties if d.role is DutyRole.OFFICER)
    dialog = ChangeDialog(page.office, duties, swap=True, selected=slot.id)
    qtbot.addWidget(dialog)
    dialog.other.setCurrentIndex(dialog.other.findData(slot.id))
    dialog.reason.setText("测试")
    dialog.accept()
    assert shown and "同一人" in shown[0]


def test_holiday_dialog_adds_days_for_an_unknown_year(qtbot: QtBot, office_with_team: Office) -> None:
    dialog = HolidayDialog(office_with_team, 2027)
    qtbot.addWidget(dialog)
    assert "尚未录入" in dialog.status.text()
    dialog.new_day.setDate(QDate(2027, 1, 1))
    dialog.new_name.setText("元旦")
    dialog.add_day()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "元旦"
    assert "尚未录入" not in dialog.status.text()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_is_a_readable_chinese_month_table(page: RosterPage, tmp_path: Path) -> None:
    path = tmp_path / "roster.pdf"
    page.export_to("pdf", path)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "网络舆情值班室2026年12月值班表" in text
    day = page.office.roster.days(date(2026, 12, 15), date(2026, 12, 15))[0]
    assert day.leaders[0].staff_name in text and day.leaders[0].phone in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", info) and "842 x 595 pts (A4)" in info  # landscape


def test_leave_and_special_period_dialogs(qtbot: QtBot, page: RosterPage) -> None:
    from dutylog.ui.roster.roster_dialogs import PeriodDialog

    office = page.office
    leave = PeriodDialog(office, date(2026, 12, 20), leave=True)
    qtbot.addWidget(leave)
    leave.person.setCurrentIndex(leave.person.findText("张伟"))
    leave.last.setDate(QDate(2026, 12, 22))
    leave.reason.setText("年休假")
    leave.accept()
    assert [
        (r.staff_name, r.first_day, r.last_day)
        for r in office.roster.leave(date(2026, 12, 1), date(2026, 12, 31))
    ] == [("张伟", date(2026, 12, 20), date(2026, 12, 22))]
    special = PeriodDialog(office, date(2026, 12, 24), leave=False)
    qtbot.addWidget(special)
    special.name.setText("重大活动保障")
    special.accept()
    page.refresh()
    cell = page.month_model.data(page.month_model.index_of(date(2026, 12, 24)))
    assert "重大活动保障" in cell  # type: ignore[operator]
    problems = [page.problems.item(i).text() for i in range(page.problems.count())]
    zhang = next(p for p in office.staff.all() if p.name == "张伟")
    on_leave = office.roster.between(date(2026, 12, 20), date(2026, 12, 22), zhang.id)
    assert len([t for t in problems if "[请假期间排班]" in t]) == len(on_leave) > 0


def test_holiday_dialog_edits_a_selected_day(qtbot: QtBot, office_with_team: Office) -> None:
    dialog = HolidayDialog(office_with_team, 2026)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() > 30  # filled from chinese_calendar
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "2026-10-10")
    dialog.table.selectRow(row)
    assert dialog.new_kind.currentData() == DayKind.MAKEUP and dialog.new_name.text() == "国庆节"
    dialog.new_name.setText("国庆节调休")
    dialog.add_day()
    names = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())
    }
    assert names["2026-10-10"] == "国庆节调休"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_print_preview_renderer_prints_the_month(page: RosterPage, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from dutylog.render.roster_pdf import landscape_printer, render_to_printer

    printer = landscape_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    render_to_printer(printer, page.office.roster.export.html_pages(date(2026, 11, 1), date(2026, 12, 31)))
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "2026年11月值班表" in text and "2026年12月值班表" in text


def test_roster_page_in_english(qtbot: QtBot, office_with_team: Office) -> None:
    from dutylog.ui import i18n

    i18n.install("en")
    try:
        widget = RosterPage(office_with_team)
        qtbot.addWidget(widget)
        widget.show_month(2026, 12)
        texts = [widget.title.text(), widget.summary.text()]
        texts += [action.text() for action in widget.toolbar.actions() if action.text()]
        texts += [widget.tabs.tabText(i) for i in range(widget.tabs.count())]
        for view in (widget.calendar, widget.list_view, widget.stats_view):
            model = view.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        for button in widget.toolbar.findChildren(QToolButton):
            texts.append(button.text())
            if button.menu() is not None:
                texts += [a.text() for a in button.menu().actions()]
        assert "Generate…" in texts and "Statistics and checks" in texts and "2026-12" in texts
        assert [t for t in texts if re.search(r"[\u4e00-\u9fff]", t)] == []
    finally:
        i18n.install("zh_CN")


def test_statistics_for_a_chosen_period(page: RosterPage) -> None:
    page.stats_from.setDate(QDate(2026, 12, 1))
    page.stats_to.setDate(QDate(2026, 12, 5))
    page.show_period_stats()
    model = page.stats_model
    totals = [int(model.data(model.index(row, 1))) for row in range(model.rowCount())]  # type: ignore[call-overload]
    assert sum(totals) == 10  # 5 days x (1 leader + 1 officer)
