"""今日值班: who is on duty now, today's log in time order, and a form to add an entry."""

from __future__ import annotations

import contextlib
import html
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.briefings.briefing import BriefingRecord
from dutylog.domain.enums import BriefingStatus
from dutylog.domain.errors import DutyLogError
from dutylog.domain.log.handover import HandoverItem
from dutylog.domain.log.patrols import PatrolSlot
from dutylog.domain.log.records import LogEntryRecord
from dutylog.domain.matters.deadlines import Deadline
from dutylog.domain.matters.records import MatterRecord
from dutylog.domain.plans.records import KeywordRecord
from dutylog.domain.roster.duty import DutyAssignment, DutyNow
from dutylog.office import Office
from dutylog.services.office.reminders import DueReminder
from dutylog.ui import i18n
from dutylog.ui.accounts.rights import offer
from dutylog.ui.i18n import label, long_date
from dutylog.ui.log.handover_dialog import open_confirmation, open_handover
from dutylog.ui.log.log_entries_model import TEXT, LogEntriesModel
from dutylog.ui.log.log_entry_editor import LogEntryEditor
from dutylog.ui.log.patrol_panel import PatrolPanel
from dutylog.ui.matters.ledger_model import deadline_text
from dutylog.ui.matters.matter_dialog import MatterDialog
from dutylog.ui.operations import operations_of
from dutylog.ui.reminder_text import reminder_text
from dutylog.ui.startup_probe import DATA_SHOWN, mark
from dutylog.ui.theme import error_colour, grade_colour, overdue_background
from dutylog.ui.widgets.fit import SIZE_FROM_ROWS
from dutylog.ui.widgets.rich import escape, plain_tip
from dutylog.ui.widgets.selection import remember_selection


@dataclass(frozen=True)
class TodayLog:
    """What the officer looks at first: who is on duty and today's log (one quick read)."""

    unit: str
    duty: DutyNow
    day: date  # the duty date of the log
    entries: list[LogEntryRecord]


@dataclass(frozen=True)
class TodayAround:
    """The rest of the page, read right after: open matters, reminders, patrols, flags."""

    open_matters: list[tuple[MatterRecord, Deadline]]
    reminders: list[DueReminder] | None  # None: the reminders could not be worked out
    patrols: list[PatrolSlot]
    carried: list[HandoverItem]  # the open handover items this shift took over
    returned: list[BriefingRecord]  # briefings the leader sent back, still to redo
    keywords: list[KeywordRecord]  # the words to search on every source at each patrol


# How far back a returned briefing is still flagged: a week covers a long holiday.
RETURNED_DAYS = 7


def read_today_log(office: Office) -> TodayLog:
    day, entries = office.log.today()
    return TodayLog(office.unit_name(), office.roster.on_duty(), day, entries)


def read_today_around(office: Office, log: TodayLog) -> TodayAround:
    limits = office.matters.time_limits()
    matters = [(m, office.matters.deadline(m, limits=limits)) for m in office.matters.open_matters()]
    reminders: list[DueReminder] | None = None
    with contextlib.suppress(DutyLogError):
        reminders = office.reminders.due()
    first = log.day - timedelta(days=RETURNED_DAYS)
    return TodayAround(
        matters,
        reminders,
        office.patrols.day(log.duty.duty_date),
        office.handover.carried_forward(),
        office.briefings.between(first, log.day, BriefingStatus.RETURNED),
        office.keywords.keywords(active_only=True),
    )


def people(assignments: tuple[DutyAssignment, ...]) -> str:
    return "<br>".join(f"<b>{escape(a.staff_name)}</b>&emsp;{escape(a.phone)}" for a in assignments)


class TodayPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office

        self.heading = QLabel()
        self.heading.setObjectName("today_heading")
        self.duty_label = QLabel()
        self.duty_label.setObjectName("today_duty")
        self.duty_label.setTextFormat(Qt.TextFormat.RichText)
        duty_box = QGroupBox(self.tr("当前值班"))
        QVBoxLayout(duty_box).addWidget(self.duty_label)

        self.open_matters = QListWidget()
        self.open_matters.setObjectName("today_open_matters")
        self.open_matters.setWordWrap(True)
        self.open_matters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_matters.setToolTip(self.tr("双击或按回车打开事项"))
        # itemActivated covers a double-click and Enter alike.
        self.open_matters.itemActivated.connect(self._open_matter_item)
        self.matters_box = QGroupBox(self.tr("未办结事项"))
        QVBoxLayout(self.matters_box).addWidget(self.open_matters)

        # A word-wrapped label grows with its text, so no reminder is ever cut off.
        self.reminders = QLabel()
        self.reminders.setObjectName("today_reminders")
        self.reminders.setWordWrap(True)
        self.reminders.setTextFormat(Qt.TextFormat.RichText)
        self.reminders_box = QGroupBox(self.tr("提醒"))
        QVBoxLayout(self.reminders_box).addWidget(self.reminders)
        self.reminders_box.hide()

        self.returned = QLabel()
        self.returned.setObjectName("today_returned_briefing")
        self.returned.setWordWrap(True)
        self.returned.setTextFormat(Qt.TextFormat.RichText)
        self.returned.hide()

        self.patrols = PatrolPanel(office)

        left = QVBoxLayout()
        left.addWidget(duty_box)
        left.addWidget(self.returned)
        left.addWidget(self.reminders_box)
        left.addWidget(self.patrols)
        left.addWidget(self.matters_box, 1)

        self.model = LogEntriesModel(self)
        self.table = QTableView()
        self.table.setObjectName("today_entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Column widths from the rows in view, not from every row of a busy day on each change.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.empty_hint = QLabel(
            self.tr("今天还没有记录。在下方选择类型、填写内容后点“保存记录”（Ctrl+Enter）。")
        )
        self.empty_hint.setObjectName("today_empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: palette(placeholder-text); padding: 6px;")
        entries_box = QGroupBox(self.tr("今日值班日志"))
        entries_layout = QVBoxLayout(entries_box)
        entries_layout.addWidget(self.empty_hint)
        entries_layout.addWidget(self.table, 1)

        self.form = LogEntryEditor(office)
        self.form.saved.connect(self._on_saved)
        form_box = QGroupBox(self.tr("新增记录"))
        QVBoxLayout(form_box).addWidget(self.form)

        right = QVBoxLayout()
        right.addWidget(entries_box, 3)
        right.addWidget(form_box, 2)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        self.handover_button = QPushButton(self.tr("交接班…"))
        self.handover_button.setObjectName("today_handover")
        self.handover_button.clicked.connect(lambda: open_handover(self, self.office))
        self.confirm_button = QPushButton(self.tr("接班确认…"))
        self.confirm_button.setObjectName("today_confirm_handover")
        self.confirm_button.clicked.connect(lambda: open_confirmation(self, self.office))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.handover_button)
        top.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        self._loading = 0
        self._select_after: int | None = None
        # False until the first read has been shown (the window paints its frame before that).
        self.shown_once = False
        self.refresh()

    def refresh(self) -> None:
        """Read the duty and today's log on a worker and show them; then the rest of the page.

        Two reads, so that the log is on screen while the open matters, reminders and
        patrols (the larger part on a busy office) are still being worked out.
        """
        operations = operations_of(self)
        if operations is None:  # a page on its own (tests, previews): read here
            log = read_today_log(self.office)
            self._show_log(log)
            self._show_around(read_today_around(self.office, log))
            return
        self._loading += 1
        generation = self._loading

        def show_around(around: TodayAround) -> None:
            if generation == self._loading:  # a newer refresh supersedes this one
                self._show_around(around)

        def show_log(log: TodayLog) -> None:
            if generation != self._loading:
                return
            self._show_log(log)
            operations.run(
                lambda office: read_today_around(office, log),
                on_done=show_around,
                parent=self,
                what=what,
                progress=False,
            )

        what = self.tr("读取今日值班")
        operations.run(read_today_log, on_done=show_log, parent=self, what=what, progress=False)

    def _show_log(self, log: TodayLog) -> None:
        self._show_duty(log.duty, log.unit)
        # The rows arrive after the window's own keep-selection has run: keep it here.
        restore = remember_selection(self.table)
        self.model.set_entries(log.entries)
        restore()
        self.empty_hint.setVisible(not log.entries)
        self.table.scrollToBottom()
        # Handing over and confirming are the officer on duty's acts.
        offer(self.handover_button, self.office, Permission.LOG_WRITE, self.tr("填写交接班清单"))
        offer(self.confirm_button, self.office, Permission.LOG_WRITE, self.tr("接班人逐项确认交接班"))
        if self._select_after is not None:
            self._select_entry(self._select_after)
            self._select_after = None
        mark(DATA_SHOWN)  # the duty and today's entries are on screen

    def _show_around(self, around: TodayAround) -> None:
        self._show_open_matters(around.open_matters)
        if around.reminders is not None:
            self.show_reminders(around.reminders)
        self.patrols.show_data(around.patrols, around.carried)
        self.patrols.show_keywords(around.keywords)
        self._show_returned(around.returned)
        self.shown_once = True

    def show_reminders(self, due: list[DueReminder]) -> None:
        """The same reminders as the tray's, for systems without one."""
        paragraphs = []
        for reminder in due:
            title, message = reminder_text(reminder)
            colour = f" style='color:{error_colour().name()}'" if reminder.urgent else ""
            paragraphs.append(f"<p{colour}><b>{html.escape(title)}</b><br>{html.escape(message)}</p>")
        self.reminders.setText("".join(paragraphs))
        self.reminders_box.setVisible(bool(due))

    def _show_returned(self, returned: list[BriefingRecord]) -> None:
        """A briefing the leader sent back stays flagged, with the reason, until it is resubmitted."""
        lines = [
            self.tr("{day} 的汇报被退回：{reason}").format(
                day=f"{briefing.duty_date:%Y-%m-%d}", reason=briefing.return_reason or self.tr("（未写理由）")
            )
            for briefing in returned
        ]
        self.returned.setText(
            f"<p style='color:{error_colour().name()}'><b>{html.escape(self.tr('汇报被退回'))}</b><br>"
            + "<br>".join(html.escape(line) for line in lines)
            + "<br>"
            + html.escape(self.tr("请到“汇报”页修改后重新提交。"))
            + "</p>"
        )
        self.returned.setVisible(bool(returned))

    def _show_duty(self, duty: DutyNow, unit: str) -> None:
        day = duty.duty_date
        locale = QLocale()
        weekday = locale.dayName(day.isoweekday())
        self.heading.setText(
            f"<h2>{escape(unit)}&emsp;{long_date(locale, day.year, day.month, day.day)} {weekday}"
            f"&emsp;<span style='font-weight:normal'>{label(duty.shift)}</span></h2>"
        )
        if not duty.officers and not duty.leaders:
            self.duty_label.setWordWrap(True)  # a sentence: wrap it in the narrow column
            self.duty_label.setMinimumHeight(0)
            self.duty_label.setText(
                f"<span style='color:{error_colour().name()}'>"
                + self.tr("当前时段没有安排值班。请到“排班”页安排值班员和带班领导。")
                + "</span>"
            )
            return
        rows = [
            (self.tr("值班员"), people(duty.officers) or self.tr("（未安排）")),
            (self.tr("带班领导"), people(duty.leaders) or self.tr("（未安排）")),
        ]
        if duty.standby:
            rows.append((self.tr("备班"), people(duty.standby)))
        self.duty_label.setWordWrap(False)
        self.duty_label.setText(
            "<table cellspacing='6'>"
            + "".join(f"<tr><td valign='top'>{label}</td><td>{who}</td></tr>" for label, who in rows)
            + "</table>"
        )
        # The names and phones in full, however short the window: the open matters list scrolls.
        self.duty_label.setMinimumHeight(self.duty_label.sizeHint().height())

    def _show_open_matters(self, matters: list[tuple[MatterRecord, Deadline]]) -> None:
        self.open_matters.clear()
        self.matters_box.setTitle(self.tr("未办结事项（{n}）").format(n=len(matters)))
        for matter, deadline in matters:
            tag = self.tr("【{grade}】").format(grade=label(matter.grade))
            due = "" if matter.reported_at else deadline_text(deadline)
            item = QListWidgetItem(f"{i18n.spaced(tag + matter.number, due)}\n{matter.title}")
            item.setForeground(grade_colour(matter.grade))
            if deadline.overdue and matter.reported_at is None:
                item.setBackground(overdue_background())
            item.setToolTip(
                plain_tip(f"{matter.title}\n{label(matter.status)} · {matter.discovered_at:%Y-%m-%d %H:%M}")
            )
            item.setData(Qt.ItemDataRole.UserRole, matter.id)
            self.open_matters.addItem(item)
        if not matters:
            self.open_matters.addItem(self.tr("暂无未办结事项"))

    def _open_matter_item(self, item: QListWidgetItem) -> None:
        matter_id = item.data(Qt.ItemDataRole.UserRole)
        if matter_id is not None:  # not the "no open matters" line
            self.open_matter(int(matter_id))

    def open_matter(self, matter_id: int) -> QDialog:
        dialog = MatterDialog(self.office, matter_id, self)
        if operations_of(self) is None:  # in a window, the change signal refreshes this page
            dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
        return dialog

    def _on_saved(self, record: LogEntryRecord) -> None:
        if operations_of(self) is None:  # in a window, the change signal has refreshed this page
            self.refresh()
        if not self._select_entry(record.id):
            self._select_after = record.id  # the refresh is still on its way

    def _select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True
