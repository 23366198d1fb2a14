from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from dutylog.domain.enums import EntryKind
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.ui.log.log_entries_model import LogEntriesModel
from dutylog.ui.log.today_page import TodayPage
from tests.conftest import FIXED_NOW, FakeClock


@pytest.fixture
def page(qtbot: QtBot, staffed_office: Office) -> TodayPage:
    widget = TodayPage(staffed_office)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def type_entry(
    qtbot: QtBot, page: TodayPage, text: str, kind: EntryKind = EntryKind.PATROL, **fields: str
) -> None:
    page.form.kind.setCurrentIndex(page.form.kind.findData(kind.value))
    if kind is EntryKind.PATROL:
        page.form.sources.setText(fields.get("sources", "微博、抖音"))
    if "person" in fields:
        page.form.person.setText(fields["person"])
    page.form.text.setFocus()
    page.form.text.setPlainText(text)


def test_shows_who_is_on_duty(page: TodayPage) -> None:
    text = page.duty_label.text()
    assert "张伟" in text and "13900000001" in text
    assert "王建国" in text
    assert "2026年11月17日" in page.heading.text()
    assert page.empty_hint.isVisible()


def test_entry_added_through_the_form_shows_at_once(
    qtbot: QtBot, page: TodayPage, staffed_office: Office
) -> None:
    type_entry(qtbot, page, "午间巡查：微博、抖音，未发现。")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    shown = page.model.index(0, 2).data()
    assert (
        shown.startswith("午间巡查：微博、抖音，未发现。") and "〔巡查：微博、抖音；结果：未发现〕" in shown
    )
    assert page.model.index(0, 1).data() == "巡查"
    assert page.form.text.toPlainText() == ""
    assert not page.empty_hint.isVisible()
    assert [e.text for e in staffed_office.log.entries_for(FIXED_NOW.date())] == [
        "午间巡查：微博、抖音，未发现。"
    ]


def test_ctrl_enter_saves(qtbot: QtBot, page: TodayPage) -> None:
    type_entry(qtbot, page, "通知明日开会。", EntryKind.CALL, person="市网信办")
    qtbot.keyClick(page.form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "来电来文"


def test_patrol_without_sources_is_refused_and_kept(
    qtbot: QtBot, page: TodayPage, staffed_office: Office
) -> None:
    type_entry(qtbot, page, "早间巡查，未发现。", sources="")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert "巡查" in page.form.error.text()
    assert page.form.text.toPlainText() == "早间巡查，未发现。"
    assert staffed_office.log.entries_for(FIXED_NOW.date()) == []


def test_empty_text_shows_a_message_and_saves_nothing(
    qtbot: QtBot, page: TodayPage, staffed_office: Office
) -> None:
    type_entry(qtbot, page, "   ")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert page.form.error.isVisible()
    assert "请填写内容" in page.form.error.text()
    assert staffed_office.log.entries_for(FIXED_NOW.date()) == []


def test_future_time_is_refused_and_the_text_is_kept(
    qtbot: QtBot, page: TodayPage, staffed_office: Office
) -> None:
    type_entry(qtbot, page, "这条记录的时间写错了")
    page.form.when.setDateTime(QDateTime(datetime(2026, 11, 18, 9, 0)))
    page.form.when.editingFinished.emit()
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert "晚于当前时间" in page.form.error.text()
    assert page.form.text.toPlainText() == "这条记录的时间写错了"
    assert staffed_office.log.entries_for(FIXED_NOW.date()) == []


def test_huge_text_is_refused_with_its_length(qtbot: QtBot, page: TodayPage) -> None:
    type_entry(qtbot, page, "字" * 100_000)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert "100000" in page.form.error.text()
    assert len(page.form.text.toPlainText()) == 100_000


def test_emoji_and_rare_characters_are_stored_exactly(
    qtbot: QtBot, page: TodayPage, staffed_office: Office
) -> None:
    text = "网民评论“😡”涉及𠀀𪚥𰻞面馆"
    type_entry(qtbot, page, text, EntryKind.OTHER)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert staffed_office.log.entries_for(FIXED_NOW.date())[0].text == text
    assert page.model.index(0, 2).data() == text


def test_page_renders_chinese(page: TodayPage, tmp_path: Path) -> None:
    target = tmp_path / "today.png"
    assert page.grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_log_entries_model_is_a_valid_qt_model(qtmodeltester: object, staffed_office: Office) -> None:
    for hour in (9, 12, 15):
        staffed_office.log.add_entry(
            NewLogEntry(
                kind=EntryKind.PATROL,
                text=f"{hour}点巡查\n详情",
                occurred_at=datetime(2026, 11, 17, hour),
                details={"sources": ["微博"]},
            )
        )
    model = LogEntriesModel()
    model.set_entries(staffed_office.log.entries_for(FIXED_NOW.date()))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 0).data() == "09:00"
    assert model.index(0, 2).data().startswith("9点巡查…")


