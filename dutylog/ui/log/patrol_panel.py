"""The day's scheduled patrols on the Today page: upcoming, due, done (by whom, when) or missed.

The panel reads `office.patrols.day` through the operations layer (a worker) and shows one
line per scheduled patrol, coloured by status; the open handover items carried forward to
this shift are listed under them, so the officer sees what they took over.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.log.handover import HandoverItem
from dutylog.domain.log.patrols import PatrolSlot, PatrolStatus
from dutylog.domain.plans.records import KeywordRecord
from dutylog.office import Office
from dutylog.ui.operations import operations_of
from dutylog.ui.theme import background, muted_colour, text_colour
from dutylog.ui.widgets.rich import plain_tip

_COLOURS = {
    PatrolStatus.DONE: "ok",
    PatrolStatus.DUE: "warning",
    PatrolStatus.MISSED: "error",
}


def patrol_line(slot: PatrolSlot) -> str:
    """One patrol in words: its time and what became of it (the Today and log pages alike)."""

    when = f"{slot.at:%H:%M}"
    if slot.status is PatrolStatus.DONE and slot.entry is not None:
        return QCoreApplication.translate("PatrolPanel", "{time}  已巡查（{at} {who}）").format(
            time=when, at=f"{slot.entry.occurred_at:%H:%M}", who=slot.entry.author_name
        )
    if slot.status is PatrolStatus.DUE:
        return QCoreApplication.translate("PatrolPanel", "{time}  应巡查（{until} 前完成）").format(
            time=when, until=f"{slot.due_until:%H:%M}"
        )
    if slot.status is PatrolStatus.MISSED:
        return QCoreApplication.translate("PatrolPanel", "{time}  未按时完成").format(time=when)
    return QCoreApplication.translate("PatrolPanel", "{time}  未到时间").format(time=when)


def _fit_rows(view: QListWidget) -> None:
    """As tall as its rows (a day has a handful of patrols), so the duty box above keeps its room."""
    rows = max(view.count(), 1)
    view.setFixedHeight(view.sizeHintForRow(0) * rows + 2 * view.frameWidth() + 4)


class PatrolPanel(QGroupBox):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("巡查安排"), parent)
        self.office = office
        self.list = QListWidget()
        self.list.setObjectName("patrols")
        self.carried = QListWidget()
        self.carried.setObjectName("carried_forward")
        # The office's watch list: what to search for on each source at every patrol.
        self.keywords = QLabel()
        self.keywords.setObjectName("patrol_keywords")
        self.keywords.setWordWrap(True)
        self.keywords.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.keywords)
        layout.addWidget(self.carried)
        # As tall as the patrols, no taller: the open matters below take the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._generation = 0

    def load(self, duty_date: date) -> None:
        """Read the day's patrols and the carried-forward handover items, then show them."""

        def read(office: Office) -> tuple[list[PatrolSlot], list[HandoverItem]]:
            return office.patrols.day(duty_date), office.handover.carried_forward()

        operations = operations_of(self)
        if operations is None:  # on its own (tests, previews): read here
            self.show_data(*read(self.office))
            return
        self._generation += 1
        generation = self._generation

        def show(found: tuple[list[PatrolSlot], list[HandoverItem]]) -> None:
            if generation == self._generation:  # a newer read supersedes this one
                self.show_data(*found)

        operations.run(read, on_done=show, parent=self, what=self.tr("读取巡查安排"), progress=False)

    def show_data(self, slots: list[PatrolSlot], carried: list[HandoverItem]) -> None:
        self.show_slots(slots)
        self.show_carried(carried)

    def show_slots(self, slots: list[PatrolSlot]) -> None:
        self.list.clear()
        done = sum(1 for slot in slots if slot.status is PatrolStatus.DONE)
        missed = sum(1 for slot in slots if slot.status is PatrolStatus.MISSED)
        # Short enough for the Today page's narrow column; the lines below say the rest.
        title = self.tr("巡查安排（已巡查 {done}/{n}）").format(n=len(slots), done=done)
        if missed:
            title = self.tr("巡查安排（已巡查 {done}/{n}，未按时完成 {missed}）").format(
                n=len(slots), done=done, missed=missed
            )
        self.setTitle(title)
        for slot in slots:
            item = QListWidgetItem(patrol_line(slot))
            colour = _COLOURS.get(slot.status)
            item.setForeground(text_colour(colour) if colour else muted_colour())
            if slot.status is PatrolStatus.MISSED:
                item.setBackground(background("danger"))
            elif slot.status is PatrolStatus.DUE:
                item.setBackground(background("warning"))
            if slot.entry is not None and slot.entry.sources:
                item.setToolTip(plain_tip("、".join(slot.entry.sources)))
            self.list.addItem(item)
        if not slots:
            self.list.addItem(self.tr("未设置巡查时间"))
        _fit_rows(self.list)

    def show_keywords(self, keywords: list[KeywordRecord]) -> None:
        """The active watch words, grouped by category, to search on every source."""
        groups: dict[str, list[str]] = {}
        for keyword in keywords:
            groups.setdefault(keyword.category, []).append(keyword.word)
        parts = [
            (f"{category}：" if category else "") + "、".join(words) for category, words in groups.items()
        ]
        self.keywords.setText(self.tr("每次巡查搜索：{words}").format(words="；".join(parts)))
        self.keywords.setToolTip(plain_tip("\n".join(parts)))
        self.keywords.setVisible(bool(keywords))

    def show_carried(self, items: list[HandoverItem]) -> None:
        self.carried.clear()
        self.carried.setVisible(bool(items))
        for item in items:
            row = QListWidgetItem(
                self.tr("交接待办：{label}：{note}").format(label=item.label, note=item.note)
            )
            row.setToolTip(plain_tip(item.note))
            self.carried.addItem(row)
        _fit_rows(self.carried)
