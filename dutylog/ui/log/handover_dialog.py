"""The itemised handover (交接班): the outgoing officer fills the checklist, the incoming confirms it.

`open_handover(parent, office)` reads the office's checklist on a worker (open items carried
forward from the last handover already in it) and opens it to fill;
`open_confirmation(parent, office)` reads the handover waiting for the logged-in officer and
opens it to confirm; `HandoverDialog.confirm(office, entry)` shows a given handover
to the incoming officer, who ticks the items and confirms them as the logged-in person.
Both write through the operations layer and announce the log area.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.log.handover import HandoverItem, parse_items
from dutylog.domain.log.records import LogEntryRecord
from dutylog.office import Office
from dutylog.ui.operations import operations_of
from dutylog.ui.theme import muted_colour
from dutylog.ui.widgets.rich import escape

T = TypeVar("T")
LABEL, NOTE, OPEN = 0, 1, 2
CONFIRMED = 2


class HandoverDialog(QDialog):
    def __init__(
        self,
        office: Office,
        items: list[HandoverItem],
        *,
        entry: LogEntryRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.entry = entry
        self.items = items
        self.saved: LogEntryRecord | None = None
        confirming = entry is not None
        self.setWindowTitle(self.tr("接班确认") if confirming else self.tr("交接班"))
        self.resize(760, 440)
        if confirming:
            assert entry is not None
            intro = self.tr("{who} {at} 的交接班：请逐项核对，勾选后确认。").format(
                who=escape(entry.author_name), at=f"{entry.occurred_at:%m-%d %H:%M}"
            )
        else:
            intro = self.tr("请逐项填写交接内容；仍需下一班办理的事项请勾选“待办”，将转入下一班。")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(items), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("交接事项"), self.tr("内容"), self.tr("确认") if confirming else self.tr("待办")]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OPEN, QHeaderView.ResizeMode.ResizeToContents)
        if confirming:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, item in enumerate(items):
            self._fill_row(row, item, confirming=confirming)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if confirming:
            self.confirm_selected = QPushButton(self.tr("确认所勾选事项"))
            self.confirm_all = QPushButton(self.tr("全部确认"))
            self.buttons.addButton(self.confirm_selected, QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(self.confirm_all, QDialogButtonBox.ButtonRole.AcceptRole)
            self.confirm_selected.clicked.connect(lambda: self._confirm(self.checked()))
            self.confirm_all.clicked.connect(lambda: self._confirm(None))
        else:
            self.save_button = QPushButton(self.tr("提交交接班"))
            self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.save_button.clicked.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    @classmethod
    def confirm(cls, office: Office, entry: LogEntryRecord, parent: QWidget | None = None) -> HandoverDialog:
        return cls(office, parse_items(entry.details.get("items")), entry=entry, parent=parent)

    def _fill_row(self, row: int, item: HandoverItem, *, confirming: bool) -> None:
        label = QTableWidgetItem(item.label)
        label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, LABEL, label)
        note = item.note
        if confirming and item.open:
            note = self.tr("{note}（待办，转本班办理）").format(note=note)
        self.table.setItem(row, NOTE, QTableWidgetItem(note))
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        if confirming and item.confirmed:
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled)  # already confirmed: stays so
            tick.setText(self.tr("{who}已确认").format(who=item.confirmed_name))
            tick.setForeground(muted_colour())
        checked = item.confirmed if confirming else item.open
        tick.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(row, OPEN, tick)

    def _ticked(self, row: int) -> bool:
        cell = self.table.item(row, OPEN)
        return cell is not None and cell.checkState() == Qt.CheckState.Checked

    def filled_items(self) -> list[HandoverItem]:
        out = []
        for row, item in enumerate(self.items):
            note = self.table.item(row, NOTE)
            out.append(HandoverItem(item.label, note.text().strip() if note else "", open=self._ticked(row)))
        return out

    def checked(self) -> list[int]:
        """Rows ticked now that were not confirmed before."""
        return [row for row, item in enumerate(self.items) if self._ticked(row) and not item.confirmed]

    def _run(self, work: Callable[[Office], LogEntryRecord], what: str) -> None:
        def done(record: LogEntryRecord) -> None:
            self.saved = record
            self.accept()

        operations = operations_of(self)
        if operations is None:  # on its own (tests, previews)
            try:
                done(work(self.office))
            except DutyLogError as exc:
                self.intro.setText(escape(exc.message))
            return
        operations.run(work, on_done=done, parent=self, what=what, areas=frozenset({"log"}))

    def _save(self) -> None:
        items = self.filled_items()
        self._run(lambda office: office.handover.hand_over(items), self.tr("提交交接班"))

    def _confirm(self, rows: list[int] | None) -> None:
        assert self.entry is not None
        entry_id = self.entry.id
        self._run(lambda office: office.log.confirm_handover(entry_id, rows), self.tr("接班确认"))


def _read_then(
    parent: QWidget, office: Office, read: Callable[[Office], T], show: Callable[[T], None], what: str
) -> None:
    """``read`` on a worker, then ``show`` its result on the GUI thread (inline outside a window)."""
    operations = operations_of(parent)
    if operations is None:  # on its own (tests, previews): read here
        show(read(office))
        return
    operations.run(read, on_done=show, parent=parent, what=what)


def open_handover(parent: QWidget, office: Office) -> None:
    """The outgoing officer's checklist, read on a worker, then opened to fill."""
    _read_then(
        parent,
        office,
        lambda o: o.handover.blank_items(),
        lambda items: HandoverDialog(office, items, parent=parent).open(),
        QCoreApplication.translate("HandoverDialog", "读取交接班清单"),
    )


def open_confirmation(parent: QWidget, office: Office) -> None:
    """The handover waiting for the logged-in officer, read on a worker, then opened to confirm."""
    _read_then(
        parent,
        office,
        lambda o: o.handover.pending(),
        lambda entry: HandoverDialog.confirm(office, entry, parent=parent).open(),
        QCoreApplication.translate("HandoverDialog", "读取待确认的交接班"),
    )
