"""The contact book: search, add, edit and retire units and contacts, import a sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.ui.supervision.contacts_page import ContactsPage
from dutylog.ui.supervision.models import ContactsModel, UnitsModel


def _units(page: ContactsPage) -> list[str]:
    return [page.units_model.index(row, 0).data() for row in range(page.units_model.rowCount())]


def test_search_finds_units_by_contact_post_or_phone(supervised: Office, qtbot: QtBot) -> None:
    page = ContactsPage(supervised)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    assert _units(page) == ["县住建局", "城关镇", "县市场监管局"]
    page.search.setText("李四")
    assert _units(page) == ["城关镇"]
    page.search.setText("１３８")  # fullwidth digits, as some keyboards type them
    assert _units(page) == ["县住建局"]
    page.search.setText("副镇长")
    assert _units(page) == ["城关镇"]
    assert page.contacts_model.index(0, 0).data() == "李四"
    assert page.contacts_model.index(0, 1).data() == "分管领导"
    page.search.clear()


def test_add_unit_with_liaison_then_a_contact(supervised: Office, qtbot: QtBot) -> None:
    page = ContactsPage(supervised)
    qtbot.addWidget(page)
    dialog = page.add_unit()
    dialog.name.setText("县教育局")
    dialog.short_name.setText("教育局")
    dialog.liaison.setText("王五")
    dialog.mobile.setText("13700000000")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "县教育局" in _units(page)
    unit = supervised.units.unit("县教育局")
    assert unit.liaison is not None and unit.liaison.mobile == "13700000000"

    page.units.selectRow(_units(page).index("县教育局"))
    contact = page.add_contact()
    assert contact is not None
    contact.name.setText("赵六")
    contact.role.setCurrentIndex(contact.role.findData("leader"))
    contact.post.setText("副局长")
    contact.save()
    assert [c.name for c in supervised.units.unit("县教育局").contacts] == ["王五", "赵六"]
    assert page.contacts_model.rowCount() == 2


def test_a_refused_unit_keeps_the_form_and_says_why(supervised: Office, qtbot: QtBot) -> None:
    page = ContactsPage(supervised)
    qtbot.addWidget(page)
    dialog = page.add_unit()
    dialog.name.setText("县住建局")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "已在通讯录中" in dialog.error.text()
    assert dialog.name.text() == "县住建局"


def test_retired_units_are_hidden_unless_asked_for(supervised: Office, qtbot: QtBot) -> None:
    page = ContactsPage(supervised)
    qtbot.addWidget(page)
    page.units.selectRow(_units(page).index("城关镇"))
    dialog = page.edit_unit()
    assert dialog is not None and dialog.name.isReadOnly()
    dialog.active.setChecked(False)
    dialog.save()
    assert "城关镇" not in _units(page)
    page.show_retired.setChecked(True)
    assert "城关镇" in _units(page)
    row = _units(page).index("城关镇")
    assert page.units_model.index(row, 4).data() == "已撤销"


def test_import_a_contact_sheet(supervised: Office, qtbot: QtBot, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["某县单位通讯录"])
    sheet.append(["单位名称", "类别", "姓名", "职务", "手机"])
    sheet.append(["县卫健委", "部门", "钱七", "办公室主任", "13600000000"])
    sheet.append(["县住建局", "部门", "张三", "办公室主任", "13800000000"])
    path = tmp_path / "通讯录.xlsx"
    book.save(path)
    page = ContactsPage(supervised)
    qtbot.addWidget(page)
    page.import_file(path)
    assert "新增 1 个单位、1 位联系人" in page.status.text()
    assert "1 位联系人已在通讯录中" in page.status.text()
    assert "县卫健委" in _units(page)


def test_a_sheet_with_bad_rows_changes_nothing(supervised: Office, qtbot: QtBot, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["单位", "类别"])
    sheet.append(["县卫健委", "火星"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    page = ContactsPage(supervised)
    qtbot.addWidget(page)
    page.import_file(path)
    assert "第 2 行" in page.status.text()
    assert "县卫健委" not in _units(page)


def test_models_pass_the_model_tester(supervised: Office, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    units = UnitsModel()
    units.set_rows(supervised.units.units())
    qtmodeltester.check(units)
    contacts = ContactsModel()
    contacts.set_rows(supervised.units.unit("县住建局").contacts)
    qtmodeltester.check(contacts)
