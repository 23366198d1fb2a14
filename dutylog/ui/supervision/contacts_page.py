"""通讯录: the units the office assigns matters to, their liaisons and leaders.

Searchable by unit, person, post or phone number (folded as names are, so a fullwidth
digit or a space typed in finds the same row); add, edit and retire units and contacts;
import an office's contact sheet (.xlsx) through the operations layer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import DutyLogError
from dutylog.domain.supervision.units import UnitInfo
from dutylog.domain.text import name_key
from dutylog.office import Office
from dutylog.services.supervision.units import UnitImportResult
from dutylog.ui.accounts.rights import offer
from dutylog.ui.i18n import label
from dutylog.ui.operations import in_window, run_for
from dutylog.ui.supervision import areas
from dutylog.ui.supervision.models import ContactsModel, UnitsModel, table_view
from dutylog.ui.supervision.unit_dialogs import ContactDialog, UnitDialog
from dutylog.ui.theme import error_style, ok_style
from dutylog.ui.widgets.empty_state import EmptyState
from dutylog.ui.widgets.rich import escape


def matches(unit: UnitInfo, term: str) -> bool:
    """Whether ``term`` (folded) is in the unit's names, kind, or a contact's name, post or phone."""
    wanted = name_key(term)
    if not wanted:
        return True
    fields = [unit.name, unit.short_name, label(unit.kind)]
    for contact in unit.contacts:
        fields += [contact.name, contact.post, contact.office_phone, contact.mobile]
    return any(wanted in name_key(value) for value in fields if value)


class ContactsPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts_page")
        self.office = office
        self.all_units: list[UnitInfo] = []
        self.units_model = UnitsModel(self)
        self.contacts_model = ContactsModel(self)

        title = QLabel(self.tr("通讯录"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.search = QLineEdit()
        self.search.setObjectName("contacts_search")
        self.search.setPlaceholderText(self.tr("搜索单位、姓名、职务或电话"))
        self.search.setClearButtonEnabled(True)
        self.show_retired = QCheckBox(self.tr("显示已撤销单位"))
        self.add_unit_button = QPushButton(self.tr("新增单位…"))
        self.add_unit_button.setObjectName("contacts_add_unit")
        self.edit_unit_button = QPushButton(self.tr("编辑/撤销单位…"))
        self.edit_unit_button.setObjectName("contacts_edit_unit")
        self.import_button = QPushButton(self.tr("从 Excel 导入…"))
        self.import_button.setObjectName("contacts_import")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_retired)
        top.addWidget(self.add_unit_button)
        top.addWidget(self.edit_unit_button)
        top.addWidget(self.import_button)

        self.units = table_view(self.units_model, "contacts_units")
        EmptyState(self.units, self.tr("通讯录里还没有单位。点“新增单位”或“从 Excel 导入”。"))
        self.contacts = table_view(self.contacts_model, "contacts_people")
        self.add_contact_button = QPushButton(self.tr("新增联系人…"))
        self.add_contact_button.setObjectName("contacts_add_person")
        self.edit_contact_button = QPushButton(self.tr("编辑联系人…"))
        self.edit_contact_button.setObjectName("contacts_edit_person")
        self.unit_heading = QLabel(self.tr("选择左侧单位查看联系人"))
        self.unit_heading.setTextFormat(Qt.TextFormat.RichText)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.unit_heading)
        column.addWidget(self.contacts, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_contact_button)
        buttons.addWidget(self.edit_contact_button)
        column.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.units)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)

        self.status = QLabel()
        self.status.setObjectName("contacts_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

        self.search.textChanged.connect(self._show)
        self.show_retired.toggled.connect(self._show)
        self.units.selectionModel().selectionChanged.connect(self._unit_chosen)
        self.units.doubleClicked.connect(lambda _index: self.edit_unit())
        self.contacts.doubleClicked.connect(lambda _index: self.edit_contact())
        self.add_unit_button.clicked.connect(self.add_unit)
        self.edit_unit_button.clicked.connect(self.edit_unit)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.import_button.clicked.connect(self._choose_import)
        self.refresh()

    # --- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        for widget in (
            self.add_unit_button,
            self.edit_unit_button,
            self.import_button,
            self.add_contact_button,
            self.edit_contact_button,
        ):
            offer(widget, self.office, Permission.STAFF_MANAGE)
        run_for(
            self,
            self.office,
            lambda office: office.units.units(include_retired=True),
            on_done=self._loaded,
            on_error=self._failed,
            what=self.tr("读取通讯录"),
            progress=False,
        )

    def _loaded(self, units: list[UnitInfo]) -> None:
        self.all_units = units
        self._show()

    def _show(self) -> None:
        chosen = self.current_unit()
        term = self.search.text()
        shown = [
            unit
            for unit in self.all_units
            if (unit.active or self.show_retired.isChecked()) and matches(unit, term)
        ]
        self.units_model.set_rows(shown)
        row = next((i for i, unit in enumerate(shown) if chosen and unit.id == chosen.id), 0 if shown else -1)
        if row >= 0:
            self.units.selectRow(row)
        else:
            self._unit_chosen()
        people = sum(len(unit.contacts) for unit in shown)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("{units} 个单位，{people} 位联系人").format(units=len(shown), people=people)
        )

    def current_unit(self) -> UnitInfo | None:
        rows = self.units.selectionModel().selectedRows() if self.units.selectionModel() else []
        return self.units_model.row_at(rows[0]) if rows else None

    def _unit_chosen(self, *_args: QItemSelection) -> None:
        unit = self.current_unit()
        self.contacts_model.set_rows(unit.contacts if unit is not None else ())
        if unit is None:
            self.unit_heading.setText(self.tr("选择左侧单位查看联系人"))
        else:
            self.unit_heading.setText(f"<b>{escape(unit.name)}</b>　{escape(label(unit.kind))}")

    # --- writing -------------------------------------------------------------------
    def _after_write(self, dialog: UnitDialog | ContactDialog) -> None:
        if not in_window(self):  # in the window, the change signal refreshes this page
            dialog.accepted.connect(self.refresh)
        dialog.open()

    def add_unit(self) -> UnitDialog:
        dialog = UnitDialog(self.office, None, self)
        self._after_write(dialog)
        return dialog

    def edit_unit(self) -> UnitDialog | None:
        unit = self.current_unit()
        if unit is None:
            return None
        dialog = UnitDialog(self.office, unit, self)
        self._after_write(dialog)
        return dialog

    def add_contact(self) -> ContactDialog | None:
        unit = self.current_unit()
        if unit is None:
            self._failed(DutyLogError(self.tr("请先在左侧选择单位。")))
            return None
        dialog = ContactDialog(self.office, unit, None, self)
        self._after_write(dialog)
        return dialog

    def edit_contact(self) -> ContactDialog | None:
        unit = self.current_unit()
        rows = self.contacts.selectionModel().selectedRows()
        contact = self.contacts_model.row_at(rows[0] if rows else QModelIndex())
        if unit is None or contact is None:
            return None
        dialog = ContactDialog(self.office, unit, contact, self)
        self._after_write(dialog)
        return dialog

    def _choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("导入通讯录"), "", self.tr("通讯录 (*.xlsx *.csv)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Every row or none; the progress dialog shows while a large sheet is read."""
        run_for(
            self,
            self.office,
            lambda office: office.units.import_sheet(path),
            on_done=self._imported,
            on_error=self._failed,
            what=self.tr("导入通讯录"),
            areas=areas.UNITS,
        )

    def _imported(self, result: UnitImportResult) -> None:
        if not in_window(self):
            self.refresh()
        text = self.tr("导入完成：新增 %n 个单位", "", len(result.units_added)) + self.tr(
            "、%n 位联系人", "", len(result.contacts_added)
        )
        if result.skipped:
            text += self.tr("；%n 位联系人已在通讯录中，未重复导入", "", len(result.skipped))
        self.status.setStyleSheet(ok_style())
        self.status.setText(text + "。")

    def _failed(self, error: DutyLogError) -> None:
        self.status.setStyleSheet(error_style())
        self.status.setText(error.message)
