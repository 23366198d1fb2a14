"""A whole duty day played through the widgets, from the officer's login to the signed PDF.

Only the modal file dialogs are replaced (the evidence file and the PDF's name). Chinese
text is put into fields with setText/insertPlainText, as an input method would:
QTest can type ASCII only.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import BriefingStatus, EntryKind, Grade, MatterStatus, UserRole
from dutylog.office import Office
from dutylog.ui.accounts.login_dialog import LoginDialog
from dutylog.ui.briefings.briefing_dialogs import ReviewDialog
from dutylog.ui.main_window import MainWindow
from dutylog.ui.matters.matter_dialog import MatterDialog

PASSWORD = "Duty-2026-pass"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


@pytest.fixture
def accounts(staffed_office: Office) -> Office:
    """The officer and the leader on duty today get accounts (made by the system actor)."""
    officer, leader = (staffed_office.staff.all()[0], staffed_office.staff.all()[1])
    staffed_office.accounts.add_user("zhangwei", UserRole.OFFICER, PASSWORD, staff_id=officer.id)
    staffed_office.accounts.add_user("wangjg", UserRole.SUPERVISOR, PASSWORD, staff_id=leader.id)
    return staffed_office


def log_in(qtbot: QtBot, office: Office, username: str) -> None:
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter logs in
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert office.actor.username == username


def button_named(parent: QDialog, text: str) -> QPushButton:
    for button in parent.findChildren(QPushButton):
        if button.text() == text:
            return button
    raise AssertionError(f"no button {text!r}")


def click(qtbot: QtBot, widget: QPushButton) -> None:
    assert widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    # Writes run on the window's operations layer: wait until they have landed.
    window = widget.window()
    while window.parentWidget() is not None and not isinstance(window, MainWindow):
        window = window.parentWidget().window()
    if isinstance(window, MainWindow):
        operations = window.operations
        qtbot.waitUntil(lambda: not operations.running, timeout=10_000)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_a_whole_duty_day(
    qtbot: QtBot, accounts: Office, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = accounts
    log_in(qtbot, office, "zhangwei")
    window = MainWindow(office, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # Three patrols on the Today page.
    today = window.show_page("today")
    form = today.form  # type: ignore[attr-defined]
    for when, sites in (("早间", "微博、微信"), ("午间", "抖音、本地论坛"), ("晚间", "今日头条")):
        form.kind.setCurrentIndex(form.kind.findData(EntryKind.PATROL.value))
        form.sources.setText(sites)
        form.text.insertPlainText(f"{when}巡查，未发现涉我单位负面舆情。")
        click(qtbot, form.save_button)
        assert form.error.text() == ""
    assert [e.kind for e in office.log.today()[1]] == [EntryKind.PATROL] * 3
    assert today.model.rowCount() == 3  # type: ignore[attr-defined]

    # A major matter with evidence, then marked reported.
    evidence = tmp_path / "screenshot.png"
    evidence.write_bytes(PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(evidence), ""))
    window.shell.actions["new_matter"].trigger()
    dialog = window.findChild(MatterDialog, "new_matter_dialog")
    assert dialog is not None
    dialog.title.setText("网传某小区燃气爆炸视频")
    dialog.grade.setCurrentIndex(dialog.grade.findData(Grade.MAJOR.value))
    dialog.summary.insertPlainText("短视频平台出现相关视频，转发较快，已核实为外地旧闻。")
    qtbot.keyClicks(dialog.url, "https://example.com/v/123")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    assert dialog.matter is not None, dialog.error.text()
    dialog.findChild(QTabWidget).setCurrentIndex(2)
    click(qtbot, button_named(dialog, "添加证据文件…"))
    assert dialog.evidence.count() == 1
    for status in (MatterStatus.VERIFIED, MatterStatus.REPORTED):
        click(qtbot, dialog.findChild(QPushButton, f"step_{status.value}"))
        assert dialog.error.text() == ""
    matter = office.matters.get(dialog.matter.id)
    assert matter.status is MatterStatus.REPORTED and matter.reported_at is not None
    dialog.reject()

    # Hand over: a handover entry on the Today page, then close the shift on the log page.
    form.kind.setCurrentIndex(form.kind.findData(EntryKind.HANDOVER.value))
    form.open_matters.setText(matter.number)
    form.text.insertPlainText("交接班：设备正常，重大事项已报送，请继续关注。")
    click(qtbot, form.save_button)
    assert form.error.text() == ""
    log_page = window.show_page("log")
    log_page.shift.setCurrentIndex(log_page.shift.findData(log_page.office.roster.on_duty().shift.value))  # type: ignore[attr-defined]
    click(qtbot, log_page.close_button)  # type: ignore[attr-defined]
    assert "关闭" in log_page.closed_label.text()  # type: ignore[attr-defined]

    # Draft and submit today's briefing.
    briefings = window.show_page("briefings")
    click(qtbot, briefings.new_button)  # type: ignore[attr-defined]
    assert briefings.current is not None  # type: ignore[attr-defined]
    assert "燃气" in briefings.editor.toPlainText()  # type: ignore[attr-defined]
    click(qtbot, briefings.submit_button)  # type: ignore[attr-defined]
    assert briefings.current.status is BriefingStatus.SUBMITTED  # type: ignore[attr-defined]

    # The supervisor logs in and signs it with an instruction.
    log_in(qtbot, office, "wangjg")
    window.refresh_current_page()

    def answer_review() -> None:
        review = QApplication.activeModalWidget()
        assert isinstance(review, ReviewDialog)
        review.text.insertPlainText("请继续关注燃气视频的传播情况。")
        click(qtbot, review.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    QTimer.singleShot(0, answer_review)
    click(qtbot, briefings.sign_button)  # type: ignore[attr-defined]
    assert briefings.current.status is BriefingStatus.SIGNED  # type: ignore[attr-defined]

    # Print it to PDF and read the PDF's text.
    pdf = tmp_path / "briefing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "PDF (*.pdf)"))
    click(qtbot, briefings.pdf_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(pdf.exists, timeout=10_000)  # written by the operations layer's worker
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    compact = "".join(text.split())
    assert "燃气" in compact
    assert "请继续关注燃气视频的传播情况" in compact
    assert "王建国" in compact
