from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from dutylog.domain.matters.ledger_fields import LedgerField
from dutylog.office import Office
from dutylog.ui.main_window import MainWindow
from dutylog.ui.matters import ledger_import_dialog
from dutylog.ui.matters.import_problems_model import ImportProblemsModel
from dutylog.ui.matters.ledger_import_dialog import (
    FILE_STEP,
    MAPPING_STEP,
    RESULT_STEP,
    LedgerImportDialog,
)
from dutylog.ui.operations import Progress
from dutylog.ui.theme import apply_fonts
from tests.helpers.ledger_files import write_xlsx


def make_dialog(qtbot: QtBot, office: Office, qapp: object) -> LedgerImportDialog:
    apply_fonts(qapp)  # type: ignore[arg-type]
    dialog = LedgerImportDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_idle(qtbot: QtBot, dialog: LedgerImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)


def test_import_a_ledger_through_every_step(
    qtbot: QtBot, office: Office, qapp: object, tmp_path: Path
) -> None:
    # "事件经过" is a header the program cannot place: the user maps it to the summary.
    headers = ("序号", "舆情标题", "事件经过", "发现时间", "等级")
    rows = [
        (1, "停水投诉", "小区停水两天", "2026-3-5 9:00", "一般"),
        (2, "食堂问题", "家长反映", "2026年3月6日", "较大"),
    ]
    path = write_xlsx(tmp_path / "台账.xlsx", rows, headers, title="XX县2026年网络舆情台账")
    dialog = make_dialog(qtbot, office, qapp)

    assert dialog.load(str(path))
    assert dialog.stack.currentIndex() == MAPPING_STEP
    assert dialog.mapping() == {
        0: LedgerField.SEQ,
        1: LedgerField.TITLE,
        3: LedgerField.DISCOVERED_AT,
        4: LedgerField.GRADE,
    }
    summary_combo = dialog.mapping_combo(2)
    summary_combo.setCurrentIndex(summary_combo.findData(LedgerField.SUMMARY.value))
    dialog.grab().save(str(tmp_path / "mapping.png"))

    dialog.next_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.stack.currentIndex() == RESULT_STEP
    assert dialog.report is not None and dialog.report.ok
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    wait_idle(qtbot, dialog)
    lines = office.ledger_export.lines()
    assert [(line.title, line.summary) for line in lines] == [
        ("停水投诉", "小区停水两天"),
        ("食堂问题", "家长反映"),
    ]
    assert "已导入 2 条事项" in dialog.result_summary.text()
    assert dialog.back_button.isHidden() and dialog.import_button.isHidden()


def test_row_errors_are_listed_and_import_stays_disabled(
    qtbot: QtBot, office: Office, qapp: object, qtmodeltester: object, tmp_path: Path
) -> None:
    rows = [
        (1, "", "", "", "", None, "2026-3-5", None, "一般", "", "", "", ""),
        (2, "坏日期", "", "", "", None, "某天", None, "紧急", "", "", "", ""),
    ]
    dialog = make_dialog(qtbot, office, qapp)
    dialog.load(str(write_xlsx(tmp_path / "bad.xlsx", rows)))
    dialog.next_button.click()
    wait_idle(qtbot, dialog)
    model = dialog.problems_model
    assert isinstance(model, ImportProblemsModel)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3
    assert [model.problem(r).row for r in range(3)] == [2, 3, 3]
    assert model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "行号"
    assert not dialog.import_button.isEnabled()
    assert "3 处错误" in dialog.result_summary.text()
    dialog.grab().save(str(tmp_path / "errors.png"))
    assert office.ledger_export.lines() == []


def test_not_a_ledger_and_missing_columns_are_explained(
    qtbot: QtBot, office: Office, qapp: object, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, office, qapp)
    contacts = write_xlsx(tmp_path / "通讯录.xlsx", [("张三", "139")], ("姓名", "电话"))
    assert not dialog.load(str(contacts))
    assert dialog.stack.currentIndex() == FILE_STEP
    assert "不像舆情台账" in dialog.file_message.text()
    assert not dialog.load(str(tmp_path / "missing.xlsx"))
    assert "找不到文件" in dialog.file_message.text()

    assert dialog.load(str(write_xlsx(tmp_path / "t.xlsx", [("甲", "x")], ("标题", "备注"))))
    dialog.next_button.click()
    assert dialog.worker is None
    assert "发现时间" in dialog.mapping_message.text()


