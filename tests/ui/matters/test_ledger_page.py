from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import Grade
from dutylog.domain.matters.records import LedgerFilter, MatterInput
from dutylog.office import Office
from dutylog.ui.matters import ledger_model
from dutylog.ui.matters.ledger_model import LedgerTableModel
from dutylog.ui.matters.ledger_page import LedgerPage
from dutylog.ui.matters.matter_dialog import MatterDialog


def _fill(office: Office, count: int) -> None:
    start = datetime(2026, 11, 1, 9, 0)
    for i in range(count):
        title = f"网民反映第{i}号小区停水" if i % 3 else f"关于删帖的谣言{i}"
        office.matters.create(
            MatterInput(title=title, grade=list(Grade)[i % 4], discovered_at=start + timedelta(hours=i))
        )


def test_ledger_model_fetches_lazily_and_passes_modeltester(
    office: Office, qtmodeltester, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ledger_model, "PAGE", 7)
    _fill(office, 20)
    model = LedgerTableModel(office)
    model.set_filter(LedgerFilter())
    assert model.rowCount() == 7 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 20
    titles = [model.index(r, ledger_model.TITLE).data() for r in range(20)]
    assert titles[0] == "网民反映第19号小区停水"  # newest first
    model.set_filter(LedgerFilter(text="删帖"))
    assert model.rowCount() == 7
    assert all("删帖" in model.index(r, ledger_model.TITLE).data() for r in range(model.rowCount()))


def test_ledger_page_searches_and_opens_a_matter(staffed_office: Office, qtbot: QtBot) -> None:
    _fill(staffed_office, 12)
    page = LedgerPage(staffed_office)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    assert page.model.rowCount() == 12
    page.search.setText("谣言")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    dialog = page.open_matter(page.model.matter_id(0))
    qtbot.addWidget(dialog)
    assert dialog.title.text().startswith("关于删帖的谣言")


def test_the_ledger_filters_by_a_watch_word(staffed_office: Office, qtbot: QtBot) -> None:
    staffed_office.keywords.add(["化工园区"], category="重点项目")
    staffed_office.matters.add("化工园区附近异味投诉", discovered_at=datetime(2026, 11, 17, 9))
    staffed_office.matters.add("某小区停水", discovered_at=datetime(2026, 11, 17, 10))
    staffed_office.keywords.retire("化工园区")  # a retired word still finds its matters
    page = LedgerPage(staffed_office)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    page.keyword.setCurrentIndex(page.keyword.findData("化工园区"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, ledger_model.TITLE).data() == "化工园区附近异味投诉"


def test_matter_dialog_validates_saves_and_steps(staffed_office: Office, qtbot: QtBot) -> None:
    dialog = MatterDialog(staffed_office)
    qtbot.addWidget(dialog)
    dialog.title.setText("某论坛出现不实帖文")
    dialog.url.setText("not a url")
    dialog.save()
    assert "网址" in dialog.error.text() and dialog.matter is None
    dialog.url.setText("https://bbs.example.cn/t/1")
    dialog.save()
    assert dialog.matter is not None and dialog.matter.number.startswith("YQ-2026-")
    dialog.summary.setPlainText("帖文称某校停课，经核实不实")
    dialog.save()
    dialog.step_note.setText("已电话核实")
    dialog.advance(dialog.matter.status.__class__("verified"))
    assert dialog.matter.status.value == "verified"
    assert dialog.timeline.count() == 2 and "已电话核实" in dialog.timeline.item(1).text()


def test_evidence_image_is_previewed(staffed_office: Office, qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    matter = staffed_office.matters.add("网民发布不实图片")
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#c62828"))
    shot = tmp_path / "shot.png"
    assert image.save(str(shot))
    dialog = MatterDialog(staffed_office, matter.id)
    qtbot.addWidget(dialog)
    dialog.attach(shot)
    assert dialog.evidence.count() == 1
    dialog.evidence.setCurrentRow(0)
    assert not dialog.preview.pixmap().isNull()
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(25 * 1024 * 1024)
    dialog.attach(big)
    assert "20 MB" in dialog.error.text() and dialog.evidence.count() == 1


def test_today_page_shows_report_countdown(staffed_office: Office, qtbot: QtBot) -> None:
    from dutylog.ui.log.today_page import TodayPage

    now = staffed_office.clock()
    staffed_office.matters.create(
        MatterInput(title="重大事项待报送", grade=Grade.MAJOR, discovered_at=now - timedelta(hours=1))
    )
    staffed_office.matters.create(
        MatterInput(title="较大事项", grade=Grade.SERIOUS, discovered_at=now - timedelta(minutes=30))
    )
    page = TodayPage(staffed_office)
    qtbot.addWidget(page)
    texts = [page.open_matters.item(i).text() for i in range(page.open_matters.count())]
    assert any("超时 0:45" in t and "重大事项待报送" in t for t in texts)
    assert any("剩余 1:30" in t for t in texts)


def test_voiding_keeps_the_matter_and_its_number(staffed_office: Office, qtbot: QtBot) -> None:
    matter = staffed_office.matters.add("重复录入的事项")
    dialog = MatterDialog(staffed_office, matter.id)
    qtbot.addWidget(dialog)
    dialog.void("")
    assert "作废原因" in dialog.error.text()
    dialog.void("与 YQ-2026-0001 重复")
    assert dialog.matter is not None and dialog.matter.voided_at is not None
    assert not dialog.void_button.isEnabled() and dialog.steps.count() == 0
    assert "已作废" in dialog.state.text()
    assert staffed_office.matters.add("下一条").number == "YQ-2026-0002"


def test_the_ledger_import_is_offered_to_an_administrator_only(
    staffed_office: Office, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dutylog.domain.enums import UserRole
    from dutylog.ui.matters import ledger_import_dialog

    office = staffed_office
    office.accounts.add_user("boss", UserRole.ADMIN, "password 1")
    office.accounts.add_user("zhang", UserRole.OFFICER, "password 1", staff_id=office.staff.all()[0].id)
    office.login("zhang", "password 1")
    page = LedgerPage(office)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.import_button.isEnabled() and "管理员" in page.import_button.toolTip()
    office.login("boss", "password 1")
    page.refresh()
    assert page.import_button.isEnabled()
    opened: list[object] = []
    monkeypatch.setattr(ledger_import_dialog, "open_import_dialog", lambda parent, o: opened.append(o))
    page.import_button.click()
    assert opened == [office]