def test_the_day_s_patrols_show_a_missed_one(qtbot: QtBot, staffed_office: Office, clock: FakeClock) -> None:
    officer = next(p for p in staffed_office.staff.all() if p.name == "张伟")
    day = clock.now.date()
    staffed_office.log.add_entry(
        NewLogEntry(EntryKind.PATROL, "早间巡查", datetime.combine(day, time(8, 40)), officer.id)
    )
    clock.set(datetime.combine(day, time(14, 0)))  # the noon patrol's hour has gone by
    page = TodayPage(staffed_office)
    qtbot.addWidget(page)
    lines = [page.patrols.list.item(row).text() for row in range(page.patrols.list.count())]
    assert lines == ["08:30  已巡查（08:40 张伟）", "12:00  未按时完成", "17:30  未到时间"]


def test_enter_on_an_open_matter_opens_it(qtbot: QtBot, staffed_office: Office) -> None:
    from dutylog.ui.matters.matter_dialog import MatterDialog

    matter = staffed_office.matters.add("停水投诉", discovered_at=FIXED_NOW.replace(hour=9))
    page = TodayPage(staffed_office)
    qtbot.addWidget(page)
    page.show()
    page.open_matters.setFocus()
    page.open_matters.setCurrentRow(0)
    qtbot.keyClick(page.open_matters, Qt.Key.Key_Return)
    dialog = page.findChild(MatterDialog)
    assert dialog is not None and dialog.matter is not None and dialog.matter.id == matter.id
    assert dialog.isVisible()


def test_a_returned_briefing_is_flagged_with_the_reason(
    qtbot: QtBot, staffed_office: Office, clock: FakeClock
) -> None:
    leader = next(p for p in staffed_office.staff.all() if p.name == "王建国")
    yesterday = clock.now.date() - timedelta(days=1)
    briefing = staffed_office.briefings.draft(yesterday, author_id=None)
    staffed_office.briefings.submit(briefing.id, author_id=None)
    staffed_office.briefings.return_(briefing.id, reviewer_id=leader.id, reason="请补充处置情况。")
    page = TodayPage(staffed_office)
    qtbot.addWidget(page)
    assert not page.returned.isHidden()
    assert f"{yesterday:%Y-%m-%d}" in page.returned.text() and "请补充处置情况。" in page.returned.text()

    staffed_office.briefings.submit(briefing.id, author_id=None)
    page.refresh()
    assert page.returned.isHidden()


def test_the_watch_words_show_with_the_patrols(qtbot: QtBot, staffed_office: Office) -> None:
    staffed_office.keywords.add(["化工园区", "拆迁"], category="重点项目")
    staffed_office.keywords.add(["县一中"], category="学校")
    staffed_office.keywords.add(["旧词"])
    staffed_office.keywords.retire("旧词")
    page = TodayPage(staffed_office)
    qtbot.addWidget(page)
    text = page.patrols.keywords.text()
    assert "重点项目：化工园区、拆迁" in text and "学校：县一中" in text
    assert "旧词" not in text