def test_the_dry_run_shows_each_column_and_status_and_repeats_can_be_skipped(
    qtbot: QtBot, office: Office, qapp: object, tmp_path: Path
) -> None:
    from dutylog.ui.matters.matter_dialog import MatterDialog

    headers = ("舆情标题", "发现时间", "等级", "处置情况", "宣教部门意见")
    rows = [("停水投诉", "2026-3-5 9:00", "一般", "正在处置", "请住建局回应")]
    path = write_xlsx(tmp_path / "台账.xlsx", rows, headers, title="XX县网络舆情台账")
    dialog = make_dialog(qtbot, office, qapp)
    assert dialog.load(str(path))
    assert dialog.mapping_combo(4).currentText() == "（保留为附加列）"
    dialog.next_button.click()
    wait_idle(qtbot, dialog)
    fates = dialog.fates.toPlainText()
    assert "宣教部门意见" in fates
    assert "第 3 行" in fates  # the title line and the header come first
    assert "正在处置" in fates  # the cell that decided the row's status
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    wait_idle(qtbot, dialog)
    matter = office.matters.open_matters()[0]
    shown = MatterDialog(office, matter.id)
    qtbot.addWidget(shown)
    kept = shown.findChild(QTableWidget, "matter_extra_fields")
    assert kept is not None and kept.item(0, 0).text() == "宣教部门意见"
    assert kept.item(0, 1).text() == "请住建局回应"

    again = make_dialog(qtbot, office, qapp)
    assert again.load(str(path))
    again.duplicates_combo.setCurrentIndex(again.duplicates_combo.findData("skip"))
    again.next_button.click()
    wait_idle(qtbot, again)
    assert "与已有事项重复" in again.fates.toPlainText()
    assert again.report is not None and again.report.ok
    with qtbot.waitSignal(again.imported, timeout=20_000):
        again.import_button.click()
    wait_idle(qtbot, again)
    assert len(office.matters.open_matters()) == 1  # the repeat was skipped, not added


def test_in_the_window_the_import_counts_rows_on_a_bar_and_cancel_imports_nothing(
    qtbot: QtBot,
    staffed_office: Office,
    qsettings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    headers = ("序号", "舆情标题", "发现时间", "等级", "处置情况")
    rows = [(n, f"网传某地停水{n}", f"2026-3-{1 + n % 28} 9:00", "一般", "已处置") for n in range(1, 2501)]
    path = write_xlsx(tmp_path / "台账.xlsx", rows, headers)
    window = MainWindow(staffed_office, qsettings)
    qtbot.addWidget(window)
    dialog = LedgerImportDialog(staffed_office, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load(str(path))  # on the window's layer now
    qtbot.waitUntil(lambda: dialog.preview is not None and not window.operations.running, timeout=20_000)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.worker is None, timeout=20_000)
    assert dialog.report is not None and dialog.report.ok

    go_on = threading.Event()

    class HeldAtFirstBatch(Progress):
        """The real Progress: reports the first batch, then waits there until Cancel was pressed."""

        def __call__(self, done: int, total: int, what: str = "") -> None:
            super().__call__(done, total, what)
            go_on.wait(10)
            super().__call__(done, total, what)  # where the work sees the cancel

    monkeypatch.setattr(ledger_import_dialog, "Progress", HeldAtFirstBatch)
    imported: list[object] = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()
    running = dialog.worker
    assert running is not None
    qtbot.waitUntil(lambda: running.dialog is not None and running.dialog.value() == 2000, timeout=20_000)
    bar = running.dialog
    assert bar is not None and bar.maximum() == 2500
    assert bar.labelText() == "导入台账：写入：2000 / 2500 行"
    cancel = bar.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    assert staffed_office.ledger_export.lines() == []  # the first batch was rolled back with the rest
    assert imported == [] and not dialog.findChildren(QMessageBox)
    assert dialog.import_button.isEnabled()  # the checked file may be imported again
