"""The supervision desk: the list by lateness, the office's own queue, and the steps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from dutylog.domain.supervision.assignments import AssignmentStatus
from dutylog.office import Office
from dutylog.ui.supervision.models import SupervisionModel
from dutylog.ui.supervision.supervision_page import SupervisionPage


def _column(page: SupervisionPage, column: int) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_the_latest_come_first_with_what_the_office_owes_beside(supervised: Office, qtbot: QtBot) -> None:
    page = SupervisionPage(supervised)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    assert _column(page, 2) == ["县住建局", "城关镇"]
    assert _column(page, 6) == ["超期 2 个工作日", "今日到期"]
    assert page.owed.count() == 1 and "回复待审核" in page.owed.item(0).text()
    assert "已超期 1" in page.summary.text() and "今日到期 1" in page.summary.text()
    page.table.selectRow(0)
    page.on.setDate(date(2026, 11, 20))
    assert _column(page, 6) == ["超期 5 个工作日", "超期 3 个工作日"]


def test_urge_then_reply_takes_it_off_the_list(supervised: Office, qtbot: QtBot) -> None:
    page = SupervisionPage(supervised)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    urge = page.steps.urge()
    assert urge is not None
    urge.note.setText("已电话联系张三，承诺明日回复")
    urge.save()
    assert _column(page, 8)[0] == "1"
    page.table.selectRow(0)
    reply = page.steps.reply()
    assert reply is not None
    reply.text.setPlainText("已约谈物业公司，矛盾已化解。")
    reply.save()
    assert _column(page, 2) == ["城关镇"]
    assert page.owed.count() == 2


def test_review_returns_a_reply_with_its_reason(supervised: Office, qtbot: QtBot) -> None:
    page = SupervisionPage(supervised)
    qtbot.addWidget(page)
    page.owed.setCurrentRow(0)
    assert page.steps.buttons["review"].isEnabled()
    review = page.steps.review()
    assert review is not None
    assert "约谈商户" in review.findChild(QLabel, "review_reply").text()
    review.return_choice.setChecked(True)
    review.save()
    assert "退回理由" in review.error.text()  # a return needs its reason
    review.reason.setText("未说明处罚依据")
    review.save()
    assert review.result() == review.DialogCode.Accepted
    [item] = [row for row in page.model._rows if row.assignment.unit_name == "县市场监管局"]
    assert item.assignment.status is AssignmentStatus.RETURNED


def test_extend_moves_the_deadline(supervised: Office, qtbot: QtBot) -> None:
    page = SupervisionPage(supervised)
    qtbot.addWidget(page)
    page.table.selectRow(1)  # 城关镇, due today: an extension may still be asked for
    dialog = page.steps.extend()
    assert dialog is not None
    dialog.reason.setText("需协调多个部门")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _column(page, 2) == ["县住建局", "城关镇"]
    assert _column(page, 5)[1] == "2026-11-22"


def test_a_requested_extension_is_decided_from_the_same_button(supervised: Office, qtbot: QtBot) -> None:
    from dutylog.ui.supervision.action_dialogs import DecideExtensionDialog

    page = SupervisionPage(supervised)
    qtbot.addWidget(page)
    page.table.selectRow(1)
    asked = page.steps.extend()
    assert asked is not None
    asked.reason.setText("需协调多个部门")
    asked.grant.setChecked(False)  # the unit asks; the office decides later
    asked.save()
    assert _column(page, 5)[1] != "2026-11-22"
    page.table.selectRow(1)
    decide = page.steps.extend()
    assert isinstance(decide, DecideExtensionDialog) and decide.request is not None
    assert decide.request.reason == "需协调多个部门"
    decide.grant.setCurrentIndex(decide.grant.findData(True))
    decide.save()
    assert decide.result() == decide.DialogCode.Accepted
    assert _column(page, 5)[1] == "2026-11-22"


def test_the_card_exports_as_pdf(
    supervised: Office, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "督查卡.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    page = SupervisionPage(supervised)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.steps.card_pdf()
    assert target.read_bytes().startswith(b"%PDF")
    assert "已导出" in page.message.text()


def test_the_model_passes_the_model_tester(supervised: Office, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SupervisionModel()
    model.set_rows(supervised.supervision.supervision_list())
    qtmodeltester.check(model)
